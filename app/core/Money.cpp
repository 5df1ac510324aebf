#include "core/Money.h"

#include <QLocale>

namespace guichet::Money {

Centimes applyRate(Centimes amount, int basisPoints)
{
    const qint64 product = amount * basisPoints; // fits: 10^15 centimes × 10^4 < 2^63
    const qint64 quotient = product / 10000;
    const qint64 remainder = product % 10000;
    if (remainder * 2 >= 10000)
        return quotient + 1;
    if (remainder * 2 <= -10000)
        return quotient - 1;
    return quotient;
}

QString format(Centimes amount)
{
    // In integers throughout: no amount is ever rounded by a conversion to floating point.
    // Queues format hundreds of amounts a page: the digits are grouped here, by threes with the
    // locale's separator, unless the locale writes other digits (then QLocale does it).
    const QLocale locale;
    const qint64 magnitude = amount < 0 ? -amount : amount;
    const int cents = int(magnitude % 100);
    QString text;
    text.reserve(32);
    if (amount < 0)
        text += locale.negativeSign();
    if (locale.zeroDigit() == QLatin1String("0")) {
        const QString digits = QString::number(magnitude / 100);
        const QString separator = locale.numberOptions().testFlag(QLocale::OmitGroupSeparator)
                                      ? QString()
                                      : locale.groupSeparator();
        for (qsizetype i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0)
                text += separator;
            text += digits.at(i);
        }
    } else {
        text += locale.toString(qlonglong(magnitude / 100));
    }
    text += locale.decimalPoint();
    text += QChar(u'0' + cents / 10);
    text += QChar(u'0' + cents % 10);
    text += QStringLiteral(" DH");
    return text;
}

std::optional<Centimes> parse(const QString &typed)
{
    QString text;
    for (QChar c : typed) {
        if (c.isSpace() || c == QChar(0x202F) || c == QChar(0x00A0))
            continue; // thousands groups
        if (c.isDigit())
            text.append(QChar(u'0' + c.digitValue())); // Arabic-Indic digits too
        else if (c == u',' || c == u'.' || c == QChar(0x066B))
            text.append(u'.');
        else
            return std::nullopt;
    }
    const qsizetype point = text.indexOf(u'.');
    if (text.isEmpty() || point != text.lastIndexOf(u'.'))
        return std::nullopt;
    const QString units = point < 0 ? text : text.left(point);
    QString cents = point < 0 ? QString() : text.mid(point + 1);
    if (units.isEmpty() || units.size() > 9 || cents.size() > 2)
        return std::nullopt;
    while (cents.size() < 2)
        cents.append(u'0');
    return units.toLongLong() * 100 + cents.toLongLong();
}

} // namespace guichet::Money
