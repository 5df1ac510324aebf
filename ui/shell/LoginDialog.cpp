#include "ui/shell/LoginDialog.h"

#include "ui/common/ErrorLabel.h"

#include "core/FieldRules.h"
#include "data/common/DatabaseError.h"
#include "ui/shell/Language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

LoginDialog::LoginDialog(Authenticator &authenticator, const QString &databaseName, QWidget *parent)
    : QDialog(parent), m_authenticator(authenticator), m_databaseName(databaseName)
{
    setObjectName(u"loginDialog"_s);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_login = new QLineEdit(this);
    m_login->setObjectName(u"login"_s);
    m_login->setMaxLength(FieldRules::MaxLoginLength);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    connect(m_login, &QLineEdit::textChanged, this, &LoginDialog::forgetKeptPasswordOfAnotherLogin);
    // A password typed over the kept one is the agent's own, for the login in the field.
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_keptPasswordLogin.clear(); });
    m_password->setMaxLength(FieldRules::MaxPasswordLength);
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);

    m_error = new ErrorLabel(this);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->setStyleSheet(u"color: palette(mid);"_s);
    m_targets = new QComboBox(this);
    m_targets->setObjectName(u"targets"_s);
    m_targets->hide();
    connect(m_targets, &QComboBox::activated, this, &LoginDialog::targetChosen);
    m_profiles = new QPushButton(this);
    m_profiles->setObjectName(u"profiles"_s);
    m_profiles->hide();
    connect(m_profiles, &QPushButton::clicked, this, &LoginDialog::manageProfilesRequested);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(u"remember"_s);
    m_remember->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *form = new QFormLayout;
    m_loginLabel = new QLabel(this);
    m_passwordLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_remember);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targets, 1);
    targetRow->addWidget(m_profiles);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(targetRow);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_databaseLabel);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    setTabOrder(m_login, m_password);
    setTabOrder(m_password, m_buttons->button(QDialogButtonBox::Ok));
    setTabOrder(m_buttons->button(QDialogButtonBox::Ok), m_language);

    retranslateUi();
    connect(m_language, &QComboBox::activated, this, [this] {
        const QString code = m_language->currentData().toString();
        Language::save(code);
        Language::apply(code);
    });
    m_login->setFocus();
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Guichet — Sign in"));
    m_title->setText(tr("Guichet"));
    m_loginLabel->setText(tr("&Login:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_languageLabel->setText(tr("L&anguage:"));
    m_databaseLabel->setText(tr("Database: %1").arg(m_databaseName));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    m_profiles->setText(tr("Pro&files…"));
    m_remember->setText(tr("&Remember my password in this computer's keychain"));

    const QSignalBlocker blocker(m_language);
    const QString saved = Language::saved();
    m_language->clear();
    // Each language in its own name; "the system's" says which one that is now.
    const QList<std::pair<QString, QString>> languages{{u"fr"_s, u"Français"_s}, {u"ar"_s, u"العربية"_s},
                                                       {u"en"_s, u"English"_s}};
    QString inUse;
    for (const auto &[code, name] : languages) {
        if (code == Language::current())
            inUse = name;
    }
    m_language->addItem(inUse.isEmpty() ? tr("System language") : tr("System language (%1)").arg(inUse), QString());
    for (const auto &[code, name] : languages)
        m_language->addItem(name, code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(saved)));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString LoginDialog::typedLogin() const
{
    return m_login->text().trimmed().toLower();
}

void LoginDialog::setTargets(const QStringList &labels, int current)
{
    m_targets->clear();
    m_targets->addItems(labels);
    m_targets->setCurrentIndex(current);
    m_targets->show();
    m_profiles->show();
    m_databaseLabel->hide();
}

void LoginDialog::offerToRemember(SecretStore *store, const QString &profileName, const QString &lastLogin)
{
    m_secrets = store;
    m_profileName = profileName;
    m_remember->show();
    if (!lastLogin.isEmpty()) {
        m_login->setText(lastLogin);
        m_password->setFocus();
    }
    if (!store || !store->isAvailable()) {
        m_remember->setEnabled(false);
        m_remember->setToolTip(tr("No keychain on this computer: type the password each time."));
        return;
    }
    if (lastLogin.isEmpty())
        return;
    const SecretStore::Result kept = store->read(SecretStore::passwordKey(profileName, lastLogin));
    if (kept.status == SecretStore::Status::Ok) {
        m_password->setText(kept.secret);
        m_remember->setChecked(true);
        m_keptPasswordLogin = typedLogin();
    }
}

void LoginDialog::forgetKeptPasswordOfAnotherLogin()
{
    // A kept password belongs to its login only: another login typed, it is gone from the field,
    // so that it is never sent for that login (a failed sign-in that counts toward the lock-out).
    if (m_keptPasswordLogin.isEmpty() || typedLogin() == m_keptPasswordLogin)
        return;
    m_keptPasswordLogin.clear();
    m_password->clear();
    m_remember->setChecked(false);
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::accept()
{
    try {
        const SignInResult result = m_authenticator.signIn(m_login->text(), m_password->text());
        if (result.status == SignInResult::Status::Success) {
            m_session = result.session;
            // The keychain only when the agent asked; a password it kept is removed when not.
            if (m_secrets && m_remember->isEnabled()) {
                const QString key = SecretStore::passwordKey(m_profileName, typedLogin());
                if (m_remember->isChecked())
                    m_secrets->write(key, m_password->text());
                else
                    m_secrets->remove(key);
            }
            m_password->clear();
            QDialog::accept();
            return;
        }
        if (m_secrets && result.status == SignInResult::Status::WrongCredentials && m_remember->isChecked())
            m_secrets->remove(SecretStore::passwordKey(m_profileName, typedLogin())); // no longer works
        m_error->say(result.message);
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
    // The login stays; the password is typed again.
    m_password->clear();
    m_keptPasswordLogin.clear();
    (m_login->text().trimmed().isEmpty() ? m_login : m_password)->setFocus();
}

} // namespace guichet
