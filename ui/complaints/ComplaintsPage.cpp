#include "ui/complaints/ComplaintsPage.h"

#include "core/DisplayDate.h"

#include "ui/complaints/ComplaintDashboard.h"
#include "ui/complaints/ComplaintDialog.h"
#include "ui/complaints/ComplaintIntakeDialog.h"
#include "ui/common/ErrorLabel.h"

#include "core/PurposeRules.h"
#include "data/common/CalendarRepository.h"
#include "data/complaints/ComplaintQueueModel.h"
#include "data/common/DatabaseError.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// The stage of a complaint's clocks as the row's background.
class StageColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole) {
            switch (ServiceClockReading::Stage(
                QIdentityProxyModel::data(index, ComplaintQueueModel::StageRole).toInt())) {
            case ServiceClockReading::Stage::Breached: return QColor(0xf8, 0xd7, 0xda);
            case ServiceClockReading::Stage::ThreeQuartersUsed: return QColor(0xff, 0xe0, 0xb2);
            case ServiceClockReading::Stage::HalfUsed: return QColor(0xff, 0xf3, 0xcd);
            case ServiceClockReading::Stage::OnTime: return {};
            }
        }
        if (role == Qt::ForegroundRole
            && QIdentityProxyModel::data(index, ComplaintQueueModel::StageRole).toInt()
                   != int(ServiceClockReading::Stage::OnTime))
            return QColor(Qt::black); // readable on the light backgrounds, whatever the theme
        return QIdentityProxyModel::data(index, role);
    }
};

constexpr qint64 MineOnly = -1;

} // namespace

ComplaintsPage::ComplaintsPage(QSqlDatabase db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_repository(db)
{
    setObjectName(u"complaintsPage_"_s + session.activePurpose());
    m_error = new ErrorLabel(this, u"complaintsError"_s);
    try {
        m_calendar = CalendarRepository(db).calendar();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
    const bool handles = PurposeRules::handlesComplaints(session.activePurpose());
    auto *title = new QLabel(tr("<h2>Complaints</h2>"), this);

    m_queue = new QComboBox(this);
    m_queue->setObjectName(u"complaintQueue"_s);
    if (handles)
        m_queue->addItem(tr("The complaints I took"), MineOnly);
    m_queue->addItem(tr("Every division"), qint64(0));
    try {
        for (const auto &[id, code] : m_repository.divisions())
            m_queue->addItem(tr("Division %1").arg(code), id);
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
    m_queue->setCurrentIndex(handles ? 1 : 0);
    auto *queueLabel = new QLabel(tr("&Queue:"), this);
    queueLabel->setBuddy(m_queue);

    m_model = new ComplaintQueueModel(db, session, m_calendar, Clock::system(), this);
    auto *colours = new StageColours(this);
    colours->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(u"complaintTable"_s);
    m_table->setModel(colours);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    connect(m_model, &ComplaintQueueModel::errorOccurred, m_error, &ErrorLabel::say);
    // Enter or a double click opens the complaint.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openComplaint(index.data(ComplaintQueueModel::ComplaintIdRole).toLongLong());
    });

    m_breaches = new QListWidget(this);
    m_breaches->setObjectName(u"complaintBreaches"_s);
    m_breaches->setMaximumHeight(110);
    auto *breachLabel = new QLabel(tr("&Late (breach list):"), this);
    breachLabel->setBuddy(m_breaches);

    auto *actions = new QHBoxLayout;
    actions->addWidget(queueLabel);
    actions->addWidget(m_queue);
    const auto addAction = [&](const QString &name, const QString &text, const QKeySequence &keys,
                               void (ComplaintsPage::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        actions->addWidget(button);
    };
    if (handles) {
        // Ctrl+N registers a member, window-wide; R as in réclamation.
        addAction(u"newComplaint"_s, tr("&New complaint (Ctrl+R)"), QKeySequence(Qt::CTRL | Qt::Key_R),
                  &ComplaintsPage::takeIn);
        addAction(u"takeNextComplaint"_s, tr("Take the next (Ctrl+T)"), QKeySequence(Qt::CTRL | Qt::Key_T),
                  &ComplaintsPage::takeNext);
    }
    addAction(u"complaintsDashboard"_s, tr("&Dashboard… (Ctrl+D)"), QKeySequence(Qt::CTRL | Qt::Key_D),
              &ComplaintsPage::showDashboard);
    addAction(u"refreshComplaints"_s, tr("Re&fresh (F5)"), QKeySequence(Qt::Key_F5), &ComplaintsPage::refresh);
    actions->addStretch(1);

    m_recorded = new QListWidget(this);
    m_recorded->setObjectName(u"recordedComplaints"_s);
    m_recorded->setMaximumHeight(90);
    auto *recordedLabel = new QLabel(tr("Taken in on this desk since you signed in:"), this);
    recordedLabel->setBuddy(m_recorded);
    m_recorded->setVisible(handles);
    recordedLabel->setVisible(handles);
    m_status = new QLabel(this);
    m_status->setObjectName(u"complaintsStatus"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(breachLabel);
    layout->addWidget(m_breaches);
    layout->addWidget(recordedLabel);
    layout->addWidget(m_recorded);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    setTabOrder(m_queue, m_table);

    connect(m_queue, &QComboBox::currentIndexChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void ComplaintsPage::showEvent(QShowEvent *event)
{
    // Queried when shown, under the purpose then active (the server checks it), and fresh.
    QWidget::showEvent(event);
    refresh();
}

qint64 ComplaintsPage::selectedDivision() const
{
    return m_queue->currentData().toLongLong();
}

void ComplaintsPage::refresh()
{
    m_error->hide();
    const qint64 division = selectedDivision();
    m_model->setQueue(division == MineOnly ? 0 : division, division == MineOnly);
    m_table->resizeColumnsToContents();
    m_breaches->clear();
    try {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ComplaintQueueRow &row :
             m_repository.breachList(m_session, division == MineOnly ? 0 : division, m_calendar, now)) {
            if (division == MineOnly && row.assignedTo != m_session.login)
                continue;
            const bool firstLate = !row.firstResponseAt.isValid()
                                   && ComplaintRepository::firstResponseClock(row, m_calendar, now).stage
                                          == ServiceClockReading::Stage::Breached;
            m_breaches->addItem(tr("%1 · %2 · %3 · %4")
                                    .arg(row.number, row.requesterName, row.category.name,
                                         firstLate ? tr("no first response in time")
                                                   : tr("not resolved in time")));
        }
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
    m_status->setText(tr("%n complaint(s) late.", nullptr, int(m_breaches->count())));
}

void ComplaintsPage::takeIn()
{
    ComplaintIntakeDialog dialog(m_db, m_repository, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Complaint &k = dialog.recorded();
    const ServiceClockReading clock =
        ComplaintRepository::firstResponseClock(k, m_calendar, QDateTime::currentDateTimeUtc());
    const QString deadline = displayDateTime(clock.deadline);
    m_recorded->insertItem(0, tr("%1 · %2 · %3 · first response by %4 (%5)")
                                  .arg(k.number, k.requesterName, k.category.divisionCode, deadline,
                                       ServiceClock::describe(clock)));
    refresh();
    m_status->setText(tr("Complaint %1 recorded.").arg(k.number));
}

void ComplaintsPage::openComplaint(qint64 complaintId)
{
    if (complaintId <= 0)
        return;
    ComplaintDialog dialog(m_db, m_repository, m_session, m_calendar, complaintId, this);
    dialog.exec();
    refresh(); // its steps change the queue and the clocks
    if (!dialog.complaint().number.isEmpty())
        m_status->setText(tr("Complaint %1: %2.").arg(dialog.complaint().number,
                                                      Complaints::label(dialog.complaint().status)));
}

void ComplaintsPage::showDashboard()
{
    ComplaintDashboard dashboard(m_db, m_session, this);
    const qint64 division = selectedDivision();
    if (division > 0)
        dashboard.setDivisionId(division);
    dashboard.exec();
}

void ComplaintsPage::takeNext()
{
    m_error->hide();
    const qint64 division = selectedDivision();
    if (division <= 0) {
        m_error->say(tr("Choose a division's queue to take from."));
        m_queue->setFocus();
        return;
    }
    try {
        if (const std::optional<qint64> taken = m_repository.takeNext(m_session, division)) {
            m_queue->setCurrentIndex(m_queue->findData(MineOnly));
            openComplaint(*taken);
        } else {
            m_status->setText(tr("No complaint left to take in this division."));
        }
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

} // namespace guichet
