#pragma once

#include "security/Authenticator.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class ErrorLabel;

// The screen lock of a shared counter workstation: only the signed-in agent's password opens it;
// anyone else can only sign that agent out. Escape does not close it.
class LockDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { Unlocked = QDialog::Accepted, SignOut = 2 };

    LockDialog(Authenticator &authenticator, const Session &session, QWidget *parent = nullptr);

public slots:
    void accept() override;
    void reject() override {}

private:
    Authenticator &m_authenticator;
    const Session &m_session;
    QLineEdit *m_password = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
