#include "data/DossierRepository.h"

#include "core/ControlSelection.h"
#include "core/PaymentOrder.h"
#include "core/PurposeRules.h"
#include "core/Rib.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/ReferenceRepository.h"
#include "data/Sql.h"
#include "data/Transaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int MaxNumberLength = 32;
constexpr int MaxLines = 99;
constexpr int LiquidationChunk = 500;

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QStringList listOf(const QVariant &value)
{
    return value.toString().split(u'\n', Qt::SkipEmptyParts);
}

QString personName(const QVariant &last, const QVariant &first)
{
    return QString(last.toString() + u' ' + first.toString()).trimmed();
}


// The INPE, the national identifier of a health professional or establishment: nine digits.
bool isInpe(const QString &code)
{
    static const QRegularExpression re(u"^[0-9]{9}$"_s);
    return re.match(code).hasMatch();
}

} // namespace

struct DossierRepository::Target
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString organisationCode;
    qint64 personId = 0;
    QString regime;
    QString number;
    DossierStatus status = DossierStatus::Entry;
    QDate dateOfCare;
    QDate depositedOn;
    qint64 takenBy = 0;
    int version = 0;
};

DossierRepository::DossierRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

QDate DossierRepository::today() const
{
    return m_clock.nowUtc().date();
}

QString DossierRepository::requireRegimePurpose(const Session &session) const
{
    const QString regime = PurposeRules::dossierRegime(session.activePurpose());
    if (regime.isEmpty())
        throw DatabaseError::refused(tr("Dossiers are deposited, entered, liquidated and paid under the purposes AMO and STU only."));
    return regime;
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

Dossier DossierRepository::deposit(const Session &session, const DepositRequest &request)
{
    const QString regime = requireRegimePurpose(session);
    const QString number = request.number.trimmed().toUpper();
    static const QRegularExpression numberRe(u"^[A-Z0-9][A-Z0-9/-]*$"_s);
    if (number.isEmpty())
        throw DatabaseError::refused(tr("Scan or type the dossier's number."));
    if (number.size() > MaxNumberLength || !numberRe.match(number).hasMatch())
        throw DatabaseError::refused(tr("A dossier number has at most %1 letters, digits, dashes or slashes.").arg(MaxNumberLength));
    const QDate depositedOn = today();

    Transaction transaction(m_db);
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery p = Sql::run(m_db,
                           u"SELECT organisation_id, COALESCE(member_id, id), regime, birth_date FROM persons "
                           "WHERE id = ? AND (? = 0 OR organisation_id = ?)"_s,
                           {request.personId, orgFilter, orgFilter});
    if (!p.next())
        throw DatabaseError::refused(tr("This person's file does not exist or is not yours to open."));
    const qint64 organisationId = p.value(0).toLongLong();
    const qint64 memberId = p.value(1).toLongLong();
    if (p.value(2).toString() != regime)
        throw DatabaseError::refused(tr("This person is in the regime %1: the dossier is deposited under that purpose.")
                          .arg(p.value(2).toString()));
    const QDate birthDate = dateOf(p.value(3));
    p.finish();

    // An impossible date is refused whoever asks: a justification lifts only the 60-day rule.
    if (const QString refusal = DossierRules::careDateRefusal(request.dateOfCare, depositedOn, birthDate);
        !refusal.isEmpty())
        throw DatabaseError::refused(refusal);
    const bool late = DossierRules::depositIsLate(request.dateOfCare, depositedOn);
    const QString justification = request.lateJustification.trimmed();
    if (late) {
        if (justification.isEmpty())
            throw DatabaseError::refused(tr("The care is more than %1 days old: the deposit is refused unless a supervisor records "
                             "a justification.")
                              .arg(DossierRules::DepositDays));
        const bool supervisor =
            Sql::scalar(m_db, u"SELECT supervisor FROM agents WHERE id = ?"_s, {session.agentId}).toBool();
        if (!supervisor)
            throw DatabaseError::refused(tr("Only a supervisor can accept a deposit more than %1 days after the care.")
                              .arg(DossierRules::DepositDays));
    }

    const QString now = toStoredTimestamp(m_clock.nowUtc());
    const QDate target = DossierRules::paymentTarget(depositedOn, false);
    const qint64 id =
        Sql::scalar(m_db,
                    u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, "
                    "deposited_on, deposited_at, deposited_by, late_justification, payment_target, status, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'entry', ?, ?) RETURNING id"_s,
                    {organisationId, number, request.personId, memberId, regime, iso(request.dateOfCare),
                     iso(depositedOn), now, session.login, Sql::nullIfEmpty(late ? justification : QString()),
                     iso(target), now, now})
            .toLongLong();
    recordEvent(session, id, organisationId, QString(), dossierStatusCode(DossierStatus::Entry),
                late ? tr("Late deposit accepted: %1").arg(justification) : QString());
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"create"_s, u"dossier"_s, QString::number(id), request.personId,
                                       {{u"number"_s, number}, {u"late"_s, late}}});
    transaction.commit();
    return fetch(session, id);
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

Dossier DossierRepository::saveLines(const Session &session, qint64 dossierId, int version,
                                     const QList<DossierLineInput> &lines)
{
    requireRegimePurpose(session);
    if (lines.size() > MaxLines)
        throw DatabaseError::refused(tr("A dossier has at most %1 lines.").arg(MaxLines));
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Entry, DossierStatus::Incomplete});

    struct Resolved
    {
        QString kind, code, label, category;
    };
    QList<Resolved> resolved;
    Centimes billed = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const DossierLineInput &in = lines.at(i);
        const int lineNo = int(i) + 1;
        const QString code = in.code.trimmed().toUpper();
        if (code.isEmpty())
            throw DatabaseError::refused(tr("Line %1: type an act code or a medicine.").arg(lineNo));
        if (!isInpe(in.providerInpe.trimmed()))
            throw DatabaseError::refused(tr("Line %1: the provider's INPE code is nine digits.").arg(lineNo));
        if (in.quantity < 1 || in.quantity > Liquidator::MaxQuantity)
            throw DatabaseError::refused(tr("Line %1: the quantity is between 1 and %2.").arg(lineNo).arg(Liquidator::MaxQuantity));
        if (in.billedUnit < 0 || in.billedUnit > Liquidator::MaxBilledUnit)
            throw DatabaseError::refused(tr("Line %1: the amount billed is not possible.").arg(lineNo));
        Resolved r;
        // An act of the nomenclature first (some codes are digits only), then a medicine.
        QSqlQuery a = Sql::run(m_db, u"SELECT name, category FROM acts WHERE code = ?"_s, {code});
        if (a.next()) {
            r = {u"act"_s, code, a.value(0).toString(), a.value(1).toString()};
        } else {
            bool isNumber = false;
            const qint64 medicineId = code.startsWith(u"MED-"_s) ? code.mid(4).toLongLong(&isNumber)
                                                                  : code.toLongLong(&isNumber);
            const QVariant name = isNumber ? Sql::scalar(m_db, u"SELECT name FROM medicines WHERE id = ?"_s, {medicineId})
                                           : QVariant();
            if (!name.isValid())
                throw DatabaseError::refused(tr("Line %1: %2 is neither an act of the nomenclature nor a medicine of the reference "
                                 "list.")
                                  .arg(lineNo)
                                  .arg(code));
            r = {u"medicine"_s, ReferenceRepository::medicineCode(medicineId), name.toString(), u"medicine"_s};
        }
        a.finish();
        resolved.append(r);
        billed += in.billedUnit * in.quantity;
    }

    Sql::run(m_db, u"DELETE FROM dossier_lines WHERE dossier_id = ?"_s, {t.id});
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Resolved &r = resolved.at(i);
        const DossierLineInput &in = lines.at(i);
        Sql::run(m_db,
                 u"INSERT INTO dossier_lines (dossier_id, organisation_id, line_no, kind, code, label, category, "
                 "provider_inpe, quantity, billed_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {t.id, t.organisationId, int(i) + 1, r.kind, r.code, r.label, r.category, in.providerInpe.trimmed(),
                  in.quantity, in.billedUnit});
    }
    Sql::run(m_db, u"UPDATE dossiers SET billed = ? WHERE id = ?"_s, {billed, t.id});
    move(session, t, t.status, QString(), u"update"_s, {{u"lines"_s, lines.size()}, {u"billed"_s, billed}});
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

Dossier DossierRepository::markIncomplete(const Session &session, qint64 dossierId, int version,
                                          const QStringList &missing)
{
    requireRegimePurpose(session);
    QStringList items;
    for (const QString &item : missing) {
        const QString trimmed = item.simplified();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    if (items.isEmpty())
        throw DatabaseError::refused(tr("List what is missing from the dossier."));
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Entry, DossierStatus::Incomplete});
    Sql::run(m_db, u"UPDATE dossiers SET missing = ? WHERE id = ?"_s, {items.join(u'\n'), t.id});
    move(session, t, DossierStatus::Incomplete, items.join(u"; "_s), u"update"_s);
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

Dossier DossierRepository::resumeEntry(const Session &session, qint64 dossierId, int version)
{
    requireRegimePurpose(session);
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Incomplete});
    Sql::run(m_db, u"UPDATE dossiers SET missing = '' WHERE id = ?"_s, {t.id});
    move(session, t, DossierStatus::Entry, tr("Missing documents brought"), u"update"_s);
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

Dossier DossierRepository::reject(const Session &session, qint64 dossierId, int version, const QString &reason)
{
    requireRegimePurpose(session);
    const QString why = reason.simplified();
    if (why.isEmpty())
        throw DatabaseError::refused(tr("Say why the dossier is rejected: the member will be told."));
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Entry, DossierStatus::Incomplete});
    move(session, t, DossierStatus::Rejected, why, u"reject"_s);
    transaction.commit();
    return fetch(session, dossierId);
}

Dossier DossierRepository::completeEntry(const Session &session, qint64 dossierId, int version)
{
    requireRegimePurpose(session);
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Entry});

    ControlCandidate candidate{t.number, {}};
    QStringList providers;
    bool longTerm = false;
    Centimes billed = 0;
    QSqlQuery l = Sql::run(m_db, u"SELECT code, category, quantity, billed_unit, provider_inpe FROM dossier_lines "
                                 "WHERE dossier_id = ? ORDER BY line_no"_s,
                           {t.id});
    while (l.next()) {
        candidate.lines.append({l.value(0).toString(), l.value(1).toString(), l.value(2).toInt(),
                                l.value(3).toLongLong()});
        billed += l.value(2).toLongLong() * l.value(3).toLongLong();
        if (!providers.contains(l.value(4).toString()))
            providers.append(l.value(4).toString());
        longTerm = longTerm || l.value(1).toString() == u"ald"_s;
    }
    l.finish();
    if (candidate.lines.isEmpty())
        throw DatabaseError::refused(tr("Dossier %1 has no line: enter its acts and medicines first.").arg(t.number));

    // Fraud checks: the same number twice, or the same beneficiary, provider, date of care and
    // amount in another dossier. Both go to the controller, who decides.
    QStringList flags;
    QSqlQuery f = Sql::run(m_db, u"SELECT DISTINCT d.number FROM dossiers d WHERE d.id <> ? AND d.status <> 'rejected' "
                                 "AND d.organisation_id = ? AND (d.number = ? OR (d.person_id = ? AND d.date_of_care = ? AND d.billed = ? AND "
                                 "EXISTS (SELECT 1 FROM dossier_lines x JOIN dossier_lines y ON y.provider_inpe = "
                                 "x.provider_inpe WHERE x.dossier_id = d.id AND y.dossier_id = ?))) ORDER BY d.number"_s,
                           {t.id, t.organisationId, t.number, t.personId, iso(t.dateOfCare), billed, t.id});
    while (f.next())
        flags.append(f.value(0).toString());
    f.finish();

    QList<ControlRule> rules;
    QSqlQuery r = Sql::run(m_db, u"SELECT code, kind, parameter, COALESCE(category, '') FROM control_rules "
                                 "WHERE active = ? ORDER BY code"_s,
                           {true});
    while (r.next()) {
        static const QHash<QString, ControlRule::Kind> kinds = {{u"random"_s, ControlRule::Kind::RandomShare},
                                                                {u"amount"_s, ControlRule::Kind::AmountAbove},
                                                                {u"deviation"_s, ControlRule::Kind::DeviationFromUsual},
                                                                {u"category"_s, ControlRule::Kind::AlwaysCategory}};
        rules.append({r.value(0).toString(), kinds.value(r.value(1).toString()), r.value(2).toLongLong(),
                      r.value(3).toString()});
    }
    r.finish();
    const QByteArray key = Sql::scalar(m_db, u"SELECT key FROM control_key WHERE id = 1"_s).toString().toLatin1();
    // Read at each pricing: an import of medicines or acts meanwhile counts at once.
    const Liquidator prices = ReferenceRepository(m_db).liquidator();
    const QDate care = t.dateOfCare;
    QStringList reasons = ControlSelector(rules, key)
                              .select(candidate,
                                      [&prices, care](const QString &code) -> std::optional<Centimes> {
                                          const std::optional<TariffRow> row = prices.tariffOn(code, care);
                                          if (!row || row->unitTariff <= 0)
                                              return std::nullopt;
                                          return row->unitTariff;
                                      })
                              .ruleCodes;
    if (!flags.isEmpty())
        reasons.append(u"FRAUD"_s);

    Sql::run(m_db, u"UPDATE dossiers SET billed = ?, long_term = ?, payment_target = ?, control_reasons = ?, "
                   "fraud_flags = ? WHERE id = ?"_s,
             {billed, longTerm, iso(DossierRules::paymentTarget(t.depositedOn, longTerm)), Sql::text(reasons.join(u'\n')),
              Sql::text(flags.join(u'\n')), t.id});
    const DossierStatus next = reasons.isEmpty() ? DossierStatus::Liquidation : DossierStatus::Control;
    move(session, t, next, reasons.join(u", "_s), u"update"_s,
         {{u"control"_s, reasons.join(u',')}, {u"flags"_s, flags.size()}});
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

std::optional<qint64> DossierRepository::takeNextForControl(const Session &session)
{
    if (!PurposeRules::controlsDossiers(session.activePurpose()))
        throw DatabaseError::refused(tr("Medical control works under the purposes MCM and MCC only."));
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

QList<ReferenceRepository::CareItem> DossierRepository::careItems(const QString &typed) const
{
    return ReferenceRepository(m_db).findCareItems(typed);
}

Dossier DossierRepository::review(const Session &session, qint64 dossierId, int version,
                                  const QList<LineReview> &reviews)
{
    if (!PurposeRules::controlsDossiers(session.activePurpose()))
        throw DatabaseError::refused(tr("Medical control works under the purposes MCM and MCC only."));
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

Dossier DossierRepository::liquidate(const Session &session, qint64 dossierId, int version)
{
    requireRegimePurpose(session);
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Liquidation});
    QList<qint64> ids;
    QList<ClaimLine> claims;
    QSqlQuery l = Sql::run(m_db, u"SELECT id, code, category, COALESCE(allowed_quantity, quantity), "
                                 "COALESCE(allowed_unit, billed_unit) FROM dossier_lines "
                                 "WHERE dossier_id = ? ORDER BY line_no"_s,
                           {t.id});
    while (l.next()) {
        ids.append(l.value(0).toLongLong());
        claims.append({l.value(1).toString(), l.value(2).toString(), l.value(3).toInt(), l.value(4).toLongLong()});
    }
    l.finish();
    const Liquidation result = ReferenceRepository(m_db).liquidator().liquidate(t.regime, t.organisationCode, t.dateOfCare, claims);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const LiquidatedLine &line = result.lines.at(i);
        // A line the controller rejected (nothing allowed) pays nothing and is not an error.
        const bool rejectedLine = claims.at(i).quantity == 0;
        Sql::run(m_db, u"UPDATE dossier_lines SET base = ?, amo = ?, complementary = ?, reimbursed = ?, notes = ? "
                       "WHERE id = ?"_s,
                 {line.base, line.amo, line.complementary, line.reimbursed, rejectedLine ? 0 : line.notes, ids.at(i)});
    }
    // What was billed is the dossier's since its lines were saved.
    Sql::run(m_db, u"UPDATE dossiers SET amo = ?, complementary = ?, reimbursed = ? WHERE id = ?"_s,
             {result.amo, result.complementary, result.reimbursed, t.id});
    move(session, t, DossierStatus::Liquidated, Money::format(result.reimbursed), u"liquidate"_s,
         {{u"reimbursed"_s, result.reimbursed}});
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

LiquidationHelper::LiquidationHelper(const QSqlDatabase &db, const Clock &clock, const Session &session,
                                     QSharedPointer<Liquidator> prices)
{
    // Read here: a connection serves only the thread that opened it.
    const ConnectionSpec spec = Database::specOf(db);
    const QString role = Sql::scalar(db, u"SELECT current_user"_s).toString();
    static std::atomic<int> helpers{0};
    const QString name = u"liquidation-helper-%1"_s.arg(++helpers);
    m_thread = std::thread([this, &clock, session, prices, spec, role, name] {
        try {
            QSqlDatabase helperDb = Database::open(spec, name);
            Sql::run(helperDb, u"SELECT set_config('role', ?, false)"_s, {role}); // the session's purpose
            DossierRepository repository(helperDb, clock);
            DossierRepository::LiquidationCursor cursor;
            cursor.prices = prices;
            while (!m_stop)
                if (const std::optional<int> chunk = repository.liquidateChunk(session, cursor))
                    m_done += *chunk;
                else
                    break;
        } catch (...) {
            m_failure = std::current_exception();
            m_failed = true;
        }
        Database::close(name);
    });
}

LiquidationHelper::~LiquidationHelper()
{
    stop();
}

void LiquidationHelper::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void LiquidationHelper::rethrowFailure()
{
    if (m_failed)
        std::rethrow_exception(m_failure);
}

void LiquidationHelper::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    rethrowFailure();
}

DossierRepository::QueueSummary DossierRepository::waitingForLiquidation(const Session &session) const
{
    const QString regime = requireRegimePurpose(session);
    QString sql = u"SELECT COUNT(*), COALESCE(SUM(billed), 0) FROM dossiers WHERE status = 'liquidation' AND regime = ?"_s;
    QVariantList values{regime};
    if (!session.seesAllOrganisations()) {
        sql += u" AND organisation_id = ?"_s;
        values.append(session.organisation.id);
    }
    QSqlQuery q = Sql::run(m_db, sql, values);
    QueueSummary summary;
    if (q.next()) {
        summary.count = q.value(0).toInt();
        summary.billed = q.value(1).toLongLong();
    }
    return summary;
}

int DossierRepository::liquidateWaiting(const Session &session, const std::function<bool(int)> &progress)
{
    LiquidationCursor cursor;
    int done = 0;
    while (const std::optional<int> chunk = liquidateChunk(session, cursor)) {
        done += *chunk;
        if (progress && !progress(done))
            return done + stopLiquidation(cursor);
    }
    return done;
}

int DossierRepository::stopLiquidation(LiquidationCursor &cursor)
{
    if (!cursor.helper)
        return 0;
    cursor.helper->stop();
    const int uncounted = cursor.helper->done() - cursor.helperCounted;
    cursor.helper.reset();
    return uncounted;
}

std::optional<int> DossierRepository::liquidateChunk(const Session &session, LiquidationCursor &cursor)
{
    const QString regime = requireRegimePurpose(session);
    if (cursor.prices.isNull()) {
        cursor.prices = QSharedPointer<Liquidator>::create(ReferenceRepository(m_db).liquidator());
        if (Sql::dialect(m_db) == Dialect::Postgres)
            cursor.helper = std::make_shared<LiquidationHelper>(m_db, m_clock, session, cursor.prices);
    }
    const Liquidator &prices = *cursor.prices;
    // What the helper did since the last call counts with this chunk.
    const auto helperSince = [&cursor] {
        if (!cursor.helper)
            return 0;
        cursor.helper->rethrowFailure();
        const int since = cursor.helper->done() - cursor.helperCounted;
        cursor.helperCounted += since;
        return since;
    };
    // The chunk is taken along the queue's index, most urgent first; the organisation is in the
    // statement only when the agent is bounded to one (as in DossierQueueModel).
    QString pick = u"SELECT d.id, d.organisation_id, d.person_id, o.code, d.date_of_care, d.version, d.payment_target "
                   "FROM dossiers d JOIN organisations o ON o.id = d.organisation_id "
                   "WHERE d.status = 'liquidation' AND d.regime = ?"_s;
    if (!session.seesAllOrganisations())
        pick += u" AND d.organisation_id = ?"_s;
    pick += u" AND (d.payment_target, d.id) > (?, ?) ORDER BY d.payment_target, d.id LIMIT ?"_s
            + Sql::lockClause(m_db, u"FOR UPDATE OF d SKIP LOCKED"_s);
    {
        Transaction transaction(m_db);
        struct Item
        {
            qint64 id, organisationId, personId;
            QString organisationCode;
            QDate care;
            int version;
            QList<qint64> lineIds;
            QList<ClaimLine> claims;
        };
        QList<Item> items;
        QHash<qint64, qsizetype> indexOf;
        QVariantList values{regime};
        if (!session.seesAllOrganisations())
            values.append(session.organisation.id);
        values << Sql::text(cursor.afterTarget) << cursor.afterId << LiquidationChunk;
        QSqlQuery q = Sql::run(m_db, pick, values);
        while (q.next()) {
            indexOf.insert(q.value(0).toLongLong(), items.size());
            items.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                          q.value(3).toString(), dateOf(q.value(4)), q.value(5).toInt(), {}, {}});
            cursor.afterTarget = q.value(6).toString();
        }
        q.finish();
        if (items.isEmpty()) {
            transaction.commit();
            if (!cursor.helper)
                return std::nullopt;
            cursor.helper->finish(); // its last chunk, at most
            const int since = helperSince();
            cursor.helper.reset();
            return since > 0 ? std::optional<int>(since) : std::nullopt;
        }
        cursor.afterId = items.last().id;

        QString inList;
        QVariantList ids;
        for (const Item &item : std::as_const(items)) {
            inList += inList.isEmpty() ? u"?"_s : u", ?"_s;
            ids.append(item.id);
        }
        QSqlQuery l = Sql::run(m_db,
                               u"SELECT dossier_id, id, code, category, COALESCE(allowed_quantity, quantity), "
                               "COALESCE(allowed_unit, billed_unit) FROM dossier_lines "
                               "WHERE dossier_id IN ("_s
                                   + inList + u") ORDER BY dossier_id, line_no"_s,
                               ids);
        while (l.next()) {
            Item &item = items[indexOf.value(l.value(0).toLongLong())];
            item.lineIds.append(l.value(1).toLongLong());
            item.claims.append({l.value(2).toString(), l.value(3).toString(), l.value(4).toInt(), l.value(5).toLongLong()});
        }
        l.finish();

        // Three set-based statements per chunk: the dossiers first (their version checked), then
        // the lines and the timeline of those that moved.
        const QString now = toStoredTimestamp(m_clock.nowUtc());
        QList<QVariantList> dossierRows;
        QHash<qint64, Liquidation> results;
        for (const Item &item : std::as_const(items)) {
            const Liquidation result = prices.liquidate(regime, item.organisationCode, item.care, item.claims);
            dossierRows.append({item.id, result.amo, result.complementary, result.reimbursed, item.version});
            results.insert(item.id, result);
        }
        QSet<qint64> moved;
        Sql::bulk(m_db,
                  u"UPDATE dossiers SET status = 'liquidated', amo = v.column2, complementary = v.column3, "
                  "reimbursed = v.column4, updated_at = ?, version = dossiers.version + 1 "
                  "FROM %1 WHERE dossiers.id = v.column1 AND dossiers.version = v.column5 RETURNING dossiers.id"_s,
                  {now}, QList<Sql::Column>(5, Sql::Column::BigInt), dossierRows, [&moved](QSqlQuery &r) { moved.insert(r.value(0).toLongLong()); });
        QList<QVariantList> lineRows;
        QList<QVariantList> eventRows;
        QVariantList liquidated;
        for (const Item &item : std::as_const(items)) {
            if (!moved.contains(item.id))
                continue; // changed meanwhile: left for the next run
            const Liquidation &result = results[item.id];
            for (qsizetype i = 0; i < item.lineIds.size(); ++i) {
                const LiquidatedLine &line = result.lines.at(i);
                lineRows.append({item.lineIds.at(i), line.base, line.amo, line.complementary, line.reimbursed,
                                 item.claims.at(i).quantity == 0 ? 0 : line.notes});
            }
            eventRows.append({item.id, item.organisationId, now, session.login, Sql::text(session.fullName),
                              session.activePurpose(), u"liquidation"_s, u"liquidated"_s,
                              Money::format(result.reimbursed)});
            liquidated.append(item.id);
        }
        Sql::bulk(m_db,
                  u"UPDATE dossier_lines SET base = v.column2, amo = v.column3, complementary = v.column4, "
                  "reimbursed = v.column5, notes = v.column6 FROM %1 WHERE dossier_lines.id = v.column1"_s,
                  {}, QList<Sql::Column>(6, Sql::Column::BigInt), lineRows);
        Sql::bulk(m_db,
                  u"INSERT INTO dossier_events (dossier_id, organisation_id, at, agent, agent_name, purpose, "
                  "from_status, to_status, reason) SELECT * FROM %1"_s,
                  {},
                  {Sql::Column::BigInt, Sql::Column::BigInt, Sql::Column::Text, Sql::Column::Text, Sql::Column::Text,
                   Sql::Column::Text, Sql::Column::Text, Sql::Column::Text, Sql::Column::Text},
                  eventRows);
        // One audit row per chunk, naming every dossier it liquidated.
        AuditLog(m_db, m_clock)
            .appendInTransaction(session, {u"liquidate"_s, u"dossier"_s, QString(), 0,
                                           {{u"dossiers"_s, liquidated}, {u"count"_s, liquidated.size()}}});
        transaction.commit();
        return int(liquidated.size()) + helperSince();
    }
}

PaymentBatch DossierRepository::createBatch(const Session &session, const QString &period)
{
    const QString regime = requireRegimePurpose(session);
    const QDate month = QDate::fromString(period + u"-01"_s, Qt::ISODate);
    if (!month.isValid())
        throw DatabaseError::refused(tr("The period is a month, as YYYY-MM."));
    if (month > today())
        throw DatabaseError::refused(tr("A batch cannot be made for a month to come."));
    const QDate lastDay = month.addMonths(1).addDays(-1);
    Transaction transaction(m_db);
    const qint64 organisationId = session.organisation.id;
    // Locked so that two liquidators making a batch at once cannot put a dossier in both.
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT d.id, d.number, d.person_id, m.immatriculation, m.last_name, m.first_name, "
                           "COALESCE(m.rib, ''), d.reimbursed, d.version FROM dossiers d "
                           "JOIN persons m ON m.id = d.member_id WHERE d.organisation_id = ? AND d.regime = ? "
                           "AND d.status = 'liquidated' AND d.batch_id IS NULL AND d.deposited_on <= ? "
                           "ORDER BY d.id"_s
                               + Sql::lockClause(m_db, u"FOR UPDATE OF d"_s),
                           {organisationId, regime, iso(lastDay)});
    struct Row
    {
        qint64 id, personId;
        int version;
        PaymentOrderLine line;
    };
    QList<Row> rows;
    PaymentBatch batch;
    while (q.next()) {
        const QString rib = Rib::normalized(q.value(6).toString());
        const Centimes amount = q.value(7).toLongLong();
        if (!Rib::problem(rib).isEmpty()) {
            batch.leftOut.append(q.value(1).toString());
            continue;
        }
        if (amount <= 0)
            continue; // nothing to pay: stays liquidated, out of every batch
        rows.append({q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(8).toInt(),
                     {q.value(1).toString(), q.value(3).toString(), personName(q.value(4), q.value(5)), rib, amount}});
    }
    q.finish();
    if (rows.isEmpty())
        throw DatabaseError::refused(tr("No liquidated dossier with a valid RIB is waiting for payment up to %1.")
                          .arg(month.toString(u"MM/yyyy"_s)));

    const qint64 sequence =
        Sql::scalar(m_db, u"SELECT COUNT(*) FROM payment_batches WHERE organisation_id = ?"_s, {organisationId})
            .toLongLong()
        + 1;
    batch.number = u"%1-%2-%3-%4"_s.arg(session.organisation.code, regime, period).arg(sequence, 4, 10, QChar(u'0'));
    QList<PaymentOrderLine> lines;
    for (const Row &row : std::as_const(rows))
        lines.append(row.line);
    const QDateTime now = m_clock.nowUtc();
    const PaymentOrderFile file = PaymentOrder::write({session.organisation.code, batch.number, period, now.date()}, lines);
    if (!file.ok())
        throw DatabaseError::refused(file.error);
    for (const Row &row : std::as_const(rows))
        batch.total += row.line.amount;
    batch.controlSum = PaymentOrder::control(lines);
    batch.id = Sql::scalar(m_db,
                           u"INSERT INTO payment_batches (organisation_id, number, regime, period, created_at, created_by, "
                           "dossier_count, total, control_sum, order_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"_s,
                           {organisationId, batch.number, regime, period, toStoredTimestamp(now), session.login,
                            int(rows.size()), batch.total, batch.controlSum, QString::fromUtf8(file.bytes)})
                   .toLongLong();
    for (const Row &row : std::as_const(rows)) {
        Target t;
        t.id = row.id;
        t.organisationId = organisationId;
        t.personId = row.personId;
        t.number = row.line.dossierNumber;
        t.status = DossierStatus::Liquidated;
        t.version = row.version;
        Sql::run(m_db, u"UPDATE dossiers SET batch_id = ? WHERE id = ? AND batch_id IS NULL"_s, {batch.id, row.id});
        move(session, t, DossierStatus::Batched, batch.number, u"batch"_s, {{u"batch"_s, batch.number}});
    }
    transaction.commit();
    PaymentBatch result = this->batch(session, batch.id);
    result.leftOut = batch.leftOut;
    return result;
}

PaymentBatch DossierRepository::batch(const Session &session, qint64 batchId)
{
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT b.id, b.number, o.code, o.name, b.regime, b.period, b.created_at, b.created_by, "
                           "b.dossier_count, b.total, b.control_sum, b.order_file, b.paid_at FROM payment_batches b "
                           "JOIN organisations o ON o.id = b.organisation_id WHERE b.id = ? AND b.regime = ? "
                           "AND (? = 0 OR b.organisation_id = ?)"_s,
                           {batchId, requireRegimePurpose(session), orgFilter, orgFilter});
    if (!q.next())
        throw DatabaseError::refused(tr("This payment batch does not exist or is not yours."));
    PaymentBatch b;
    b.id = q.value(0).toLongLong();
    b.number = q.value(1).toString();
    b.organisationCode = q.value(2).toString();
    b.organisationName = q.value(3).toString();
    b.regime = q.value(4).toString();
    b.period = q.value(5).toString();
    b.createdAt = fromStoredTimestamp(q.value(6).toString());
    b.createdBy = q.value(7).toString();
    b.dossierCount = q.value(8).toInt();
    b.total = q.value(9).toLongLong();
    b.controlSum = q.value(10).toString();
    b.orderFile = q.value(11).toString().toUtf8();
    if (!q.value(12).isNull())
        b.paidAt = fromStoredTimestamp(q.value(12).toString());
    return b;
}

QList<PaymentBatch> DossierRepository::unpaidBatches(const Session &session)
{
    const QString regime = requireRegimePurpose(session);
    QSqlQuery q = Sql::run(m_db, u"SELECT id FROM payment_batches WHERE organisation_id = ? AND regime = ? "
                                 "AND paid_at IS NULL ORDER BY id"_s,
                           {session.organisation.id, regime});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    QList<PaymentBatch> list;
    for (qint64 id : ids)
        list.append(batch(session, id));
    return list;
}

QList<PaymentOrderLine> DossierRepository::batchLines(const Session &session, qint64 batchId)
{
    const PaymentOrderContent content = PaymentOrder::read(batch(session, batchId).orderFile);
    if (!content.ok())
        throw DatabaseError(DatabaseError::Kind::Damaged, content.error);
    return content.lines;
}

void DossierRepository::markBatchPaid(const Session &session, qint64 batchId)
{
    requireRegimePurpose(session);
    Transaction transaction(m_db);
    const PaymentBatch b = batch(session, batchId);
    if (b.paidAt.isValid())
        throw DatabaseError::refused(tr("Batch %1 is already paid.").arg(b.number));
    const QString now = toStoredTimestamp(m_clock.nowUtc());
    Sql::run(m_db, u"UPDATE payment_batches SET paid_at = ?, paid_by = ? WHERE id = ? AND paid_at IS NULL"_s,
             {now, session.login, batchId});
    QSqlQuery q = Sql::run(m_db, u"SELECT id, organisation_id, person_id, number, version FROM dossiers "
                                 "WHERE batch_id = ? AND status = 'batched'"_s
                                     + Sql::lockClause(m_db, u"FOR UPDATE"_s),
                           {batchId});
    QList<Target> targets;
    while (q.next()) {
        Target t;
        t.id = q.value(0).toLongLong();
        t.organisationId = q.value(1).toLongLong();
        t.personId = q.value(2).toLongLong();
        t.number = q.value(3).toString();
        t.version = q.value(4).toInt();
        t.status = DossierStatus::Batched;
        targets.append(t);
    }
    q.finish();
    for (const Target &t : std::as_const(targets))
        move(session, t, DossierStatus::Paid, b.number, u"pay"_s, {{u"batch"_s, b.number}});
    transaction.commit();
}

Dossier DossierRepository::fileInBox(const Session &session, qint64 dossierId, int version, const QString &boxNumber,
                                     const QString &boxPlace, const QString &placeInBox)
{
    if (!PurposeRules::archivesDossiers(session.activePurpose()))
        throw DatabaseError::refused(tr("Paper dossiers are archived under the purposes ARM and ARC only."));
    const QString box = boxNumber.trimmed().toUpper();
    if (box.isEmpty() || box.size() > MaxNumberLength)
        throw DatabaseError::refused(tr("Type the box's number."));
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version,
                                   {DossierStatus::Entry, DossierStatus::Incomplete, DossierStatus::Control,
                                    DossierStatus::Liquidation, DossierStatus::Liquidated, DossierStatus::Batched,
                                    DossierStatus::Paid, DossierStatus::Rejected});
    QVariant boxId = Sql::scalar(m_db, u"SELECT id FROM archive_boxes WHERE organisation_id = ? AND number = ?"_s,
                                 {t.organisationId, box});
    if (!boxId.isValid()) {
        if (boxPlace.trimmed().isEmpty())
            throw DatabaseError::refused(tr("Box %1 is new: give the place it is kept in.").arg(box));
        boxId = Sql::scalar(m_db, u"INSERT INTO archive_boxes (organisation_id, number, place, created_at) "
                                  "VALUES (?, ?, ?, ?) RETURNING id"_s,
                            {t.organisationId, box, boxPlace.trimmed(), toStoredTimestamp(m_clock.nowUtc())});
    }
    Sql::run(m_db, u"UPDATE dossiers SET archive_box_id = ?, archive_place = ? WHERE id = ?"_s,
             {boxId, Sql::nullIfEmpty(placeInBox.trimmed()), t.id});
    recordEvent(session, t.id, t.organisationId, dossierStatusCode(t.status), dossierStatusCode(t.status),
                tr("Archived in box %1").arg(box));
    move(session, t, t.status, QString(), u"archive"_s, {{u"box"_s, box}});
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

QList<ArchivedDossier> DossierRepository::boxContents(const Session &session, const QString &boxNumber,
                                                      QString *boxPlace)
{
    if (!PurposeRules::archivesDossiers(session.activePurpose()))
        throw DatabaseError::refused(tr("Paper dossiers are archived under the purposes ARM and ARC only."));
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery b = Sql::run(m_db, u"SELECT id, place FROM archive_boxes WHERE number = ? "
                                 "AND (? = 0 OR organisation_id = ?) ORDER BY id LIMIT 1"_s,
                           {boxNumber.trimmed().toUpper(), orgFilter, orgFilter});
    if (!b.next())
        throw DatabaseError::refused(tr("There is no box %1.").arg(boxNumber.trimmed()));
    const qint64 boxId = b.value(0).toLongLong();
    if (boxPlace)
        *boxPlace = b.value(1).toString();
    b.finish();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT d.number, p.last_name, p.first_name, d.date_of_care, d.deposited_on, "
                           "COALESCE(d.archive_place, '') FROM dossiers d JOIN persons p ON p.id = d.person_id "
                           "WHERE d.archive_box_id = ? ORDER BY d.archive_place, d.number"_s,
                           {boxId});
    QList<ArchivedDossier> list;
    while (q.next())
        list.append({q.value(0).toString(), personName(q.value(1), q.value(2)), dateOf(q.value(3)), dateOf(q.value(4)),
                     q.value(5).toString()});
    AuditLog(m_db, m_clock).append(session, {u"read"_s, u"archive-box"_s, QString::number(boxId), 0,
                                             {{u"dossiers"_s, list.size()}}});
    return list;
}

} // namespace guichet
