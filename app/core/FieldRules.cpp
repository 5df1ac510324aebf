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

QString FieldRules::normalizedPhone(const QString &phone)
{
    QString digits;
    for (QChar c : phone.trimmed()) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
        else if (c == u'+' && digits.isEmpty())
            digits.append(c);
        else if (!c.isSpace() && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return phone.trimmed();
    }
    if (digits.startsWith(u"+212"_s))
        digits = u'0' + digits.mid(4);
    else if (digits.startsWith(u"00212"_s))
        digits = u'0' + digits.mid(5);
    return digits;
}

QString FieldRules::checkPhone(const QString &phone)
{
    if (phone.trimmed().isEmpty())
        return {};
    static const QRegularExpression moroccan(u"^0[5-8][0-9]{8}$"_s);
    if (!moroccan.match(normalizedPhone(phone)).hasMatch())
        return tr("A phone number is 10 digits starting with 05, 06, 07 or 08 (or +212 and 9 digits).");
    return {};
}

QString FieldRules::checkEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return {};
    static const QRegularExpression address(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (trimmed.size() > MaxEmailLength || !address.match(trimmed).hasMatch())
        return tr("The e-mail address is not valid (name@domain.ma).");
    return {};
}

QString FieldRules::checkAddress(const QString &address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.size() > MaxAddressLength)
        return tr("The address has at most %1 characters.").arg(MaxAddressLength);
    for (const QChar c : trimmed) {
        if ((c.category() == QChar::Other_Control && c != u'\n') || c.category() == QChar::Other_Format)
            return tr("The address contains an invisible control character.");
    }
    return {};
}

QString FieldRules::checkCin(const QString &cin)
{
    static const QRegularExpression format(u"^[A-Z]{1,2}[0-9]{1,6}$"_s);
    if (!cin.isEmpty() && !format.match(cin).hasMatch())
        return tr("A CIN is one or two capital letters followed by up to six digits, as in AB123456.");
    return {};
}

} // namespace guichet
