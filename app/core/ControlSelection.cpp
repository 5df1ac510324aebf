#include "core/ControlSelection.h"

#include <QMessageAuthenticationCode>
#include <QtEndian>

#include <algorithm>
#include <limits>

namespace guichet {

ControlSelector::ControlSelector(QList<ControlRule> rules, QByteArray secretKey)
    : m_rules(std::move(rules)), m_key(std::move(secretKey))
{
}

ControlVerdict ControlSelector::select(const ControlCandidate &candidate, const UsualUnit &usualUnit) const
{
    ControlVerdict verdict;
    for (const ControlRule &rule : m_rules) {
        if (matches(rule, candidate, usualUnit))
            verdict.ruleCodes.append(rule.code);
    }
    return verdict;
}

bool ControlSelector::matches(const ControlRule &rule, const ControlCandidate &candidate,
                              const UsualUnit &usualUnit) const
{
    switch (rule.kind) {
    case ControlRule::Kind::RandomShare:
        return drawn(candidate.dossierNumber, rule.parameter);
    case ControlRule::Kind::AmountAbove:
        return totalBilled(candidate.lines) > rule.parameter;
    case ControlRule::Kind::DeviationFromUsual:
        return std::any_of(candidate.lines.cbegin(), candidate.lines.cend(), [&](const ControlLine &line) {
            const std::optional<Centimes> usual = usualUnit ? usualUnit(line.code) : std::nullopt;
            return usual && aboveUsual(line.billedUnit, *usual, rule.parameter);
        });
    case ControlRule::Kind::AlwaysCategory:
        return std::any_of(candidate.lines.cbegin(), candidate.lines.cend(),
                           [&](const ControlLine &line) { return line.category == rule.category; });
    }
    return false;
}

bool ControlSelector::drawn(const QString &dossierNumber, qint64 shareBasisPoints) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(dossierNumber.toUtf8(), m_key, QCryptographicHash::Sha256);
    const quint64 draw = qFromBigEndian<quint64>(mac.constData()) % 10000;
    // 2^64 is not a multiple of 10,000: the bias (about 10^-15) is far below what matters here.
    return shareBasisPoints > 0 && draw < quint64(shareBasisPoints);
}

Centimes ControlSelector::totalBilled(const QList<ControlLine> &lines)
{
    constexpr Centimes most = std::numeric_limits<Centimes>::max();
    Centimes total = 0;
    for (const ControlLine &line : lines) {
        Centimes amount = 0;
        // An absurd amount must still be selected by a threshold, not wrap round to a small one.
        if (qMulOverflow(Centimes(line.quantity), line.billedUnit, &amount) || qAddOverflow(total, amount, &total))
            return most;
    }
    return total;
}

bool ControlSelector::aboveUsual(Centimes billedUnit, Centimes usual, qint64 basisPoints)
{
    if (usual < 0)
        return false; // not a usual amount: reference data error
    basisPoints = std::max<qint64>(basisPoints, 0);
    // billed × 10000 > usual × (10000 + p)  ⇔  billed > usual + ⌊usual × p / 10000⌋ (all integers),
    // with usual × p / 10000 split as (usual / 10000) × p + (usual % 10000) × p / 10000 so that no
    // product is larger than it needs to be. A limit that overflows is above every amount.
    qint64 whole = 0, part = 0, limit = 0;
    if (qMulOverflow(usual / 10000, basisPoints, &whole) || qMulOverflow(usual % 10000, basisPoints, &part)
        || qAddOverflow(whole, part / 10000, &limit) || qAddOverflow(limit, usual, &limit))
        return false;
    return billedUnit > limit;
}

} // namespace guichet
