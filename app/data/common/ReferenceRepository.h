#pragma once

#include "core/Contributions.h"
#include "core/Liquidation.h"
#include "core/Session.h"

#include <QSqlDatabase>

namespace guichet {

// Read-only reference data: organisations, processing purposes, roles.
class ReferenceRepository
{
public:
    explicit ReferenceRepository(QSqlDatabase db);

    QList<Organisation> organisations() const;
    // The dated contribution rules (table contribution_rules).
    QList<ContributionRule> contributionRules() const;
    // Liquidation priced with every dated tariff (acts, and the reimbursement bases of the
    // reimbursable medicines under medicineCode()), rate and complementary share.
    Liquidator liquidator() const;
    static QString medicineCode(qint64 medicineId);
    // What a counter agent may type as a dossier line: acts whose code starts with `typed`, and
    // medicines whose name starts with it (case and accents ignored), at most `limit` of each; when
    // `typed` is a medicine's code (MED-<id>, or the id alone), that medicine too, first of them.
    struct CareItem
    {
        QString code;  // act code, or MED-<id>
        QString label; // the act's name, or the medicine's name, dosage, form and presentation
        // Dated amounts, oldest first, each in force from its date: a medicine's public price (PPV),
        // an act's tariff.
        QList<std::pair<QDate, Centimes>> prices;
        // The amount in force on `date` (a dossier's date of care), if any.
        std::optional<Centimes> priceOn(const QDate &date) const;
    };
    QList<CareItem> findCareItems(const QString &typed, int limit = 15) const;
    std::optional<Organisation> organisation(const QString &code) const;
    QList<Purpose> purposes() const;
    QList<Purpose> purposesOfRole(const QString &roleCode) const;
    // code → name
    QList<std::pair<QString, QString>> roles() const;

private:
    QSqlDatabase m_db;
};

} // namespace guichet
