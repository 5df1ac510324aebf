#include "ui/retention/PurgePage.h"

#include "core/DisplayDate.h"

#include "ui/common/SaveLocation.h"

#include "ui/common/DateField.h"
#include "ui/common/PrintDocument.h"
#include "ui/retention/PurgeDocuments.h"
#include "ui/common/ErrorLabel.h"

#include "data/common/DatabaseError.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int BatchSize = 500;
constexpr int DryRunShown = 1000;

QTreeWidget *tree(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setHeaderLabels(headers);
    t->header()->setStretchLastSection(true);
    return t;
}

// What went, as the officer reads it (the CSV keeps the codes).
QString whatLabel(const QString &what)
{
    if (what == u"persons anonymised"_s) return PurgePage::tr("persons anonymised");
    if (what == u"dossiers anonymised"_s) return PurgePage::tr("dossiers anonymised");
    if (what == u"medical notes deleted"_s) return PurgePage::tr("medical notes deleted");
    if (what == u"attachments deleted"_s) return PurgePage::tr("attachments deleted");
    if (what == u"complaints anonymised"_s) return PurgePage::tr("complaints anonymised");
    if (what == u"cases anonymised"_s) return PurgePage::tr("cases anonymised");
    if (what == u"values of changes deleted"_s) return PurgePage::tr("values of changes deleted");
    return what;
}

} // namespace

PurgePage::PurgePage(QSqlDatabase db, const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_repository(db)
{
    setObjectName(u"purgePage"_s);
    auto *title = new QLabel(tr("<h2>Retention and purge</h2>"), this);
    m_error = new ErrorLabel(this, u"purgeError"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"purgeStatus"_s);
    m_status->setWordWrap(true);
    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;

    // The purge.
    auto *purgeTab = new QWidget(tabs);
    m_rules = tree(u"retentionRules"_s, {tr("Processing"), tr("Kept"), tr("In force since")}, purgeTab);
    m_rules->setMaximumHeight(150);
    m_asOf = dateField(u"purgeAsOf"_s, purgeTab);
    setDate(m_asOf, QDate::currentDate());
    auto *asOfLabel = new QLabel(tr("E&xpired as of:"), purgeTab);
    asOfLabel->setBuddy(m_asOf);
    auto *dry = new QPushButton(tr("&Dry run"), purgeTab);
    dry->setObjectName(u"purgeDryRun"_s);
    connect(dry, &QPushButton::clicked, this, &PurgePage::dryRun);
    connect(m_asOf, &QLineEdit::returnPressed, this, &PurgePage::dryRun);
    m_purge = new QPushButton(tr("&Purge…"), purgeTab);
    m_purge->setObjectName(u"purgeRun"_s);
    connect(m_purge, &QPushButton::clicked, this, &PurgePage::purge);
    m_stop = new QPushButton(tr("&Stop after this batch"), purgeTab);
    m_stop->setObjectName(u"purgeStop"_s);
    m_stop->setEnabled(false);
    connect(m_stop, &QPushButton::clicked, this, &PurgePage::stop);
    auto *controls = new QHBoxLayout;
    controls->addWidget(asOfLabel);
    controls->addWidget(m_asOf);
    controls->addWidget(dry);
    controls->addWidget(m_purge);
    controls->addWidget(m_stop);
    controls->addStretch(1);
    m_due = new QLabel(purgeTab);
    m_due->setObjectName(u"purgeDue"_s);
    m_candidates = tree(u"purgeCandidates"_s, {tr("Mutuelle"), tr("Immatriculation"), tr("Name"), tr("Why")}, purgeTab);
    m_progress = new QProgressBar(purgeTab);
    m_progress->setObjectName(u"purgeProgress"_s);
    m_progress->setVisible(false);
    m_report = tree(u"purgeReport"_s, {tr("Processing"), tr("What went"), tr("Count")}, purgeTab);
    m_report->setMaximumHeight(170);
    auto *csv = new QPushButton(tr("Report as &CSV…"), purgeTab);
    csv->setObjectName(u"purgeReportCsv"_s);
    auto *pdf = new QPushButton(tr("Report as PD&F…"), purgeTab);
    pdf->setObjectName(u"purgeReportPdf"_s);
    const auto saveWith = [this](const QString &title, const QString &suggested, const QString &filter,
                                 bool (PurgePage::*save)(const QString &, QString *)) {
        const QString path = QFileDialog::getSaveFileName(this, title, inDocuments(suggested), filter);
        if (path.isEmpty())
            return;
        QString error;
        if ((this->*save)(path, &error))
            m_status->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
        else
            m_error->say(error);
    };
    connect(csv, &QPushButton::clicked, this, [=] {
        saveWith(tr("Save the report as CSV"), tr("purge-report.csv"), tr("CSV (*.csv)"), &PurgePage::saveReportCsv);
    });
    connect(pdf, &QPushButton::clicked, this, [=] {
        saveWith(tr("Save the report as PDF"), tr("purge-report.pdf"), tr("PDF (*.pdf)"), &PurgePage::saveReportPdf);
    });
    auto *reportButtons = new QHBoxLayout;
    reportButtons->addWidget(new QLabel(tr("Report of the last run (counts only):"), purgeTab));
    reportButtons->addStretch(1);
    reportButtons->addWidget(csv);
    reportButtons->addWidget(pdf);
    auto *purgeLayout = new QVBoxLayout(purgeTab);
    purgeLayout->addWidget(m_rules);
    purgeLayout->addLayout(controls);
    purgeLayout->addWidget(m_due);
    purgeLayout->addWidget(m_candidates, 1);
    purgeLayout->addWidget(m_progress);
    purgeLayout->addLayout(reportButtons);
    purgeLayout->addWidget(m_report);
    tabs->addTab(purgeTab, tr("P&urge"));

    // The archive boxes.
    auto *boxesTab = new QWidget(tabs);
    m_boxes = new QListWidget(boxesTab);
    m_boxes->setObjectName(u"expiredBoxes"_s);
    auto *record = new QPushButton(tr("Destruction &record as PDF…"), boxesTab);
    record->setObjectName(u"destructionRecordPdf"_s);
    connect(record, &QPushButton::clicked, this, [=] {
        saveWith(tr("Save the destruction record as PDF"), tr("destruction-record.pdf"), tr("PDF (*.pdf)"),
                 &PurgePage::saveDestructionRecordPdf);
    });
    auto *printRecord = new QPushButton(tr("&Print the destruction record…"), boxesTab);
    printRecord->setObjectName(u"printDestructionRecord"_s);
    connect(printRecord, &QPushButton::clicked, this, [this] {
        m_error->hide();
        QString error;
        if (const auto doc = destructionRecord(&error))
            PrintDocument::showPrintPreview(*doc, this);
        else
            m_error->say(error);
    });
    auto *destroyed = new QPushButton(tr("Record the checked boxes as destro&yed…"), boxesTab);
    destroyed->setObjectName(u"recordDestroyed"_s);
    connect(destroyed, &QPushButton::clicked, this, &PurgePage::recordDestroyed);
    auto *boxButtons = new QHBoxLayout;
    boxButtons->addWidget(record);
    boxButtons->addWidget(printRecord);
    boxButtons->addWidget(destroyed);
    boxButtons->addStretch(1);
    auto *boxesLayout = new QVBoxLayout(boxesTab);
    boxesLayout->addWidget(new QLabel(tr("Archive boxes whose every dossier is past its retention and under no legal "
                                         "hold, for physical destruction:"),
                                      boxesTab));
    boxesLayout->addWidget(m_boxes, 1);
    boxesLayout->addLayout(boxButtons);
    tabs->addTab(boxesTab, tr("&Archive boxes"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
}

void PurgePage::addTab(QWidget *page, const QString &label)
{
    m_tabs->addTab(page, label);
}

void PurgePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!isRunning())
        refresh();
}

QDate PurgePage::asOf() const
{
    return dateOf(m_asOf);
}

void PurgePage::refresh()
{
    m_error->hide();
    try {
        m_rules->clear();
        for (const RetentionRule &rule : m_repository.rules(QDate::currentDate())) {
            const auto [name, cndp] = m_repository.purposeOf(rule.purposeCode);
            new QTreeWidgetItem(m_rules, {rule.purposeCode + u" — "_s + name, Retention::describe(rule),
                                          displayDate(rule.validFrom)});
        }
        m_rules->resizeColumnToContents(0);
        m_rules->resizeColumnToContents(1);
        if (const auto running = m_repository.unfinished()) {
            m_status->setText(tr("A purge as of %1 stopped after %n batch(es): Purge… resumes it.", nullptr,
                                 running->batches)
                                  .arg(displayDate(running->asOf)));
            setDate(m_asOf, running->asOf);
        }
        m_lastRun = m_repository.latestDone();
        if (m_lastRun)
            showReport(*m_lastRun);
        m_boxes->clear();
        m_expiredBoxes = m_repository.expiredBoxes(m_session, asOf().isValid() ? asOf() : QDate::currentDate());
        for (const ExpiredBox &box : std::as_const(m_expiredBoxes)) {
            auto *item = new QListWidgetItem(tr("%1 · box %2 · %3 · %n dossier(s)", nullptr, box.dossiers)
                                                 .arg(box.organisationCode, box.number, box.place),
                                             m_boxes);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            item->setData(Qt::UserRole, box.id);
        }
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void PurgePage::dryRun()
{
    m_error->hide();
    if (!asOf().isValid()) {
        m_error->say(tr("Enter the date the data is expired as of (dd/mm/yyyy)."));
        m_asOf->setFocus();
        return;
    }
    try {
        m_candidates->clear();
        const qint64 due = m_repository.countDue(m_session, asOf());
        QString rule;
        for (const RetentionRule &r : m_repository.rules(asOf()))
            if (r.purposeCode == u"REG"_s)
                rule = Retention::describe(r);
        for (const PurgeCandidate &c : m_repository.dryRun(m_session, asOf(), 0, DryRunShown))
            new QTreeWidgetItem(m_candidates, {c.organisationCode, c.immatriculation, c.name,
                                               tr("relationship ended on %1; %2")
                                                   .arg(displayDate(c.relationEnd), rule)});
        for (int column = 0; column < 3; ++column)
            m_candidates->resizeColumnToContents(column);
        m_due->setText(due > DryRunShown
                           ? tr("%1 persons would be anonymised; the first %2 are listed.")
                                 .arg(QLocale().toString(due), QLocale().toString(DryRunShown))
                           : tr("%n person(s) would be anonymised.", nullptr, int(due)));
        m_status->setText(tr("Dry run: nothing was changed."));
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void PurgePage::purge()
{
    m_error->hide();
    if (isRunning())
        return;
    try {
        const std::optional<PurgeRun> running = m_repository.unfinished();
        const QDate date = running ? running->asOf : asOf();
        if (!date.isValid()) {
            m_error->say(tr("Enter the date the data is expired as of (dd/mm/yyyy)."));
            m_asOf->setFocus();
            return;
        }
        const qint64 due = m_repository.countDue(m_session, date);
        const auto answer = QMessageBox::question(
            this, tr("Purge"),
            tr("Anonymise %n person(s) whose data expired as of %1, in every table? This cannot be undone.", nullptr,
               int(due))
                .arg(displayDate(date)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
        const PurgeRun run = m_repository.start(m_session, date);
        m_runId = run.id;
        m_stopRequested = false;
        m_progress->setRange(0, int(std::max<qint64>(due, 1)));
        m_progress->setValue(0);
        m_progress->setVisible(true);
        m_purge->setEnabled(false);
        m_stop->setEnabled(true);
        m_status->setText(tr("Purging…"));
        QTimer::singleShot(0, this, &PurgePage::runNextBatch);
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void PurgePage::runNextBatch()
{
    // One batch per turn of the event loop: the window stays alive and Stop is heard.
    const auto finish = [this](const QString &message) {
        m_runId = 0;
        m_purge->setEnabled(true);
        m_stop->setEnabled(false);
        m_status->setText(message);
        refresh();
        emit purgeFinished();
    };
    if (m_stopRequested) {
        finish(tr("Stopped. Purge… resumes where it stopped."));
        return;
    }
    try {
        const int n = m_repository.runBatch(m_session, m_runId, BatchSize);
        if (n == 0) {
            m_progress->setValue(m_progress->maximum());
            finish(tr("Purge done: the report below says what went."));
            return;
        }
        m_progress->setValue(std::min(m_progress->maximum(), m_progress->value() + n));
        QTimer::singleShot(0, this, &PurgePage::runNextBatch);
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
        finish(tr("The purge stopped on an error; what was done is kept, and Purge… resumes it."));
    }
}

void PurgePage::stop()
{
    m_stopRequested = true;
    m_stop->setEnabled(false);
}

void PurgePage::showReport(const PurgeRun &run)
{
    m_report->clear();
    for (const PurgeCount &count : run.counts)
        new QTreeWidgetItem(m_report, {count.purposeCode + u" — "_s + m_repository.purposeOf(count.purposeCode).first,
                                       whatLabel(count.what), QLocale().toString(count.count)});
    m_report->resizeColumnToContents(0);
    m_report->resizeColumnToContents(1);
}

bool PurgePage::saveReportCsv(const QString &path, QString *error)
{
    if (!m_lastRun) {
        *error = tr("No purge has run to its end yet.");
        return false;
    }
    QSaveFile file(path);
    const QByteArray csv = m_repository.reportCsv(*m_lastRun);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool PurgePage::saveReportPdf(const QString &path, QString *error)
{
    if (!m_lastRun) {
        *error = tr("No purge has run to its end yet.");
        return false;
    }
    PurgeReport report{QString::number(m_lastRun->id), m_lastRun->asOf, m_lastRun->startedAt, m_lastRun->startedBy,
                       m_lastRun->finishedAt, {}};
    for (const PurgeCount &count : m_lastRun->counts) {
        const auto [name, cndp] = m_repository.purposeOf(count.purposeCode);
        report.lines.append({count.purposeCode, name, cndp, whatLabel(count.what), count.count});
    }
    const auto doc = PurgeDocuments::purgeReportDocument(report);
    return PrintDocument::writePdf(*doc, path, error);
}

QList<qint64> PurgePage::checkedBoxes() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_boxes->count(); ++i)
        if (m_boxes->item(i)->checkState() == Qt::Checked)
            ids.append(m_boxes->item(i)->data(Qt::UserRole).toLongLong());
    return ids;
}

std::unique_ptr<QTextDocument> PurgePage::destructionRecord(QString *error) const
{
    const QList<qint64> checked = checkedBoxes();
    DestructionRecord record{asOf().isValid() ? asOf() : QDate::currentDate(), {}, {}, m_session.fullName,
                             QDateTime::currentDateTime()};
    for (const RetentionRule &rule : m_repository.rules(record.asOf))
        if (rule.purposeCode == u"ARM"_s)
            record.rule = Retention::describe(rule);
    // The boxes checked, or all of them when none is.
    for (const ExpiredBox &box : std::as_const(m_expiredBoxes))
        if (checked.isEmpty() || checked.contains(box.id))
            record.boxes.append({box.organisationCode, box.number, box.place, box.dossiers});
    if (record.boxes.isEmpty()) {
        *error = tr("No archive box has expired.");
        return nullptr;
    }
    return PurgeDocuments::destructionRecordDocument(record);
}

bool PurgePage::saveDestructionRecordPdf(const QString &path, QString *error)
{
    const auto doc = destructionRecord(error);
    return doc && PrintDocument::writePdf(*doc, path, error);
}

void PurgePage::recordDestroyed()
{
    m_error->hide();
    const QList<qint64> ids = checkedBoxes();
    if (ids.isEmpty()) {
        m_error->say(tr("Check the boxes that were destroyed."));
        m_boxes->setFocus();
        return;
    }
    if (QMessageBox::question(this, tr("Archive boxes"),
                              tr("Record %n box(es) as destroyed, as the signed record says?", nullptr, int(ids.size())),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    try {
        m_repository.markDestroyed(m_session, ids, asOf().isValid() ? asOf() : QDate::currentDate());
        refresh();
        m_status->setText(tr("%n box(es) recorded as destroyed.", nullptr, int(ids.size())));
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

} // namespace guichet
