#include "ui/litigation/LitigationPage.h"

#include "core/DisplayDate.h"

#include "ui/common/ErrorLabel.h"
#include "ui/litigation/LitigationDialogs.h"

#include "data/common/CalendarRepository.h"
#include "data/common/DatabaseError.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

LitigationPage::LitigationPage(QSqlDatabase db, const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_repository(db)
{
    setObjectName(u"litigationPage"_s);
    m_error = new ErrorLabel(this, u"litigationPageError"_s);
    try {
        m_calendar = CalendarRepository(db).calendar();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
    auto *title = new QLabel(tr("<h2>Legal affairs and litigation</h2>"), this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"litigationTabs"_s);
    m_tabs = tabs;

    auto *casesTab = new QWidget(tabs);
    m_cases = new QTreeWidget(casesTab);
    m_cases->setObjectName(u"litigationCases"_s);
    m_cases->setRootIsDecorated(false);
    m_cases->setHeaderLabels({tr("Case"), tr("Court"), tr("Court's number"), tr("Concerning"), tr("Opened"),
                              tr("Next hearing")});
    m_cases->header()->setStretchLastSection(true);
    connect(m_cases, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openCase(item->data(0, Qt::UserRole).toLongLong()); });
    m_reminders = new QListWidget(casesTab);
    m_reminders->setObjectName(u"litigationReminders"_s);
    m_reminders->setMaximumHeight(130);
    connect(m_reminders, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openCase(item->data(Qt::UserRole).toLongLong()); });
    auto *remindersLabel = new QLabel(tr("&Reminders: hearings to prepare, outcomes to record"), casesTab);
    remindersLabel->setBuddy(m_reminders);

    auto *actions = new QHBoxLayout;
    const auto addAction = [&](const QString &name, const QString &text, const QKeySequence &keys,
                               const std::function<void()> &slot) {
        auto *button = new QPushButton(text, casesTab);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        auto *shortcut = new QShortcut(keys, casesTab);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        actions->addWidget(button);
    };
    addAction(u"newLitigation"_s, tr("&New case (Ctrl+R)"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] { newCase(); });
    addAction(u"refreshLitigation"_s, tr("Re&fresh (F5)"), QKeySequence(Qt::Key_F5), [this] { refresh(); });
    actions->addStretch(1);
    auto *casesLayout = new QVBoxLayout(casesTab);
    casesLayout->addLayout(actions);
    casesLayout->addWidget(m_cases, 1);
    casesLayout->addWidget(remindersLabel);
    casesLayout->addWidget(m_reminders);
    tabs->addTab(casesTab, tr("&Cases"));

    m_status = new QLabel(this);
    m_status->setObjectName(u"litigationStatus"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
}

void LitigationPage::addTab(QWidget *page, const QString &label)
{
    m_tabs->addTab(page, label);
}

void LitigationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void LitigationPage::refresh()
{
    m_error->hide();
    m_cases->clear();
    m_reminders->clear();
    const auto when = [](const QDateTime &at) {
        return at.isValid() ? displayDateTime(at) : QString();
    };
    try {
        const QList<LitigationCase> cases = m_repository.openCases(m_session);
        for (const LitigationCase &c : cases) {
            auto *item = new QTreeWidgetItem(m_cases, {c.number, c.court, c.caseNumber, c.personName, when(c.openedAt),
                                                       c.hearings.isEmpty() ? tr("none set")
                                                                            : when(c.hearings.first().at)});
            item->setData(0, Qt::UserRole, c.id);
        }
        for (int column = 0; column < 5; ++column)
            m_cases->resizeColumnToContents(column);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const HearingReminder &r : m_repository.reminders(m_session, m_calendar, now)) {
            const QString due = r.outcomeMissing ? tr("outcome to record")
                                : r.businessDaysLeft == 0 ? tr("today")
                                                          : tr("in %n business day(s)", nullptr, r.businessDaysLeft);
            auto *item = new QListWidgetItem(tr("%1 · %2 · %3 %4 · %5 · %6")
                                                 .arg(when(r.at), due, r.court, r.courtCaseNumber, r.personName,
                                                      r.purpose),
                                             m_reminders);
            item->setData(Qt::UserRole, r.caseId);
            if (r.outcomeMissing || r.businessDaysLeft <= 1)
                item->setForeground(QColor(0xb0, 0x00, 0x20));
        }
        m_status->setText(tr("%n open case(s).", nullptr, int(cases.size())) + u' '
                          + tr("%n reminder(s).", nullptr, m_reminders->count()));
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void LitigationPage::newCase()
{
    NewLitigationDialog dialog(m_repository, m_session, QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    m_status->setText(tr("Case %1 opened; the legal hold on %2's data is in force.")
                          .arg(dialog.opened().number, dialog.opened().personName));
    openCase(dialog.opened().id);
}

void LitigationPage::openCase(qint64 caseId)
{
    if (caseId <= 0)
        return;
    LitigationCaseDialog dialog(m_repository, m_session, m_calendar, caseId, this);
    dialog.exec();
    refresh();
}

} // namespace guichet
