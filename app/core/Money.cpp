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
    return QLocale().toString(double(amount) / 100.0, 'f', 2) + QStringLiteral(" DH");
}

} // namespace guichet::Money
