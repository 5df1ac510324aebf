#include "core/PersonSearch.h"

#include "core/TextNormalizer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

bool hasArabicLetter(const QString &text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Arabic && c.isLetter())
            return true;
    }
    return false;
}

// Arabic-Indic and extended Arabic-Indic digits, as typed on an Arabic keyboard, become ASCII.
QString asciiDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.isDigit() && c.unicode() > 0x7F)
            c = QChar(u'0' + c.digitValue());
    }
    return out;
}

} // namespace

PersonSearch PersonSearch::parse(const QString &typed)
{
    PersonSearch search;
    const QString text = asciiDigits(typed.trimmed().left(100));
    if (text.isEmpty())
        return search;
    static const QRegularExpression immatriculation(u"^[0-9][0-9-]*$"_s);
    static const QRegularExpression cin(u"^[A-Za-z]{1,2}[0-9]+$"_s);
    QString compact = text;
    compact.remove(u' '); // numbers are often typed in groups
    if (immatriculation.match(compact).hasMatch()) {
        search.m_kind = Kind::Immatriculation;
        search.m_key = compact;
    } else if (cin.match(text).hasMatch()) {
        search.m_kind = Kind::Cin;
        search.m_key = text.toUpper();
    } else {
        search.m_kind = hasArabicLetter(text) ? Kind::ArabicName : Kind::LatinName;
        search.m_key = TextNormalizer::searchKey(text);
        if (search.m_key.isEmpty())
            search.m_kind = Kind::Everything;
    }
    return search;
}

QString PersonSearch::keyEnd() const
{
    // U+10FFFF is the highest code point: no stored character sorts after it.
    return m_key + QChar::highSurrogate(0x10FFFF) + QChar::lowSurrogate(0x10FFFF);
}

} // namespace guichet
