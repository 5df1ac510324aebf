#pragma once

#include "security/Authenticator.h"
#include "security/SecretStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QPushButton;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace guichet {

class ErrorLabel;

// Sign-in: login and password, errors said in place, the login kept after a wrong password.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Authenticator &authenticator, const QString &databaseName, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    QString errorText() const;
    QString typedLogin() const;

    // The databases this workstation can sign in to (the embedded one, the profiles): a choice
    // emits targetChosen(index); "Profiles…" emits manageProfilesRequested().
    void setTargets(const QStringList &labels, int current);
    // For a central database (profile `profileName`): offers to keep the password in the OS
    // keychain, and fills in what was kept for the last login. Without a keychain the box stays
    // off and says why.
    void offerToRemember(SecretStore *store, const QString &profileName, const QString &lastLogin);

signals:
    void targetChosen(int index);
    void manageProfilesRequested();

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void forgetKeptPasswordOfAnotherLogin();

    Authenticator &m_authenticator;
    Session m_session;
    QString m_databaseName;
    QLabel *m_title = nullptr;
    QLabel *m_loginLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_language = nullptr;
    ErrorLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QComboBox *m_targets = nullptr;
    QPushButton *m_profiles = nullptr;
    QCheckBox *m_remember = nullptr;
    SecretStore *m_secrets = nullptr;
    QString m_profileName;
    QString m_keptPasswordLogin; // the login whose kept password is in the field, if any
};

} // namespace guichet
