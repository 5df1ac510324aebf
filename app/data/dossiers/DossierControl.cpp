// DossierRepository, medical control (MCM/MCC).
#include "data/dossiers/DossierRepository.h"
#include "data/dossiers/DossierSql.h"

#include "core/PurposeRules.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace guichet {

std::optional<qint64> DossierRepository::takeNextForControl(const Session &session)
{
    if (!PurposeRules::controlsDossiers(session.activePurpose()))
        throw DatabaseError::refused(tr("Medical control works under the purposes MCM and MCC only."));
    requireWork(session, Action::DossierControl);
    const QString lock = Sql::lockClause(m_db, u"FOR UPDATE SKIP LOCKED"_s);
    const qint64 orgFilter = session.organisationFilter();
    Transaction transaction(m_db);
    // A dossier this controller already holds comes first: nothing is left half-reviewed.
    QVariant mine = Sql::scalar(m_db, u"SELECT id FROM dossiers WHERE status = 'control' AND taken_by = ? "
                                      "AND (? = 0 OR organisation_id = ?) ORDER BY payment_target, id LIMIT 1"_s,
                                {session.agentId, orgFilter, orgFilter});
    if (mine.isValid()) {
        transaction.commit();
        return mine.toLongLong();
    }
    QSqlQuery q = Sql::run(m_db,
                           u"UPDATE dossiers SET taken_by = ? WHERE id = (SELECT id FROM dossiers WHERE status = "
                           "'control' AND taken_by IS NULL AND (? = 0 OR organisation_id = ?) "
                           "ORDER BY payment_target, id LIMIT 1"_s
                               % lock % u") AND taken_by IS NULL RETURNING id, person_id"_s,
                           {session.agentId, orgFilter, orgFilter});
    if (!q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    const qint64 personId = q.value(1).toLongLong();
    q.finish();
    AuditLog(m_db, m_clock).appendInTransaction(session, {u"take"_s, u"dossier"_s, QString::number(id), personId, {}});
    transaction.commit();
    return id;
}

void DossierRepository::releaseControl(const Session &session, qint64 dossierId)
{
    Transaction transaction(m_db);
    Sql::run(m_db, u"UPDATE dossiers SET taken_by = NULL WHERE id = ? AND taken_by = ?"_s, {dossierId, session.agentId});
    transaction.commit();
}

QList<std::pair<QString, QString>> DossierRepository::controlReasons() const
{
    QSqlQuery q = Sql::run(m_db, u"SELECT code, label FROM control_reasons ORDER BY label"_s);
    QList<std::pair<QString, QString>> reasons;
    while (q.next())
        reasons.append({q.value(0).toString(), q.value(1).toString()});
    return reasons;
}

Dossier DossierRepository::review(const Session &session, qint64 dossierId, int version,
                                  const QList<LineReview> &reviews)
{
    if (!PurposeRules::controlsDossiers(session.activePurpose()))
        throw DatabaseError::refused(tr("Medical control works under the purposes MCM and MCC only."));
    requireWork(session, Action::DossierControl);
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Control});
    if (t.takenBy != 0 && t.takenBy != session.agentId)
        throw DatabaseError(DatabaseError::Kind::Conflict,
                            tr("Another controller has taken dossier %1.").arg(t.number));
    QHash<qint64, std::pair<int, Centimes>> billedOf;
    QSqlQuery l = Sql::run(m_db, u"SELECT id, quantity, billed_unit FROM dossier_lines WHERE dossier_id = ?"_s, {t.id});
    while (l.next())
        billedOf.insert(l.value(0).toLongLong(), {l.value(1).toInt(), l.value(2).toLongLong()});
    l.finish();
    QSet<qint64> seen;
    int accepted = 0, adjusted = 0, rejected = 0;
    const QString now = toStoredTimestamp(m_clock.nowUtc());
    for (const LineReview &rv : reviews) {
        if (!billedOf.contains(rv.lineId) || seen.contains(rv.lineId))
            throw DatabaseError::refused(tr("A review names a line that is not in this dossier."));
        seen.insert(rv.lineId);
        const auto [quantity, unit] = billedOf.value(rv.lineId);
        int allowedQuantity = quantity;
        Centimes allowedUnit = unit;
        QString decision = u"accepted"_s;
        if (rv.decision != LineReview::Decision::Accepted && rv.reasonCode.isEmpty())
            throw DatabaseError::refused(tr("Give a reason for every line adjusted or rejected."));
        if (rv.decision == LineReview::Decision::Adjusted) {
            if (rv.allowedQuantity < 0 || rv.allowedQuantity > quantity || rv.allowedUnit < 0 || rv.allowedUnit > unit)
                throw DatabaseError::refused(tr("An adjusted line allows at most what was billed."));
            allowedQuantity = rv.allowedQuantity;
            allowedUnit = rv.allowedUnit;
            decision = u"adjusted"_s;
            ++adjusted;
        } else if (rv.decision == LineReview::Decision::Rejected) {
            allowedQuantity = 0;
            allowedUnit = 0;
            decision = u"rejected"_s;
            ++rejected;
        } else {
            ++accepted;
        }
        if (!rv.reasonCode.isEmpty()
            && !Sql::scalar(m_db, u"SELECT 1 FROM control_reasons WHERE code = ?"_s, {rv.reasonCode}).isValid())
            throw DatabaseError::refused(tr("Unknown reason \"%1\".").arg(rv.reasonCode));
        Sql::run(m_db, u"UPDATE dossier_lines SET allowed_quantity = ?, allowed_unit = ? WHERE id = ?"_s,
                 {allowedQuantity, allowedUnit, rv.lineId});
        // A review is never deleted: a second one replaces the first in place.
        Sql::run(m_db,
                 u"INSERT INTO line_reviews (line_id, dossier_id, organisation_id, decision, reason_code, reviewed_by, "
                 "reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (line_id) DO UPDATE SET decision = "
                 "excluded.decision, reason_code = excluded.reason_code, reviewed_by = excluded.reviewed_by, "
                 "reviewed_at = excluded.reviewed_at"_s,
                 {rv.lineId, t.id, t.organisationId, decision, Sql::nullIfEmpty(rv.reasonCode), session.login, now});
    }
    if (seen.size() != billedOf.size())
        throw DatabaseError::refused(tr("Review every line of the dossier."));
    Sql::run(m_db, u"UPDATE dossiers SET taken_by = NULL WHERE id = ?"_s, {t.id});
    const DossierStatus next = rejected == billedOf.size() ? DossierStatus::Rejected : DossierStatus::Liquidation;
    // The timeline says how many lines, not why: the reasons are medical data.
    move(session, t, next,
         tr("%1 accepted, %2 adjusted, %3 rejected").arg(accepted).arg(adjusted).arg(rejected), u"review"_s,
         {{u"accepted"_s, accepted}, {u"adjusted"_s, adjusted}, {u"rejected"_s, rejected}});
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

} // namespace guichet
