// DossierRepository: the constructor, the reads every stage shares and the helpers of every move.
// Each stage of the pipeline is in a file of its own (see DossierRepository.h).
#include "data/dossiers/DossierRepository.h"
#include "data/dossiers/DossierSql.h"

#include "core/PurposeRules.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QStringList listOf(const QVariant &value)
{
    return value.toString().split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

using namespace dossier_sql;

DossierRepository::DossierRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

QDate DossierRepository::today() const
{
    return m_clock.nowUtc().date();
}

QString DossierRepository::requireRegimePurpose(const Session &session, std::optional<Action> work) const
{
    const QString regime = PurposeRules::dossierRegime(session.activePurpose());
    if (regime.isEmpty())
        throw DatabaseError::refused(tr("Dossiers are deposited, entered, liquidated and paid under the purposes AMO and STU only."));
    if (work)
        requireWork(session, *work);
    return regime;
}

void DossierRepository::requireWork(const Session &session, Action work)
{
    if (!Permissions::allows(session, work))
        throw DatabaseError::refused(tr("This is not the work of your role under the purpose %1: each stage of a "
                                        "dossier is done by the agents whose work it is.")
                                         .arg(session.activePurpose()));
}


void DossierRepository::recordEvent(const Session &session, qint64 dossierId, qint64 organisationId,
                                    const QString &from, const QString &to, const QString &reason)
{
    Sql::run(m_db,
             u"INSERT INTO dossier_events (dossier_id, organisation_id, at, agent, agent_name, purpose, from_status, "
             "to_status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {dossierId, organisationId, toStoredTimestamp(m_clock.nowUtc()), session.login,
              Sql::text(session.fullName), session.activePurpose(), Sql::text(from), to, Sql::text(reason)});
}

Dossier DossierRepository::load(const Session &session, qint64 dossierId)
{
    const Dossier d = fetch(session, dossierId);
    AuditLog(m_db, m_clock).append(session, {u"read"_s, u"dossier"_s, QString::number(d.id), d.personId, {}});
    return d;
}

Dossier DossierRepository::fetch(const Session &session, qint64 dossierId)
{
    const QString purpose = session.activePurpose();
    if (!PurposeRules::readsDossiers(purpose))
        throw DatabaseError::refused(tr("Dossiers cannot be opened under the purpose \"%1\".").arg(purpose));
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(
        m_db,
        u"SELECT d.id, d.organisation_id, o.code, o.name, d.number, d.person_id, d.member_id, b.last_name, "
        "b.first_name, m.last_name, m.first_name, m.immatriculation, m.address, d.regime, d.date_of_care, "
        "d.deposited_on, d.deposited_at, d.deposited_by, d.late_justification, d.long_term, d.payment_target, "
        "d.status, d.missing, d.control_reasons, d.fraud_flags, d.billed, d.amo, d.complementary, d.reimbursed, "
        "d.batch_id, x.number, d.archive_place, d.taken_by, d.version "
        "FROM dossiers d JOIN organisations o ON o.id = d.organisation_id "
        "JOIN persons b ON b.id = d.person_id JOIN persons m ON m.id = d.member_id "
        "LEFT JOIN archive_boxes x ON x.id = d.archive_box_id "
        "WHERE d.id = ? AND (? = 0 OR d.organisation_id = ?)"_s,
        {dossierId, orgFilter, orgFilter});
    if (!q.next())
        throw DatabaseError::refused(tr("This dossier does not exist or is not yours to open."));
    Dossier d;
    d.id = q.value(0).toLongLong();
    d.organisationId = q.value(1).toLongLong();
    d.organisationCode = q.value(2).toString();
    d.organisationName = q.value(3).toString();
    d.number = q.value(4).toString();
    d.personId = q.value(5).toLongLong();
    d.memberId = q.value(6).toLongLong();
    d.beneficiaryName = personName(q.value(7), q.value(8));
    d.memberName = personName(q.value(9), q.value(10));
    d.memberImmatriculation = q.value(11).toString();
    d.memberAddress = q.value(12).toString();
    d.regime = q.value(13).toString();
    const QString regimePurpose = PurposeRules::dossierRegime(purpose);
    if (!regimePurpose.isEmpty() && regimePurpose != d.regime)
        throw DatabaseError::refused(tr("This dossier is in the regime %1: open it under that purpose.").arg(d.regime));
    d.dateOfCare = dateOf(q.value(14));
    d.depositedOn = dateOf(q.value(15));
    d.depositedAt = fromStoredTimestamp(q.value(16).toString());
    d.depositedBy = q.value(17).toString();
    d.lateJustification = q.value(18).toString();
    d.longTerm = q.value(19).toBool();
    d.paymentTarget = dateOf(q.value(20));
    d.status = dossierStatusFromCode(q.value(21).toString()).value_or(DossierStatus::Entry);
    d.missing = listOf(q.value(22));
    d.controlReasons = listOf(q.value(23));
    d.fraudFlags = listOf(q.value(24));
    d.billed = q.value(25).toLongLong();
    d.amo = q.value(26).toLongLong();
    d.complementary = q.value(27).toLongLong();
    d.reimbursed = q.value(28).toLongLong();
    d.batchId = q.value(29).toLongLong();
    d.archiveBox = q.value(30).toString();
    d.archivePlace = q.value(31).toString();
    d.takenBy = q.value(32).toLongLong();
    d.version = q.value(33).toInt();
    q.finish();

    // The archives file paper: the acts and medicines of a dossier are none of their business.
    QSqlQuery l = PurposeRules::archivesDossiers(purpose) ? QSqlQuery(m_db) : Sql::run(m_db,
                           u"SELECT id, line_no, kind, code, label, category, provider_inpe, quantity, billed_unit, "
                           "allowed_quantity, allowed_unit, base, amo, complementary, reimbursed, notes "
                           "FROM dossier_lines WHERE dossier_id = ? ORDER BY line_no"_s,
                           {d.id});
    while (l.next()) {
        DossierLine line;
        line.id = l.value(0).toLongLong();
        line.lineNo = l.value(1).toInt();
        line.kind = l.value(2).toString();
        line.code = l.value(3).toString();
        line.label = l.value(4).toString();
        line.category = l.value(5).toString();
        line.providerInpe = l.value(6).toString();
        line.quantity = l.value(7).toInt();
        line.billedUnit = l.value(8).toLongLong();
        if (!l.value(9).isNull())
            line.allowedQuantity = l.value(9).toInt();
        if (!l.value(10).isNull())
            line.allowedUnit = l.value(10).toLongLong();
        line.base = l.value(11).toLongLong();
        line.amo = l.value(12).toLongLong();
        line.complementary = l.value(13).toLongLong();
        line.reimbursed = l.value(14).toLongLong();
        line.notes = l.value(15).toInt();
        d.lines.append(line);
    }
    l.finish();
    // The controller's reasons are medical data: read only under the medical-control purposes.
    if (PurposeRules::controlsDossiers(purpose)) {
        QSqlQuery r = Sql::run(m_db, u"SELECT line_id, decision, COALESCE(reason_code, '') FROM line_reviews "
                                     "WHERE dossier_id = ?"_s,
                               {d.id});
        while (r.next()) {
            for (DossierLine &line : d.lines) {
                if (line.id == r.value(0).toLongLong()) {
                    line.decision = r.value(1).toString();
                    line.reasonCode = r.value(2).toString();
                }
            }
        }
    }
    QSqlQuery e = Sql::run(m_db, u"SELECT at, agent, agent_name, purpose, from_status, to_status, reason "
                                 "FROM dossier_events WHERE dossier_id = ? ORDER BY id"_s,
                           {d.id});
    while (e.next())
        d.timeline.append({fromStoredTimestamp(e.value(0).toString()), e.value(1).toString(), e.value(2).toString(),
                           e.value(3).toString(), e.value(4).toString(), e.value(5).toString(),
                           e.value(6).toString()});
    e.finish();
    return d;
}

QList<qint64> DossierRepository::findByNumber(const Session &session, const QString &number)
{
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db, u"SELECT id FROM dossiers WHERE number = ? AND (? = 0 OR organisation_id = ?) "
                                 "ORDER BY id DESC"_s,
                           {number.trimmed().toUpper(), orgFilter, orgFilter});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<Dossier> DossierRepository::dossiersOfPerson(const Session &session, qint64 personId)
{
    if (!PurposeRules::readsDossiers(session.activePurpose()))
        return {};
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT d.id, d.number, d.date_of_care, d.deposited_on, d.status, d.billed, d.reimbursed, "
                           "d.payment_target, d.long_term, b.last_name, b.first_name, d.regime FROM dossiers d "
                           "JOIN persons b ON b.id = d.person_id "
                           "WHERE (d.person_id = ? OR d.member_id = ?) AND (? = 0 OR d.organisation_id = ?) "
                           "ORDER BY d.deposited_on DESC, d.id DESC"_s,
                           {personId, personId, orgFilter, orgFilter});
    QList<Dossier> list;
    while (q.next()) {
        Dossier d;
        d.id = q.value(0).toLongLong();
        d.number = q.value(1).toString();
        d.dateOfCare = dateOf(q.value(2));
        d.depositedOn = dateOf(q.value(3));
        d.status = dossierStatusFromCode(q.value(4).toString()).value_or(DossierStatus::Entry);
        d.billed = q.value(5).toLongLong();
        d.reimbursed = q.value(6).toLongLong();
        d.paymentTarget = dateOf(q.value(7));
        d.longTerm = q.value(8).toBool();
        d.beneficiaryName = personName(q.value(9), q.value(10));
        d.regime = q.value(11).toString();
        d.personId = personId;
        list.append(d);
    }
    return list;
}

DossierRepository::Target DossierRepository::lockForChange(const Session &session, qint64 dossierId, int version,
                                                           const QList<DossierStatus> &from)
{
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT d.id, d.organisation_id, o.code, d.person_id, d.regime, d.number, d.status, "
                           "d.date_of_care, d.deposited_on, d.taken_by, d.version FROM dossiers d "
                           "JOIN organisations o ON o.id = d.organisation_id "
                           "WHERE d.id = ? AND (? = 0 OR d.organisation_id = ?)"_s
                               + Sql::lockClause(m_db, u"FOR UPDATE OF d"_s),
                           {dossierId, orgFilter, orgFilter});
    if (!q.next())
        throw DatabaseError::refused(tr("This dossier does not exist or is not yours to change."));
    Target t;
    t.id = q.value(0).toLongLong();
    t.organisationId = q.value(1).toLongLong();
    t.organisationCode = q.value(2).toString();
    t.personId = q.value(3).toLongLong();
    t.regime = q.value(4).toString();
    t.number = q.value(5).toString();
    t.status = dossierStatusFromCode(q.value(6).toString()).value_or(DossierStatus::Entry);
    t.dateOfCare = dateOf(q.value(7));
    t.depositedOn = dateOf(q.value(8));
    t.takenBy = q.value(9).toLongLong();
    t.version = q.value(10).toInt();
    q.finish();
    if (version != t.version)
        throw DatabaseError(DatabaseError::Kind::Conflict,
                            tr("Dossier %1 was changed by someone else meanwhile: reopen it to see the change.")
                                .arg(t.number));
    if (!from.contains(t.status))
        throw DatabaseError::refused(tr("Dossier %1 is \"%2\": this cannot be done now.")
                          .arg(t.number, dossierStatusLabel(t.status)));
    const QString regime = PurposeRules::dossierRegime(session.activePurpose());
    if (!regime.isEmpty() && regime != t.regime)
        throw DatabaseError::refused(tr("This dossier is in the regime %1: open it under that purpose.").arg(t.regime));
    return t;
}

void DossierRepository::move(const Session &session, const Target &target, DossierStatus to, const QString &reason,
                             const QString &action, const QVariantMap &details)
{
    if (target.status != to && !DossierRules::canMove(target.status, to))
        throw DatabaseError::refused(tr("Dossier %1 cannot go from \"%2\" to \"%3\".")
                          .arg(target.number, dossierStatusLabel(target.status), dossierStatusLabel(to)));
    // The status is written only when it changes: the archives may not write it at all.
    QSqlQuery q = target.status == to
                      ? Sql::run(m_db, u"UPDATE dossiers SET updated_at = ?, version = version + 1 "
                                       "WHERE id = ? AND version = ? RETURNING version"_s,
                                 {toStoredTimestamp(m_clock.nowUtc()), target.id, target.version})
                      : Sql::run(m_db, u"UPDATE dossiers SET status = ?, updated_at = ?, version = version + 1 "
                                       "WHERE id = ? AND version = ? RETURNING version"_s,
                                 {dossierStatusCode(to), toStoredTimestamp(m_clock.nowUtc()), target.id, target.version});
    if (!q.next())
        throw DatabaseError(DatabaseError::Kind::Conflict,
                            tr("Dossier %1 was changed by someone else meanwhile: reopen it to see the change.")
                                .arg(target.number));
    q.finish();
    if (target.status != to)
        recordEvent(session, target.id, target.organisationId, dossierStatusCode(target.status), dossierStatusCode(to),
                    reason);
    QVariantMap auditDetails = details;
    auditDetails.insert(u"status"_s, dossierStatusCode(to));
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {action, u"dossier"_s, QString::number(target.id), target.personId, auditDetails});
}

} // namespace guichet
