#include "core/BusinessCalendar.h"

#include <algorithm>

namespace guichet {

BusinessCalendar::BusinessCalendar(const QList<PublicHoliday> &holidays, const QTimeZone &zone)
    : m_zone(zone.isValid() ? zone : QTimeZone::systemTimeZone())
{
    for (const PublicHoliday &holiday : holidays)
        m_holidays.insert(holiday.date);
}

bool BusinessCalendar::isBusinessDay(QDate date) const
{
    return date.isValid() && date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDate BusinessCalendar::addBusinessDays(QDate from, int days) const
{
    if (!from.isValid())
        return {};
    // A calendar with no business day left in ten years is made of holidays: no answer.
    const int step = days < 0 ? -1 : 1;
    const QDate giveUp = from.addYears(10 * step).addDays(365 * step * std::abs(days) / 200);
    QDate date = from;
    int left = std::abs(days);
    if (left == 0 && isBusinessDay(date))
        return date;
    while (date != giveUp) {
        date = date.addDays(step);
        if (isBusinessDay(date) && --left <= 0)
            return date;
    }
    return {};
}

int BusinessCalendar::businessDaysBetween(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid() || from == to)
        return 0;
    if (to < from)
        return -businessDaysBetween(to, from);
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1))
        count += isBusinessDay(date) ? 1 : 0;
    return count;
}

QDateTime BusinessCalendar::closeOf(QDate date) const
{
    return at(date, dayEnd());
}

qint64 BusinessCalendar::businessMinutesBetween(const QDateTime &from, const QDateTime &to) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return 0;
    const QDate last = localDate(to);
    qint64 minutes = 0;
    for (QDate date = localDate(from); date <= last; date = date.addDays(1)) {
        if (!isBusinessDay(date))
            continue;
        const QDateTime open = std::max(at(date, dayStart()), from);
        const QDateTime close = std::min(at(date, dayEnd()), to);
        if (close > open)
            minutes += open.secsTo(close) / 60;
    }
    return minutes;
}

QDateTime BusinessCalendar::addBusinessMinutes(const QDateTime &from, qint64 minutes) const
{
    if (!from.isValid())
        return {};
    if (minutes <= 0)
        return from;
    // Ten years without a business day can only be a calendar made of holidays.
    const QDate giveUp = localDate(from).addYears(10);
    for (QDate date = localDate(from); date <= giveUp; date = date.addDays(1)) {
        if (!isBusinessDay(date))
            continue;
        const QDateTime open = std::max(at(date, dayStart()), from);
        const QDateTime close = at(date, dayEnd());
        if (close <= open)
            continue;
        const qint64 available = open.secsTo(close) / 60;
        if (minutes <= available)
            return open.addSecs(minutes * 60);
        minutes -= available;
    }
    return {};
}

} // namespace guichet
