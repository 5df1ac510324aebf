#include "ui/dossiers/DossiersPage.h"

#include "ui/common/SaveLocation.h"

#include "ui/dossiers/DepositDialog.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/dossiers/DossierDocuments.h"
#include "ui/common/CurrentRow.h"
#include "ui/common/PrintDocument.h"
#include "ui/common/ErrorLabel.h"

#include "core/Permissions.h"
#include "core/PurposeRules.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/DossierQueueModel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// Colours the rows by urgency: the data layer says how urgent, the view how it looks.
class UrgencyColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole) {
            switch (DossierRules::Urgency(QIdentityProxyModel::data(index, DossierQueueModel::UrgencyRole).toInt())) {
            case DossierRules::Urgency::Late: return QColor(0xf8, 0xd7, 0xda);
            case DossierRules::Urgency::DueSoon: return QColor(0xff, 0xf3, 0xcd);
            case DossierRules::Urgency::OnTime: return {};
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

DossiersPage::DossiersPage(QSqlDatabase db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_repository(std::make_unique<DossierRepository>(db))
{
    setObjectName(u"dossiersPage_"_s + session.activePurpose());
    const QString purpose = session.activePurpose();
    const bool controller = PurposeRules::controlsDossiers(purpose);
    const bool archivist = PurposeRules::archivesDossiers(purpose);

    m_model = new DossierQueueModel(db, session, Clock::system(), this);
    m_queue = new QComboBox(this);
    m_queue->setObjectName(u"dossierQueue"_s);
    QList<DossierStatus> queues;
    if (controller)
        queues = {DossierStatus::Control, DossierStatus::Liquidation, DossierStatus::Rejected};
    else
        queues = {DossierStatus::Entry,   DossierStatus::Incomplete, DossierStatus::Control,
                  DossierStatus::Liquidation, DossierStatus::Liquidated, DossierStatus::Batched,
                  DossierStatus::Paid,    DossierStatus::Rejected};
    for (DossierStatus status : queues)
        m_queue->addItem(dossierStatusLabel(status), int(status));
    m_queue->setCurrentIndex(m_queue->findData(int(DossierRules::firstQueue(session.roleCode, controller))));
    auto *queueLabel = new QLabel(tr("&Queue:"), this);
    queueLabel->setBuddy(m_queue);

    m_table = new QTableView(this);
    m_table->setObjectName(u"dossierTable"_s);
    auto *colours = new UrgencyColours(this);
    colours->setSourceModel(m_model);
    m_table->setModel(colours);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(DossierQueueModel::Beneficiary, 200);
    m_table->setColumnHidden(DossierQueueModel::Status, true); // a queue is one status: its name is above
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openDossier(m_model->dossierId(index.row()));
    });
    // The model keeps a window of rows: keep the view on the same rows when it slides.
    QScrollBar *bar = m_table->verticalScrollBar();
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [bar](const QModelIndex &, int first, int last) {
        if (first == 0)
            bar->setValue(bar->value() - (last + 1));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [bar](const QModelIndex &, int first, int last) {
        if (first == 0)
            bar->setValue(bar->value() + (last + 1));
    });
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (value == bar->minimum() && m_model->hasRowsBefore())
            m_model->fetchPrevious();
    });

    m_status = new QLabel(this);
    m_status->setObjectName(u"dossierStatus"_s);
    m_error = new ErrorLabel(this, u"dossiersError"_s);
    connect(m_model, &DossierQueueModel::errorOccurred, m_error, &ErrorLabel::say);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents(); // numbers, amounts and days left are never cut
        m_status->setText(m_model->canFetchMore({}) ? tr("More than %n dossier(s) in this queue", nullptr, m_model->rowCount())
                                                    : tr("%n dossier(s) in this queue", nullptr, m_model->rowCount()));
    });
    connect(m_queue, &QComboBox::currentIndexChanged, this, [this] {
        m_error->hide();
        m_model->setStatus(DossierStatus(m_queue->currentData().toInt()));
        if (m_model->rowCount() > 0)
            makeCurrentRow(m_table, 0);
    });

    auto *actions = new QHBoxLayout;
    auto addAction = [&](const QString &name, const QString &text, const QKeySequence &shortcut,
                         const std::function<void()> &action) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        if (!shortcut.isEmpty()) {
            // Of the window, wherever the focus is; only the shown section's page answers, since
            // a hidden widget's shortcuts do not.
            auto *sc = new QShortcut(shortcut, this);
            connect(sc, &QShortcut::activated, button, &QPushButton::click);
        }
        connect(button, &QPushButton::clicked, this, [this, action] {
            m_error->hide();
            try {
                action();
            } catch (const DatabaseError &error) {
                m_error->say(error.userMessage());
            }
        });
        actions->addWidget(button);
    };
    // Each stage's actions for the role whose work it is under this purpose (core/Permissions).
    if (Permissions::allows(session, Action::DossierDeposit))
        addAction(u"depositDossier"_s, tr("&Deposit… (Ctrl+D)"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] { deposit(); });
    if (Permissions::allows(session, Action::DossierLiquidate))
        addAction(u"liquidateAll"_s, tr("&Liquidate all waiting…"), {}, [this] { liquidateAll(); });
    if (Permissions::allows(session, Action::BatchBuild))
        addAction(u"makeBatch"_s, tr("Payment &batch…"), {}, [this] { makeBatch(); });
    if (Permissions::allows(session, Action::BatchPay))
        addAction(u"payBatch"_s, tr("Record a batch &paid…"), {}, [this] { payBatch(); });
    if (Permissions::allows(session, Action::DossierControl))
        addAction(u"takeNext"_s, tr("Take the next dossier (Ctrl+T)"), QKeySequence(Qt::CTRL | Qt::Key_T),
                  [this] { takeNext(); });
    if (archivist)
        addAction(u"listBox"_s, tr("List a &box…"), {}, [this] { listBox(); });
    // Ctrl+F is the main window's find, which comes here in a dossier section.
    addAction(u"findDossier"_s, tr("&Find by number… (Ctrl+F)"), {}, [this] {
        bool ok = false;
        const QString number = QInputDialog::getText(this, tr("Find a dossier"), tr("Dossier number (barcode):"),
                                                     QLineEdit::Normal, QString(), &ok);
        if (ok)
            openNumber(number);
    });
    actions->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addWidget(queueLabel);
    top->addWidget(m_queue);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

void DossiersPage::showEvent(QShowEvent *event)
{
    // Queried when shown, under the purpose then active (the server checks it), and fresh.
    QWidget::showEvent(event);
    m_model->setStatus(DossierStatus(m_queue->currentData().toInt()));
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        makeCurrentRow(m_table, 0);
}

void DossiersPage::refresh()
{
    m_model->reload();
}

void DossiersPage::deposit(const std::optional<Person> &person)
{
    DepositDialog dialog(m_db, *m_repository, m_session, this);
    if (person)
        dialog.startWith(*person);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    openDossier(dialog.deposited().id);
}

void DossiersPage::openDossier(qint64 dossierId)
{
    if (dossierId <= 0)
        return;
    try {
        qint64 current = dossierId;
        while (current > 0) {
            DossierDialog dialog(*m_repository, m_session, m_repository->load(m_session, current), this);
            const int outcome = dialog.exec();
            current = 0;
            // A dossier left unreviewed goes back to the queue, for this controller or another.
            if (PurposeRules::controlsDossiers(m_session.activePurpose())
                && dialog.dossier().status == DossierStatus::Control)
                m_repository->releaseControl(m_session, dialog.dossier().id);
            if (outcome == DossierDialog::NextRequested) {
                const std::optional<qint64> next = m_repository->takeNextForControl(m_session);
                if (next && *next != dialog.dossier().id)
                    current = *next;
                else if (!next)
                    m_status->setText(tr("No dossier left to control."));
            }
        }
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
    refresh();
}

void DossiersPage::openNumber(const QString &number)
{
    try {
        const QList<qint64> ids = m_repository->findByNumber(m_session, number);
        if (ids.isEmpty()) {
            m_error->say(tr("No dossier %1 that you may open.").arg(number.trimmed()));
            return;
        }
        if (ids.size() > 1)
            m_status->setText(tr("%n dossier(s) carry this number: the newest is opened.", nullptr, int(ids.size())));
        openDossier(ids.first());
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void DossiersPage::takeNext()
{
    const std::optional<qint64> next = m_repository->takeNextForControl(m_session);
    if (!next) {
        m_status->setText(tr("No dossier left to control."));
        return;
    }
    openDossier(*next);
}

void DossiersPage::liquidateAll()
{
    if (m_progress)
        return;
    const DossierRepository::QueueSummary waiting = m_repository->waitingForLiquidation(m_session);
    if (waiting.count == 0) {
        m_status->setText(tr("No dossier waits for liquidation."));
        return;
    }
    if (QMessageBox::question(this, tr("Liquidate"),
                              tr("Liquidate the %n dossier(s) waiting for liquidation, billed %1 in all?", nullptr,
                                 waiting.count)
                                  .arg(Money::format(waiting.billed)))
        != QMessageBox::Yes)
        return;
    // One chunk (one transaction) per turn of the event loop: the window stays alive, Stop
    // ends after the chunk under way, and nothing is half-done.
    m_progress = new QProgressDialog(tr("Liquidating…"), tr("Stop"), 0, 0, this);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_cursor = {};
    m_liquidated = 0;
    QTimer::singleShot(0, this, &DossiersPage::liquidateNextChunk);
}

void DossiersPage::liquidateNextChunk()
{
    std::optional<int> chunk;
    try {
        if (m_progress && !m_progress->wasCanceled())
            chunk = m_repository->liquidateChunk(m_session, m_cursor);
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
    if (!chunk)
        m_liquidated += DossierRepository::stopLiquidation(m_cursor);
    if (chunk) {
        m_liquidated += *chunk;
        m_progress->setLabelText(tr("%n dossier(s) liquidated…", nullptr, m_liquidated));
        QTimer::singleShot(0, this, &DossiersPage::liquidateNextChunk);
        return;
    }
    if (m_progress)
        m_progress->close();
    // What was done, and what is left: dossiers another liquidator held, or that a refusal stopped.
    QString done = tr("%n dossier(s) liquidated.", nullptr, m_liquidated);
    try {
        const int left = m_repository->waitingForLiquidation(m_session).count;
        if (left > 0)
            done += u' ' + tr("%n dossier(s) still wait for liquidation.", nullptr, left);
    } catch (const DatabaseError &) {
        // The count of what is left is a courtesy: the error of the liquidation itself is shown.
    }
    m_status->setText(done);
    QMessageBox::information(this, tr("Liquidate"), done);
    refresh();
}

void DossiersPage::makeBatch()
{
    bool ok = false;
    const QString period = QInputDialog::getText(this, tr("Payment batch"),
                                                 tr("Liquidated dossiers deposited up to the end of the month (YYYY-MM):"),
                                                 QLineEdit::Normal, QDate::currentDate().toString(u"yyyy-MM"_s), &ok);
    if (!ok)
        return;
    const PaymentBatch batch = m_repository->createBatch(m_session, period.trimmed());
    QString message = tr("Batch %1: %n dossier(s), %2, control %3.", nullptr, batch.dossierCount)
                          .arg(batch.number, Money::format(batch.total), batch.controlSum);
    if (!batch.leftOut.isEmpty())
        message += u"\n"_s + tr("Left out for want of a valid RIB: %1").arg(batch.leftOut.join(u", "_s));
    QMessageBox::information(this, tr("Payment batch"), message);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the payment-order file"),
                                                      inDocuments(batch.number + u".txt"_s), tr("Payment orders (*.txt)"));
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(batch.orderFile) != batch.orderFile.size())
            m_error->say(tr("The file could not be written: %1").arg(file.errorString()));
    }
    BatchSummary summary;
    summary.organisationName = batch.organisationName;
    summary.batchNumber = batch.number;
    summary.period = batch.period;
    summary.createdAt = batch.createdAt.toLocalTime();
    summary.createdBy = batch.createdBy;
    summary.total = batch.total;
    summary.controlSum = batch.controlSum;
    summary.fileName = path;
    summary.lines = m_repository->batchLines(m_session, batch.id);
    const std::unique_ptr<QTextDocument> doc = DossierDocuments::batchSummaryDocument(summary);
    PrintDocument::showPrintPreview(*doc, this);
    refresh();
}

void DossiersPage::payBatch()
{
    const QList<PaymentBatch> batches = m_repository->unpaidBatches(m_session);
    if (batches.isEmpty()) {
        m_status->setText(tr("No batch is waiting for payment."));
        return;
    }
    QStringList items;
    for (const PaymentBatch &b : batches)
        items.append(tr("%1 — %n dossier(s), %2", nullptr, b.dossierCount).arg(b.number, Money::format(b.total)));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Record a batch paid"), tr("Batch paid by the bank:"), items,
                                                 0, false, &ok);
    if (!ok)
        return;
    const PaymentBatch &batch = batches.at(items.indexOf(chosen));
    if (QMessageBox::question(this, tr("Record a batch paid"),
                              tr("Record batch %1 as paid? Its dossiers become paid; this cannot be undone.")
                                  .arg(batch.number))
        != QMessageBox::Yes)
        return;
    m_repository->markBatchPaid(m_session, batch.id);
    m_status->setText(tr("Batch %1 recorded as paid.").arg(batch.number));
    refresh();
}

void DossiersPage::listBox()
{
    bool ok = false;
    const QString box = QInputDialog::getText(this, tr("Archive box"), tr("Box number:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    ArchiveBoxListing listing;
    listing.organisationName = m_session.organisation.name;
    listing.boxNumber = box.trimmed().toUpper();
    listing.printedAt = QDateTime::currentDateTime();
    listing.lines = m_repository->boxContents(m_session, box, &listing.place);
    const std::unique_ptr<QTextDocument> doc = DossierDocuments::archiveBoxDocument(listing);
    PrintDocument::showPrintPreview(*doc, this);
}

} // namespace guichet
