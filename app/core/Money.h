#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace guichet {

// Money is an integer number of centimes of dirham, never floating point.
using Centimes = qint64;

namespace Money {

// amount × basisPoints / 10,000, rounded half away from zero to the centime (the rounding rule of
// every rate in Guichet: 500 basis points = 5 %).
Centimes applyRate(Centimes amount, int basisPoints);
// The currency's symbol in the language of the screen: "DH", "درهم".
QString currency();
// "1 234,50 DH" in the locale's notation.
QString format(Centimes amount);
// What an agent typed, or what format() showed, in centimes: "1234,5", "1 234.50", "400",
// "60.438,67 DH" in French of Morocco, "60,438.67 DH" in English, Arabic-Indic digits, the
// currency before or after. The last separator is the decimal point when one or two digits follow
// it; the others must be the locale's thousands separator between groups of three. Nothing when
// the text cannot be read exactly as written (three decimals, "1,234" where the comma is the
// decimal point, mixed separators), is negative or is over a billion dirhams.
std::optional<Centimes> parse(const QString &typed, const QLocale &locale);
// The same in the locale of the screen.
std::optional<Centimes> parse(const QString &typed);
// An amount in a data file: digits with at most one decimal point ('.' or ',') and two decimals
// ("32.7", "1,10"); no groups, no currency, nothing else.
std::optional<Centimes> parseData(const QString &text);

} // namespace Money
} // namespace guichet
