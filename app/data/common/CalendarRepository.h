#pragma once

#include "core/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace guichet {

// The public holidays of the business-day calendar (reference data): every purpose reads them,
// the administrator (guichet-admin, the owner's connection) changes them, each change audited.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    explicit CalendarRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    // The holidays of `year`, or all of them for 0, in date order.
    QList<PublicHoliday> holidays(int year = 0) const;
    // The calendar every deadline is counted with.
    BusinessCalendar calendar() const;

    // Adds the holiday of `holiday.date`, or replaces it (a provisional date confirmed, a name
    // corrected). Refused (DatabaseError::Kind::Refused) without a valid date or a name.
    void setHoliday(const Session &admin, const PublicHoliday &holiday);
    // Removes the holiday of `date` (an Islamic date that moved); false when there was none.
    bool removeHoliday(const Session &admin, QDate date);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
