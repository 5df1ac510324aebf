#include "core/Contributions.h"

#include <algorithm>

namespace guichet {

Contributions::Contributions(QList<ContributionRule> rules) : m_rules(std::move(rules))
{
    // Newest first, so the first rule that started on or before a month is the one in force.
    std::sort(m_rules.begin(), m_rules.end(),
              [](const ContributionRule &a, const ContributionRule &b) { return a.validFrom > b.validFrom; });
}

std::optional<ContributionRule> Contributions::ruleFor(ContributionRule::Basis basis, const QDate &month) const
{
    const QDate first(month.year(), month.month(), 1);
    for (const ContributionRule &rule : m_rules) {
        if (rule.basis == basis && rule.validFrom <= first)
            return rule;
    }
    return std::nullopt;
}

std::optional<MonthlyContribution> Contributions::monthly(ContributionRule::Basis basis, Centimes income,
                                                          const QDate &month, QString *error) const
{
    auto fail = [error](const QString &message) -> std::optional<MonthlyContribution> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!month.isValid())
        return fail(tr("The month is not a valid date."));
    if (income < 0)
        return fail(tr("An income cannot be negative."));
    const std::optional<ContributionRule> rule = ruleFor(basis, month);
    if (!rule)
        return fail(tr("No contribution rule is in force for %1.").arg(month.toString(u"MM/yyyy")));
    MonthlyContribution result;
    result.total = std::clamp(Money::applyRate(income, rule->rateBasisPoints), rule->floor, rule->ceiling);
    result.employer = Money::applyRate(result.total, rule->employerShareBasisPoints);
    result.employee = result.total - result.employer; // the two shares always add up to the total
    return result;
}

} // namespace guichet
