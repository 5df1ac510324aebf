#pragma once

#include <QString>

namespace guichet {

// Money is an integer number of centimes of dirham, never floating point.
using Centimes = qint64;

namespace Money {

// amount × basisPoints / 10,000, rounded half away from zero to the centime (the rounding rule of
// every rate in Guichet: 500 basis points = 5 %).
Centimes applyRate(Centimes amount, int basisPoints);
// "1 234,50 DH" in the locale's notation.
QString format(Centimes amount);

} // namespace Money
} // namespace guichet
