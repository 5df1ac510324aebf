#include "core/Liquidation.h"

#include <algorithm>

namespace guichet {

namespace {

template<typename Row>
QHash<QString, QList<Row>> byKey(const QList<Row> &rows, QString (*key)(const Row &))
{
    QHash<QString, QList<Row>> index;
    for (const Row &row : rows)
        index[key(row)].append(row);
    for (QList<Row> &list : index)
        std::sort(list.begin(), list.end(), [](const Row &a, const Row &b) { return a.validFrom > b.validFrom; });
    return index;
}

// The newest row in force on `date`.
template<typename Row>
const Row *inForce(const QHash<QString, QList<Row>> &index, const QString &key, const QDate &date)
{
    const auto it = index.constFind(key);
    if (it == index.constEnd())
        return nullptr;
    for (const Row &row : *it) {
        if (row.validFrom <= date)
            return &row;
    }
    return nullptr;
}

QString tariffKey(const TariffRow &r)
{
    return r.code;
}

QString rateKey(const RateRow &r)
{
    return r.category + QChar(0x1f) + r.regime;
}

QString complementaryKey(const ComplementaryRow &r)
{
    return r.organisation + QChar(0x1f) + r.category;
}

} // namespace

Liquidator::Liquidator(QList<TariffRow> tariffs, QList<RateRow> rates, QList<ComplementaryRow> complementary)
    : m_tariffs(byKey(tariffs, tariffKey)), m_rates(byKey(rates, rateKey)),
      m_complementary(byKey(complementary, complementaryKey))
{
}

std::optional<TariffRow> Liquidator::tariffOn(const QString &code, const QDate &date) const
{
    const TariffRow *row = inForce(m_tariffs, code, date);
    return row ? std::optional(*row) : std::nullopt;
}

std::optional<int> Liquidator::rateOn(const QString &category, const QString &regime, const QDate &date) const
{
    const RateRow *row = inForce(m_rates, rateKey({category, regime, {}, 0}), date);
    return row ? std::optional(row->rateBasisPoints) : std::nullopt;
}

int Liquidator::complementaryOn(const QString &organisation, const QString &category, const QDate &date) const
{
    const ComplementaryRow *row = inForce(m_complementary, complementaryKey({organisation, category, {}, 0}), date);
    return row ? row->rateBasisPoints : 0;
}

LiquidatedLine Liquidator::liquidateLine(const QString &regime, const QString &organisation, const QDate &dateOfCare,
                                         const ClaimLine &line) const
{
    LiquidatedLine out;
    if (line.quantity <= 0 || line.quantity > MaxQuantity || line.billedUnit < 0 || line.billedUnit > MaxBilledUnit) {
        out.notes |= LiquidatedLine::Refused;
        return out;
    }
    out.billed = line.billedUnit * line.quantity;
    const std::optional<TariffRow> tariff = tariffOn(line.code, dateOfCare);
    const std::optional<int> rate = rateOn(line.category, regime, dateOfCare);
    if (!tariff)
        out.notes |= LiquidatedLine::NoTariff;
    if (!rate)
        out.notes |= LiquidatedLine::NoRate;
    if (!tariff || !rate)
        return out;
    out.quantityAllowed = line.quantity;
    if (tariff->usualQuantity > 0 && line.quantity > tariff->usualQuantity) {
        out.quantityAllowed = tariff->usualQuantity;
        out.notes |= LiquidatedLine::QuantityCapped;
    }
    if (line.billedUnit < tariff->unitTariff)
        out.notes |= LiquidatedLine::BilledBelowTariff;
    out.base = std::min(line.billedUnit, tariff->unitTariff) * out.quantityAllowed;
    out.amo = Money::applyRate(out.base, *rate);
    out.complementary = Money::applyRate(out.base - out.amo, complementaryOn(organisation, line.category, dateOfCare));
    // Never more than what was billed, whatever the rates (above 100 %, or a complement on top).
    out.reimbursed = std::min(out.amo + out.complementary, out.billed);
    if (out.amo > out.reimbursed)
        out.amo = out.reimbursed;
    out.complementary = out.reimbursed - out.amo;
    return out;
}

Liquidation Liquidator::liquidate(const QString &regime, const QString &organisation, const QDate &dateOfCare,
                                  const QList<ClaimLine> &lines) const
{
    Liquidation result;
    result.lines.reserve(lines.size());
    for (const ClaimLine &line : lines) {
        const LiquidatedLine l = liquidateLine(regime, organisation, dateOfCare, line);
        result.billed += l.billed;
        result.amo += l.amo;
        result.complementary += l.complementary;
        result.reimbursed += l.reimbursed;
        result.lines.append(l);
    }
    return result;
}

} // namespace guichet
