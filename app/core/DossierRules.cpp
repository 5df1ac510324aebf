#include "core/DossierRules.h"

#include "core/DisplayDate.h"

#include <QLocale>

#include <array>
#include <utility>

namespace guichet {

namespace {
constexpr std::array<std::pair<DossierStatus, const char *>, 8> codes{{
    {DossierStatus::Entry, "entry"},
    {DossierStatus::Incomplete, "incomplete"},
    {DossierStatus::Control, "control"},
    {DossierStatus::Liquidation, "liquidation"},
    {DossierStatus::Liquidated, "liquidated"},
    {DossierStatus::Batched, "batched"},
    {DossierStatus::Paid, "paid"},
    {DossierStatus::Rejected, "rejected"},
}};

} // namespace

QString dossierStatusCode(DossierStatus status)
{
    for (const auto &[s, code] : codes) {
        if (s == status)
            return QString::fromLatin1(code);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DossierStatus> dossierStatusFromCode(const QString &code)
{
    for (const auto &[s, c] : codes) {
        if (code == QLatin1StringView(c))
            return s;
    }
    return std::nullopt;
}

QString dossierStatusLabel(DossierStatus status)
{
    switch (status) {
    case DossierStatus::Entry: return DossierRules::tr("Being entered");
    case DossierStatus::Incomplete: return DossierRules::tr("Incomplete");
    case DossierStatus::Control: return DossierRules::tr("Medical control");
    case DossierStatus::Liquidation: return DossierRules::tr("To liquidate");
    case DossierStatus::Liquidated: return DossierRules::tr("Liquidated");
    case DossierStatus::Batched: return DossierRules::tr("In a payment batch");
    case DossierStatus::Paid: return DossierRules::tr("Paid");
    case DossierStatus::Rejected: return DossierRules::tr("Rejected");
    }
    Q_UNREACHABLE();
    return {};
}

DossierStatus DossierRules::firstQueue(const QString &roleCode, bool controlPurpose)
{
    if (controlPurpose)
        return DossierStatus::Control;
    if (roleCode == u"LIQUIDATOR")
        return DossierStatus::Liquidation;
    return DossierStatus::Entry;
}

int DossierRules::allowedDays(bool longTermCondition)
{
    return longTermCondition ? PaymentDaysLongTerm : PaymentDays;
}

bool DossierRules::awaitsPayment(DossierStatus status)
{
    return status != DossierStatus::Paid && status != DossierStatus::Rejected;
}

bool DossierRules::canMove(DossierStatus from, DossierStatus to)
{
    using S = DossierStatus;
    static constexpr std::pair<S, S> allowed[] = {
        {S::Entry, S::Incomplete},       {S::Incomplete, S::Entry},     {S::Entry, S::Control},
        {S::Entry, S::Liquidation},      {S::Incomplete, S::Rejected},  {S::Entry, S::Rejected},
        {S::Control, S::Liquidation},    {S::Control, S::Rejected},     {S::Liquidation, S::Liquidated},
        {S::Liquidated, S::Batched},     {S::Batched, S::Paid},
    };
    for (const auto &[f, t] : allowed) {
        if (f == from && t == to)
            return true;
    }
    return false;
}

bool DossierRules::depositIsLate(QDate dateOfCare, QDate depositDate)
{
    return depositDate > dateOfCare.addDays(DepositDays);
}

QString DossierRules::careDateRefusal(QDate dateOfCare, QDate depositDate, QDate birthDate)
{
    if (!dateOfCare.isValid() || !depositDate.isValid())
        return tr("The date of care is not a valid date.");
    if (dateOfCare > depositDate)
        return tr("The date of care cannot be after today.");
    if (dateOfCare < earliestCare())
        return tr("The date of care cannot be before %1.").arg(displayDate(earliestCare()));
    if (birthDate.isValid() && dateOfCare < birthDate)
        return tr("The date of care is before the beneficiary's birth (%1).")
            .arg(displayDate(birthDate));
    return {};
}

QDate DossierRules::paymentTarget(QDate depositDate, bool longTermCondition)
{
    return depositDate.addDays(allowedDays(longTermCondition));
}

int DossierRules::daysLeft(QDate depositDate, bool longTermCondition, QDate today)
{
    return int(today.daysTo(paymentTarget(depositDate, longTermCondition)));
}

DossierRules::Urgency DossierRules::urgency(QDate depositDate, bool longTermCondition, QDate today)
{
    const int left = daysLeft(depositDate, longTermCondition, today);
    if (left < 0)
        return Urgency::Late;
    if (left <= allowedDays(longTermCondition) / 4)
        return Urgency::DueSoon;
    return Urgency::OnTime;
}

} // namespace guichet
