#include "core/DisplayDate.h"

#include <QLocale>

namespace guichet {

QString displayDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dd/MM/yyyy")) : QStringLiteral("—");
}

QString displayDateTime(const QDateTime &instant)
{
    return instant.isValid() ? QLocale().toString(instant.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"))
                             : QStringLiteral("—");
}

} // namespace guichet
