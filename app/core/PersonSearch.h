#pragma once

#include <QString>

namespace guichet {

// What the counter agent typed in the search box, read as one kind of key. Each kind is one
// index range (a prefix), listed in that index's order, so the first page costs the same on 5
// million persons as on 5 hundred: digits are an immatriculation number, letters then digits a
// CIN, Arabic script an Arabic name, anything else a Latin name ("last first").
class PersonSearch
{
public:
    enum class Kind { Everything, Immatriculation, Cin, LatinName, ArabicName };

    static PersonSearch parse(const QString &typed);

    Kind kind() const { return m_kind; }
    // The prefix to look for, folded as the stored key of that kind is.
    QString key() const { return m_key; }
    // The first string after every string that starts with key(), comparing UTF-16 code units
    // (both databases compare these columns byte-wise): the range is [key(), keyEnd()).
    QString keyEnd() const;

private:
    Kind m_kind = Kind::Everything;
    QString m_key;
};

} // namespace guichet
