#pragma once

#include "core/Session.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace guichet {

struct SignInResult
{
    enum class Status { Success, WrongCredentials, LockedOut, Inactive, InvalidInput, Unavailable };
    Status status = Status::WrongCredentials;
    Session session;       // on success
    QDateTime lockedUntil; // when LockedOut
    QString message;       // a sentence for the agent, except on success
};

// How agents prove who they are. Embedded: Guichet checks Argon2id hashes in its own database.
// Central: PostgreSQL checks the password of the agent's own login role, and the connection is
// the agent's.
class Authenticator
{
public:
    virtual ~Authenticator() = default;

    virtual SignInResult signIn(const QString &login, const QString &password) = 0;
    // Opens a session without a password, for the demo agents of a demo database only.
    virtual SignInResult signInDemoAgent(const QString &login) = 0;
    virtual void signOut(const Session &session) = 0;
    // For the lock screen: checks the signed-in agent's password.
    virtual SignInResult verifyPassword(const Session &session, const QString &password) = 0;
    // Returns an empty string on success, otherwise a sentence for the agent. *lockedOut tells that
    // wrong current passwords locked the account: the session must end.
    virtual QString changePassword(const Session &session, const QString &current, const QString &next,
                           bool *lockedOut = nullptr) = 0;

    // The connection the signed-in agent works on.
    virtual QSqlDatabase database() const = 0;
    // Makes `code` the purpose the agent works under (on PostgreSQL: SET ROLE to the purpose's
    // role, which the server refuses for a purpose outside the agent's role). Throws DatabaseError.
    virtual void usePurpose(Session &session, const QString &code) = 0;
    // After a lost connection: opens it again as the same agent under the same purpose. Returns
    // false while the server is still away.
    virtual bool reconnect(const Session &session) = 0;

protected:
    static QString normalizedLogin(const QString &typed) { return typed.trimmed().toLower(); }
    // A sign-in refused before anything is looked up: malformed login, empty or oversized password.
    static std::optional<SignInResult> refuseMalformed(const QString &login, const QString &password);
    // Why a new password is refused before the current one is even checked; empty when it is not.
    static QString refuseNewPassword(const QString &login, const QString &current, const QString &next);
};

} // namespace guichet
