#include "ui/complaints/ComplaintDialog.h"

#include "core/DisplayDate.h"

#include "ui/common/SaveLocation.h"

#include "ui/common/PrintDocument.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/LetterTemplate.h"
#include "ui/litigation/LitigationDialogs.h"

#include "core/PurposeRules.h"
#include "core/ServiceClock.h"
#include "data/common/DatabaseError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
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

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString stepLabel(const QString &kind)
{
    if (kind == u"intake"_s) return ComplaintDialog::tr("Taken in");
    if (kind == u"assign"_s) return ComplaintDialog::tr("Division or agent");
    if (kind == u"pause"_s) return ComplaintDialog::tr("Member asked (clock paused)");
    if (kind == u"resume"_s) return ComplaintDialog::tr("Clock resumed");
    if (kind == u"note"_s) return ComplaintDialog::tr("Note");
    if (kind == u"answer"_s) return ComplaintDialog::tr("Answer");
    if (kind == u"close"_s) return ComplaintDialog::tr("Closed");
    if (kind == u"reopen"_s) return ComplaintDialog::tr("Reopened");
    return kind;
}

QString clockLine(const QString &name, const ServiceClockReading &reading, bool stopped)
{
    return ComplaintDialog::tr("%1: %2, due %3%4")
        .arg(name, ServiceClock::describe(reading), displayDateTime(reading.deadline),
             stopped ? ComplaintDialog::tr(" (stopped)") : QString());
}

} // namespace

ComplaintDialog::ComplaintDialog(QSqlDatabase db, ComplaintRepository &repository, const Session &session,
                                 const BusinessCalendar &calendar, qint64 complaintId, QWidget *parent)
    : QDialog(parent), m_db(db), m_repository(repository), m_session(session), m_calendar(calendar), m_id(complaintId)
{
    setObjectName(u"complaintDialog"_s);
    setWindowTitle(tr("Complaint"));
    const bool handles = PurposeRules::handlesComplaints(session.activePurpose());

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"complaintSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clocks = new QLabel(this);
    m_clocks->setObjectName(u"complaintClocks"_s);
    m_clocks->setTextFormat(Qt::PlainText);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"complaintText"_s);
    m_description->setReadOnly(true);
    m_description->setMaximumHeight(70);
    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(u"complaintFiles"_s);
    m_attachments->setMaximumHeight(60);
    auto *saveFile = new QPushButton(tr("Save a cop&y of the document…"), this);
    saveFile->setObjectName(u"complaintSaveFile"_s);
    connect(saveFile, &QPushButton::clicked, this, &ComplaintDialog::saveAttachment);
    connect(m_attachments, &QListWidget::itemActivated, this, &ComplaintDialog::saveAttachment);

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(u"complaintTimeline"_s);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("Step"), tr("What")});
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setWordWrap(true);
    m_timeline->setMinimumHeight(180);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_clocks);
    auto *descriptionLabel = new QLabel(tr("Complain&t:"), this);
    descriptionLabel->setBuddy(m_description);
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_description);
    // Shown when the complaint came with documents.
    m_files = new QWidget(this);
    auto *files = new QHBoxLayout(m_files);
    files->setContentsMargins(0, 0, 0, 0);
    files->addWidget(m_attachments, 1);
    files->addWidget(saveFile);
    layout->addWidget(m_files);
    auto *timelineLabel = new QLabel(tr("T&imeline (internal notes in grey italics, never sent to the member):"), this);
    timelineLabel->setBuddy(m_timeline);
    layout->addWidget(timelineLabel);
    layout->addWidget(m_timeline, 1);

    // The steps: one text, then what it is. Each button is enabled when its step fits the status.
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"complaintStepText"_s);
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(70);
    m_text->setPlaceholderText(tr("Write the note, what the member is asked for, the answer, the resolution "
                                  "or the reason, then choose the step below."));
    m_division = new QComboBox(this);
    m_division->setObjectName(u"complaintEscalateTo"_s);
    try {
        for (const auto &[id, code] : repository.divisions())
            m_division->addItem(tr("Division %1").arg(code), id);
    } catch (const DatabaseError &) {
        // Shown by load() below, which meets the same database.
    }
    auto *steps = new QGroupBox(tr("Next step"), this);
    auto *stepsLayout = new QGridLayout(steps);
    auto *textLabel = new QLabel(tr("Te&xt:"), steps);
    textLabel->setBuddy(m_text);
    stepsLayout->addWidget(textLabel, 0, 0, 1, 4);
    stepsLayout->addWidget(m_text, 1, 0, 1, 4);
    int slot = 0;
    const auto addStep = [&](const QString &name, const QString &label, std::function<bool(const Complaint &)> fits,
                             std::function<Complaint(const QString &)> step, const QString &done) {
        auto *button = new QPushButton(label, steps);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, step, done] { apply(step, done); });
        if (slot < 7) {
            stepsLayout->addWidget(button, 2 + slot / 4, slot % 4);
            ++slot;
        } else { // the escalation, with its division
            auto *escalation = new QHBoxLayout;
            escalation->addWidget(button);
            escalation->addWidget(m_division, 1);
            stepsLayout->addLayout(escalation, 3, 3);
        }
        m_steps.append({button, std::move(fits)});
        return button;
    };
    const auto open = [](const Complaint &k) { return k.status != ComplaintStatus::Closed; };
    const auto handled = [](const Complaint &k) {
        return k.status == ComplaintStatus::Open || k.status == ComplaintStatus::Answered;
    };
    addStep(u"complaintInternalNote"_s, tr("Internal &note"), [](const Complaint &) { return true; },
            [this](const QString &text) { return m_repository.addNote(m_session, m_id, m_complaint.version, text, true); },
            tr("Internal note added."));
    addStep(u"complaintMemberNote"_s, tr("Note for the &member"), [](const Complaint &) { return true; },
            [this](const QString &text) { return m_repository.addNote(m_session, m_id, m_complaint.version, text, false); },
            tr("Note added."));
    addStep(u"complaintPause"_s, tr("As&k the member (pause)"), handled,
            [this](const QString &text) { return m_repository.pause(m_session, m_id, m_complaint.version, text); },
            tr("The clock waits for the member."));
    addStep(u"complaintResume"_s, tr("Res&ume the clock"),
            [](const Complaint &k) { return k.status == ComplaintStatus::Waiting; },
            [this](const QString &) { return m_repository.resume(m_session, m_id, m_complaint.version); },
            tr("The clock runs again."));
    addStep(u"complaintAnswer"_s, tr("&Answer"), handled,
            [this](const QString &text) { return m_repository.answer(m_session, m_id, m_complaint.version, text); },
            tr("Answer recorded: print the letter (Ctrl+P) or save it as PDF."));
    addStep(u"complaintClose"_s, tr("C&lose with this resolution"), open,
            [this](const QString &text) { return m_repository.close(m_session, m_id, m_complaint.version, text); },
            tr("Complaint closed: print the letter (Ctrl+P) or save it as PDF."));
    addStep(u"complaintReopen"_s, tr("Re&open"), [](const Complaint &k) { return k.status == ComplaintStatus::Closed; },
            [this](const QString &text) { return m_repository.reopen(m_session, m_id, m_complaint.version, text); },
            tr("Complaint reopened."));
    addStep(u"complaintEscalate"_s, tr("&Escalate to:"), open,
            [this](const QString &text) {
                return m_repository.escalate(m_session, m_id, m_complaint.version,
                                             m_division->currentData().toLongLong(), text);
            },
            tr("Complaint handed to the other division."));
    steps->setVisible(handles); // LEG reads complaints, CPL handles them

    m_language = new QComboBox(this);
    m_language->setObjectName(u"complaintLetterLanguage"_s);
    m_language->addItem(tr("French"), int(LetterLanguage::French));
    m_language->addItem(tr("Arabic"), int(LetterLanguage::Arabic));
    m_language->setCurrentIndex(layoutDirection() == Qt::RightToLeft ? 1 : 0);
    auto *languageLabel = new QLabel(tr("Letter in:"), this);
    languageLabel->setBuddy(m_language);
    m_print = new QPushButton(tr("&Print the letter… (Ctrl+P)"), this);
    m_print->setObjectName(u"complaintPrintLetter"_s);
    connect(m_print, &QPushButton::clicked, this, &ComplaintDialog::printLetter);
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &ComplaintDialog::printLetter);
    m_pdf = new QPushButton(tr("Letter as P&DF…"), this);
    m_pdf->setObjectName(u"complaintLetterPdf"_s);
    connect(m_pdf, &QPushButton::clicked, this, &ComplaintDialog::saveLetter);

    m_error = new ErrorLabel(this, u"complaintDialogError"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"complaintDialogStatus"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *letters = new QHBoxLayout;
    letters->addWidget(languageLabel);
    letters->addWidget(m_language);
    letters->addWidget(m_print);
    letters->addWidget(m_pdf);
    letters->addStretch(1);
    if (PurposeRules::handlesLitigation(session.activePurpose())) {
        auto *litigation = new QPushButton(tr("Open a liti&gation case…"), this);
        litigation->setObjectName(u"complaintOpenLitigation"_s);
        connect(litigation, &QPushButton::clicked, this, &ComplaintDialog::openLitigation);
        letters->addWidget(litigation);
    }
    letters->addWidget(buttons);

    layout->addWidget(steps);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addLayout(letters);
    resize(900, 760);
    load();
    (handles ? static_cast<QWidget *>(m_text) : m_timeline)->setFocus();
}

void ComplaintDialog::load()
{
    try {
        display(m_repository.load(m_session, m_id));
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
        for (const auto &step : std::as_const(m_steps))
            step.first->setEnabled(false);
        m_print->setEnabled(false);
        m_pdf->setEnabled(false);
    }
}

void ComplaintDialog::display(const Complaint &k)
{
    m_complaint = k;
    setWindowTitle(tr("Complaint %1").arg(k.number));
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    QStringList lines;
    lines << tr("%1 · %2 · received %3 by %4")
                 .arg(k.number, Complaints::label(k.status), displayDateTime(k.receivedAt), Complaints::label(k.channel));
    lines << tr("From: %1 (%2) · %3")
                 .arg(k.requesterName, Complaints::label(k.requester),
                      k.requesterContact.isEmpty() ? tr("no contact given") : k.requesterContact);
    lines << tr("Category: %1 · answered by %2")
                 .arg(rtl && !k.category.nameAr.isEmpty() ? k.category.nameAr : k.category.name, k.category.divisionCode);
    if (!k.dossierNumbers.isEmpty())
        lines << tr("Dossiers: %1").arg(k.dossierNumbers.join(u", "_s));
    if (k.reopened > 0)
        lines << tr("Reopened %n time(s).", nullptr, k.reopened);
    if (k.status == ComplaintStatus::Closed)
        lines << tr("Resolution: %1").arg(k.resolution);
    m_summary->setText(lines.join(u'\n'));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_clocks->setText(clockLine(tr("First response"), ComplaintRepository::firstResponseClock(k, m_calendar, now),
                                k.firstResponseAt.isValid())
                      + u'\n'
                      + clockLine(tr("Resolution"), ComplaintRepository::resolutionClock(k, m_calendar, now),
                                  k.closedAt.isValid()));
    m_description->setPlainText(k.description);
    m_files->setVisible(!k.attachments.isEmpty());
    m_attachments->clear();
    for (const ComplaintAttachment &file : k.attachments)
        m_attachments->addItem(tr("%1 (%2)").arg(file.fileName, QLocale().formattedDataSize(file.size)));

    m_timeline->clear();
    for (const ComplaintEvent &event : k.timeline) {
        auto *item = new QTreeWidgetItem(m_timeline, {displayDateTime(event.at),
                                                      event.agentName.isEmpty() ? event.agent : event.agentName,
                                                      event.internal ? tr("%1 (internal)").arg(stepLabel(event.kind))
                                                                     : stepLabel(event.kind),
                                                      event.text});
        item->setToolTip(3, event.text);
        if (event.internal) {
            for (int column = 0; column < 4; ++column) {
                QFont font = item->font(column);
                font.setItalic(true);
                item->setFont(column, font);
                item->setForeground(column, QColor(0x60, 0x60, 0x60));
            }
        }
    }
    for (int column = 0; column < 3; ++column)
        m_timeline->resizeColumnToContents(column);
    m_timeline->scrollToBottom();

    for (const auto &[button, fits] : std::as_const(m_steps))
        button->setEnabled(fits(k));
    const bool hasLetter = letter().has_value();
    m_print->setEnabled(hasLetter);
    m_pdf->setEnabled(hasLetter);
}

void ComplaintDialog::apply(const std::function<Complaint(const QString &)> &step, const QString &done)
{
    m_error->hide();
    try {
        display(step(m_text->toPlainText()));
        m_text->clear();
        m_status->setText(done);
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
        if (error.kind() == DatabaseError::Kind::Conflict) {
            // Someone else's change is shown; what was typed stays, to be applied again.
            try {
                display(m_repository.load(m_session, m_id));
            } catch (const DatabaseError &) {
            }
        }
    }
}

std::optional<ComplaintLetter> ComplaintDialog::letter() const
{
    // Addressed by the recorded sex, to the recorded postal address, when the requester is on file.
    return ComplaintLetters::latest(m_complaint, LetterLanguage(m_language->currentData().toInt()),
                                    m_session.organisation.name,
                                    LetterTemplate::recordedAddressee(m_db, m_session, m_complaint.personId));
}

void ComplaintDialog::printLetter()
{
    const auto content = letter();
    if (!content) {
        m_error->say(tr("There is no letter before the first answer."));
        return;
    }
    const auto doc = ComplaintLetters::document(*content);
    PrintDocument::showPrintPreview(*doc, this);
}

bool ComplaintDialog::saveLetterPdf(const QString &path, QString *error)
{
    const auto content = letter();
    if (!content) {
        if (error)
            *error = tr("There is no letter before the first answer.");
        return false;
    }
    const auto doc = ComplaintLetters::document(*content);
    return PrintDocument::writePdf(*doc, path, error);
}

void ComplaintDialog::saveLetter()
{
    m_error->hide();
    const QString suggested = tr("complaint-%1.pdf").arg(m_complaint.number);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the letter as PDF"), inDocuments(suggested), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (saveLetterPdf(path, &error))
        m_status->setText(tr("Letter saved: %1").arg(QDir::toNativeSeparators(path)));
    else
        m_error->say(error);
}

void ComplaintDialog::openLitigation()
{
    LitigationRepository litigation(m_db);
    NewLitigationDialog dialog(litigation, m_session, m_complaint.number, this);
    if (dialog.exec() == QDialog::Accepted)
        m_status->setText(tr("Case %1 opened; the legal hold on %2's data is in force.")
                              .arg(dialog.opened().number, dialog.opened().personName));
}

void ComplaintDialog::saveAttachment()
{
    m_error->hide();
    const int row = m_attachments->currentRow();
    if (row < 0 || row >= m_complaint.attachments.size()) {
        m_error->say(tr("Choose the document to save."));
        m_attachments->setFocus();
        return;
    }
    const QString name = m_complaint.attachments.at(row).fileName;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy of %1").arg(name), inDocuments(name));
    if (path.isEmpty())
        return;
    try {
        const QByteArray content = m_repository.attachmentContent(m_session, m_id, name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
            m_error->say(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        m_status->setText(tr("Copy saved: %1").arg(QDir::toNativeSeparators(path)));
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

} // namespace guichet
