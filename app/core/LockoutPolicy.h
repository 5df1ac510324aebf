#pragma once

#include <QDateTime>

namespace guichet {

// Five wrong passwords in a row lock the account for fifteen minutes.
struct LockoutPolicy
{
    static constexpr int MaxFailedAttempts = 5;
    static constexpr qint64 LockSeconds = 15 * 60;

    struct State
    {
        int failedAttempts = 0;
        QDateTime lockedUntil; // invalid when not locked
    };

    static bool isLocked(const State &state, const QDateTime &now);
    static State afterFailure(State state, const QDateTime &now);
    static State afterSuccess();
};

} // namespace guichet
