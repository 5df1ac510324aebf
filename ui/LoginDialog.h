#pragma once

#include "security/Authenticator.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace guichet {

// Sign-in: login and password, errors said in place, the login kept after a wrong password.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Authenticator &authenticator, const QString &databaseName, QWidget *parent = nullptr);

    const Session &session() const { return m_session; }
    QString errorText() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

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
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace guichet
