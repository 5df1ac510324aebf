#include "ui/litigation/LitigationDialogs.h"

#include "core/DisplayDate.h"

#include "ui/common/DateField.h"
#include "ui/common/ErrorLabel.h"

#include "data/common/DatabaseError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QPlainTextEdit *textBox(const QString &name, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}

} // namespace

NewLitigationDialog::NewLitigationDialog(LitigationRepository &repository, const Session &session,
                                         const QString &complaintNumber, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_session(session)
{
    setObjectName(u"newLitigationDialog"_s);
    setWindowTitle(tr("New litigation case"));
    const auto line = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setMaxLength(LitigationRepository::MaxTextLength);
        return edit;
    };
    m_complaint = line(u"litigationComplaint"_s);
    m_complaint->setText(complaintNumber);
    m_complaint->setPlaceholderText(tr("R-MGPAP-2026-000001, or empty"));
    m_immatriculation = line(u"litigationImmatriculation"_s);
    m_immatriculation->setPlaceholderText(tr("when there is no complaint"));
    m_court = line(u"litigationCourt"_s);
    m_caseNumber = line(u"litigationCaseNumber"_s);
    m_parties = textBox(u"litigationParties"_s, this);
    m_subject = textBox(u"litigationSubject"_s, this);
    for (QLineEdit *edit : {m_complaint, m_immatriculation, m_caseNumber})
        edit->setLayoutDirection(Qt::LeftToRight); // numbers read left to right in Arabic too

    auto *form = new QFormLayout;
    form->addRow(tr("From the &complaint:"), m_complaint);
    form->addRow(tr("or for the &immatriculation:"), m_immatriculation);
    form->addRow(tr("Co&urt:"), m_court);
    form->addRow(tr("Court's case &number:"), m_caseNumber);
    form->addRow(tr("&Parties:"), m_parties);
    form->addRow(tr("&Subject:"), m_subject);
    auto *hold = new QLabel(tr("Opening the case puts a legal hold on the person's data and dossiers: nothing of "
                               "theirs is deleted or purged until the case is closed."),
                            this);
    hold->setWordWrap(true);
    m_error = new ErrorLabel(this, u"litigationError"_s);
    auto *buttons = new QDialogButtonBox(this);
    auto *openButton = buttons->addButton(tr("&Open the case (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    openButton->setObjectName(u"litigationOpen"_s);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewLitigationDialog::openCase);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &NewLitigationDialog::openCase);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hold);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 480);
    (complaintNumber.isEmpty() ? m_complaint : m_court)->setFocus();
}

void NewLitigationDialog::openCase()
{
    m_error->hide();
    try {
        m_opened = m_repository.open(m_session, {m_complaint->text(), m_immatriculation->text(), m_court->text(),
                                                 m_caseNumber->text(), m_parties->toPlainText(),
                                                 m_subject->toPlainText()});
        accept();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage()); // what was typed stays
    }
}

LitigationCaseDialog::LitigationCaseDialog(LitigationRepository &repository, const Session &session,
                                           const BusinessCalendar &calendar, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_session(session), m_calendar(calendar), m_id(caseId)
{
    setObjectName(u"litigationCaseDialog"_s);
    setWindowTitle(tr("Litigation case"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"litigationSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hold = new QLabel(this);
    m_hold->setObjectName(u"litigationHold"_s);
    m_hold->setWordWrap(true);

    m_hearings = new QTreeWidget(this);
    m_hearings->setObjectName(u"litigationHearings"_s);
    m_hearings->setRootIsDecorated(false);
    m_hearings->setHeaderLabels({tr("Hearing"), tr("For"), tr("Reminder"), tr("Outcome")});
    m_hearings->header()->setStretchLastSection(true);
    auto *hearingsLabel = new QLabel(tr("&Hearings:"), this);
    hearingsLabel->setBuddy(m_hearings);

    m_changes = new QWidget(this);
    m_hearingDate = dateField(u"litigationHearingDate"_s, m_changes);
    m_hearingTime = new QTimeEdit(QTime(9, 0), m_changes);
    m_hearingTime->setObjectName(u"litigationHearingTime"_s);
    m_hearingTime->setLayoutDirection(Qt::LeftToRight);
    tabLeavesSections(m_hearingTime);
    m_hearingPurpose = new QLineEdit(m_changes);
    m_hearingPurpose->setObjectName(u"litigationHearingPurpose"_s);
    m_hearingPurpose->setPlaceholderText(tr("pleadings, expert's report, judgment…"));
    m_remindDays = new QSpinBox(m_changes);
    m_remindDays->setObjectName(u"litigationRemindDays"_s);
    m_remindDays->setRange(0, 60);
    m_remindDays->setValue(3);
    m_remindDays->setSuffix(tr(" business days before"));
    auto *addHearing = new QPushButton(tr("&Add the hearing"), m_changes);
    addHearing->setObjectName(u"litigationAddHearing"_s);
    connect(addHearing, &QPushButton::clicked, this, &LitigationCaseDialog::addHearing);
    auto *hearingRow = new QHBoxLayout;
    auto *dateLabel = new QLabel(tr("New hearing &on:"), m_changes);
    dateLabel->setBuddy(m_hearingDate);
    hearingRow->addWidget(dateLabel);
    hearingRow->addWidget(m_hearingDate);
    hearingRow->addWidget(m_hearingTime);
    hearingRow->addWidget(m_hearingPurpose, 1);
    hearingRow->addWidget(m_remindDays);
    hearingRow->addWidget(addHearing);

    m_outcome = textBox(u"litigationOutcomeText"_s, m_changes);
    auto *outcomeLabel = new QLabel(tr("O&utcome:"), m_changes);
    outcomeLabel->setBuddy(m_outcome);
    auto *recordOutcome = new QPushButton(tr("&Record for the selected hearing"), m_changes);
    recordOutcome->setObjectName(u"litigationRecordOutcome"_s);
    connect(recordOutcome, &QPushButton::clicked, this, &LitigationCaseDialog::recordOutcome);
    auto *closeCase = new QPushButton(tr("Clo&se the case with this outcome…"), m_changes);
    closeCase->setObjectName(u"litigationCloseCase"_s);
    connect(closeCase, &QPushButton::clicked, this, &LitigationCaseDialog::closeCase);
    auto *outcomeButtons = new QHBoxLayout;
    outcomeButtons->addWidget(recordOutcome);
    outcomeButtons->addWidget(closeCase);
    outcomeButtons->addStretch(1);
    auto *changes = new QVBoxLayout(m_changes);
    changes->setContentsMargins(0, 0, 0, 0);
    changes->addLayout(hearingRow);
    changes->addWidget(outcomeLabel);
    changes->addWidget(m_outcome);
    changes->addLayout(outcomeButtons);

    m_error = new ErrorLabel(this, u"litigationCaseError"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"litigationCaseStatus"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_hold);
    layout->addWidget(hearingsLabel);
    layout->addWidget(m_hearings, 1);
    layout->addWidget(m_changes);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(860, 620);
    try {
        display(m_repository.load(m_session, m_id));
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
        m_changes->setEnabled(false);
    }
    m_hearingDate->setFocus();
}

void LitigationCaseDialog::display(const LitigationCase &c)
{
    m_case = c;
    setWindowTitle(tr("Case %1").arg(c.number));
    QStringList lines;
    lines << tr("%1 · %2 · case %3 · %4")
                 .arg(c.number, c.court, c.caseNumber,
                      c.open ? tr("open") : tr("closed %1").arg(displayDateTime(c.closedAt)));
    lines << tr("Concerning %1 (%2)%3")
                 .arg(c.personName, c.personImmatriculation,
                      c.complaintNumber.isEmpty() ? QString() : tr(", from complaint %1").arg(c.complaintNumber));
    lines << tr("Parties: %1").arg(c.parties);
    if (!c.subject.isEmpty())
        lines << tr("Subject: %1").arg(c.subject);
    lines << tr("Opened %1 by %2").arg(displayDateTime(c.openedAt), c.openedBy);
    if (!c.open)
        lines << tr("Outcome: %1").arg(c.outcome);
    m_summary->setText(lines.join(u'\n'));
    m_hold->setText(c.open ? tr("<b>Legal hold in force</b>: nothing of %1's data and dossiers is deleted or purged "
                                "until the case is closed.")
                                 .arg(c.personName.toHtmlEscaped())
                           : tr("The legal hold of this case was lifted when it closed."));

    m_hearings->clear();
    for (const LitigationHearing &h : c.hearings) {
        auto *item = new QTreeWidgetItem(m_hearings, {displayDateTime(h.at), h.purpose,
                                                      tr("%n business day(s) before", nullptr, h.remindDays),
                                                      h.outcome});
        item->setData(0, Qt::UserRole, h.id);
    }
    for (int column = 0; column < 3; ++column)
        m_hearings->resizeColumnToContents(column);
    m_changes->setEnabled(c.open);
}

void LitigationCaseDialog::apply(const std::function<LitigationCase()> &step, const QString &done)
{
    m_error->hide();
    try {
        display(step());
        m_status->setText(done);
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
        if (error.kind() == DatabaseError::Kind::Conflict) {
            try {
                display(m_repository.load(m_session, m_id));
            } catch (const DatabaseError &) {
            }
        }
    }
}

void LitigationCaseDialog::addHearing()
{
    const QDate date = dateOf(m_hearingDate);
    if (!date.isValid()) {
        m_error->say(tr("Enter the date of the hearing (dd/mm/yyyy)."));
        m_hearingDate->setFocus();
        return;
    }
    const QDateTime at = m_calendar.at(date, m_hearingTime->time());
    apply([&] {
        return m_repository.addHearing(m_session, m_id, m_case.version, at, m_hearingPurpose->text(),
                                       m_remindDays->value(), m_calendar);
    }, tr("Hearing added."));
    if (m_error->isHidden()) {
        setDate(m_hearingDate, {});
        m_hearingPurpose->clear();
    }
}

void LitigationCaseDialog::recordOutcome()
{
    const QTreeWidgetItem *item = m_hearings->currentItem();
    if (!item) {
        m_error->say(tr("Choose the hearing in the list."));
        m_hearings->setFocus();
        return;
    }
    const qint64 hearingId = item->data(0, Qt::UserRole).toLongLong();
    apply([&] {
        return m_repository.recordHearingOutcome(m_session, m_id, m_case.version, hearingId, m_outcome->toPlainText());
    }, tr("Outcome of the hearing recorded."));
    if (m_error->isHidden())
        m_outcome->clear();
}

void LitigationCaseDialog::closeCase()
{
    if (m_outcome->toPlainText().trimmed().isEmpty()) {
        m_error->say(tr("Write the outcome of the case."));
        m_outcome->setFocus();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Close the case"),
        tr("Close case %1 with this outcome? The legal hold on %2's data is lifted: their data can then be deleted "
           "or purged when its retention ends.")
            .arg(m_case.number, m_case.personName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    apply([&] { return m_repository.close(m_session, m_id, m_case.version, m_outcome->toPlainText()); },
          tr("Case closed; its legal hold is lifted."));
    if (m_error->isHidden())
        m_outcome->clear();
}

} // namespace guichet
