#include "ui/AppController.h"

#include "data/DatabaseError.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"

#include <QApplication>

namespace guichet {

AppController::AppController(std::unique_ptr<Authenticator> authenticator, QString databaseName, QObject *parent)
    : QObject(parent), m_authenticator(std::move(authenticator)), m_databaseName(std::move(databaseName))
{
}

AppController::~AppController()
{
    endSession();
    delete m_login;
    delete m_main;
}

QWidget *AppController::currentWindow() const
{
    if (m_main)
        return m_main;
    return m_login;
}

void AppController::showLogin()
{
    delete m_login;
    m_login = new LoginDialog(*m_authenticator, m_databaseName);
    connect(m_login, &QDialog::accepted, this, [this] {
        const Session session = m_login->session();
        m_login->deleteLater();
        showMain(session);
    });
    connect(m_login, &QDialog::rejected, qApp, &QApplication::quit);
    m_login->show();
}

QString AppController::signInDemoAgent(const QString &login)
{
    try {
        const SignInResult result = m_authenticator->signInDemoAgent(login);
        if (result.status != SignInResult::Status::Success)
            return result.message;
        showMain(result.session);
        return {};
    } catch (const DatabaseError &error) {
        return error.userMessage();
    }
}

void AppController::showMain(const Session &session)
{
    m_main = new MainWindow(m_authenticator->database(), *m_authenticator, session);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::signOutRequested, this, [this] {
        endSession();
        showLogin();
    });
    connect(m_main, &MainWindow::quitRequested, this, [this] {
        endSession();
        qApp->quit();
    });
    m_main->show();
}

void AppController::endSession()
{
    if (!m_main)
        return;
    try {
        m_authenticator->signOut(m_main->session());
    } catch (const DatabaseError &) {
        // Signing out must work even when the database is away; the sign-in is recorded.
    }
    MainWindow *window = m_main;
    m_main = nullptr;
    window->hide();
    window->deleteLater();
}

} // namespace guichet
