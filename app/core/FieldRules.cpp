#include "core/FieldRules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

QString FieldRules::checkLogin(const QString &login)
{
    if (login.trimmed().isEmpty())
        return tr("Enter your login.");
    if (login.size() > MaxLoginLength)
        return tr("A login has at most %1 characters.").arg(MaxLoginLength);
    static const QRegularExpression allowed(u"^[a-z0-9][a-z0-9._-]*$"_s);
    if (!allowed.match(login).hasMatch())
        return tr("A login uses only lower-case letters, digits, dots, dashes and underscores.");
    // Those names belong to the server's own roles (purpose roles p_…, PostgreSQL's pg_…).
    if (login.startsWith(u"p_"_s) || login.startsWith(u"pg_"_s))
        return tr("A login cannot start with \"p_\" or \"pg_\".");
    return {};
}

QString FieldRules::checkPersonName(const QString &fieldLabel, const QString &value, bool required)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return required ? tr("%1 is required.").arg(fieldLabel) : QString();
    if (trimmed.size() > MaxNameLength)
        return tr("%1 has at most %2 characters.").arg(fieldLabel).arg(MaxNameLength);
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("%1 contains an invisible control character.").arg(fieldLabel);
    }
    return {};
}

QString FieldRules::checkNewPassword(const QString &password, const QString &login)
{
    if (password.size() < MinPasswordLength)
        return tr("The password needs at least %1 characters.").arg(MinPasswordLength);
    if (password.size() > MaxPasswordLength)
        return tr("The password has at most %1 characters.").arg(MaxPasswordLength);
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive))
        return tr("The password must not contain the login.");
    return {};
}

} // namespace guichet
