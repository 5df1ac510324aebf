#include "core/Money.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

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
    text += u' ';
    text += currency();
    return text;
}

namespace {

constexpr QChar ArabicDecimal(0x066B);
constexpr QChar ArabicGroup(0x066C);

bool isInvisible(QChar c)
{
    // Spaces of every width (thousands groups), and the direction marks of bidirectional text.
    return c.isSpace() || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x200E) || c == QChar(0x200F)
           || c == QChar(0x061C) || (c >= QChar(0x2066) && c <= QChar(0x2069))
           || (c >= QChar(0x202A) && c <= QChar(0x202E));
}

// The text without the currency, written before or after the amount.
QString withoutCurrency(QString text)
{
    const QString symbols[] = {currency(), u"DH"_s, u"MAD"_s, u"Dhs"_s, u"DHS"_s, u"درهم"_s, u"د.م."_s, u"د.م"_s};
    for (const QString &symbol : symbols) {
        if (symbol.isEmpty())
            continue;
        if (text.endsWith(symbol, Qt::CaseInsensitive))
            return text.chopped(symbol.size());
        if (text.startsWith(symbol, Qt::CaseInsensitive))
            return text.mid(symbol.size());
    }
    return text;
}

// ',' or '.' when the locale writes it; nothing otherwise (a space or an Arabic separator).
QChar latinSeparator(const QString &symbol)
{
    return symbol == u","_s || symbol == u"."_s ? symbol.at(0) : QChar();
}

} // namespace

QString currency()
{
    return QCoreApplication::translate("Money", "DH");
}

std::optional<Centimes> parse(const QString &typed, const QLocale &locale)
{
    // Digits become ASCII, separators stay: "60.438,67" → runs {"60", "438", "67"}, separators {'.', ','}.
    QString text;
    for (QChar c : typed) {
        if (!isInvisible(c))
            text.append(c);
    }
    text = withoutCurrency(text);
    QStringList runs{QString()};
    QList<QChar> separators;
    for (QChar c : std::as_const(text)) {
        if (isInvisible(c))
            continue; // between the amount and its currency
        if (c.isDigit()) {
            runs.last().append(QChar(u'0' + c.digitValue())); // Arabic-Indic digits too
        } else if (c == u',' || c == u'.' || c == ArabicDecimal || c == ArabicGroup) {
            separators.append(c);
            runs.append(QString());
        } else {
            return std::nullopt; // a sign, a letter, anything else
        }
    }
    for (const QString &run : std::as_const(runs)) {
        if (run.isEmpty())
            return std::nullopt; // "", ",5", "12,", "1,,2"
    }

    const QChar decimalPoint = latinSeparator(locale.decimalPoint());
    const QChar groupSeparator = latinSeparator(locale.groupSeparator());
    // Which separator, if any, is the decimal point: the last one, when what follows it can be cents.
    QString cents;
    if (!separators.isEmpty()) {
        const QChar last = separators.last();
        const qsizetype digitsAfter = runs.last().size();
        bool isDecimal = false;
        if (last == ArabicDecimal)
            isDecimal = true;
        else if (last == ArabicGroup)
            isDecimal = false;
        else if (last == decimalPoint)
            isDecimal = true; // "1,234" in French is a decimal, and three of them are refused below
        else if (last == groupSeparator)
            // "12.5" typed in French of Morocco, where '.' groups thousands: a decimal when alone.
            isDecimal = digitsAfter != 3 && separators.size() == 1;
        else
            isDecimal = digitsAfter != 3; // '.' in French of France: a decimal, never a group
        if (isDecimal) {
            if (digitsAfter > 2)
                return std::nullopt;
            cents = runs.takeLast();
            separators.removeLast();
            while (cents.size() < 2)
                cents.append(u'0');
        }
    }
    // What is left are thousands separators: all the same, the locale's, between groups of three.
    for (qsizetype i = 0; i < separators.size(); ++i) {
        const QChar s = separators.at(i);
        if (s != separators.first() || (s != ArabicGroup && s != groupSeparator) || runs.at(i + 1).size() != 3
            || (i == 0 && runs.first().size() > 3))
            return std::nullopt;
    }
    const QString units = runs.join(QString());
    if (units.size() > 9)
        return std::nullopt;
    return units.toLongLong() * 100 + (cents.isEmpty() ? 0 : cents.toLongLong());
}

std::optional<Centimes> parse(const QString &typed)
{
    return parse(typed, QLocale());
}

std::optional<Centimes> parseData(const QString &text)
{
    static const QRegularExpression amount(u"^([0-9]{1,9})(?:[.,]([0-9]{1,2}))?$"_s);
    const QRegularExpressionMatch m = amount.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString cents = m.captured(2).leftJustified(2, u'0');
    return m.captured(1).toLongLong() * 100 + cents.toLongLong();
}

} // namespace guichet::Money
