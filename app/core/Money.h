#pragma once

#include <QString>

#include <optional>

namespace guichet {

// Money is an integer number of centimes of dirham, never floating point.
using Centimes = qint64;

namespace Money {

// amount × basisPoints / 10,000, rounded half away from zero to the centime (the rounding rule of
// every rate in Guichet: 500 basis points = 5 %).
Centimes applyRate(Centimes amount, int basisPoints);
// "1 234,50 DH" in the locale's notation.
QString format(Centimes amount);
// What an agent typed ("1234,5", "1 234.50", "400") in centimes; nothing when it is not an
// amount with at most two decimals or is over a billion dirhams. Negative amounts are refused.
std::optional<Centimes> parse(const QString &typed);

} // namespace Money
} // namespace guichet
