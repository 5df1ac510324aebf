#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace guichet {

// A dated public holiday (reference data: the fixed ones and the Islamic ones, whose dates the
// ministry announces with the moon).
struct PublicHoliday
{
    QDate date;
    QString name;   // French
    QString nameAr; // Arabic
    bool provisional = false; // an Islamic date estimated ahead, to confirm when it is announced
};

// The one business-day calendar of the application (ARCHITECTURE.md): the Moroccan
// administration works Monday to Friday, 08:30 to 16:30 local time, save on public holidays.
// Every deadline counted in business days or hours goes through it.
class BusinessCalendar
{
public:
    static QTime dayStart() { return QTime(8, 30); }
    static QTime dayEnd() { return QTime(16, 30); }

    // Times are read in `zone` (Morocco's, whose offset changes during Ramadan).
    explicit BusinessCalendar(const QList<PublicHoliday> &holidays = {},
                              const QTimeZone &zone = QTimeZone(QByteArrayLiteral("Africa/Casablanca")));

    bool isHoliday(QDate date) const { return m_holidays.contains(date); }
    bool isBusinessDay(QDate date) const;
    // The `days`-th business day after `from` (`from` itself is not counted; 0 gives `from` when
    // it is a business day, else the next one). Negative `days` count backwards.
    QDate addBusinessDays(QDate from, int days) const;
    // Business days after `from` up to `to` included: 0 for the same day, negative when `to` is
    // before `from`.
    int businessDaysBetween(QDate from, QDate to) const;

    // Working minutes between two instants (0 when `to` is not after `from`).
    qint64 businessMinutesBetween(const QDateTime &from, const QDateTime &to) const;
    // The instant `minutes` working minutes after `from`; from outside working hours the count
    // starts at the next opening.
    QDateTime addBusinessMinutes(const QDateTime &from, qint64 minutes) const;
    // The close of the business day `date` (16:30 local time).
    QDateTime closeOf(QDate date) const;

    QDate localDate(const QDateTime &instant) const { return instant.toTimeZone(m_zone).date(); }
    // The instant of a local date and time (a hearing at 09:00 in Rabat).
    QDateTime at(QDate date, QTime time) const { return QDateTime(date, time, m_zone); }

private:

    QSet<QDate> m_holidays;
    QTimeZone m_zone;
};

} // namespace guichet
