#pragma once

#include "core/BusinessCalendar.h"
#include "core/Retention.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace guichet {

// The rights a person exercises under law 09-08 (PRODUCT.md, "Rights requests").
enum class RightsKind { Access, Rectification, Opposition, Deletion };
// How the requester's identity was checked before anything else is done.
enum class IdentityCheck { CinShown, CinCopy, OnlineAccount, CallBack };
// Identity: waiting for the identity check; Open: being answered; Answered: the answer was sent.
enum class RightsStatus { Identity, Open, Answered };

// Codes as stored ("access", "cin_shown", …), never translated, and what an agent reads.
class Rights
{
    Q_DECLARE_TR_FUNCTIONS(Rights)

public:
    static QString code(RightsKind kind);
    static QString code(IdentityCheck check);
    static QString code(RightsStatus status);
    static std::optional<RightsKind> kindFromCode(const QString &code);
    static std::optional<IdentityCheck> identityFromCode(const QString &code);
    static std::optional<RightsStatus> statusFromCode(const QString &code);
    static QString label(RightsKind kind);
    static QString label(IdentityCheck check);
    static QString label(RightsStatus status);
};

// The deadlines of a request: one month from the day the request is complete (its identity
// checked), extendable with a reason, never beyond four months; a deadline that falls on a
// weekend or a holiday moves to the next business day, and the four months' bound back to the
// business day before it. A request completed on a day off counts from the next business day.
class RightsDeadlines
{
public:
    explicit RightsDeadlines(const BusinessCalendar &calendar) : m_calendar(calendar) {}

    // The first business day from `completedOn` on: when the month starts to run.
    QDate start(QDate completedOn) const;
    // One month after the start, on a business day.
    QDate due(QDate completedOn) const;
    // The latest deadline an extension may set: four months after the start, on a business day
    // no later than that.
    QDate latest(QDate completedOn) const;
    // Whether `to` may replace `current` as the deadline: later than it, a business day, no later
    // than latest().
    bool mayExtendTo(QDate completedOn, QDate current, QDate to) const;
    // The extension a screen proposes: a month after the current deadline, on the next business
    // day, and no later than latest(). Invalid when no extension is possible any more.
    QDate proposedExtension(QDate completedOn, QDate current) const;
    // Business days from `today` to `deadline` (0 on the day itself, negative once late).
    int daysLeft(QDate today, QDate deadline) const;

private:
    const BusinessCalendar &m_calendar;
};

} // namespace guichet
