#pragma once

#include "core/Clock.h"
#include "core/Session.h"
#include "security/Authenticator.h"
#include "security/PasswordHasher.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace guichet {

// Embedded-mode sign-in: Argon2id hashes, lock-out after repeated failures, every attempt in the
// audit log.
class EmbeddedAuthenticator final : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedAuthenticator)

public:
    EmbeddedAuthenticator(QSqlDatabase db, const PasswordHasher &hasher = PasswordHasher(),
                          const Clock &clock = Clock::system());

    SignInResult signIn(const QString &login, const QString &password) override;
    SignInResult signInDemoAgent(const QString &login) override;
    void signOut(const Session &session) override;
    // Counts failures like a sign-in.
    SignInResult verifyPassword(const Session &session, const QString &password) override;
    QString changePassword(const Session &session, const QString &current, const QString &next,
                           bool *lockedOut = nullptr) override;
    QSqlDatabase database() const override { return m_db; }
    void usePurpose(Session &session, const QString &code) override;
    bool reconnect(const Session &session) override;

private:
    SignInResult check(const QString &login, const QString &password, const QString &auditAction);
    Session sessionFor(const struct AgentRecord &agent) const;

    QSqlDatabase m_db;
    PasswordHasher m_hasher;
    const Clock &m_clock;
};

} // namespace guichet
