#pragma once

#include <QString>

#include <optional>

namespace guichet {

// A guichet:// link, as a barcode scanner or another application hands it to Guichet:
// guichet://member/IMMATRICULATION opens a member's file, guichet://dossier/NUMBER a dossier.
// Anything else is refused: a link comes from outside and is never trusted.
struct GuichetLink
{
    enum class Kind { Member, Dossier };

    Kind kind = Kind::Member;
    QString key; // the immatriculation or dossier number: letters, digits and dashes, ≤ 40

    static std::optional<GuichetLink> parse(const QString &text);
};

} // namespace guichet
