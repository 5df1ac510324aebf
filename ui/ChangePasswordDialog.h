#pragma once

#include "security/Authenticator.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(Authenticator &authenticator, const Session &session, QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    Authenticator &m_authenticator;
    const Session &m_session;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_next = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace guichet
