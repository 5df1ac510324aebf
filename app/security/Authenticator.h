#pragma once

#include "core/Clock.h"
#include "core/Session.h"
#include "security/PasswordHasher.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace guichet {

struct SignInResult
{
    enum class Status { Success, WrongCredentials, LockedOut, Inactive, InvalidInput };
    Status status = Status::WrongCredentials;
    Session session;       // on success
    QDateTime lockedUntil; // when LockedOut
    QString message;       // a sentence for the agent, except on success
};

// Embedded-mode sign-in: Argon2id hashes, lock-out after repeated failures, every attempt in the
// audit log.
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Authenticator)

public:
    Authenticator(QSqlDatabase db, const PasswordHasher &hasher = PasswordHasher(),
                  const Clock &clock = Clock::system());

    SignInResult signIn(const QString &login, const QString &password);
    // Opens a session without a password, for the demo agents of a demo database only.
    SignInResult signInDemoAgent(const QString &login);
    void signOut(const Session &session);

    // For the lock screen: checks the signed-in agent's password, counting failures like a sign-in.
    SignInResult verifyPassword(const Session &session, const QString &password);
    // Returns an empty string on success, otherwise a sentence for the agent.
    QString changePassword(const Session &session, const QString &current, const QString &next);

private:
    SignInResult check(const QString &login, const QString &password, const QString &auditAction);
    Session sessionFor(const struct AgentRecord &agent) const;

    QSqlDatabase m_db;
    PasswordHasher m_hasher;
    const Clock &m_clock;
};

} // namespace guichet
