#include "data/retention/PurgeRepository.h"

#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// Who is due after a person id: the relationship ended before REG's cutoff, every dossier closed
// before the dossiers' cutoff, every complaint and case before CPL's and LEG's, no hold in force
// on the person or the member, not anonymised yet (values: PurgeRepository::dueValues).
const QString CandidatesQuery =
    u"SELECT p.id, o.code, p.immatriculation, p.last_name, p.first_name, COALESCE(p.relation_end, m.relation_end) "
    "FROM persons p JOIN organisations o ON o.id = p.organisation_id LEFT JOIN persons m ON m.id = p.member_id "
    "WHERE p.id > ? AND p.anonymised_at IS NULL AND (? = 0 OR p.organisation_id = ?) "
    "AND COALESCE(p.relation_end, m.relation_end) < ? "
    "AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.lifted_at IS NULL AND h.person_id = p.id) "
    "AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.lifted_at IS NULL AND h.person_id = p.member_id) "
    "AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.person_id = p.id "
    "AND (d.status NOT IN ('paid', 'rejected') OR d.updated_at >= ?)) "
    "AND NOT EXISTS (SELECT 1 FROM complaints k WHERE k.person_id = p.id "
    "AND (k.status <> 'closed' OR k.closed_at >= ?)) "
    "AND NOT EXISTS (SELECT 1 FROM litigation_cases c WHERE c.person_id = p.id "
    "AND (c.status <> 'closed' OR c.closed_at >= ?)) "
    "ORDER BY p.id LIMIT ?"_s;

// The processings whose rules keep a person's dossiers (their dates and amounts).
const QStringList DossierPurposes{u"AMO"_s, u"STU"_s, u"TP"_s, u"MCM"_s, u"MCC"_s, u"ARM"_s};

QString dateText(QDate date)
{
    return date.toString(Qt::ISODate);
}

// A stored timestamp at the start of a day (UTC), to compare with stored timestamps.
QString dayStart(QDate date)
{
    return toStoredTimestamp(QDateTime(date, QTime(0, 0), QTimeZone::utc()));
}

} // namespace

PurgeRepository::PurgeRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

void PurgeRepository::requirePurging(const Session &session) const
{
    if (!session.actsAsDataProtectionOfficer())
        throw DatabaseError::refused(tr("The purge is run by the data-protection officer, under the purpose AUD, only."));
}

QList<RetentionRule> PurgeRepository::rules(QDate on) const
{
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT purpose_code, starts_with, keep_months, action, valid_from, valid_to "
                           "FROM retention_rules WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to > ?) "
                           "ORDER BY purpose_code, valid_from"_s,
                           {dateText(on), dateText(on)});
    QList<RetentionRule> result;
    while (q.next()) {
        RetentionRule rule;
        rule.purposeCode = q.value(0).toString();
        rule.startsWith = Retention::startFromCode(q.value(1).toString()).value_or(RetentionRule::Start::RelationshipEnd);
        rule.keepMonths = q.value(2).toInt();
        rule.action = Retention::actionFromCode(q.value(3).toString()).value_or(RetentionRule::Action::Anonymise);
        rule.validFrom = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        rule.validTo = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        // A later rule of the same processing replaces an earlier one still open-ended.
        if (!result.isEmpty() && result.last().purposeCode == rule.purposeCode)
            result.removeLast();
        result.append(rule);
    }
    return result;
}

RetentionRule PurgeRepository::ruleOf(const QString &purpose, QDate on) const
{
    for (const RetentionRule &rule : rules(on))
        if (rule.purposeCode == purpose)
            return rule;
    // The privacy policy's default: the relationship plus five years.
    RetentionRule fallback;
    fallback.purposeCode = purpose;
    return fallback;
}

QVariantList PurgeRepository::dueValues(const Session &session, QDate asOf) const
{
    // Every dossier of the person is kept as long as the longest of the dossier processings.
    QDate dossierCutoff = asOf;
    for (const QString &purpose : DossierPurposes)
        dossierCutoff = std::min(dossierCutoff, ruleOf(purpose, asOf).cutoff(asOf));
    const qint64 org = session.organisationFilter();
    return {org, org, dateText(ruleOf(u"REG"_s, asOf).cutoff(asOf)), dayStart(dossierCutoff),
            dayStart(ruleOf(u"CPL"_s, asOf).cutoff(asOf)), dayStart(ruleOf(u"LEG"_s, asOf).cutoff(asOf))};
}

QList<PurgeCandidate> PurgeRepository::dryRun(const Session &session, QDate asOf, qint64 afterId, int limit)
{
    requirePurging(session);
    if (!asOf.isValid())
        throw DatabaseError::refused(tr("Give the date the purge runs as of."));
    QSqlQuery q = Sql::run(m_db, CandidatesQuery, QVariantList{afterId} + dueValues(session, asOf) + QVariantList{limit});
    QList<PurgeCandidate> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       QString(q.value(3).toString() + u' ' + q.value(4).toString()).trimmed(),
                       QDate::fromString(q.value(5).toString(), Qt::ISODate)});
    AuditLog(m_db, m_clock)
        .append(session, {u"read"_s, u"purge-dry-run"_s, dateText(asOf), 0,
                          {{u"listed"_s, qlonglong(result.size())}}});
    return result;
}

qint64 PurgeRepository::countDue(const Session &session, QDate asOf)
{
    requirePurging(session);
    // The same conditions as CandidatesQuery: keep them in step.
    return Sql::scalar(m_db,
                       u"SELECT count(*) FROM persons p LEFT JOIN persons m ON m.id = p.member_id WHERE p.id > ? AND p.anonymised_at IS NULL AND (? = 0 OR p.organisation_id = ?) "
                           "AND COALESCE(p.relation_end, m.relation_end) < ? "
                           "AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.lifted_at IS NULL AND h.person_id = p.id) "
                           "AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.lifted_at IS NULL "
                           "AND h.person_id = p.member_id) "
                           "AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.person_id = p.id "
                           "AND (d.status NOT IN ('paid', 'rejected') OR d.updated_at >= ?)) "
                           "AND NOT EXISTS (SELECT 1 FROM complaints k WHERE k.person_id = p.id "
                           "AND (k.status <> 'closed' OR k.closed_at >= ?)) "
                           "AND NOT EXISTS (SELECT 1 FROM litigation_cases c WHERE c.person_id = p.id "
                           "AND (c.status <> 'closed' OR c.closed_at >= ?))"_s,
                       QVariantList{0} + dueValues(session, asOf))
        .toLongLong();
}

std::optional<PurgeRun> PurgeRepository::unfinished() const
{
    const QVariant id = Sql::scalar(m_db, u"SELECT id FROM purge_runs WHERE status = 'running' ORDER BY id LIMIT 1"_s);
    if (!id.isValid())
        return std::nullopt;
    return run(id.toLongLong());
}

std::optional<PurgeRun> PurgeRepository::latestDone() const
{
    const QVariant id = Sql::scalar(m_db, u"SELECT id FROM purge_runs WHERE status = 'done' ORDER BY id DESC LIMIT 1"_s);
    if (!id.isValid())
        return std::nullopt;
    return run(id.toLongLong());
}

PurgeRun PurgeRepository::start(const Session &session, QDate asOf)
{
    requirePurging(session);
    if (const auto running = unfinished())
        return *running; // an interrupted run goes on as of its own date
    if (!asOf.isValid())
        throw DatabaseError::refused(tr("Give the date the purge runs as of."));
    const QDate today = m_clock.nowUtc().date();
    if (asOf > today)
        throw DatabaseError::refused(tr("A purge cannot run as of a date to come."));
    Transaction transaction(m_db);
    const qint64 id = Sql::scalar(m_db,
                                  u"INSERT INTO purge_runs (as_of, started_at, started_by, status) "
                                  "VALUES (?, ?, ?, 'running') RETURNING id"_s,
                                  {dateText(asOf), toStoredTimestamp(m_clock.nowUtc()), session.login})
                          .toLongLong();
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"start"_s, u"purge"_s, QString::number(id), 0,
                                       {{u"as_of"_s, dateText(asOf)}}});
    transaction.commit();
    return run(id);
}

PurgeRun PurgeRepository::run(qint64 runId) const
{
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT id, as_of, started_at, started_by, status, last_person_id, batches, finished_at "
                           "FROM purge_runs WHERE id = ?"_s,
                           {runId});
    if (!q.next())
        throw DatabaseError::refused(tr("There is no purge run %1.").arg(runId));
    PurgeRun r;
    r.id = q.value(0).toLongLong();
    r.asOf = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    r.startedAt = fromStoredTimestamp(q.value(2).toString());
    r.startedBy = q.value(3).toString();
    r.done = q.value(4).toString() == u"done"_s;
    r.lastPersonId = q.value(5).toLongLong();
    r.batches = q.value(6).toInt();
    if (!q.value(7).isNull())
        r.finishedAt = fromStoredTimestamp(q.value(7).toString());
    q.finish();
    QSqlQuery c = Sql::run(m_db, u"SELECT purpose_code, what, count FROM purge_counts WHERE run_id = ? "
                                 "ORDER BY purpose_code, what"_s,
                           {runId});
    while (c.next())
        r.counts.append({c.value(0).toString(), c.value(1).toString(), c.value(2).toLongLong()});
    return r;
}

void PurgeRepository::addCount(qint64 runId, const QString &purpose, const QString &what, qint64 count)
{
    if (count <= 0)
        return;
    Sql::run(m_db,
             u"INSERT INTO purge_counts (run_id, purpose_code, what, count) VALUES (?, ?, ?, ?) "
             "ON CONFLICT (run_id, purpose_code, what) DO UPDATE SET count = purge_counts.count + excluded.count"_s,
             {runId, purpose, what, count});
}

int PurgeRepository::runBatch(const Session &session, qint64 runId, int batchSize)
{
    requirePurging(session);
    if (batchSize <= 0)
        throw DatabaseError::refused(tr("A batch purges at least one person."));
    Transaction transaction(m_db);
    // The run's row, locked: two officers never purge the same batch.
    QSqlQuery lock = Sql::run(m_db,
                              u"UPDATE purge_runs SET batches = batches WHERE id = ? AND status = 'running' "
                              "RETURNING last_person_id, as_of"_s,
                              {runId});
    if (!lock.next())
        return 0; // finished meanwhile
    const qint64 after = lock.value(0).toLongLong();
    const QDate asOf = QDate::fromString(lock.value(1).toString(), Qt::ISODate);
    lock.finish();

    // In two steps, each a walk along an index (a single statement let PostgreSQL plan the
    // exclusions for the whole table at every batch: docs/benchmarks.md): the next persons whose
    // relationship ended long enough, then those of them nothing else keeps. Candidates that are
    // kept are passed over; the run goes on after the last candidate seen.
    if (Sql::dialect(m_db) == Dialect::Postgres)
        Sql::execute(m_db, u"SET LOCAL max_parallel_workers_per_gather = 0"_s);
    const QVariantList due = dueValues(session, asOf); // org, org, REG, dossiers, CPL, LEG cutoffs
    QList<qint64> ids;
    qint64 lastSeen = after;
    for (;;) {
        QList<qint64> candidates;
        QSqlQuery c = Sql::run(m_db,
                               u"SELECT p.id FROM persons p LEFT JOIN persons m ON m.id = p.member_id "
                               "WHERE p.id > ? AND p.anonymised_at IS NULL AND (? = 0 OR p.organisation_id = ?) "
                               "AND COALESCE(p.relation_end, m.relation_end) < ? ORDER BY p.id LIMIT ?"_s,
                               {lastSeen, due.at(0), due.at(1), due.at(2), batchSize});
        while (c.next())
            candidates.append(c.value(0).toLongLong());
        c.finish();
        if (candidates.isEmpty())
            break;
        lastSeen = candidates.last();
        // The same exclusions as CandidatesQuery: keep them in step.
        QSqlQuery k = Sql::run(m_db,
                               Sql::withIdSet(m_db,
                                              u"SELECT p.id FROM persons p WHERE p.id %in_ids "
                                              "AND NOT EXISTS (SELECT 1 FROM legal_holds h "
                                              "WHERE h.lifted_at IS NULL AND h.person_id = p.id) "
                                              "AND NOT EXISTS (SELECT 1 FROM legal_holds h "
                                              "WHERE h.lifted_at IS NULL AND h.person_id = p.member_id) "
                                              "AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.person_id = p.id "
                                              "AND (d.status NOT IN ('paid', 'rejected') OR d.updated_at >= ?)) "
                                              "AND NOT EXISTS (SELECT 1 FROM complaints k WHERE k.person_id = p.id "
                                              "AND (k.status <> 'closed' OR k.closed_at >= ?)) "
                                              "AND NOT EXISTS (SELECT 1 FROM litigation_cases c WHERE c.person_id = p.id "
                                              "AND (c.status <> 'closed' OR c.closed_at >= ?)) ORDER BY p.id"_s),
                               {Sql::idSet(m_db, candidates), due.at(3), due.at(4), due.at(5)});
        while (k.next())
            ids.append(k.value(0).toLongLong());
        if (!ids.isEmpty())
            break;
    }
    const QString now = toStoredTimestamp(m_clock.nowUtc());

    if (ids.isEmpty()) {
        const int strangers = purgeStrangers(session, runId, asOf);
        Sql::run(m_db, u"UPDATE purge_runs SET status = 'done', finished_at = ? WHERE id = ?"_s, {now, runId});
        AuditLog(m_db, m_clock)
            .appendInTransaction(session, {u"finish"_s, u"purge"_s, QString::number(runId), 0,
                                           {{u"complaints_of_people_not_on_file"_s, strangers}}});
        transaction.commit();
        return 0;
    }

    for (const PurgeCount &count : anonymise(m_db, ids, now))
        addCount(runId, count.purposeCode, count.what, count.count);

    Sql::run(m_db, u"UPDATE purge_runs SET last_person_id = ?, batches = batches + 1 WHERE id = ?"_s,
             {lastSeen, runId});
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"purge"_s, u"purge"_s, QString::number(runId), 0,
                                       {{u"persons"_s, qlonglong(ids.size())}}});
    transaction.commit();
    return int(ids.size());
}

PersonRetention PurgeRepository::retentionOf(qint64 personId, QDate asOf, qint64 exceptRequest) const
{
    PersonRetention result;
    QDate goes; // the latest of the days each kept thing goes
    const auto keptUntil = [&goes](const RetentionRule &rule, QDate start) {
        goes = std::max(goes.isValid() ? goes : start, rule.goesOn(start));
    };
    const auto utcDate = [](const QVariant &stamp) { return fromStoredTimestamp(stamp.toString()).date(); };

    QSqlQuery p = Sql::run(m_db, u"SELECT COALESCE(p.relation_end, m.relation_end), p.member_id FROM persons p "
                                 "LEFT JOIN persons m ON m.id = p.member_id WHERE p.id = ?"_s,
                           {personId});
    if (!p.next())
        return result; // nothing held: nothing keeps it
    const qint64 memberId = p.value(1).toLongLong();
    if (p.value(0).isNull())
        result.running.append(tr("the membership is still running (kept while it lasts, then %1)")
                                  .arg(Retention::describe(ruleOf(u"REG"_s, asOf))));
    else
        keptUntil(ruleOf(u"REG"_s, asOf), QDate::fromString(p.value(0).toString(), Qt::ISODate));
    p.finish();

    // Dossiers are kept as long as the longest of the dossier processings keeps them.
    RetentionRule dossierRule = ruleOf(u"AMO"_s, asOf);
    for (const QString &purpose : DossierPurposes)
        if (const RetentionRule rule = ruleOf(purpose, asOf); rule.keepMonths > dossierRule.keepMonths)
            dossierRule = rule;
    QSqlQuery d = Sql::run(m_db, u"SELECT count(*), max(updated_at), "
                                 "sum(CASE WHEN status NOT IN ('paid', 'rejected') THEN 1 ELSE 0 END) "
                                 "FROM dossiers WHERE person_id = ?"_s,
                           {personId});
    if (d.next() && d.value(0).toLongLong() > 0) {
        if (d.value(2).toLongLong() > 0)
            result.running.append(tr("%n dossier(s) still being processed", nullptr, int(d.value(2).toLongLong())));
        else
            keptUntil(dossierRule, utcDate(d.value(1)));
    }
    d.finish();
    const struct
    {
        QString purpose;
        QString sql;
    } closable[] = {
        {u"CPL"_s, u"SELECT count(*), max(closed_at), sum(CASE WHEN status <> 'closed' THEN 1 ELSE 0 END) "
                   "FROM complaints WHERE person_id = ?"_s},
        {u"LEG"_s, u"SELECT count(*), max(closed_at), sum(CASE WHEN status <> 'closed' THEN 1 ELSE 0 END) "
                   "FROM litigation_cases WHERE person_id = ?"_s},
    };
    for (const auto &[purpose, sql] : closable) {
        QSqlQuery q = Sql::run(m_db, sql, {personId});
        if (!q.next() || q.value(0).toLongLong() == 0)
            continue;
        if (q.value(2).toLongLong() > 0)
            result.running.append(purpose == u"CPL"_s ? tr("a complaint still open") : tr("a court case still open"));
        else
            keptUntil(ruleOf(purpose, asOf), utcDate(q.value(1)));
    }

    QSqlQuery h = Sql::run(m_db, u"SELECT reason FROM legal_holds WHERE lifted_at IS NULL AND person_id IN (?, ?) "
                                 "AND NOT (kind = 'rights_request' AND source_id = ?) ORDER BY id"_s,
                           {personId, memberId, exceptRequest});
    while (h.next())
        result.holds.append(h.value(0).toString());
    if (result.running.isEmpty())
        result.goesOn = goes.isValid() ? goes : asOf;
    return result;
}

QList<PurgeCount> PurgeRepository::anonymise(const QSqlDatabase &db, const QList<qint64> &ids, const QString &now)
{
    if (ids.isEmpty())
        return {};
    QList<PurgeCount> counts;
    const auto counted = [&counts](const QString &purpose, const QString &what, qint64 count) {
        if (count > 0)
            counts.append({purpose, what, count});
    };
    const QVariant set = Sql::idSet(db, ids);
    // Each statement names the batch's persons with %in_ids; returns the rows it changed.
    const auto apply = [&](const QString &sql, const QVariantList &values = {}) {
        return qint64(Sql::run(db, Sql::withIdSet(db, sql), values + QVariantList{set}).numRowsAffected());
    };
    // REG: the person, the references of payments, the reasons of oppositions.
    counted(u"REG"_s, u"persons anonymised"_s,
             apply(u"UPDATE persons SET last_name = '', first_name = '', last_name_ar = NULL, first_name_ar = NULL, "
                   "cin = NULL, immatriculation = 'ANON-' || CAST(id AS TEXT), "
                   "birth_date = substr(birth_date, 1, 8) || '01', "
                   "relation_start = substr(relation_start, 1, 8) || '01', "
                   "relation_end = substr(relation_end, 1, 8) || '01', address = NULL, phone = NULL, email = NULL, "
                   "rib = NULL, name_key = '', name_ar_key = '', anonymised_at = ?, updated_at = ?, "
                   "version = version + 1 WHERE id %in_ids"_s,
                   {now, now}));
    apply(u"UPDATE contribution_receipts SET reference = '' WHERE person_id %in_ids"_s);
    apply(u"UPDATE oppositions SET reason = '' WHERE person_id %in_ids"_s);
    // AMO, STU: the dossiers keep their amounts and statuses, their dates go to the month.
    apply(u"UPDATE dossier_events SET reason = '' WHERE dossier_id IN "
          "(SELECT id FROM dossiers WHERE person_id %in_ids)"_s);
    for (const QString &regime : {u"AMO"_s, u"STU"_s})
        counted(regime, u"dossiers anonymised"_s,
                 apply(u"UPDATE dossiers SET date_of_care = substr(date_of_care, 1, 8) || '01', "
                       "deposited_on = substr(deposited_on, 1, 8) || '01', "
                       "deposited_at = substr(deposited_at, 1, 8) || '01T00:00:00.000Z', late_justification = NULL, "
                       "missing = '', fraud_flags = '' WHERE regime = ? AND person_id %in_ids"_s,
                       {regime}));
    // MCM: medical notes go.
    counted(u"MCM"_s, u"medical notes deleted"_s,
             apply(u"DELETE FROM medical_notes WHERE person_id %in_ids"_s));
    // CPL: the complaints keep their category, channel and dates; texts and documents go.
    counted(u"CPL"_s, u"attachments deleted"_s,
             apply(u"DELETE FROM complaint_attachments WHERE complaint_id IN "
                   "(SELECT id FROM complaints WHERE person_id %in_ids)"_s));
    apply(u"UPDATE complaint_events SET text = '' WHERE complaint_id IN "
          "(SELECT id FROM complaints WHERE person_id %in_ids)"_s);
    apply(u"UPDATE complaint_pauses SET reason = '' WHERE complaint_id IN "
          "(SELECT id FROM complaints WHERE person_id %in_ids)"_s);
    counted(u"CPL"_s, u"complaints anonymised"_s,
             apply(u"UPDATE complaints SET requester_name = '', requester_contact = '', description = '', "
                   "resolution = '' WHERE person_id %in_ids"_s));
    // LEG: the cases keep their court and dates; parties, subject and outcomes go.
    apply(u"UPDATE litigation_hearings SET purpose = '', outcome = '' WHERE case_id IN "
          "(SELECT id FROM litigation_cases WHERE person_id %in_ids)"_s);
    counted(u"LEG"_s, u"cases anonymised"_s,
             apply(u"UPDATE litigation_cases SET parties = '', subject = '', outcome = '' WHERE person_id %in_ids"_s));
    // LEG: answered rights requests keep their kind and dates; who asked, what, and the letters go.
    // A request still open (a deletion being answered) keeps what its answer needs.
    counted(u"LEG"_s, u"rights requests anonymised"_s,
            apply(u"UPDATE rights_requests SET requester_name = '', requester_contact = '', details = '', "
                  "identity_note = '', requested_value = '', evidence = '', medical_part = NULL "
                  "WHERE status = 'answered' AND person_id %in_ids"_s));
    apply(u"UPDATE rights_letters SET html = '' WHERE request_id IN "
          "(SELECT id FROM rights_requests WHERE status = 'answered' AND person_id %in_ids)"_s);
    apply(u"UPDATE disclosures SET what = '' WHERE person_id %in_ids"_s);
    // AUD: the values of past changes go; the chained log rows stay, their digests now meaningless.
    counted(u"AUD"_s, u"values of changes deleted"_s,
             apply(u"DELETE FROM audit_values WHERE person_id %in_ids"_s));
    return counts;
}

std::pair<QString, QString> PurgeRepository::purposeOf(const QString &code) const
{
    QSqlQuery q = Sql::run(m_db, u"SELECT name, cndp_number FROM purposes WHERE code = ?"_s, {code});
    if (!q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

QByteArray PurgeRepository::reportCsv(const PurgeRun &run) const
{
    const auto field = [](QString text) {
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n'))
            text = u'"' + text.replace(u'"', u"\"\""_s) + u'"';
        return text;
    };
    QString csv = u"run,as_of,finished_at,processing,processing_name,cndp_number,what,count\r\n"_s;
    for (const PurgeCount &count : run.counts) {
        const auto [name, cndp] = purposeOf(count.purposeCode);
        csv += QStringList{QString::number(run.id), run.asOf.toString(Qt::ISODate),
                           run.finishedAt.isValid() ? toStoredTimestamp(run.finishedAt) : QString(),
                           count.purposeCode, field(name), cndp, field(count.what), QString::number(count.count)}
                   .join(u',')
               + u"\r\n"_s;
    }
    return csv.toUtf8();
}

Session PurgeRepository::commandLineSession()
{
    Session session = AuditLog::anonymousSession(u"guichet-admin"_s);
    session.organisation.isCnops = true;
    session.organisation.code = u"CNOPS"_s;
    session.roleCode = Session::DataProtectionOfficerRole.toString();
    session.purposes.append({u"AUD"_s, {}, {}, {}, {}, {}, false});
    session.setActivePurpose(u"AUD"_s);
    return session;
}

int PurgeRepository::purgeStrangers(const Session &session, qint64 runId, QDate asOf)
{
    // Complaints of people not on file: kept as long as CPL keeps a closed complaint.
    const qint64 org = session.organisationFilter();
    const QString cutoff = dayStart(ruleOf(u"CPL"_s, asOf).cutoff(asOf));
    const QVariantList values{cutoff, org, org};
    addCount(runId, u"CPL"_s, u"attachments deleted"_s,
             Sql::run(m_db,
                      u"DELETE FROM complaint_attachments WHERE complaint_id IN (SELECT id FROM complaints WHERE "
                      "person_id IS NULL AND status = 'closed' AND closed_at < ? AND requester_name <> '' "
                      "AND (? = 0 OR organisation_id = ?))"_s,
                      values)
                 .numRowsAffected());
    Sql::run(m_db,
             u"UPDATE complaint_events SET text = '' WHERE complaint_id IN (SELECT id FROM complaints WHERE "
             "person_id IS NULL AND status = 'closed' AND closed_at < ? AND requester_name <> '' "
             "AND (? = 0 OR organisation_id = ?))"_s,
             values);
    Sql::run(m_db,
             u"UPDATE complaint_pauses SET reason = '' WHERE complaint_id IN (SELECT id FROM complaints WHERE "
             "person_id IS NULL AND status = 'closed' AND closed_at < ? AND requester_name <> '' "
             "AND (? = 0 OR organisation_id = ?))"_s,
             values);
    // Last, as the statements above find the complaints by their name still there.
    const int n = Sql::run(m_db,
                           u"UPDATE complaints SET requester_name = '', requester_contact = '', description = '', "
                           "resolution = '' WHERE person_id IS NULL AND status = 'closed' AND closed_at < ? "
                           "AND requester_name <> '' AND (? = 0 OR organisation_id = ?)"_s,
                           values)
                      .numRowsAffected();
    addCount(runId, u"CPL"_s, u"complaints anonymised"_s, n);
    return n;
}

QList<ExpiredBox> PurgeRepository::expiredBoxes(const Session &session, QDate asOf)
{
    requirePurging(session);
    const qint64 org = session.organisationFilter();
    const QString cutoff = dayStart(ruleOf(u"ARM"_s, asOf).cutoff(asOf));
    // A dossier still counts while it is open, closed too recently, or its person is held.
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT b.id, o.code, b.number, b.place, count(d.id) FROM archive_boxes b "
                           "JOIN organisations o ON o.id = b.organisation_id "
                           "JOIN dossiers d ON d.archive_box_id = b.id "
                           "WHERE b.destroyed_at IS NULL AND (? = 0 OR b.organisation_id = ?) "
                           "GROUP BY b.id, o.code, b.number, b.place "
                           "HAVING sum(CASE WHEN d.status IN ('paid', 'rejected') AND d.updated_at < ? "
                           "AND NOT EXISTS (SELECT 1 FROM legal_holds h WHERE h.lifted_at IS NULL "
                           "AND h.person_id IN (d.person_id, d.member_id)) THEN 0 ELSE 1 END) = 0 "
                           "ORDER BY o.code, b.number"_s,
                           {org, org, cutoff});
    QList<ExpiredBox> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toInt()});
    return result;
}

void PurgeRepository::markDestroyed(const Session &session, const QList<qint64> &boxIds, QDate asOf)
{
    requirePurging(session);
    QList<qint64> expired;
    for (const ExpiredBox &box : expiredBoxes(session, asOf))
        if (boxIds.contains(box.id))
            expired.append(box.id);
    if (expired.size() != boxIds.size())
        throw DatabaseError::refused(tr("Only boxes whose every dossier expired are destroyed."));
    Transaction transaction(m_db);
    Sql::run(m_db,
             Sql::withIdSet(m_db, u"UPDATE archive_boxes SET destroyed_at = ?, destroyed_by = ? WHERE id %in_ids"_s),
             {toStoredTimestamp(m_clock.nowUtc()), session.login, Sql::idSet(m_db, expired)});
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"destroy"_s, u"archive-boxes"_s, dateText(asOf), 0,
                                       {{u"boxes"_s, qlonglong(expired.size())}}});
    transaction.commit();
}

} // namespace guichet
