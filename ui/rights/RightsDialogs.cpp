#include "ui/rights/RightsDialogs.h"

#include "core/DisplayDate.h"

#include "ui/common/SaveLocation.h"

#include "ui/common/DateField.h"
#include "ui/common/PrintDocument.h"
#include "ui/common/ErrorLabel.h"
#include "ui/shell/Language.h"
#include "ui/rights/RightsLetters.h"

#include "data/common/CalendarRepository.h"
#include "data/common/DatabaseError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QPlainTextEdit *textBox(const QString &name, QWidget *parent, int maxLength)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    // The repository refuses longer texts with a message; the box says it before.
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [edit, maxLength] {
        edit->setToolTip(edit->toPlainText().size() > maxLength
                             ? QCoreApplication::translate("RightsIntakeDialog", "At most %1 characters.").arg(maxLength)
                             : QString());
    });
    return edit;
}

QLineEdit *line(const QString &name, QWidget *parent, int maxLength = RightsRepository::MaxShortLength)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    return edit;
}

QComboBox *identityChoice(const QString &name, QWidget *parent, bool withNotYet)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    if (withNotYet)
        combo->addItem(QCoreApplication::translate("RightsIntakeDialog", "Not checked yet: the request waits"), -1);
    for (const IdentityCheck how : {IdentityCheck::CinShown, IdentityCheck::CinCopy, IdentityCheck::OnlineAccount,
                                    IdentityCheck::CallBack})
        combo->addItem(Rights::label(how), int(how));
    return combo;
}

// A question whose text repeats values as typed: shown as plain text, never as markup.
bool confirmed(QWidget *parent, const QString &title, const QString &text, bool yesByDefault = false)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(yesByDefault ? QMessageBox::Yes : QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

QString fieldLabel(const QString &field)
{
    if (field == u"last_name"_s) return QCoreApplication::translate("RightsIntakeDialog", "Last name");
    if (field == u"first_name"_s) return QCoreApplication::translate("RightsIntakeDialog", "First name");
    if (field == u"last_name_ar"_s) return QCoreApplication::translate("RightsIntakeDialog", "Last name (Arabic)");
    if (field == u"first_name_ar"_s) return QCoreApplication::translate("RightsIntakeDialog", "First name (Arabic)");
    if (field == u"birth_date"_s) return QCoreApplication::translate("RightsIntakeDialog", "Date of birth");
    if (field == u"cin"_s) return QCoreApplication::translate("RightsIntakeDialog", "National identity card");
    if (field == u"address"_s) return QCoreApplication::translate("RightsIntakeDialog", "Address");
    if (field == u"phone"_s) return QCoreApplication::translate("RightsIntakeDialog", "Telephone");
    if (field == u"email"_s) return QCoreApplication::translate("RightsIntakeDialog", "E-mail");
    if (field == u"rib"_s) return QCoreApplication::translate("RightsIntakeDialog", "Bank account (RIB)");
    return field;
}

} // namespace

// ---------------------------------------------------------------------------------------------

RightsIntakeDialog::RightsIntakeDialog(RightsRepository &repository, const Session &session, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_session(session)
{
    setObjectName(u"rightsIntakeDialog"_s);
    setWindowTitle(tr("New rights request (law 09-08)"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"rightsKind"_s);
    for (const RightsKind kind : {RightsKind::Access, RightsKind::Rectification, RightsKind::Opposition,
                                  RightsKind::Deletion})
        m_kind->addItem(Rights::label(kind), int(kind));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"rightsChannel"_s);
    for (const ComplaintChannel channel : {ComplaintChannel::Counter, ComplaintChannel::CallCentre,
                                           ComplaintChannel::Portal, ComplaintChannel::Email, ComplaintChannel::Post})
        m_channel->addItem(Complaints::label(channel), int(channel));
    m_immatriculation = line(u"rightsImmatriculation"_s, this, 40);
    m_immatriculation->setPlaceholderText(tr("Empty: the requester is not on file"));
    m_name = line(u"rightsRequesterName"_s, this);
    m_name->setPlaceholderText(tr("Taken from the file when empty"));
    m_contact = line(u"rightsRequesterContact"_s, this);
    m_contact->setPlaceholderText(tr("Postal address or e-mail, for the answer"));
    m_error = new ErrorLabel(this, u"rightsIntakeError"_s);
    m_processings = new QListWidget(this);
    m_processings->setObjectName(u"rightsProcessings"_s);
    m_processings->setMaximumHeight(150);
    try {
        for (const auto &[code, name] : m_repository.processings()) {
            auto *item = new QListWidgetItem(code + u" — "_s + name, m_processings);
            item->setData(Qt::UserRole, code);
            item->setCheckState(Qt::Checked);
        }
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage()); // the form keeps what is typed
    }
    m_details = textBox(u"rightsDetails"_s, this, RightsRepository::MaxTextLength);

    m_rectification = new QGroupBox(tr("Rectification"), this);
    m_field = new QComboBox(m_rectification);
    m_field->setObjectName(u"rightsField"_s);
    for (const QString &field : RightsRepository::rectifiableFields())
        m_field->addItem(fieldLabel(field), field);
    m_value = line(u"rightsRequestedValue"_s, m_rectification);
    m_evidence = line(u"rightsEvidence"_s, m_rectification);
    m_evidence->setPlaceholderText(tr("The document that proves it (copy of the CIN, birth certificate…)"));
    auto *rectForm = new QFormLayout(m_rectification);
    rectForm->addRow(tr("Fie&ld:"), m_field);
    rectForm->addRow(tr("&Value asked for:"), m_value);
    rectForm->addRow(tr("Eviden&ce:"), m_evidence);

    m_identity = identityChoice(u"rightsIdentity"_s, this, true);
    m_identityNote = line(u"rightsIdentityNote"_s, this);
    m_identityNote->setPlaceholderText(tr("e.g. CIN number seen, call-back number"));
    m_received = dateField(u"rightsReceived"_s, this);
    setDate(m_received, LetterTemplate::rabatDate(QDateTime::currentDateTimeUtc()));
    setMinimumWidth(640);

    auto *form = new QFormLayout;
    form->addRow(tr("&Right exercised:"), m_kind);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Immatriculation:"), m_immatriculation);
    form->addRow(tr("Requester's &name:"), m_name);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("&Processings concerned:"), m_processings);
    form->addRow(tr("&What is asked:"), m_details);
    form->addRow(m_rectification);
    form->addRow(tr("I&dentity checked by:"), m_identity);
    form->addRow(tr("Identit&y note:"), m_identityNote);
    form->addRow(tr("Rec&eived on:"), m_received);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("&Take in (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"rightsTakeIn"_s);
    connect(save, &QPushButton::clicked, this, &RightsIntakeDialog::takeIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, &RightsIntakeDialog::takeIn);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RightsIntakeDialog::kindChanged);
    kindChanged();
    m_kind->setFocus();
}

void RightsIntakeDialog::kindChanged()
{
    const auto kind = RightsKind(m_kind->currentData().toInt());
    m_rectification->setVisible(kind == RightsKind::Rectification);
    // A rectification concerns the member file; the other rights, by default, every processing.
    for (int i = 0; i < m_processings->count(); ++i) {
        QListWidgetItem *item = m_processings->item(i);
        const bool reg = item->data(Qt::UserRole).toString() == u"REG"_s;
        item->setCheckState(kind != RightsKind::Rectification || reg ? Qt::Checked : Qt::Unchecked);
    }
    adjustSize();
}

void RightsIntakeDialog::takeIn()
{
    if (!isBlank(m_received) && !dateOf(m_received).isValid()) {
        m_error->say(tr("The date of receipt is not a valid date."));
        m_received->setFocus();
        return;
    }
    NewRightsRequest request;
    request.kind = RightsKind(m_kind->currentData().toInt());
    request.channel = ComplaintChannel(m_channel->currentData().toInt());
    request.immatriculation = m_immatriculation->text().trimmed();
    request.requesterName = m_name->text();
    request.requesterContact = m_contact->text();
    request.details = m_details->toPlainText();
    for (int i = 0; i < m_processings->count(); ++i)
        if (m_processings->item(i)->checkState() == Qt::Checked)
            request.purposes.append(m_processings->item(i)->data(Qt::UserRole).toString());
    if (m_identity->currentData().toInt() >= 0)
        request.identity = IdentityCheck(m_identity->currentData().toInt());
    request.identityNote = m_identityNote->text();
    request.receivedOn = dateOf(m_received);
    if (request.kind == RightsKind::Rectification) {
        request.field = m_field->currentData().toString();
        request.requestedValue = m_value->text();
        request.evidence = m_evidence->text();
    }
    try {
        m_taken = m_repository.intake(m_session, request);
        accept();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage()); // nothing typed is lost
    }
}

// ---------------------------------------------------------------------------------------------

DisclosureDialog::DisclosureDialog(RightsRepository &repository, const Session &session, qint64 personId,
                                   QWidget *parent)
    : QDialog(parent), m_repository(repository), m_session(session), m_personId(personId)
{
    setObjectName(u"disclosureDialog"_s);
    setWindowTitle(tr("Record a disclosure"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"disclosureKind"_s);
    for (const QString &kind : RightsRepository::recipientKinds())
        m_kind->addItem(kindLabel(kind), kind);
    m_recipient = line(u"disclosureRecipient"_s, this);
    m_recipient->setPlaceholderText(tr("e.g. Clinique Al Amal, Casablanca"));
    m_what = textBox(u"disclosureWhat"_s, this, RightsRepository::MaxTextLength);
    m_what->setPlaceholderText(tr("e.g. entitlement and coverage rate, for a hospital admission"));
    m_error = new ErrorLabel(this, u"disclosureError"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind of recipient:"), m_kind);
    form->addRow(tr("&Recipient:"), m_recipient);
    form->addRow(tr("&What was disclosed:"), m_what);
    auto *note = new QLabel(tr("Recorded under the purpose %1; the access reports of this person list it.")
                                .arg(session.activePurpose()),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("Re&cord (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"disclosureRecord"_s);
    connect(save, &QPushButton::clicked, this, &DisclosureDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &DisclosureDialog::record);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_kind->setFocus();
}

QString DisclosureDialog::kindLabel(const QString &recipientKind)
{
    if (recipientKind == u"tiers_payant"_s) return tr("Tiers-payant operator");
    if (recipientKind == u"care_network"_s) return tr("Care network");
    if (recipientKind == u"professional"_s) return tr("Health professional");
    if (recipientKind == u"auditor"_s) return tr("Auditor");
    return recipientKind;
}

void DisclosureDialog::record()
{
    try {
        m_repository.recordDisclosure(m_session, m_personId, m_kind->currentData().toString(), m_recipient->text(),
                                      m_what->toPlainText());
        accept();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

// ---------------------------------------------------------------------------------------------

RightsRequestDialog::RightsRequestDialog(RightsRepository &repository, const Session &session, qint64 requestId,
                                         QWidget *parent)
    : RightsRequestDialog(QSqlDatabase(), repository, session, requestId, parent)
{
}

RightsRequestDialog::RightsRequestDialog(QSqlDatabase db, RightsRepository &repository, const Session &session,
                                         qint64 requestId, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_db(db), m_session(session), m_id(requestId)
{
    setObjectName(u"rightsRequestDialog"_s);
    if (m_db.isValid()) {
        try {
            m_calendar = CalendarRepository(m_db).calendar();
        } catch (const DatabaseError &) {
            // weekends only: the list says the database error
        }
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"rightsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(u"rightsStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // it repeats names and paths as typed
    m_status->setWordWrap(true);
    m_error = new ErrorLabel(this, u"rightsRequestError"_s);
    // A late request says so at once, above everything else, in the colour of the late rows of
    // the list.
    m_late = new QLabel(this);
    m_late->setObjectName(u"rightsLate"_s);
    m_late->setWordWrap(true);
    m_late->setTextFormat(Qt::PlainText);
    m_late->setStyleSheet(u"QLabel { color: #b00020; background: #fde7ea; border: 1px solid #b00020; "
                          "border-radius: 3px; padding: 4px; font-weight: bold; }"_s);
    m_late->hide();

    m_parts = new QTreeWidget(this);
    m_parts->setObjectName(u"rightsParts"_s);
    m_parts->setRootIsDecorated(false);
    m_parts->setHeaderLabels({tr("Processing"), tr("CNDP"), tr("Answering division"), tr("State"), tr("Answer")});
    m_parts->header()->setStretchLastSection(true);
    m_parts->setMinimumHeight(140);
    auto *partsLabel = new QLabel(tr("Each processing's part, and its di&vision:"), this);
    partsLabel->setBuddy(m_parts);

    // The identity check, before anything else.
    m_identityBox = new QGroupBox(tr("Identity"), this);
    m_identity = identityChoice(u"rightsCheckIdentityHow"_s, m_identityBox, false);
    m_identityNote = line(u"rightsCheckIdentityNote"_s, m_identityBox);
    auto *checkButton = new QPushButton(tr("Identity &checked"), m_identityBox);
    checkButton->setObjectName(u"rightsCheckIdentity"_s);
    connect(checkButton, &QPushButton::clicked, this, &RightsRequestDialog::checkIdentity);
    auto *identityLayout = new QHBoxLayout(m_identityBox);
    identityLayout->addWidget(m_identity, 1);
    identityLayout->addWidget(m_identityNote, 1);
    identityLayout->addWidget(checkButton);

    // A division's answer for the part selected.
    m_partBox = new QGroupBox(tr("Answer of the selected part"), this);
    m_partAnswer = textBox(u"rightsPartAnswer"_s, m_partBox, RightsRepository::MaxTextLength);
    auto *partButton = new QPushButton(tr("Answer this &part"), m_partBox);
    partButton->setObjectName(u"rightsAnswerPart"_s);
    connect(partButton, &QPushButton::clicked, this, &RightsRequestDialog::answerPart);
    auto *partLayout = new QHBoxLayout(m_partBox);
    partLayout->addWidget(m_partAnswer, 1);
    partLayout->addWidget(partButton);

    // The extension, with its reason, told to the requester by a notice.
    m_extendBox = new QGroupBox(tr("Extension of the deadline"), this);
    m_extendTo = dateField(u"rightsExtendTo"_s, m_extendBox);
    m_extendReason = textBox(u"rightsExtendReason"_s, m_extendBox, RightsRepository::MaxTextLength);
    m_extendReason->setPlaceholderText(tr("The reason, told to the requester"));
    auto *extendButton = new QPushButton(tr("&Extend and write the notice"), m_extendBox);
    extendButton->setObjectName(u"rightsExtend"_s);
    connect(extendButton, &QPushButton::clicked, this, &RightsRequestDialog::extend);
    auto *extendLayout = new QHBoxLayout(m_extendBox);
    extendLayout->addWidget(new QLabel(tr("Until:"), m_extendBox));
    extendLayout->addWidget(m_extendTo);
    extendLayout->addWidget(m_extendReason, 1);
    extendLayout->addWidget(extendButton);

    // What the right exercised asks of each purpose.
    m_kindBox = new QGroupBox(this);
    m_kindText = new QLabel(m_kindBox);
    m_kindText->setObjectName(u"rightsKindText"_s);
    m_kindText->setTextFormat(Qt::PlainText); // it repeats the request's values as typed
    m_kindText->setWordWrap(true);
    m_kindText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveReport = new QPushButton(tr("Save the report as &JSON…"), m_kindBox);
    m_saveReport->setObjectName(u"rightsSaveReport"_s);
    connect(m_saveReport, &QPushButton::clicked, this, &RightsRequestDialog::saveReport);
    m_withdrawProspecting = new QCheckBox(tr("Also &withdraw the consent to direct prospecting"), m_kindBox);
    m_withdrawProspecting->setObjectName(u"rightsWithdrawProspecting"_s);
    m_withdrawProspecting->setChecked(true);
    m_oppose = new QPushButton(tr("Record the &opposition"), m_kindBox);
    m_oppose->setObjectName(u"rightsOppose"_s);
    connect(m_oppose, &QPushButton::clicked, this, &RightsRequestDialog::oppose);
    m_checkDeletion = new QPushButton(tr("C&heck whether the data may go"), m_kindBox);
    m_checkDeletion->setObjectName(u"rightsCheckDeletion"_s);
    connect(m_checkDeletion, &QPushButton::clicked, this, &RightsRequestDialog::checkDeletion);
    m_carryOut = new QPushButton(tr("Delete (anon&ymise)…"), m_kindBox);
    m_carryOut->setObjectName(u"rightsCarryOutDeletion"_s);
    connect(m_carryOut, &QPushButton::clicked, this, &RightsRequestDialog::carryOutDeletion);
    m_approve = new QPushButton(tr("&Approve and rectify…"), m_kindBox);
    m_approve->setObjectName(u"rightsApprove"_s);
    connect(m_approve, &QPushButton::clicked, this, &RightsRequestDialog::approveRectification);
    m_medical = new QTreeWidget(m_kindBox);
    m_medical->setObjectName(u"rightsMedicalPart"_s);
    m_medical->setRootIsDecorated(false);
    m_medical->setHeaderLabels({tr("Immatriculation"), tr("Kind"), tr("Dossier"), tr("Decision"), tr("Reason"),
                                tr("Date")});
    m_signOff = new QPushButton(tr("&Sign off the medical part…"), m_kindBox);
    m_signOff->setObjectName(u"rightsSignOff"_s);
    connect(m_signOff, &QPushButton::clicked, this, &RightsRequestDialog::signOffMedical);
    auto *kindButtons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_saveReport, m_withdrawProspecting, m_oppose, m_checkDeletion,
                                                       m_carryOut, m_approve, m_signOff})
        kindButtons->addWidget(w);
    kindButtons->addStretch(1);
    auto *kindLayout = new QVBoxLayout(m_kindBox);
    kindLayout->addWidget(m_kindText);
    kindLayout->addWidget(m_medical);
    kindLayout->addLayout(kindButtons);

    // The answer to the requester, with its letter.
    m_answerBox = new QGroupBox(tr("Answer to the requester"), this);
    m_outcome = new QComboBox(m_answerBox);
    m_outcome->setObjectName(u"rightsOutcome"_s);
    m_outcome->addItem(tr("Granted"), u"granted"_s);
    m_outcome->addItem(tr("Partly granted"), u"partly"_s);
    m_outcome->addItem(tr("Refused"), u"refused"_s);
    m_language = new QComboBox(m_answerBox);
    m_language->setObjectName(u"rightsLetterLanguage"_s);
    m_language->addItem(tr("Letter in French"), int(LetterLanguage::French));
    m_language->addItem(tr("Letter in Arabic"), int(LetterLanguage::Arabic));
    m_answerText = textBox(u"rightsAnswerText"_s, m_answerBox, RightsRepository::MaxTextLength);
    m_answerText->setPlaceholderText(tr("The answer, as the letter will say it"));
    auto *answerButton = new QPushButton(tr("A&nswer and write the letter…"), m_answerBox);
    answerButton->setObjectName(u"rightsAnswer"_s);
    connect(answerButton, &QPushButton::clicked, this, &RightsRequestDialog::answer);
    auto *answerGrid = new QHBoxLayout(m_answerBox);
    auto *answerLeft = new QVBoxLayout;
    answerLeft->addWidget(m_outcome);
    answerLeft->addWidget(m_language);
    answerGrid->addLayout(answerLeft);
    answerGrid->addWidget(m_answerText, 1);
    answerGrid->addWidget(answerButton);

    // The letters kept with the request.
    m_letters = new QTreeWidget(this);
    m_letters->setObjectName(u"rightsLetters"_s);
    m_letters->setRootIsDecorated(false);
    m_letters->setHeaderLabels({tr("Letter"), tr("Language"), tr("Written by"), tr("On")});
    m_letters->setMinimumHeight(80);
    connect(m_letters, &QTreeWidget::itemActivated, this, &RightsRequestDialog::printLetter);
    auto *lettersLabel = new QLabel(tr("&Letters sent (Enter prints):"), this);
    lettersLabel->setBuddy(m_letters);
    auto *print = new QPushButton(tr("P&rint…"), this);
    print->setObjectName(u"rightsPrintLetter"_s);
    connect(print, &QPushButton::clicked, this, &RightsRequestDialog::printLetter);
    auto *savePdf = new QPushButton(tr("Save as P&DF…"), this);
    savePdf->setObjectName(u"rightsSaveLetter"_s);
    connect(savePdf, &QPushButton::clicked, this, &RightsRequestDialog::saveLetter);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    // The letters are the legal division's and the officer's; other purposes do not read them.
    const bool readsLetters = RightsWork::of(session).follows;
    for (QWidget *w : std::initializer_list<QWidget *>{lettersLabel, m_letters, print, savePdf})
        w->setVisible(readsLetters);
    auto *letterButtons = new QHBoxLayout;
    letterButtons->addWidget(print);
    letterButtons->addWidget(savePdf);
    letterButtons->addStretch(1);
    letterButtons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_late);
    layout->addWidget(m_summary);
    layout->addWidget(partsLabel);
    layout->addWidget(m_parts, 2);
    layout->addWidget(m_identityBox);
    layout->addWidget(m_kindBox);
    layout->addWidget(m_partBox);
    layout->addWidget(m_extendBox);
    layout->addWidget(m_answerBox);
    layout->addWidget(lettersLabel);
    layout->addWidget(m_letters, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addLayout(letterButtons);

    resize(900, 760);
    try {
        display(m_repository.load(m_session, m_id));
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

RightsLetterContent RightsRequestDialog::letter(RightsLetterContent::Kind kind, const QString &body) const
{
    // Signed by the agent for the division that answers under the agent's purpose, as the
    // registry names it; dated as read in Rabat; in the language chosen for the requester.
    RightsLetterContent content;
    content.kind = kind;
    content.language = LetterLanguage(m_language->currentData().toInt());
    try {
        content.divisionName = m_repository.divisionOf(m_session.activePurpose());
    } catch (const DatabaseError &) {
        // the letter is signed by the agent alone
    }
    content.agentName = m_session.fullName;
    content.writtenOn = LetterTemplate::rabatDate(QDateTime::currentDateTimeUtc());
    content.body = body;
    // Addressed as the file records the requester: Monsieur or Madame, at the postal address.
    const Addressee to = LetterTemplate::recordedAddressee(m_db, m_session, m_request.personId);
    content.requesterSex = to.sex;
    content.requesterAddress = to.address;
    return content;
}

void RightsRequestDialog::display(const RightsRequest &r)
{
    m_request = r;
    setWindowTitle(tr("Rights request %1").arg(r.number));
    const bool open = r.status == RightsStatus::Open;
    QString deadline;
    if (r.status == RightsStatus::Identity)
        deadline = tr("the month runs from the identity check");
    else
        deadline = displayDate(r.deadline()) + (r.extendedTo.isValid() ? tr(" (extended: %1)").arg(r.extensionReason.toHtmlEscaped()) : QString());
    // Late: still open the day after its deadline (business days, as the list counts them).
    const QDate today = LetterTemplate::rabatDate(QDateTime::currentDateTimeUtc());
    const bool late = open && r.deadline().isValid() && today > r.deadline();
    if (late) {
        const int days = std::max(1, -RightsDeadlines(m_calendar).daysLeft(today, r.deadline()));
        m_late->setText(tr("Late by %n business day(s): the deadline was %1.", nullptr, days).arg(displayDate(r.deadline())));
    }
    m_late->setVisible(late);
    m_summary->setText(
        tr("<b>%1</b> — %2, received %3 by %4<br>Requester: <b>%5</b> %6 %7<br>Status: <b>%8</b>%9 — deadline: %10<br>"
           "Identity: %11")
            .arg(r.number.toHtmlEscaped(), Rights::label(r.kind), displayDate(r.receivedOn), Complaints::label(r.channel),
                 r.requesterName.toHtmlEscaped(),
                 r.immatriculation.isEmpty() ? tr("(not on file)") : u"("_s + r.immatriculation.toHtmlEscaped() + u")"_s,
                 r.requesterContact.toHtmlEscaped(), Rights::label(r.status),
                 r.outcome.isEmpty() ? QString() : u" ("_s + m_outcome->itemText(m_outcome->findData(r.outcome)) + u")"_s,
                 deadline,
                 r.identity ? tr("%1, by %2 on %3 %4")
                                  .arg(Rights::label(*r.identity), r.identityCheckedBy.toHtmlEscaped(),
                                       displayDateTime(r.identityCheckedAt), r.identityNote.toHtmlEscaped())
                            : tr("<b>not checked yet</b>: the request goes no further")));

    m_parts->clear();
    for (const RightsPart &part : r.parts) {
        auto *item = new QTreeWidgetItem(m_parts, {part.purposeCode + u" — "_s + part.purposeName, part.cndpNumber,
                                                    part.divisionName + (part.divisionEmail.isEmpty() ? QString() : u" <"_s + part.divisionEmail + u'>'),
                                                    part.answered ? tr("answered") : tr("pending"), part.answer});
        item->setData(0, Qt::UserRole, part.purposeCode);
        item->setToolTip(4, part.answer);
    }
    for (int c = 0; c < 4; ++c)
        m_parts->resizeColumnToContents(c);
    if (m_parts->topLevelItemCount() > 0 && !m_parts->currentItem())
        m_parts->setCurrentItem(m_parts->topLevelItem(0));

    m_letters->clear();
    for (const RightsLetter &letter : r.letters)
        new QTreeWidgetItem(m_letters, {letter.title, letter.language == u"ar"_s ? tr("Arabic") : tr("French"),
                                        letter.writtenBy, displayDateTime(letter.writtenAt)});
    m_letters->resizeColumnToContents(0);
    if (m_letters->topLevelItemCount() > 0)
        m_letters->setCurrentItem(m_letters->topLevelItem(m_letters->topLevelItemCount() - 1));

    // What the agent's purpose does with the request, as its state allows. (Decided from the
    // request, never from isVisible(): the dialog is not shown yet when it first displays.)
    const RightsActions can = RightsActions::of(m_session, r.state());
    m_identityBox->setVisible(can.checkIdentity);
    m_partBox->setVisible(can.answerPart);
    m_extendBox->setVisible(can.extend);
    m_answerBox->setVisible(can.answer);
    if (can.extend && isBlank(m_extendTo))
        setDate(m_extendTo, m_repository.proposedExtension(r));
    m_saveReport->setVisible(can.saveReport);
    m_withdrawProspecting->setVisible(can.oppose);
    m_oppose->setVisible(can.oppose);
    m_checkDeletion->setVisible(can.checkDeletion);
    m_carryOut->setVisible(can.carryOutDeletion);
    m_approve->setVisible(can.approveRectification);
    const bool showsMedical = can.readMedicalPart;
    m_medical->setVisible(showsMedical);
    m_signOff->setVisible(can.signOffMedicalPart);
    QString text;
    switch (r.kind) {
    case RightsKind::Access:
        m_kindBox->setTitle(tr("Access"));
        text = r.medicalSignedOff ? tr("Medical part signed off by %1 on %2.").arg(r.medicalSignedBy, displayDateTime(r.medicalSignedAt))
                                  : tr("The medical part appears in the report only once a medical controller signs it off.");
        break;
    case RightsKind::Rectification:
        m_kindBox->setTitle(tr("Rectification"));
        text = tr("%1: «%2» asked for; evidence: %3.").arg(fieldLabel(r.field), r.requestedValue, r.evidence)
               + u' '
               + (r.approvedBy.isEmpty() ? tr("Waiting for a second agent's approval under REG.")
                                         : tr("Approved and made by %1 on %2.").arg(r.approvedBy, displayDateTime(r.approvedAt)));
        break;
    case RightsKind::Opposition:
        m_kindBox->setTitle(tr("Opposition"));
        text = tr("Reason: %1. A processing that is a legal obligation cannot be opposed: its answer says so.")
                   .arg(r.details.isEmpty() ? tr("none given") : r.details);
        break;
    case RightsKind::Deletion:
        m_kindBox->setTitle(tr("Deletion"));
        text = tr("Refused while a retention obligation or a legal hold applies; otherwise the data-protection officer "
                  "anonymises the person in every table.");
        break;
    }
    if (!m_kindText->property("keep").toBool())
        m_kindText->setText(text);
    m_kindText->setProperty("keep", false);

    if (showsMedical && m_medical->topLevelItemCount() == 0 && r.personId > 0) {
        try {
            for (const QJsonValue value : m_repository.medicalPart(m_session, r.id)) {
                const QJsonObject o = value.toObject();
                new QTreeWidgetItem(m_medical, {o.value(u"immatriculation"_s).toString(),
                                                o.value(u"kind"_s).toString() == u"medical-note"_s ? tr("Medical note") : tr("Line review"),
                                                o.value(u"dossier"_s).toString(),
                                                o.value(u"decision"_s).toString(),
                                                o.value(u"diagnosis"_s).toString() + u' ' + o.value(u"reason"_s).toString(),
                                                o.value(u"at"_s).toString().left(10)});
            }
            for (int c = 0; c < m_medical->columnCount() - 1; ++c)
                m_medical->resizeColumnToContents(c);
        } catch (const DatabaseError &error) {
            m_error->say(error.userMessage());
        }
    }
}

bool RightsRequestDialog::apply(const std::function<RightsRequest()> &step, const QString &done)
{
    m_error->say({});
    try {
        display(step());
        m_status->setText(done);
        return true;
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage()); // what was typed stays in its box
        return false;
    }
}

void RightsRequestDialog::checkIdentity()
{
    apply([this] { return m_repository.checkIdentity(m_session, m_id, IdentityCheck(m_identity->currentData().toInt()),
                                                      m_identityNote->text()); },
          tr("Identity checked: the month to answer runs, and a legal hold keeps the requester's data."));
}

void RightsRequestDialog::answerPart()
{
    const QTreeWidgetItem *item = m_parts->currentItem();
    if (!item) {
        m_error->say(tr("Select the part to answer."));
        return;
    }
    const QString purpose = item->data(0, Qt::UserRole).toString();
    if (apply([&] { return m_repository.answerPart(m_session, m_id, purpose, m_partAnswer->toPlainText()); },
              tr("The part of %1 is answered.").arg(purpose))) {
        m_partAnswer->clear();
        // On to the next part waiting.
        for (int i = 0; i < m_parts->topLevelItemCount(); ++i)
            if (m_parts->topLevelItem(i)->text(3) == tr("pending")) {
                m_parts->setCurrentItem(m_parts->topLevelItem(i));
                break;
            }
    }
}

void RightsRequestDialog::extend()
{
    const QDate to = dateOf(m_extendTo);
    if (!to.isValid()) {
        m_error->say(tr("The new deadline is not a valid date."));
        m_extendTo->setFocus();
        return;
    }
    RightsLetterContent content = letter(RightsLetterContent::Kind::Extension, m_extendReason->toPlainText());
    content.deadline = to;
    const LetterDraft notice = RightsLetters::draft(m_request, content);
    if (apply([&] { return m_repository.extend(m_session, m_id, to, m_extendReason->toPlainText(), notice); },
              tr("Deadline extended to %1; the notice to the requester is kept below: print it or save it as PDF.")
                  .arg(displayDate(to))))
        m_extendReason->clear();
}

void RightsRequestDialog::oppose()
{
    apply([this] { return m_repository.oppose(m_session, m_id, m_withdrawProspecting->isChecked()); },
          tr("Opposition recorded for each processing that allows it; the others are answered as legal obligations."));
}

void RightsRequestDialog::checkDeletion()
{
    m_error->say({});
    try {
        const DeletionCheck check = m_repository.deletionCheck(m_session, m_id);
        QString text;
        if (check.allowed) {
            text = tr("Nothing keeps this person's data any more: the data-protection officer may delete it.");
        } else {
            text = tr("The data cannot be deleted now: %1.").arg(check.reasons.join(u"; "_s));
            text += u' '
                    + (check.goesOn.isValid() ? tr("It will go from %1.").arg(displayDate(check.goesOn))
                                              : tr("The date it will go is not known yet: a relationship or a file is still running."));
            if (m_answerText->toPlainText().trimmed().isEmpty())
                m_answerText->setPlainText(text);
            m_outcome->setCurrentIndex(m_outcome->findData(u"refused"_s));
        }
        m_kindText->setText(text);
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void RightsRequestDialog::carryOutDeletion()
{
    if (!confirmed(this, tr("Delete this person's data"),
                              tr("Anonymise %1 in every table? This cannot be undone; the audit log keeps only that it "
                                 "happened.")
                                  .arg(m_request.requesterName)))
        return;
    apply([this] { return m_repository.carryOutDeletion(m_session, m_id); },
          tr("The person is anonymised in every table. Answer the requester below."));
}

void RightsRequestDialog::approveRectification()
{
    if (!confirmed(this, tr("Approve the rectification"),
                              tr("Change %1 to «%2» in the member file?").arg(fieldLabel(m_request.field),
                                                                              m_request.requestedValue)))
        return;
    QStringList recipients;
    if (apply([&] {
            recipients = m_repository.approveRectification(m_session, m_id);
            return m_repository.load(m_session, m_id);
        },
              tr("Rectified.")))
        m_status->setText(recipients.isEmpty()
                              ? tr("Rectified. No recipient received this data: nobody else is to be informed.")
                              : tr("Rectified. Inform of the correction: %1.").arg(recipients.join(u"; "_s)));
}

void RightsRequestDialog::signOffMedical()
{
    if (!confirmed(this, tr("Sign off the medical part"),
                              tr("The %n medical item(s) listed will appear in the requester's access report. Sign them off?",
                                 nullptr, m_medical->topLevelItemCount())))
        return;
    apply([this] { return m_repository.signOffMedical(m_session, m_id); },
          tr("Medical part signed off: the legal division may send the report."));
}

void RightsRequestDialog::answer()
{
    const QString outcome = m_outcome->currentData().toString();
    if (!confirmed(this, tr("Answer the requester"),
                              tr("Answer request %1 (%2) and keep the letter? The request is then closed and its legal "
                                 "hold lifted.")
                                  .arg(m_request.number, m_outcome->currentText()), true))
        return;
    RightsLetterContent content = letter(RightsLetterContent::Kind::Answer, m_answerText->toPlainText());
    content.outcome = outcome;
    apply(
        [&] {
            if (m_request.kind == RightsKind::Access && outcome != u"refused"_s && m_request.personId > 0)
                content.report = m_repository.accessReport(m_session, m_id);
            return m_repository.answer(m_session, m_id, outcome, RightsLetters::draft(m_request, content));
        },
        tr("Answered. The letter is kept below: print it or save it as PDF."));
}

void RightsRequestDialog::printLetter()
{
    const int index = m_letters->indexOfTopLevelItem(m_letters->currentItem());
    if (index < 0 || index >= m_request.letters.size()) {
        m_error->say(tr("No letter is selected."));
        return;
    }
    const auto doc = RightsLetters::document(m_request.letters.at(index));
    PrintDocument::showPrintPreview(*doc, this);
}

bool RightsRequestDialog::saveLetterPdf(int index, const QString &path, QString *error)
{
    if (index < 0 || index >= m_request.letters.size()) {
        if (error)
            *error = tr("No letter is selected.");
        return false;
    }
    const auto doc = RightsLetters::document(m_request.letters.at(index));
    return PrintDocument::writePdf(*doc, path, error);
}

void RightsRequestDialog::saveLetter()
{
    const int index = m_letters->indexOfTopLevelItem(m_letters->currentItem());
    if (index < 0) {
        m_error->say(tr("No letter is selected."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the letter as PDF"),
                                                      inDocuments(m_request.number + u".pdf"_s), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveLetterPdf(index, path, &error))
        m_status->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    else
        m_error->say(error);
}

bool RightsRequestDialog::saveReportJson(const QString &path, QString *error)
{
    try {
        const QJsonObject report = m_repository.accessReport(m_session, m_id);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) < 0
            || !file.commit()) {
            if (error)
                *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        return true;
    } catch (const DatabaseError &e) {
        if (error)
            *error = e.userMessage();
        return false;
    }
}

void RightsRequestDialog::saveReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the access report"),
                                                      inDocuments(m_request.number + u".json"_s), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveReportJson(path, &error))
        m_status->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    else
        m_error->say(error);
}

} // namespace guichet
