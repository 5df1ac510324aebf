#include "ui/rights/RightsPage.h"

#include "core/DisplayDate.h"

#include "ui/common/ErrorLabel.h"
#include "ui/rights/RightsDialogs.h"

#include "data/common/CalendarRepository.h"
#include "data/common/DatabaseError.h"

#include <QCheckBox>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
BusinessCalendar calendarOf(const QSqlDatabase &db)
{
    try {
        return CalendarRepository(db).calendar();
    } catch (const DatabaseError &) {
        return BusinessCalendar(); // the list says the database error when it loads
    }
}
} // namespace

RightsPage::RightsPage(QSqlDatabase db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_repository(db, calendarOf(db))
{
    setObjectName(u"rightsPage"_s);
    const RightsWork work = RightsWork::of(session);
    QString intro;
    if (work.approvesRectifications)
        intro = tr("Rectifications asked for under law 09-08, waiting for a second agent's approval.");
    else if (work.signsOffMedicalParts)
        intro = tr("Access requests whose medical part waits for a medical controller's review and sign-off.");
    else
        intro = tr("Requests of access, rectification, opposition and deletion (law 09-08): one month to answer, "
                   "in business days; late ones first.");
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"rightsList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Request"), tr("Right"), tr("Requester"), tr("Received"), tr("Deadline"),
                             tr("Business days left"), tr("Parts pending"), tr("Status")});
    // Nothing is cut: every column, the status above all, as wide as what it shows (the list
    // scrolls sideways on a narrow screen rather than eliding).
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setTextElideMode(Qt::ElideNone);
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openRequest(item->data(0, Qt::UserRole).toLongLong()); });

    auto *actions = new QHBoxLayout;
    if (work.handles) {
        auto *add = new QPushButton(tr("&New request (Ctrl+D)"), this);
        add->setObjectName(u"newRightsRequest"_s);
        connect(add, &QPushButton::clicked, this, &RightsPage::newRequest);
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_D), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &RightsPage::newRequest);
        actions->addWidget(add);
    }
    auto *open = new QPushButton(tr("&Open (Enter)"), this);
    open->setObjectName(u"openRightsRequest"_s);
    connect(open, &QPushButton::clicked, this, [this] {
        if (auto *item = m_list->currentItem())
            openRequest(item->data(0, Qt::UserRole).toLongLong());
    });
    actions->addWidget(open);
    m_withAnswered = new QCheckBox(tr("Show the &answered ones"), this);
    m_withAnswered->setObjectName(u"rightsWithAnswered"_s);
    connect(m_withAnswered, &QCheckBox::toggled, this, &RightsPage::refresh);
    actions->addWidget(m_withAnswered);
    auto *refreshButton = new QPushButton(tr("Re&fresh (F5)"), this);
    connect(refreshButton, &QPushButton::clicked, this, &RightsPage::refresh);
    auto *f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    f5->setContext(Qt::WidgetWithChildrenShortcut);
    connect(f5, &QShortcut::activated, this, &RightsPage::refresh);
    actions->addWidget(refreshButton);
    actions->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"rightsPageStatus"_s);
    m_error = new ErrorLabel(this, u"rightsPageError"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addLayout(actions);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
}

void RightsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void RightsPage::refresh()
{
    const qint64 current = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    try {
        int late = 0;
        for (const RightsListRow &row : m_repository.list(m_session, m_withAnswered->isChecked())) {
            QString left;
            if (row.status == RightsStatus::Identity)
                left = tr("identity to check");
            else if (row.status == RightsStatus::Answered)
                left = QString();
            else if (row.late)
                left = tr("late by %n business day(s)", nullptr, std::max(1, -row.daysLeft));
            else
                left = QString::number(row.daysLeft);
            auto *item = new QTreeWidgetItem(
                m_list, {row.number, Rights::label(row.kind), row.requesterName,
                         displayDate(row.receivedOn),
                         row.deadline.isValid() ? displayDate(row.deadline) : QString(),
                         left, QString::number(row.pendingParts), Rights::label(row.status)});
            item->setData(0, Qt::UserRole, row.id);
            if (row.late) {
                ++late;
                for (int c = 0; c < item->columnCount(); ++c)
                    item->setForeground(c, QColor(0xb0, 0x00, 0x20));
            }
            if (row.id == current)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
            m_list->setCurrentItem(m_list->topLevelItem(0));
        m_status->setText(tr("%n request(s)", nullptr, m_list->topLevelItemCount())
                          + (late > 0 ? tr(", %n late", nullptr, late) : QString()));
        m_error->say({});
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void RightsPage::newRequest()
{
    RightsIntakeDialog dialog(m_repository, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    openRequest(dialog.taken().id);
}

void RightsPage::openRequest(qint64 id)
{
    if (id <= 0)
        return;
    RightsRequestDialog dialog(m_db, m_repository, m_session, id, this);
    dialog.exec();
    refresh();
}

} // namespace guichet
