#include "core/LockoutPolicy.h"

namespace guichet {

bool LockoutPolicy::isLocked(const State &state, const QDateTime &now)
{
    return state.lockedUntil.isValid() && now < state.lockedUntil;
}

LockoutPolicy::State LockoutPolicy::afterFailure(State state, const QDateTime &now)
{
    // A lock that has run out starts a fresh count.
    if (state.lockedUntil.isValid() && now >= state.lockedUntil)
        state = {};
    ++state.failedAttempts;
    if (state.failedAttempts >= MaxFailedAttempts)
        state.lockedUntil = now.addSecs(LockSeconds);
    return state;
}

LockoutPolicy::State LockoutPolicy::afterSuccess()
{
    return {};
}

} // namespace guichet
