#include "ui/shell/ChangePasswordDialog.h"

#include "ui/common/ErrorLabel.h"

#include "core/FieldRules.h"
#include "data/common/DatabaseError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

ChangePasswordDialog::ChangePasswordDialog(Authenticator &authenticator, const Session &session, QWidget *parent)
    : QDialog(parent), m_authenticator(authenticator), m_session(session)
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change my password"));
    auto makeField = [this](const QString &name) {
        auto *field = new QLineEdit(this);
        field->setObjectName(name);
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(FieldRules::MaxPasswordLength);
        return field;
    };
    m_current = makeField(u"currentPassword"_s);
    m_next = makeField(u"newPassword"_s);
    m_confirm = makeField(u"confirmPassword"_s);
    m_error = new ErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_next);
    form->addRow(tr("&Again:"), m_confirm);
    auto *hint = new QLabel(tr("At least %1 characters, without your login.").arg(FieldRules::MinPasswordLength), this);
    hint->setStyleSheet(u"color: palette(mid);"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("C&hange"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::accept()
{
    QString problem;
    if (m_next->text() != m_confirm->text()) {
        problem = tr("The two new passwords differ.");
    } else {
        try {
            problem = m_authenticator.changePassword(m_session, m_current->text(), m_next->text(), &m_lockedOut);
        } catch (const DatabaseError &error) {
            problem = error.userMessage();
        }
    }
    if (problem.isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Your password was changed."));
        QDialog::accept();
        return;
    }
    if (m_lockedOut) {
        QMessageBox::warning(this, windowTitle(), problem);
        reject();
        return;
    }
    m_error->say(problem);
}

} // namespace guichet
