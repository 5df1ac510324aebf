#include "data/common/CalendarRepository.h"

#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
constexpr int MaxNameLength = 100;
}

CalendarRepository::CalendarRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

QList<PublicHoliday> CalendarRepository::holidays(int year) const
{
    QString sql = u"SELECT day, name, name_ar, provisional FROM public_holidays"_s;
    QVariantList values;
    if (year > 0) {
        sql += u" WHERE day >= ? AND day < ?"_s;
        values << QDate(year, 1, 1).toString(Qt::ISODate) << QDate(year + 1, 1, 1).toString(Qt::ISODate);
    }
    QSqlQuery q = Sql::run(m_db, sql + u" ORDER BY day"_s, values);
    QList<PublicHoliday> result;
    while (q.next())
        result.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString(),
                       q.value(2).toString(), q.value(3).toBool()});
    return result;
}

BusinessCalendar CalendarRepository::calendar() const
{
    return BusinessCalendar(holidays());
}

void CalendarRepository::setHoliday(const Session &admin, const PublicHoliday &holiday)
{
    const QString name = holiday.name.simplified();
    const QString nameAr = holiday.nameAr.simplified();
    if (!holiday.date.isValid())
        throw DatabaseError::refused(tr("A holiday needs a valid date (YYYY-MM-DD)."));
    if (name.isEmpty())
        throw DatabaseError::refused(tr("A holiday needs a name."));
    if (name.size() > MaxNameLength || nameAr.size() > MaxNameLength)
        throw DatabaseError::refused(tr("A holiday's name has at most %1 characters.").arg(MaxNameLength));
    const QString day = holiday.date.toString(Qt::ISODate);
    Transaction transaction(m_db);
    Sql::run(m_db,
             u"INSERT INTO public_holidays (day, name, name_ar, provisional) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (day) DO UPDATE SET name = excluded.name, name_ar = excluded.name_ar, "
             "provisional = excluded.provisional"_s,
             {day, name, Sql::text(nameAr), holiday.provisional});
    AuditLog(m_db, m_clock)
        .appendInTransaction(admin, {u"set"_s, u"holiday"_s, day, 0,
                                     {{u"name"_s, name}, {u"provisional"_s, holiday.provisional}}});
    transaction.commit();
}

bool CalendarRepository::removeHoliday(const Session &admin, QDate date)
{
    if (!date.isValid())
        throw DatabaseError::refused(tr("A holiday needs a valid date (YYYY-MM-DD)."));
    const QString day = date.toString(Qt::ISODate);
    Transaction transaction(m_db);
    QSqlQuery q = Sql::run(m_db, u"DELETE FROM public_holidays WHERE day = ?"_s, {day});
    if (q.numRowsAffected() <= 0)
        return false;
    AuditLog(m_db, m_clock).appendInTransaction(admin, {u"remove"_s, u"holiday"_s, day, 0, {}});
    transaction.commit();
    return true;
}

} // namespace guichet
