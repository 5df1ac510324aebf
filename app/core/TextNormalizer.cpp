#include "core/TextNormalizer.h"

namespace guichet {

QString TextNormalizer::searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue; // accents, Arabic harakat, shadda, sukun
        switch (c.unicode()) {
        case 0x0623: case 0x0625: case 0x0622: case 0x0671: c = QChar(0x0627); break; // alef variants
        case 0x0649: c = QChar(0x064A); break;                                         // alef maqsura
        case 0x0629: c = QChar(0x0647); break;                                         // ta marbuta
        case 0x0640: continue;                                                        // tatweel
        case u'\'': case 0x2019: case 0x2018: case 0x02BC: case 0x0060: continue;      // apostrophes
        default: break;
        }
        if (c.isSpace() || c == u'-' || c == u'.' || c == u',') {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (pendingSpace) {
            key.append(u' ');
            pendingSpace = false;
        }
        key.append(c.toLower());
    }
    return key;
}

} // namespace guichet
