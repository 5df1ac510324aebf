#pragma once

#include <QString>

namespace guichet {

// Folds a name for searching: lower case, no accents, Arabic without vowel marks and with its
// letter variants unified, apostrophes dropped, spaces collapsed. "Aït-M'Barek" and "ait mbarek"
// give the same key; so do "أحمد" and "احمد".
class TextNormalizer
{
public:
    static QString searchKey(const QString &text);
};

} // namespace guichet
