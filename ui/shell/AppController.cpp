#include "ui/shell/AppController.h"

#include "core/ConnectionProfile.h"
#include "data/common/DatabaseError.h"
#include "ui/shell/ConnectionProfilesDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>

#include <algorithm>

namespace guichet {

AppController::AppController(TargetList targets, int current, AuthenticatorFactory factory, SecretStore *secrets,
                             QObject *parent)
    : QObject(parent), m_targetList(std::move(targets)), m_targets(m_targetList()), m_current(current),
      m_factory(std::move(factory)), m_secrets(secrets)
{
}

QString AppController::open()
{
    try {
        m_authenticator.reset(); // its connection closes before the next one opens under the same name
        m_authenticator = m_factory(m_targets.at(m_current).spec);
        return {};
    } catch (const DatabaseError &error) {
        m_authenticator.reset();
        return error.userMessage();
    }
}

void AppController::chooseTarget(int index)
{
    if (index < 0 || index >= m_targets.size() || index == m_current)
        return;
    const int previous = m_current;
    m_current = index;
    if (const QString problem = open(); !problem.isEmpty()) {
        QMessageBox::warning(m_login, tr("Guichet"), problem);
        m_current = previous;
        open();
    }
    showLogin();
}

void AppController::manageProfiles()
{
    QSettings settings;
    ConnectionProfilesDialog dialog(ConnectionProfiles::load(settings), m_login);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A removed profile takes its kept password with it.
    const QList<ConnectionProfile> before = ConnectionProfiles::load(settings);
    for (const ConnectionProfile &old : before) {
        const bool kept = std::any_of(dialog.profiles().cbegin(), dialog.profiles().cend(),
                                      [&old](const ConnectionProfile &p) { return p.name == old.name; });
        if (!kept && m_secrets && !old.lastLogin.isEmpty())
            m_secrets->remove(SecretStore::passwordKey(old.name, old.lastLogin));
    }
    ConnectionProfiles::save(settings, dialog.profiles());
    const QString currentLabel = m_targets.at(m_current).label;
    m_targets = m_targetList();
    m_current = 0;
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).label == currentLabel)
            m_current = i;
    }
    open();
    showLogin();
}

void AppController::rememberLogin(const QString &login)
{
    const QString profile = m_targets.at(m_current).profileName;
    if (profile.isEmpty())
        return;
    QSettings settings;
    QList<ConnectionProfile> profiles = ConnectionProfiles::load(settings);
    for (ConnectionProfile &p : profiles) {
        if (p.name == profile)
            p.lastLogin = login;
    }
    ConnectionProfiles::save(settings, profiles);
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
    if (m_login) {
        m_login->hide();
        m_login->deleteLater();
    }
    const SignInTarget &target = m_targets.at(m_current);
    m_login = new LoginDialog(*m_authenticator, target.spec.displayName());
    QStringList labels;
    for (const SignInTarget &t : std::as_const(m_targets))
        labels << t.label;
    m_login->setTargets(labels, m_current);
    if (!target.profileName.isEmpty()) {
        QSettings settings;
        QString lastLogin;
        for (const ConnectionProfile &p : ConnectionProfiles::load(settings)) {
            if (p.name == target.profileName)
                lastLogin = p.lastLogin;
        }
        m_login->offerToRemember(m_secrets, target.profileName, lastLogin);
    }
    // Queued: the dialog that emits the choice is replaced by a new one.
    connect(m_login, &LoginDialog::targetChosen, this, &AppController::chooseTarget, Qt::QueuedConnection);
    connect(m_login, &LoginDialog::manageProfilesRequested, this, &AppController::manageProfiles,
            Qt::QueuedConnection);
    connect(m_login, &QDialog::accepted, this, [this] {
        const Session session = m_login->session();
        rememberLogin(session.login);
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
    if (!m_pendingLink.isEmpty())
        handleMessage(std::exchange(m_pendingLink, QString()));
}

void AppController::handleMessage(const QString &message)
{
    if (QWidget *window = currentWindow()) {
        window->showNormal();
        window->raise();
        window->activateWindow();
    }
    if (message.isEmpty())
        return;
    const std::optional<GuichetLink> link = GuichetLink::parse(message);
    if (!link) {
        QMessageBox::warning(currentWindow(), tr("Guichet"),
                             tr("This is not a Guichet link, and it was ignored: %1").arg(message.left(100)));
        return;
    }
    if (!m_main) {
        m_pendingLink = message; // opened once the agent has signed in
        return;
    }
    m_main->openLink(*link);
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
