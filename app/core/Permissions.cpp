#include "core/Permissions.h"

#include "core/Session.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

using A = Action;

struct Row
{
    QString role;
    QString purpose;
    QList<Action> actions;
};

// The matrix. A role holds only the purposes of the reference data (role_purposes); each stage
// of the dossier pipeline is the work of one role under the regime's purpose: the counter
// deposits and enters, the medical controller controls, the liquidator liquidates, batches and
// pays, the counter files in boxes under the mutuelles' archive purpose.
const QList<Row> &rows()
{
    static const QList<Row> table = {
        {u"COUNTER"_s, u"REG"_s, {A::PersonRead, A::PersonChange}},
        {u"COUNTER"_s, u"AMO"_s, {A::PersonRead, A::DossierRead, A::DossierDeposit, A::DossierEnter}},
        {u"COUNTER"_s, u"STU"_s, {A::PersonRead, A::DossierRead, A::DossierDeposit, A::DossierEnter}},
        {u"COUNTER"_s, u"ARM"_s, {A::PersonRead, A::DossierRead, A::DossierArchive}},
        {u"COUNTER"_s, u"CPL"_s, {A::PersonRead, A::DossierRead, A::ComplaintRead, A::ComplaintHandle}},
        {u"LIQUIDATOR"_s, u"AMO"_s, {A::PersonRead, A::DossierRead, A::DossierLiquidate, A::BatchBuild, A::BatchPay}},
        {u"LIQUIDATOR"_s, u"STU"_s, {A::PersonRead, A::DossierRead, A::DossierLiquidate, A::BatchBuild, A::BatchPay}},
        {u"LIQUIDATOR"_s, u"TP"_s, {A::PersonRead}},
        {u"MEDICAL"_s, u"MCM"_s, {A::PersonRead, A::MedicalRead, A::DossierRead, A::DossierControl}},
        {u"MEDICAL"_s, u"MCC"_s, {A::PersonRead, A::MedicalRead, A::DossierRead, A::DossierControl}},
        {u"LEGAL"_s, u"CPL"_s, {A::PersonRead, A::DossierRead, A::ComplaintRead, A::ComplaintHandle}},
        {u"LEGAL"_s, u"LEG"_s, {A::PersonRead, A::DossierRead, A::ComplaintRead, A::LitigationHandle, A::RightsHandle}},
        {u"DPO"_s, u"AUD"_s, {A::AuditRead, A::DataPurge}},
        {u"DPO"_s, u"CPL"_s, {A::PersonRead, A::DossierRead, A::ComplaintRead, A::ComplaintHandle}},
        {u"DPO"_s, u"LEG"_s, {A::PersonRead, A::DossierRead, A::ComplaintRead, A::LitigationHandle, A::RightsHandle}},
        {u"AUDITOR"_s, u"AUD"_s, {A::AuditRead}},
    };
    return table;
}

struct Code
{
    Action action;
    QString code;
};

const QList<Code> &codes()
{
    static const QList<Code> list = {
        {A::PersonRead, u"person.read"_s},
        {A::PersonChange, u"person.change"_s},
        {A::MedicalRead, u"medical.read"_s},
        {A::AuditRead, u"audit.read"_s},
        {A::DossierRead, u"dossier.read"_s},
        {A::DossierDeposit, u"dossier.deposit"_s},
        {A::DossierEnter, u"dossier.enter"_s},
        {A::DossierControl, u"dossier.control"_s},
        {A::DossierLiquidate, u"dossier.liquidate"_s},
        {A::BatchBuild, u"batch.build"_s},
        {A::BatchPay, u"batch.pay"_s},
        {A::DossierArchive, u"dossier.archive"_s},
        {A::ComplaintRead, u"complaint.read"_s},
        {A::ComplaintHandle, u"complaint.handle"_s},
        {A::LitigationHandle, u"litigation.handle"_s},
        {A::RightsHandle, u"rights.handle"_s},
        {A::DataPurge, u"data.purge"_s},
    };
    return list;
}

} // namespace

bool Permissions::allows(const QString &role, const QString &purpose, Action action)
{
    for (const Row &row : rows()) {
        if (row.role == role && row.purpose == purpose)
            return row.actions.contains(action);
    }
    return false;
}

bool Permissions::allows(const Session &session, Action action)
{
    return allows(session.roleCode, session.activePurpose(), action);
}

const QList<PermissionCell> &Permissions::cells()
{
    static const QList<PermissionCell> all = [] {
        QList<PermissionCell> list;
        for (const Row &row : rows()) {
            for (Action action : row.actions)
                list.append({row.role, row.purpose, action});
        }
        return list;
    }();
    return all;
}

const QList<Action> &Permissions::actions()
{
    static const QList<Action> all = [] {
        QList<Action> list;
        for (const Code &c : codes())
            list.append(c.action);
        return list;
    }();
    return all;
}

QString Permissions::code(Action action)
{
    for (const Code &c : codes()) {
        if (c.action == action)
            return c.code;
    }
    return {};
}

std::optional<Action> Permissions::fromCode(const QString &code)
{
    for (const Code &c : codes()) {
        if (c.code == code)
            return c.action;
    }
    return std::nullopt;
}

std::optional<Action> Permissions::actionOfMove(DossierStatus from, DossierStatus to)
{
    using S = DossierStatus;
    if (!DossierRules::canMove(from, to))
        return std::nullopt;
    switch (from) {
    case S::Entry:
    case S::Incomplete:
        return A::DossierEnter;
    case S::Control:
        return A::DossierControl;
    case S::Liquidation:
        return A::DossierLiquidate;
    case S::Liquidated:
        return A::BatchBuild;
    case S::Batched:
        return A::BatchPay;
    case S::Paid:
    case S::Rejected:
        break;
    }
    return std::nullopt;
}

QString Permissions::markdownTable()
{
    QString table = u"| role | purpose | may |\n| --- | --- | --- |\n"_s;
    for (const Row &row : rows()) {
        QStringList may;
        for (Action action : row.actions)
            may.append(u'`' + code(action) + u'`');
        table += u"| "_s + row.role + u" | "_s + row.purpose + u" | "_s + may.join(u", "_s) + u" |\n"_s;
    }
    return table;
}

} // namespace guichet
