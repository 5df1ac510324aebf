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
    std::optional<Organisation> organisation(const QString &code) const;
    QList<Purpose> purposes() const;
    QList<Purpose> purposesOfRole(const QString &roleCode) const;
    // code → name
    QList<std::pair<QString, QString>> roles() const;

private:
    QSqlDatabase m_db;
};

} // namespace guichet
