#pragma once

#include "core/BusinessCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

// A service level of a complaint category: a first response or a resolution within so many
// business days or business hours.
struct ServiceLevel
{
    enum class Unit { BusinessDays, BusinessHours };
    Unit unit = Unit::BusinessDays;
    int amount = 0;

    // "days" or "hours", as stored.
    static QString unitCode(Unit unit);
    static std::optional<Unit> unitFromCode(const QString &code);
};

// A time while the complaint waits for the member: the clock does not run. An open pause has no end.
struct ClockPause
{
    QDateTime from;
    QDateTime until;
};

// Where the clock of a complaint stands at a given instant.
struct ServiceClockReading
{
    enum class Stage { OnTime, HalfUsed, ThreeQuartersUsed, Breached };

    qint64 allowedMinutes = 0; // working minutes the service level gives
    qint64 usedMinutes = 0;    // working minutes run, pauses left out
    qint64 pausedMinutes = 0;  // working minutes spent waiting for the member
    bool paused = false;
    // When the time runs (or ran) out, pauses counted; while paused, as if it restarted now.
    QDateTime deadline;
    Stage stage = Stage::OnTime;

    int percentUsed() const { return allowedMinutes > 0 ? int(usedMinutes * 100 / allowedMinutes) : 100; }
    qint64 minutesLeft() const { return allowedMinutes - usedMinutes; }
};

// The service-level clock of complaints: it starts when the complaint is received, runs in
// working minutes of the business calendar, stops during pauses, warns at half and three
// quarters of the time allowed, and is breached when the time is used up.
//
// A level in business days ends at the close (16:30) of the n-th business day after the day the
// complaint was received (a holiday or a weekend moves it to the next business day); it allows the
// working minutes from the receipt to that close. A level in hours allows n × 60 working minutes.
// A pause moves the deadline by the working minutes it lasted.
class ServiceClock
{
    Q_DECLARE_TR_FUNCTIONS(ServiceClock)

public:
    explicit ServiceClock(const BusinessCalendar &calendar) : m_calendar(calendar) {}

    qint64 allowedMinutes(const ServiceLevel &level, const QDateTime &received) const;
    ServiceClockReading read(const ServiceLevel &level, const QDateTime &received, const QList<ClockPause> &pauses,
                             const QDateTime &now) const;

    // What an agent reads of a reading: "2 d 3 h left", "paused", "late by 1 h 20 min", translated.
    static QString describe(const ServiceClockReading &reading);

private:
    const BusinessCalendar &m_calendar;
};

} // namespace guichet
