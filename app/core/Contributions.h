#pragma once

#include "core/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace guichet {

// A dated rule of AMO contributions (reference data): from `validFrom` on, a member whose income
// is of kind `basis` owes `rateBasisPoints` of it each month, never less than `floor` nor more
// than `ceiling`; `employerShareBasisPoints` of that is the employer's (5,000 = half).
struct ContributionRule
{
    enum class Basis { Salary, Pension };

    QDate validFrom;
    Basis basis = Basis::Salary;
    int rateBasisPoints = 0;
    Centimes floor = 0;
    Centimes ceiling = 0;
    int employerShareBasisPoints = 0;
};

struct MonthlyContribution
{
    Centimes total = 0;
    Centimes employee = 0;
    Centimes employer = 0;
};

class Contributions
{
    Q_DECLARE_TR_FUNCTIONS(Contributions)

public:
    explicit Contributions(QList<ContributionRule> rules);

    // The rule in force on the first day of `month` for `basis`, if any.
    std::optional<ContributionRule> ruleFor(ContributionRule::Basis basis, const QDate &month) const;
    // The month's contribution on `income` (centimes a month). Nothing when no rule is in force or
    // the income is negative (*error says why).
    std::optional<MonthlyContribution> monthly(ContributionRule::Basis basis, Centimes income, const QDate &month,
                                               QString *error = nullptr) const;

private:
    QList<ContributionRule> m_rules;
};

} // namespace guichet
