#include "core/Rights.h"

#include "core/PurposeRules.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> fromCode(const QString &code, const std::array<std::pair<Enum, QString>, N> &codes)
{
    for (const auto &[value, text] : codes) {
        if (text == code)
            return value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
QString toCode(Enum value, const std::array<std::pair<Enum, QString>, N> &codes)
{
    for (const auto &[v, text] : codes) {
        if (v == value)
            return text;
    }
    return {};
}

const std::array<std::pair<RightsKind, QString>, 4> KindCodes{{{RightsKind::Access, u"access"_s},
                                                               {RightsKind::Rectification, u"rectification"_s},
                                                               {RightsKind::Opposition, u"opposition"_s},
                                                               {RightsKind::Deletion, u"deletion"_s}}};
const std::array<std::pair<IdentityCheck, QString>, 4> IdentityCodes{{{IdentityCheck::CinShown, u"cin_shown"_s},
                                                                      {IdentityCheck::CinCopy, u"cin_copy"_s},
                                                                      {IdentityCheck::OnlineAccount, u"online_account"_s},
                                                                      {IdentityCheck::CallBack, u"call_back"_s}}};
const std::array<std::pair<RightsStatus, QString>, 3> StatusCodes{{{RightsStatus::Identity, u"identity"_s},
                                                                   {RightsStatus::Open, u"open"_s},
                                                                   {RightsStatus::Answered, u"answered"_s}}};

} // namespace

QString Rights::code(RightsKind kind) { return toCode(kind, KindCodes); }
QString Rights::code(IdentityCheck check) { return toCode(check, IdentityCodes); }
QString Rights::code(RightsStatus status) { return toCode(status, StatusCodes); }
std::optional<RightsKind> Rights::kindFromCode(const QString &code) { return fromCode(code, KindCodes); }
std::optional<IdentityCheck> Rights::identityFromCode(const QString &code) { return fromCode(code, IdentityCodes); }
std::optional<RightsStatus> Rights::statusFromCode(const QString &code) { return fromCode(code, StatusCodes); }

QString Rights::label(RightsKind kind)
{
    switch (kind) {
    case RightsKind::Access: return tr("Access");
    case RightsKind::Rectification: return tr("Rectification");
    case RightsKind::Opposition: return tr("Opposition");
    case RightsKind::Deletion: return tr("Deletion");
    }
    return {};
}

QString Rights::label(IdentityCheck check)
{
    switch (check) {
    case IdentityCheck::CinShown: return tr("National identity card shown at the counter");
    case IdentityCheck::CinCopy: return tr("Copy of the national identity card enclosed");
    case IdentityCheck::OnlineAccount: return tr("Signed in to the online services");
    case IdentityCheck::CallBack: return tr("Called back on the number on file");
    }
    return {};
}

QString Rights::label(RightsStatus status)
{
    switch (status) {
    case RightsStatus::Identity: return tr("Identity to check");
    case RightsStatus::Open: return tr("Open");
    case RightsStatus::Answered: return tr("Answered");
    }
    return {};
}

bool Rights::coversBeneficiary(const QString &relation, QDate birthDate, QDate on)
{
    return relation == u"child"_s && birthDate.isValid() && birthDate.addYears(18) > on;
}

RightsWork RightsWork::of(const Session &session)
{
    const QString purpose = session.activePurpose();
    RightsWork work;
    work.handles = PurposeRules::handlesRightsRequests(purpose);
    // The legal division answers; the data-protection officer (AUD) follows and deletes.
    work.follows = work.handles || PurposeRules::purgesData(purpose);
    work.carriesOutDeletions = session.actsAsDataProtectionOfficer();
    work.approvesRectifications = PurposeRules::changesPersons(purpose);
    work.signsOffMedicalParts = PurposeRules::readsMedicalDetails(purpose);
    return work;
}

RightsActions RightsActions::of(const Session &session, const RightsRequestState &request)
{
    const RightsWork work = RightsWork::of(session);
    const bool open = request.status == RightsStatus::Open;
    const bool deletion = request.kind == RightsKind::Deletion;
    const bool access = request.kind == RightsKind::Access;
    RightsActions can;
    can.checkIdentity = work.handles && request.status == RightsStatus::Identity;
    can.answerPart = work.handles && open && request.partsPending;
    can.extend = work.handles && open;
    // The legal division answers every request; the officer, the deletions he carries out.
    can.answer = open && (work.handles || (work.carriesOutDeletions && deletion));
    can.saveReport = work.handles && access && request.status != RightsStatus::Identity;
    can.oppose = work.handles && open && request.kind == RightsKind::Opposition && request.onFile;
    can.checkDeletion = (work.handles || work.carriesOutDeletions) && open && deletion;
    can.carryOutDeletion = work.carriesOutDeletions && open && deletion;
    can.approveRectification =
        work.approvesRectifications && open && request.kind == RightsKind::Rectification && !request.approved;
    can.readMedicalPart = work.signsOffMedicalParts && access;
    can.signOffMedicalPart = work.signsOffMedicalParts && open && access && !request.medicalSignedOff;
    return can;
}

QDate RightsDeadlines::start(QDate completedOn) const
{
    return m_calendar.addBusinessDays(completedOn, 0);
}

QDate RightsDeadlines::due(QDate completedOn) const
{
    return m_calendar.addBusinessDays(start(completedOn).addMonths(1), 0);
}

QDate RightsDeadlines::latest(QDate completedOn) const
{
    // The business day on or before the bound: counted backwards from the day after it.
    return m_calendar.addBusinessDays(start(completedOn).addMonths(4).addDays(1), -1);
}

bool RightsDeadlines::mayExtendTo(QDate completedOn, QDate current, QDate to) const
{
    return to.isValid() && to > current && m_calendar.isBusinessDay(to) && to <= latest(completedOn);
}

QDate RightsDeadlines::proposedExtension(QDate completedOn, QDate current) const
{
    QDate proposed = current.addMonths(1);
    while (!m_calendar.isBusinessDay(proposed))
        proposed = proposed.addDays(1);
    proposed = qMin(proposed, latest(completedOn));
    return mayExtendTo(completedOn, current, proposed) ? proposed : QDate();
}

int RightsDeadlines::daysLeft(QDate today, QDate deadline) const
{
    return m_calendar.businessDaysBetween(today, deadline);
}

} // namespace guichet
