#pragma once

#include <QDateTime>
#include <QVariant>

namespace guichet {

// Time source for rules that depend on "now" (lock-outs, audit stamps), so tests can pin it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock &system();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

// Timestamps are stored as UTC ISO-8601 text with milliseconds on both databases, so that the
// audit hash is computed on exactly the same characters everywhere.
QString toStoredTimestamp(const QDateTime &utc);
QDateTime fromStoredTimestamp(const QString &text);
// A column read back: the instant of a stored timestamp, the day of a stored ISO date; invalid
// when NULL.
QDateTime instantOf(const QVariant &stored);
QDate dateOf(const QVariant &stored);

} // namespace guichet
