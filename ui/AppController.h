#pragma once

#include "security/Authenticator.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <memory>

namespace guichet {

// The life of a workstation session: sign in, work, lock, sign out, and back to the sign-in.
class AppController : public QObject
{
    Q_OBJECT

public:
    AppController(std::unique_ptr<Authenticator> authenticator, QString databaseName, QObject *parent = nullptr);
    ~AppController() override;

    void showLogin();
    // Signs a demo agent in without a password (demo databases only). Returns an error sentence,
    // or an empty string on success.
    QString signInDemoAgent(const QString &login);

    // The window the agent sees now (sign-in dialog or main window).
    QWidget *currentWindow() const;
    MainWindow *mainWindow() const { return m_main; }
    LoginDialog *loginDialog() const { return m_login; }
    Authenticator &authenticator() { return *m_authenticator; }

private:
    void showMain(const Session &session);
    void endSession();

    std::unique_ptr<Authenticator> m_authenticator;
    QString m_databaseName;
    QPointer<LoginDialog> m_login;
    QPointer<MainWindow> m_main;
};

} // namespace guichet
