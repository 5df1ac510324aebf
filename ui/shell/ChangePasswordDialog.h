#pragma once

#include "security/Authenticator.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class ErrorLabel;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(Authenticator &authenticator, const Session &session, QWidget *parent = nullptr);

    // Wrong current passwords locked the account: the session must end.
    bool lockedOut() const { return m_lockedOut; }

public slots:
    void accept() override;

private:
    Authenticator &m_authenticator;
    const Session &m_session;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_next = nullptr;
    QLineEdit *m_confirm = nullptr;
    ErrorLabel *m_error = nullptr;
    bool m_lockedOut = false;
};

} // namespace guichet
