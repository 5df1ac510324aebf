#pragma once

#include "core/DossierRules.h"

#include <QList>
#include <QString>

#include <optional>

namespace guichet {

class Session;

// What an agent does with the data of a processing: the columns of the permission matrix.
enum class Action {
    PersonRead,
    PersonChange,
    MedicalRead,
    AuditRead,
    DossierRead,
    DossierDeposit,   // a new dossier at the counter
    DossierEnter,     // its lines, incomplete and back, rejected at entry, the end of entry
    DossierControl,   // medical control: take, review, reject
    DossierLiquidate, // liquidation, one dossier or all those waiting
    BatchBuild,       // payment batches and their payment-order files
    BatchPay,         // a batch paid by the bank
    DossierArchive,   // filed in an archive box
    ComplaintRead,
    ComplaintHandle,
    LitigationHandle,
    RightsHandle,
    DataPurge, // the purge, the destruction of boxes, the registry: the data-protection officer
};

// One cell of the matrix: under `purpose`, an agent of `role` may do `action`.
struct PermissionCell
{
    QString role;
    QString purpose;
    Action action;
    friend bool operator==(const PermissionCell &, const PermissionCell &) = default;
};

// What each role may do under each purpose of its own: one table, data rather than conditions in
// the screens. The client's checks read it; on PostgreSQL the table `permissions` holds the same
// cells (migration 0021, kept equal to this one by tst_permissions) and the server's triggers
// ask it through guichet_may(). docs/security.md prints it (`guichet-admin permissions`).
class Permissions
{
public:
    static bool allows(const QString &role, const QString &purpose, Action action);
    // The session's role under its active purpose.
    static bool allows(const Session &session, Action action);

    // Every cell, role by role in the order of the reference data.
    static const QList<PermissionCell> &cells();
    static const QList<Action> &actions();

    // The code stored on the server ("dossier.deposit"), never translated.
    static QString code(Action action);
    static std::optional<Action> fromCode(const QString &code);

    // Whose work a move of the dossier pipeline is: the entry's (entry ⇄ incomplete, to control,
    // to liquidation, rejected at entry), medical control's, liquidation's, the batch's, the
    // payment's. Nothing for a move that DossierRules refuses.
    static std::optional<Action> actionOfMove(DossierStatus from, DossierStatus to);

    // The matrix as a Markdown table, one row a role and purpose (what docs/security.md prints).
    static QString markdownTable();
};

} // namespace guichet
