#include "core/ServiceClock.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

QString ServiceLevel::unitCode(Unit unit)
{
    return unit == Unit::BusinessHours ? u"hours"_s : u"days"_s;
}

std::optional<ServiceLevel::Unit> ServiceLevel::unitFromCode(const QString &code)
{
    if (code == u"days"_s)
        return Unit::BusinessDays;
    if (code == u"hours"_s)
        return Unit::BusinessHours;
    return std::nullopt;
}

qint64 ServiceClock::allowedMinutes(const ServiceLevel &level, const QDateTime &received) const
{
    if (level.amount <= 0 || !received.isValid())
        return 0;
    if (level.unit == ServiceLevel::Unit::BusinessHours)
        return qint64(level.amount) * 60;
    const QDate lastDay = m_calendar.addBusinessDays(m_calendar.localDate(received), level.amount);
    return lastDay.isValid() ? m_calendar.businessMinutesBetween(received, m_calendar.closeOf(lastDay)) : 0;
}

ServiceClockReading ServiceClock::read(const ServiceLevel &level, const QDateTime &received,
                                       const QList<ClockPause> &pauses, const QDateTime &now) const
{
    ServiceClockReading reading;
    reading.allowedMinutes = allowedMinutes(level, received);
    // The pauses within [received, now], in order, merged where they overlap (the clock cannot
    // stop twice); a pause still open lasts until now.
    QList<ClockPause> cut;
    for (const ClockPause &pause : pauses) {
        if (!pause.until.isValid() && pause.from <= now)
            reading.paused = true;
        const QDateTime from = std::max(pause.from, received);
        const QDateTime until = pause.until.isValid() ? std::min(pause.until, now) : now;
        if (until > from)
            cut.append({from, until});
    }
    std::sort(cut.begin(), cut.end(), [](const ClockPause &a, const ClockPause &b) { return a.from < b.from; });
    QList<ClockPause> merged;
    for (const ClockPause &pause : std::as_const(cut)) {
        if (!merged.isEmpty() && pause.from <= merged.last().until)
            merged.last().until = std::max(merged.last().until, pause.until);
        else
            merged.append(pause);
    }
    // Each pause that began before the deadline moves it by the working minutes it lasted.
    reading.deadline = m_calendar.addBusinessMinutes(received, reading.allowedMinutes);
    for (const ClockPause &pause : std::as_const(merged)) {
        const qint64 minutes = m_calendar.businessMinutesBetween(pause.from, pause.until);
        reading.pausedMinutes += minutes;
        if (pause.from < reading.deadline)
            reading.deadline = m_calendar.addBusinessMinutes(reading.deadline, minutes);
    }
    reading.usedMinutes = std::max<qint64>(0, m_calendar.businessMinutesBetween(received, now) - reading.pausedMinutes);
    if (reading.usedMinutes >= reading.allowedMinutes)
        reading.stage = ServiceClockReading::Stage::Breached;
    else if (reading.usedMinutes * 4 >= reading.allowedMinutes * 3)
        reading.stage = ServiceClockReading::Stage::ThreeQuartersUsed;
    else if (reading.usedMinutes * 2 >= reading.allowedMinutes)
        reading.stage = ServiceClockReading::Stage::HalfUsed;
    return reading;
}

QString ServiceClock::describe(const ServiceClockReading &reading)
{
    const auto span = [](qint64 minutes) {
        const qint64 days = minutes / (8 * 60);
        const qint64 hours = minutes % (8 * 60) / 60;
        const qint64 rest = minutes % 60;
        QStringList parts;
        if (days > 0)
            parts << tr("%n business day(s)", nullptr, int(days));
        if (hours > 0)
            parts << tr("%n h", nullptr, int(hours));
        if (rest > 0 || parts.isEmpty())
            parts << tr("%n min", nullptr, int(rest));
        return parts.join(u' ');
    };
    if (reading.paused)
        return tr("Paused, %1 left").arg(span(std::max<qint64>(0, reading.minutesLeft())));
    if (reading.stage == ServiceClockReading::Stage::Breached)
        return tr("Late by %1").arg(span(-reading.minutesLeft()));
    return tr("%1 left").arg(span(reading.minutesLeft()));
}

} // namespace guichet
