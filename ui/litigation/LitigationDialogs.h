#pragma once

#include "core/BusinessCalendar.h"
#include "core/Session.h"
#include "data/litigation/LitigationRepository.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace guichet {

class ErrorLabel;

// Opening a litigation case (LEG), from a complaint or for a person by immatriculation: the
// court, the court's case number, the parties, the subject; Ctrl+S. Says that the case puts a
// legal hold on the person's data.
class NewLitigationDialog : public QDialog
{
    Q_OBJECT

public:
    NewLitigationDialog(LitigationRepository &repository, const Session &session, const QString &complaintNumber,
                        QWidget *parent = nullptr);

    const LitigationCase &opened() const { return m_opened; }

private:
    void openCase();

    LitigationRepository &m_repository;
    Session m_session;
    QLineEdit *m_complaint = nullptr;
    QLineEdit *m_immatriculation = nullptr;
    QLineEdit *m_court = nullptr;
    QLineEdit *m_caseNumber = nullptr;
    QPlainTextEdit *m_parties = nullptr;
    QPlainTextEdit *m_subject = nullptr;
    ErrorLabel *m_error = nullptr;
    LitigationCase m_opened;
};

// One case: what it is, the legal hold it places, its hearings (added on business days, with
// their reminder), the outcome of each hearing, and the closing with the outcome of the case,
// which lifts the hold (after a confirmation).
class LitigationCaseDialog : public QDialog
{
    Q_OBJECT

public:
    LitigationCaseDialog(LitigationRepository &repository, const Session &session, const BusinessCalendar &calendar,
                         qint64 caseId, QWidget *parent = nullptr);

    const LitigationCase &litigationCase() const { return m_case; }

private:
    void display(const LitigationCase &c);
    void addHearing();
    void recordOutcome();
    void closeCase();
    void apply(const std::function<LitigationCase()> &step, const QString &done);

    LitigationRepository &m_repository;
    Session m_session;
    BusinessCalendar m_calendar;
    qint64 m_id = 0;
    LitigationCase m_case;
    QLabel *m_summary = nullptr;
    QLabel *m_hold = nullptr;
    QTreeWidget *m_hearings = nullptr;
    QLineEdit *m_hearingDate = nullptr;
    QTimeEdit *m_hearingTime = nullptr;
    QLineEdit *m_hearingPurpose = nullptr;
    QSpinBox *m_remindDays = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
    QWidget *m_changes = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
