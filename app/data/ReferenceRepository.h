#pragma once

#include "core/Contributions.h"
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
    std::optional<Organisation> organisation(const QString &code) const;
    QList<Purpose> purposes() const;
    QList<Purpose> purposesOfRole(const QString &roleCode) const;
    // code → name
    QList<std::pair<QString, QString>> roles() const;

private:
    QSqlDatabase m_db;
};

} // namespace guichet
