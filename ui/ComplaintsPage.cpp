#include "ui/ComplaintsPage.h"

#include "ui/ComplaintIntakeDialog.h"
#include "ui/ErrorLabel.h"

#include "data/CalendarRepository.h"
#include "data/DatabaseError.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

ComplaintsPage::ComplaintsPage(QSqlDatabase db, const Session &session, QWidget *parent)
    : QWidget(parent), m_db(db), m_session(session), m_repository(db)
{
    setObjectName(u"complaintsPage"_s);
    m_error = new ErrorLabel(this, u"complaintsError"_s);
    try {
        m_calendar = CalendarRepository(db).calendar();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
    auto *title = new QLabel(tr("<h2>Complaints</h2>"), this);
    auto *takeIn = new QPushButton(tr("&New complaint (Ctrl+R)"), this);
    takeIn->setObjectName(u"newComplaint"_s);
    connect(takeIn, &QPushButton::clicked, this, &ComplaintsPage::takeIn);
    // Ctrl+N registers a member, window-wide; R as in réclamation.
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ComplaintsPage::takeIn);
    auto *heading = new QLabel(tr("Taken in on this desk since you signed in:"), this);
    m_recorded = new QListWidget(this);
    m_recorded->setObjectName(u"recordedComplaints"_s);
    heading->setBuddy(m_recorded);
    m_status = new QLabel(this);
    m_status->setObjectName(u"complaintsStatus"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(takeIn, 0, Qt::AlignLeft);
    layout->addWidget(heading);
    layout->addWidget(m_recorded, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
}

void ComplaintsPage::takeIn()
{
    ComplaintIntakeDialog dialog(m_db, m_repository, m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Complaint &k = dialog.recorded();
    const ServiceClockReading clock =
        ComplaintRepository::firstResponseClock(k, m_calendar, QDateTime::currentDateTimeUtc());
    const QString deadline = QLocale().toString(clock.deadline.toLocalTime(), QLocale::ShortFormat);
    m_recorded->insertItem(0, tr("%1 · %2 · %3 · first response by %4 (%5)")
                                  .arg(k.number, k.requesterName, k.category.divisionCode, deadline,
                                       ServiceClock::describe(clock)));
    m_status->setText(tr("Complaint %1 recorded.").arg(k.number));
}

} // namespace guichet
