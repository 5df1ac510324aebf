#pragma once

#include "core/GuichetLink.h"
#include "core/Session.h"
#include "security/Authenticator.h"

#include <QMainWindow>
#include <QSqlDatabase>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace guichet {

class IdleWatcher;

// The agent's workplace: one section per processing purpose of the agent's role, and nothing
// else. The selected section is the purpose the agent works under; it shows in the status bar
// and stamps every audit record.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(QSqlDatabase db, Authenticator &authenticator, const Session &session, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    // Purpose codes of the sections shown, in order.
    QStringList sectionCodes() const;
    bool selectSection(const QString &purposeCode);
    IdleWatcher *idleWatcher() const { return m_idle; }
    bool isLocked() const { return m_locked; }

public slots:
    void lock();
    // Signs the agent out (the controller then shows the sign-in window).
    void leave();
    void openPerson(qint64 personId);
    // A guichet:// link (a scanned member card, a dossier barcode), handed over by SingleInstance.
    void openLink(const GuichetLink &link);
    void registerMember();
    QString rightsWorkPurpose() const;
    void openRightsWork();
    void importMembers();

signals:
    void signOutRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The window's size and place are the agent's, kept per login on the workstation.
    QString geometryKey() const;
    void restoreAgentGeometry();
    void saveAgentGeometry();
    void buildMenus();
    void refreshPersons();
    void retranslateUi();
    void updatePurposeLabel();
    void showError(const QString &message);
    void connectionLost(const QString &connectionName);
    void tryReconnect();

    QSqlDatabase m_db;
    Authenticator &m_authenticator;
    Session m_session;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_agentLabel = nullptr;
    QLabel *m_purposeLabel = nullptr;
    QLabel *m_offlineBanner = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    IdleWatcher *m_idle = nullptr;
    bool m_locked = false;
    bool m_leaving = false;
};

} // namespace guichet
