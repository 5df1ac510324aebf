#pragma once

#include "core/BusinessCalendar.h"
#include "core/Session.h"
#include "data/complaints/ComplaintRepository.h"
#include "ui/complaints/ComplaintLetters.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace guichet {

class ErrorLabel;

// One complaint, as the agent works on it: who complains about what, the two clocks, the
// documents received, the timeline (internal notes marked and kept apart from what the member
// receives), and under CPL the steps: a note, asking the member (the clock pauses) and resuming,
// the answer, the closing with its resolution, the reopening, the escalation to another
// division. The answer and the closing are printed, or saved as PDF, as letters in French or
// Arabic (Ctrl+P prints the latest). Under LEG, the complaint is read and may become a litigation
// case.
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    // Loads the complaint (an audited read); a refusal is shown in the dialog.
    ComplaintDialog(QSqlDatabase db, ComplaintRepository &repository, const Session &session,
                    const BusinessCalendar &calendar, qint64 complaintId, QWidget *parent = nullptr);

    const Complaint &complaint() const { return m_complaint; }
    // The letter of the latest answer or closing, in the language chosen, as an A4 PDF at path.
    bool saveLetterPdf(const QString &path, QString *error);

private:
    void load();
    void display(const Complaint &complaint);
    // Runs a step on the complaint and shows what it became; a refusal or a conflict is shown
    // and the text typed stays.
    void apply(const std::function<Complaint(const QString &text)> &step, const QString &done);
    std::optional<ComplaintLetter> letter() const;
    void printLetter();
    void saveLetter();
    void saveAttachment();
    void openLitigation();

    QSqlDatabase m_db;
    ComplaintRepository &m_repository;
    Session m_session;
    BusinessCalendar m_calendar;
    qint64 m_id = 0;
    Complaint m_complaint;
    QLabel *m_summary = nullptr;
    QLabel *m_clocks = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QWidget *m_files = nullptr;
    QListWidget *m_attachments = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_division = nullptr;
    QComboBox *m_language = nullptr;
    QList<std::pair<QPushButton *, std::function<bool(const Complaint &)>>> m_steps;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
