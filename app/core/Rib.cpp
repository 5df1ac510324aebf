#include "core/Rib.h"

namespace guichet {

namespace {
// The remainder of a long decimal number by 97, digit by digit (24 digits overflow 64 bits).
int mod97(const QString &digits)
{
    int remainder = 0;
    for (const QChar c : digits)
        remainder = (remainder * 10 + c.digitValue()) % 97;
    return remainder;
}

bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

QString Rib::normalized(const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c == u' ' || c == u'-')
            continue;
        // Arabic-Indic digits, as an Arabic keyboard types them, are the same digits.
        digits.append(c.isDigit() && c.digitValue() >= 0 ? QChar(u'0' + c.digitValue()) : c);
    }
    return digits;
}

int Rib::key(const QString &first22Digits)
{
    return 97 - mod97(first22Digits + QStringLiteral("00"));
}

QString Rib::problem(const QString &typed)
{
    const QString rib = normalized(typed);
    if (rib.isEmpty())
        return tr("Enter the RIB.");
    if (!allDigits(rib))
        return tr("A RIB has digits only.");
    if (rib.size() != 24)
        return tr("A RIB has 24 digits; this one has %1.").arg(rib.size());
    if (mod97(rib) != 0)
        return tr("This RIB's key is wrong: check the digits.");
    return {};
}

} // namespace guichet
