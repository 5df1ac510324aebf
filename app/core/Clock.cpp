#include "core/Clock.h"

#include <QTimeZone>

namespace guichet {

namespace {
class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

QString toStoredTimestamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStoredTimestamp(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (parsed.isValid())
        parsed = parsed.toUTC();
    return parsed;
}

QDateTime instantOf(const QVariant &stored)
{
    return stored.isNull() ? QDateTime() : fromStoredTimestamp(stored.toString());
}

QDate dateOf(const QVariant &stored)
{
    return stored.isNull() ? QDate() : QDate::fromString(stored.toString(), Qt::ISODate);
}

} // namespace guichet
