#pragma once

#include "core/Money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

// Reference data of liquidation, each row dated: the row in force on the date of care is the
// newest one whose validFrom is on or before it.

// The reference tariff of an act (Tarif National de Référence) or the reimbursement base of a
// medicine, per unit; `usualQuantity` (0: no limit) is the most that is reimbursed in one line.
struct TariffRow
{
    QString code;
    QDate validFrom;
    Centimes unitTariff = 0;
    int usualQuantity = 0;
};

// The AMO rate of a category (consultation, medicine, ALD/ALC, …) in a regime (AMO, STU).
struct RateRow
{
    QString category;
    QString regime;
    QDate validFrom;
    int rateBasisPoints = 0;
};

// The complementary share a mutuelle adds for a category, as a rate of what AMO leaves to the
// member (the ticket modérateur).
struct ComplementaryRow
{
    QString organisation;
    QString category;
    QDate validFrom;
    int rateBasisPoints = 0;
};

struct ClaimLine
{
    QString code;     // act code or medicine code
    QString category; // the rate's category
    int quantity = 1;
    Centimes billedUnit = 0; // what the provider billed, per unit
};

struct LiquidatedLine
{
    enum Note {
        NoTariff = 0x1,       // no reference tariff in force: nothing reimbursed
        NoRate = 0x2,         // no rate in force for the category: nothing reimbursed
        QuantityCapped = 0x4, // more than the usual quantity: reimbursed up to it
        BilledBelowTariff = 0x8,
        Refused = 0x10,       // a line that cannot be liquidated (quantity or amount out of range)
    };
    Centimes billed = 0;       // billedUnit × quantity
    int quantityAllowed = 0;
    Centimes base = 0;         // min(billedUnit, tariff) × quantityAllowed
    Centimes amo = 0;          // base × AMO rate
    Centimes complementary = 0; // (base − amo) × complementary rate
    Centimes reimbursed = 0;   // amo + complementary, never more than billed
    int notes = 0;
};

struct Liquidation
{
    QList<LiquidatedLine> lines;
    Centimes billed = 0;
    Centimes amo = 0;
    Centimes complementary = 0;
    Centimes reimbursed = 0;
};

// Liquidation of an ambulatory dossier (PRODUCT.md, "The dossier pipeline", step 4), with no
// SQL: for each line, the base is the lower of the unit amount billed and the reference tariff
// in force on the date of care, times the quantity (at most the usual quantity); the AMO share
// is the base times the rate of its category and regime; the mutuelle adds its complementary
// share of what remains; a line never reimburses more than was billed. Every rate is applied with
// Money::applyRate (half away from zero, to the centime), line by line, and the dossier's totals
// are the sums of its lines.
class Liquidator
{
public:
    Liquidator(QList<TariffRow> tariffs, QList<RateRow> rates, QList<ComplementaryRow> complementary = {});

    Liquidation liquidate(const QString &regime, const QString &organisation, const QDate &dateOfCare,
                          const QList<ClaimLine> &lines) const;
    LiquidatedLine liquidateLine(const QString &regime, const QString &organisation, const QDate &dateOfCare,
                                 const ClaimLine &line) const;

    std::optional<TariffRow> tariffOn(const QString &code, const QDate &date) const;
    std::optional<int> rateOn(const QString &category, const QString &regime, const QDate &date) const;
    int complementaryOn(const QString &organisation, const QString &category, const QDate &date) const;

    // Bounds of a line that can be liquidated at all.
    static constexpr int MaxQuantity = 999;
    static constexpr Centimes MaxBilledUnit = Centimes(10000000) * 100; // 10 million dirhams

private:
    // Rows by key, newest first: a lookup is a hash and a short walk, whatever the size of the
    // reference lists (thousands of medicines).
    QHash<QString, QList<TariffRow>> m_tariffs;
    QHash<QString, QList<RateRow>> m_rates;
    QHash<QString, QList<ComplementaryRow>> m_complementary;
};

} // namespace guichet
