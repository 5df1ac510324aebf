#pragma once

#include "core/Money.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace guichet {

// A rule that sends dossiers to medical control (PRODUCT.md, "The dossier pipeline", step 3).
// Rules are reference data: their codes and parameters come from the database.
struct ControlRule
{
    enum class Kind { RandomShare, AmountAbove, DeviationFromUsual, AlwaysCategory };
    QString code; // e.g. "RANDOM", "THRESHOLD", "DEVIATION", "ALD" (chosen by the data)
    Kind kind = Kind::RandomShare;
    // RandomShare: basis points of dossiers (500 = 5 %);
    // AmountAbove: centimes billed in the dossier (strictly above selects);
    // DeviationFromUsual: basis points above the usual unit amount (5000 = billed more than 150 %
    // of usual; a negative parameter counts as 0);
    // AlwaysCategory: unused.
    qint64 parameter = 0;
    QString category; // AlwaysCategory only
};

struct ControlLine
{
    QString code;
    QString category;
    int quantity = 1;
    Centimes billedUnit = 0;
};

struct ControlCandidate
{
    QString dossierNumber;
    QList<ControlLine> lines;
};

struct ControlVerdict
{
    QStringList ruleCodes; // every rule that matched, in rule order
    bool selected() const { return !ruleCodes.isEmpty(); }
};

// Applies the rules to a dossier. The random share is keyed: HMAC-SHA256 of the dossier number
// with a secret key, so the same dossier always gets the same answer (submitting it again gives
// it no second chance to escape) and an agent without the key cannot predict which are drawn.
// The key must be secret and not empty.
class ControlSelector
{
public:
    // The usual unit amount of an act or medicine code; nothing when there is none.
    using UsualUnit = std::function<std::optional<Centimes>(const QString &code)>;

    ControlSelector(QList<ControlRule> rules, QByteArray secretKey);

    ControlVerdict select(const ControlCandidate &candidate, const UsualUnit &usualUnit) const;

    // The parts of select, for tests and for explaining a verdict.
    bool drawn(const QString &dossierNumber, qint64 shareBasisPoints) const;
    // Quantity × unit summed; saturates at the largest qint64 instead of overflowing.
    static Centimes totalBilled(const QList<ControlLine> &lines);
    // billedUnit > usual × (10000 + basisPoints) / 10000, exactly, in integers, without overflow.
    static bool aboveUsual(Centimes billedUnit, Centimes usual, qint64 basisPoints);

private:
    bool matches(const ControlRule &rule, const ControlCandidate &candidate, const UsualUnit &usualUnit) const;

    QList<ControlRule> m_rules;
    QByteArray m_key;
};

} // namespace guichet
