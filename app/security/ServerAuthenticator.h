#pragma once

#include "core/ConnectionSpec.h"
#include "security/Authenticator.h"

#include <QCoreApplication>

namespace guichet {

// Central-database sign-in: the agent connects with its own PostgreSQL login role (SCRAM), the
// server tells who it is (guichet_whoami), and each purpose is a SET ROLE that the server checks.
// Lock-out after wrong passwords is the server's business (see docs/deployment.md).
class ServerAuthenticator final : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(ServerAuthenticator)

public:
    ServerAuthenticator(ConnectionSpec server, QString connectionName);
    ~ServerAuthenticator() override;

    SignInResult signIn(const QString &login, const QString &password) override;
    SignInResult signInDemoAgent(const QString &login) override;
    void signOut(const Session &session) override;
    SignInResult verifyPassword(const Session &session, const QString &password) override;
    QString changePassword(const Session &session, const QString &current, const QString &next,
                           bool *lockedOut = nullptr) override;
    QSqlDatabase database() const override;
    void usePurpose(Session &session, const QString &code) override;
    bool reconnect(const Session &session) override;

    // The login roles of purposes: p_reg for REG, and so on.
    static QString purposeRole(const QString &code);

private:
    // Opens a connection as `login` to check `password`; Success or the reason it failed.
    SignInResult tryConnect(const QString &login, const QString &password, const QString &connectionName);

    ConnectionSpec m_server;
    QString m_connectionName;
};

} // namespace guichet
