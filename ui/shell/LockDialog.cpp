#include "ui/shell/LockDialog.h"

#include "ui/common/ErrorLabel.h"

#include "core/FieldRules.h"
#include "data/common/DatabaseError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QGridLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

LockDialog::LockDialog(Authenticator &authenticator, const Session &session, QWidget *parent)
    : QDialog(parent), m_authenticator(authenticator), m_session(session)
{
    setObjectName(u"lockDialog"_s);
    setWindowTitle(tr("Guichet — Locked"));
    // Full screen over everything the application shows: a file open behind the lock stays covered.
    setWindowFlags(Qt::Dialog | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint);
    setWindowState(Qt::WindowFullScreen);
    setAutoFillBackground(true);
    auto *title = new QLabel(tr("This session of %1 (%2) is locked.").arg(session.fullName, session.login), this);
    title->setWordWrap(true);
    QFont font = title->font();
    font.setBold(true);
    title->setFont(font);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"unlockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(FieldRules::MaxPasswordLength);
    m_password->setPlaceholderText(tr("Password"));
    m_error = new ErrorLabel(this);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    QPushButton *signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::DestructiveRole);
    signOut->setObjectName(u"signOut"_s);
    connect(unlock, &QPushButton::clicked, this, &LockDialog::accept);
    connect(signOut, &QPushButton::clicked, this, [this] { done(SignOut); });

    auto *panel = new QWidget(this);
    panel->setMaximumWidth(480);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(title);
    auto *hint = new QLabel(tr("Type the password to go on, or sign out to let another agent work."), panel);
    hint->setObjectName(u"lockHint"_s);
    hint->setWordWrap(true); // the panel is narrower than the sentence in French and Arabic
    panelLayout->addWidget(hint);
    panelLayout->addWidget(m_password);
    panelLayout->addWidget(m_error);
    panelLayout->addWidget(buttons);
    auto *layout = new QGridLayout(this);
    layout->addWidget(panel, 0, 0, Qt::AlignCenter);
    m_password->setFocus();
}

void LockDialog::accept()
{
    try {
        const SignInResult result = m_authenticator.verifyPassword(m_session, m_password->text());
        if (result.status == SignInResult::Status::Success) {
            QDialog::accept();
            return;
        }
        if (result.status == SignInResult::Status::LockedOut) {
            done(SignOut); // too many wrong passwords: the session ends
            return;
        }
        m_error->say(result.message);
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
    m_password->clear();
    m_password->setFocus();
}

} // namespace guichet
