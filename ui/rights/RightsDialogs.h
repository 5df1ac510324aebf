#pragma once

#include "core/Session.h"
#include "data/rights/RightsRepository.h"
#include "ui/rights/RightsLetters.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace guichet {

class ErrorLabel;

// Taking in a rights request (LEG), whatever the channel: the right exercised, the requester (by
// immatriculation, or someone not on file), the processings concerned, what is asked, and how
// the identity was checked (or not yet: the request then waits). Ctrl+S.
class RightsIntakeDialog : public QDialog
{
    Q_OBJECT

public:
    RightsIntakeDialog(RightsRepository &repository, const Session &session, QWidget *parent = nullptr);

    const RightsRequest &taken() const { return m_taken; }

private:
    void kindChanged();
    void takeIn();

    RightsRepository &m_repository;
    Session m_session;
    QComboBox *m_kind = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_immatriculation = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_contact = nullptr;
    QListWidget *m_processings = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QGroupBox *m_rectification = nullptr;
    QComboBox *m_field = nullptr;
    QLineEdit *m_value = nullptr;
    QLineEdit *m_evidence = nullptr;
    QComboBox *m_identity = nullptr;
    QLineEdit *m_identityNote = nullptr;
    QLineEdit *m_received = nullptr;
    ErrorLabel *m_error = nullptr;
    RightsRequest m_taken;
};

// A transmission of a person's data to a third party (a tiers-payant operator, a care network, a
// health professional, an auditor), recorded under the purpose that makes it, so that an access
// report lists its recipients. Ctrl+S.
class DisclosureDialog : public QDialog
{
    Q_OBJECT

public:
    DisclosureDialog(RightsRepository &repository, const Session &session, qint64 personId, QWidget *parent = nullptr);

    static QString kindLabel(const QString &recipientKind);

private:
    void record();

    RightsRepository &m_repository;
    Session m_session;
    qint64 m_personId = 0;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_recipient = nullptr;
    QPlainTextEdit *m_what = nullptr;
    ErrorLabel *m_error = nullptr;
};

// One request, for each purpose its own work on it:
// - LEG: the identity check, each processing's part answered, the extension (with its notice),
//   the access report exported as JSON, the opposition recorded, the deletion checked, and the
//   answer with its letter;
// - AUD (the data-protection officer): the deletion checked and carried out, the answer;
// - REG: the rectification approved by a second agent, and the recipients to inform;
// - medical control: the medical part of an access report reviewed and signed off.
// Every letter is kept with the request, printed or saved as PDF, in French or Arabic.
class RightsRequestDialog : public QDialog
{
    Q_OBJECT

public:
    RightsRequestDialog(RightsRepository &repository, const Session &session, qint64 requestId,
                        QWidget *parent = nullptr);
    // The same, with the database the letters read the requester's sex and postal address from
    // (PersonRepository) and the business-day calendar that counts how late the request is.
    RightsRequestDialog(QSqlDatabase db, RightsRepository &repository, const Session &session, qint64 requestId,
                        QWidget *parent = nullptr);

    const RightsRequest &request() const { return m_request; }
    bool saveReportJson(const QString &path, QString *error);
    bool saveLetterPdf(int index, const QString &path, QString *error);

private:
    void display(const RightsRequest &r);
    bool apply(const std::function<RightsRequest()> &step, const QString &done);
    RightsLetterContent letter(RightsLetterContent::Kind kind, const QString &body) const;
    void checkIdentity();
    void answerPart();
    void extend();
    void oppose();
    void checkDeletion();
    void carryOutDeletion();
    void approveRectification();
    void signOffMedical();
    void answer();
    void printLetter();
    void saveLetter();
    void saveReport();

    RightsRepository &m_repository;
    QSqlDatabase m_db; // invalid: letters say "Madame, Monsieur", lateness counts weekends only
    BusinessCalendar m_calendar;
    Session m_session;
    qint64 m_id = 0;
    RightsRequest m_request;
    QLabel *m_summary = nullptr;
    QLabel *m_late = nullptr; // "Late by 3 business days", in the warning colour
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
    QTreeWidget *m_parts = nullptr;
    QTreeWidget *m_letters = nullptr;
    QGroupBox *m_identityBox = nullptr;
    QComboBox *m_identity = nullptr;
    QLineEdit *m_identityNote = nullptr;
    QGroupBox *m_partBox = nullptr;
    QPlainTextEdit *m_partAnswer = nullptr;
    QGroupBox *m_extendBox = nullptr;
    QLineEdit *m_extendTo = nullptr;
    QPlainTextEdit *m_extendReason = nullptr;
    QGroupBox *m_kindBox = nullptr;
    QLabel *m_kindText = nullptr;
    QCheckBox *m_withdrawProspecting = nullptr;
    QPushButton *m_oppose = nullptr;
    QPushButton *m_checkDeletion = nullptr;
    QPushButton *m_carryOut = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_saveReport = nullptr;
    QTreeWidget *m_medical = nullptr;
    QPushButton *m_signOff = nullptr;
    QGroupBox *m_answerBox = nullptr;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_answerText = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace guichet
