#pragma once

#include "core/ConnectionSpec.h"
#include "security/Authenticator.h"
#include "security/SecretStore.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace guichet {

// A database the workstation can sign in to: the embedded one, a saved profile of a central one,
// or an address given on the command line.
struct SignInTarget
{
    QString label;
    ConnectionSpec spec;
    QString profileName; // set for a saved central-database profile
};

// The life of a workstation session: choose the database, sign in, work, lock, sign out, and back
// to the sign-in.
class AppController : public QObject
{
    Q_OBJECT

public:
    // Opens a target (embedded: opens and migrates the file); throws DatabaseError.
    using AuthenticatorFactory = std::function<std::unique_ptr<Authenticator>(const ConnectionSpec &)>;
    // The targets as they are now (profiles may be added in the sign-in window).
    using TargetList = std::function<QList<SignInTarget>()>;

    AppController(TargetList targets, int current, AuthenticatorFactory factory, SecretStore *secrets,
                  QObject *parent = nullptr);
    ~AppController() override;

    // Opens the current target; returns an error sentence, or an empty string.
    QString open();
    void showLogin();
    // Signs a demo agent in without a password (demo databases only). Returns an error sentence,
    // or an empty string on success.
    QString signInDemoAgent(const QString &login);

    // The window the agent sees now (sign-in dialog or main window).
    QWidget *currentWindow() const;
    MainWindow *mainWindow() const { return m_main; }
    LoginDialog *loginDialog() const { return m_login; }
    Authenticator &authenticator() { return *m_authenticator; }

    // What another start of Guichet handed over (SingleInstance): a guichet:// link, or nothing
    // to bring this one forward. A link that arrives before sign-in waits for it.
    void handleMessage(const QString &message);

private:
    void chooseTarget(int index);
    void manageProfiles();
    void rememberLogin(const QString &login);
    void showMain(const Session &session);
    void endSession();

    TargetList m_targetList;
    QList<SignInTarget> m_targets;
    int m_current = 0;
    AuthenticatorFactory m_factory;
    SecretStore *m_secrets = nullptr;
    std::unique_ptr<Authenticator> m_authenticator;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_main;
    QString m_pendingLink;
};

} // namespace guichet
