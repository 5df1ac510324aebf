#include "core/Entitlement.h"

#include "core/Money.h"

using namespace Qt::StringLiterals;

namespace guichet {

int Entitlement::ageOn(const QDate &birthDate, const QDate &on)
{
    int age = on.year() - birthDate.year();
    if (on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day()))
        --age;
    return age;
}

int Entitlement::ageLimit(const QString &childCondition)
{
    if (childCondition == u"disabled"_s)
        return 0;
    return childCondition == u"student"_s ? StudentAgeLimit : ChildAgeLimit;
}

Entitlement::Result Entitlement::forMember(const Member &member, const QDate &on)
{
    Result result;
    const QDate graceLimit = on.addMonths(-GraceMonths); // months ending before this are overdue
    for (const LedgerMonth &month : member.ledger) {
        if (month.month > on || month.outstanding() <= 0)
            continue;
        result.arrears += month.outstanding();
        if (month.month.addMonths(1) <= graceLimit) {
            result.overdueArrears += month.outstanding();
            if (!result.overdueSince.isValid() || month.month < result.overdueSince)
                result.overdueSince = month.month;
        }
    }
    if (member.relationStart.isValid() && on < member.relationStart)
        result.status = Status::NotYetStarted;
    else if (member.status == u"ended"_s || (member.relationEnd.isValid() && on > member.relationEnd))
        result.status = Status::Ended;
    else if (result.overdueArrears > 0)
        result.status = Status::InArrears;
    return result;
}

Entitlement::Result Entitlement::forBeneficiary(const Result &memberResult, const Beneficiary &beneficiary,
                                                const QDate &on)
{
    Result result = memberResult;
    if (!result.entitled())
        return result;
    if (beneficiary.relationEnd.isValid() && on > beneficiary.relationEnd) {
        result.status = Status::Ended;
    } else if (beneficiary.relation == u"child"_s) {
        const int limit = ageLimit(beneficiary.childCondition);
        if (limit > 0 && beneficiary.birthDate.isValid() && ageOn(beneficiary.birthDate, on) >= limit)
            result.status = Status::OverAgeLimit;
    }
    return result;
}

QString Entitlement::describe(const Result &result)
{
    switch (result.status) {
    case Status::Entitled:
        return result.arrears > 0
                   ? tr("Entitled to benefits; %1 of contributions not yet received.").arg(Money::format(result.arrears))
                   : tr("Entitled to benefits.");
    case Status::NotYetStarted: return tr("Not entitled: the relationship has not started yet.");
    case Status::Ended: return tr("Not entitled: the relationship has ended.");
    case Status::InArrears:
        return tr("Benefits suspended: %1 of contributions unpaid since %2.")
            .arg(Money::format(result.overdueArrears), result.overdueSince.toString(u"MM/yyyy"_s));
    case Status::OverAgeLimit: return tr("Not entitled: the child is over the age limit.");
    }
    return {};
}

} // namespace guichet
