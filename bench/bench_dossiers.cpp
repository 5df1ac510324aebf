// The dossiers' figures of the issue on a large central database: seeds N dossiers (10 million by
// default) into a SQLite file or a PostgreSQL database, then measures
//   1. the first page of a work queue in the client (DossierQueueModel, filtered by status,
//      mutuelle and regime, sorted by payment target), against the same statement run alone;
//   2. the liquidation throughput (DossierRepository::liquidateWaiting over M dossiers of five
//      lines each, database writes included);
//   3. the client's memory while a queue is scrolled from top to bottom.
//
//   bench_dossiers --database /tmp/bench-dossiers.sqlite [--dossiers 10000000] [--liquidate 100000]
//                  [--open-lines] [--runs 30] [--scroll liquidated] [--only-liquidation]
//   bench_dossiers --database postgresql://postgres@127.0.0.1:55436/bench
//
// A database already seeded with the same number of dossiers is reused; the M dossiers of the
// liquidation run (numbered L…) are put back in the liquidation queue at every start, so the run
// can be repeated. Exits 1 when a target of the issue is missed.

#include "core/ConnectionSpec.h"
#include "core/DossierRules.h"
#include "core/Rib.h"
#include "core/TextNormalizer.h"
#include "data/common/AgentRepository.h"
#include "data/common/AuditLog.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/DossierQueueModel.h"
#include "data/dossiers/DossierRepository.h"
#include "data/dossiers/MedicineImporter.h"
#include "data/common/Migrator.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Sql.h"
#include "BenchSeed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <tuple>

using namespace guichet;
using namespace Qt::StringLiterals;
using namespace guichet::bench;

namespace {

// Families of one member, a spouse and a child; one family per this many dossiers.
constexpr qint64 DossiersPerFamily = 20;
constexpr qint64 PersonsPerFamily = 3;
constexpr int Ribs = 1000;
constexpr qint64 Chunk = 1000000;

// SQL fragments that differ between the dialects.
struct Dialected : bench::SeedDialect
{
    QString today; // ISO date, inlined

    // The ISO date `days` days before `from` (an ISO date literal).
    QString daysBefore(const QString &days, const QString &from) const
    {
        return dialect == Dialect::Sqlite ? u"date(julianday('%1') - (%2))"_s.arg(from, days)
                                          : u"to_char(date '%1' - (%2)::int, 'YYYY-MM-DD')"_s.arg(from, days);
    }
    QString daysAgo(const QString &days) const { return daysBefore(days, today); }
};

void buildIndexes(const QSqlDatabase &db, const QStringList &definitions, const QElapsedTimer &timer)
{
    for (const QString &definition : definitions) {
        Sql::execute(db, definition);
        out() << u"  index built (%1 s): %2"_s.arg(timer.elapsed() / 1000).arg(definition.left(100)) << Qt::endl;
    }
}

// Dossiers are numbered in the order of their deposit, over three years up to today; those of
// the last 75 days are still in the pipeline, the older ones batched or paid (or rejected).
constexpr qint64 HistoryDays = 1095;
constexpr qint64 OpenDays = 75;

struct Layout
{
    qint64 dossiers = 0;
    qint64 armed = 0;     // dossiers of the liquidation run, numbered L…
    bool openLines = false; // lines for every dossier of the last 75 days, not only for those
    qint64 families = 0;
    qint64 personBase = 0; // ids before ours
    qint64 dossierBase = 0;

    // Days from the deposit of dossier i (0 … dossiers - 1) to today.
    qint64 age(qint64 i) const { return (dossiers - 1 - i) * HistoryDays / dossiers; }
    // The first dossier still in the pipeline.
    qint64 firstOpen() const
    {
        qint64 low = 0, high = dossiers - 1; // age(high) = 0 < OpenDays
        while (low < high) {
            const qint64 mid = (low + high) / 2;
            if (age(mid) < OpenDays)
                high = mid;
            else
                low = mid + 1;
        }
        return low;
    }
    qint64 openCount() const { return dossiers - firstOpen(); }
    // One dossier of the liquidation run every armedStep() open dossiers.
    qint64 armedStep() const { return openCount() / armed; }
};

// The status of dossier s.i whose deposit was u.a days ago, with u.b a permille drawn from its
// number (a multiplicative hash, independent of the family's and so of the mutuelle).
QString statusCase(const Layout &l)
{
    return fill(u"CASE WHEN u.i >= {first} AND (u.i - {first}) % {step} = {step} - 1 "
                "AND (u.i - {first}) / {step} < {armed} THEN 'liquidation' "
                "WHEN u.i >= {first} THEN CASE WHEN u.b < 300 THEN 'entry' WHEN u.b < 315 THEN 'incomplete' "
                "  WHEN u.b < 500 THEN 'control' ELSE 'liquidated' END "
                "WHEN u.b < 5 THEN 'rejected' WHEN u.a < {batched} THEN 'batched' ELSE 'paid' END"_s,
                {{"first", QString::number(l.firstOpen())},
                 {"step", QString::number(l.armedStep())},
                 {"armed", QString::number(l.armed)},
                 {"batched", QString::number(OpenDays + 30)}});
}

void seed(const QSqlDatabase &db, Dialect dialect, Layout &layout, const QString &sourceDir)
{
    QElapsedTimer timer;
    timer.start();
    const Dialected d{{dialect}, QDate::currentDate().toString(Qt::ISODate)};
    if (dialect == Dialect::Sqlite) {
        // Outside any transaction: the rows are consistent by construction, and the page cache
        // is raised for the index builds only (set back below, before anything is measured).
        Sql::execute(db, u"PRAGMA foreign_keys = OFF"_s);
        Sql::execute(db, u"PRAGMA cache_size = -400000"_s);
    } else {
        Sql::execute(db, u"SET maintenance_work_mem = '256MB'"_s);
    }

    // The medicines list, as a fund imports it.
    if (Sql::scalar(db, u"SELECT count(*) FROM medicines"_s).toLongLong() == 0) {
        QFile list(sourceDir + u"/resources/data/medicaments-ma.csv"_s);
        if (!list.open(QIODevice::ReadOnly))
            throw DatabaseError(DatabaseError::Kind::Query, list.fileName() + u" cannot be read"_s);
        const MedicineImportReport report = MedicineImporter(db).run(
            AuditLog::anonymousSession(u"bench"_s), list.readAll(), QDate(2020, 1, 1), MedicineImporter::Mode::Import);
        out() << u"  medicines imported: %1"_s.arg(report.added) << Qt::endl;
    }

    // Reference tables of the seed.
    Sql::execute(db, u"CREATE TEMPORARY TABLE bench_orgs (i integer PRIMARY KEY, id bigint)"_s);
    int organisations = 0;
    for (const Organisation &o : ReferenceRepository(db).organisations())
        if (!o.isCnops)
            Sql::run(db, u"INSERT INTO bench_orgs VALUES (?, ?)"_s, {organisations++, o.id});
    Sql::execute(db, u"CREATE TEMPORARY TABLE bench_names (i integer PRIMARY KEY, last_name text, first_name text, "
                     "last_name_ar text, first_name_ar text, name_key text, name_ar_key text)"_s);
    const int names = int(lastNames.size() * firstNames.size());
    for (int l = 0; l < lastNames.size(); ++l)
        for (int f = 0; f < firstNames.size(); ++f)
            Sql::run(db, u"INSERT INTO bench_names VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     {int(l * firstNames.size() + f), lastNames[l].first, firstNames[f].first, lastNames[l].second,
                      firstNames[f].second, TextNormalizer::searchKey(lastNames[l].first + u' ' + firstNames[f].first),
                      TextNormalizer::searchKey(lastNames[l].second + u' ' + firstNames[f].second)});
    // Bank accounts with their key computed by the application's rule (core/Rib.h).
    Sql::execute(db, u"CREATE TEMPORARY TABLE bench_ribs (i integer PRIMARY KEY, rib text)"_s);
    const QStringList banks = {u"011"_s, u"007"_s, u"022"_s, u"145"_s, u"190"_s, u"230"_s};
    const QStringList cities = {u"780"_s, u"810"_s, u"640"_s, u"450"_s};
    for (int i = 0; i < Ribs; ++i) {
        const QString first22 = banks.at(i % banks.size()) + cities.at(i % cities.size())
                                + u"%1"_s.arg(qint64(i) * 7919 * 104729 % 10000000000000000LL, 16, 10, QChar(u'0'));
        const QString rib = first22 + u"%1"_s.arg(Rib::key(first22), 2, 10, QChar(u'0'));
        if (!Rib::problem(rib).isEmpty())
            throw DatabaseError(DatabaseError::Kind::Query, u"bench RIB %1 is not valid"_s.arg(rib));
        Sql::run(db, u"INSERT INTO bench_ribs VALUES (?, ?)"_s, {i, rib});
    }
    Sql::execute(db, u"CREATE TEMPORARY TABLE bench_meds (i integer PRIMARY KEY, code text, name text, ppv bigint)"_s);
    qint64 medicines = 0;
    {
        QSqlQuery m = Sql::run(db, u"SELECT m.id, m.name, (SELECT p.ppv FROM medicine_prices p WHERE p.medicine_id = m.id "
                                    "ORDER BY p.valid_from DESC LIMIT 1) FROM medicines m WHERE m.reimbursable = ? "
                                    "ORDER BY m.id"_s,
                               {true});
        QList<QVariantList> rows;
        while (m.next())
            rows.append({medicines++, ReferenceRepository::medicineCode(m.value(0).toLongLong()), m.value(1),
                         std::max<qint64>(100, m.value(2).toLongLong())});
        m.finish();
        for (const QVariantList &row : std::as_const(rows))
            Sql::run(db, u"INSERT INTO bench_meds VALUES (?, ?, ?, ?)"_s, row);
    }
    if (medicines == 0)
        throw DatabaseError(DatabaseError::Kind::Query, u"no reimbursable medicine in the reference list"_s);

    // Persons: families of a member with a RIB, a spouse and a child, spread over the mutuelles.
    layout.personBase = Sql::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM persons"_s).toLongLong();
    layout.dossierBase = Sql::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM dossiers"_s).toLongLong();
    const qint64 persons = layout.families * PersonsPerFamily;
    const QStringList personIndexes = dropIndexes(db, dialect, u"persons"_s);
    if (dialect == Dialect::Postgres)
        Sql::execute(db, u"ALTER TABLE persons DISABLE TRIGGER USER"_s); // no NOTIFY per seeded row
    for (qint64 from = 0; from < persons; from += Chunk) {
        const qint64 to = std::min(persons, from + Chunk);
        // s.i / 3 is the family, s.i % 3 the member (0), spouse (1) or child (2).
        const QString sql = fill(
            u"INSERT INTO persons (id, organisation_id, member_id, relation, immatriculation, cin, last_name, first_name, "
            "last_name_ar, first_name_ar, birth_date, sex, regime, name_key, name_ar_key, created_at, updated_at, rib, "
            "relation_start) "
            "SELECT {base} + s.i + 1, o.id, CASE WHEN s.i % 3 = 0 THEN NULL ELSE {base} + s.i - s.i % 3 + 1 END, "
            "CASE s.i % 3 WHEN 0 THEN 'member' WHEN 1 THEN 'spouse' ELSE 'child' END, "
            "'6' || {immatriculation} || CASE WHEN s.i % 3 = 2 THEN '-01' ELSE '' END, "
            "CASE WHEN s.i % 3 = 2 THEN NULL ELSE 'B' || {cin} END, "
            "n.last_name, n.first_name, n.last_name_ar, n.first_name_ar, "
            "CASE WHEN s.i % 3 = 2 THEN {childBirth} ELSE {adultBirth} END, "
            "CASE WHEN (s.i / 3 + s.i % 3) % 2 = 0 THEN 'M' ELSE 'F' END, 'AMO', n.name_key, n.name_ar_key, "
            "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', CASE WHEN s.i % 3 = 0 THEN r.rib END, '2000-01-01' "
            "FROM {series} JOIN bench_orgs o ON o.i = (s.i / 3) % {organisations} "
            "JOIN bench_names n ON n.i = (((s.i / 3) * 7) % {names} / {firstNames}) * {firstNames} + (s.i * 5) % {firstNames} "
            "JOIN bench_ribs r ON r.i = (s.i / 3) % {ribs}"_s,
            {{"base", QString::number(layout.personBase)},
             {"immatriculation", d.pad(u"s.i / 3"_s, 8)},
             {"cin", d.pad(u"(s.i * 104729) % 10000000"_s, 7)},
             {"childBirth", d.daysBefore(u"(s.i * 37) % 7000"_s, u"2024-01-01"_s)},
             {"adultBirth", d.daysBefore(u"(s.i * 37) % 14000"_s, u"2004-01-01"_s)},
             {"series", d.series(u"s"_s, u"i"_s, from, to)},
             {"organisations", QString::number(organisations)},
             {"names", QString::number(names)},
             {"firstNames", QString::number(firstNames.size())},
             {"ribs", QString::number(Ribs)}});
        Sql::execute(db, u"BEGIN"_s);
        Sql::execute(db, sql);
        Sql::execute(db, u"COMMIT"_s);
        out() << u"  seeded %1 of %2 persons (%3 s)"_s.arg(to).arg(persons).arg(timer.elapsed() / 1000) << Qt::endl;
    }
    if (dialect == Dialect::Postgres)
        Sql::execute(db, u"ALTER TABLE persons ENABLE TRIGGER USER"_s);
    buildIndexes(db, personIndexes, timer);

    // Dossiers: each of a person of a family, in the family's mutuelle.
    const QStringList dossierIndexes = dropIndexes(db, dialect, u"dossiers"_s);
    if (dialect == Dialect::Postgres) // the foreign-key checks and the deposit guard, row by row
        Sql::execute(db, u"ALTER TABLE dossiers DISABLE TRIGGER ALL"_s);
    for (qint64 from = 0; from < layout.dossiers; from += Chunk) {
        const qint64 to = std::min(layout.dossiers, from + Chunk);
        // t.a: days since the deposit; t.f: the family; t.st: the status.
        const QString sql = fill(
            u"INSERT INTO dossiers (id, organisation_id, number, person_id, member_id, regime, date_of_care, "
            "deposited_on, deposited_at, deposited_by, long_term, payment_target, status, missing, control_reasons, "
            "billed, amo, complementary, reimbursed, created_at, updated_at) "
            "SELECT {base} + t.i + 1, o.id, CASE WHEN t.st = 'liquidation' THEN 'L' ELSE 'B' END || (1000000000 + t.i), "
            "{personBase} + t.f * 3 + t.i % 3 + 1, "
            "{personBase} + t.f * 3 + 1, 'AMO', {care}, {deposit}, {deposit} || 'T09:30:00.000Z', 'bench', t.lt, "
            "CASE WHEN t.lt THEN {target30} ELSE {target60} END, t.st, "
            "CASE WHEN t.st = 'incomplete' THEN 'Ordonnance' ELSE '' END, "
            "CASE WHEN t.st = 'control' THEN 'RANDOM' ELSE '' END, "
            "t.billed, t.paid * 8 / 10, t.paid - t.paid * 8 / 10, t.paid, "
            "{deposit} || 'T09:30:00.000Z', {deposit} || 'T09:30:00.000Z' "
            "FROM (SELECT v.i, v.f, v.a, v.st, v.i % 33 = 0 AS lt, 5000 + (v.i * 104729) % 150000 AS billed, "
            "  CASE WHEN v.st IN ('liquidated', 'batched', 'paid') THEN (5000 + (v.i * 104729) % 150000) * 7 / 10 "
            "  ELSE 0 END AS paid "
            "  FROM (SELECT u.i, u.f, u.a, {status} AS st "
            "    FROM (SELECT s.i, (s.i * 1103515245 + 12345) % 2147483647 % {families} AS f, "
            "      ({count} - 1 - s.i) * {history} / {count} AS a, (s.i * 48271) % 2147483647 % 1000 AS b "
            "      FROM {series}) AS u) AS v) AS t "
            "JOIN bench_orgs o ON o.i = t.f % {organisations}"_s,
            {{"base", QString::number(layout.dossierBase)},
             {"personBase", QString::number(layout.personBase)},
             {"care", d.daysAgo(u"t.a + t.i % 40"_s)},
             {"deposit", d.daysAgo(u"t.a"_s)},
             {"target30", d.daysAgo(u"t.a - 30"_s)},
             {"target60", d.daysAgo(u"t.a - 60"_s)},
             {"count", QString::number(layout.dossiers)},
             {"history", QString::number(HistoryDays)},
             {"families", QString::number(layout.families)},
             {"status", statusCase(layout)},
             {"series", d.series(u"s"_s, u"i"_s, from, to)},
             {"organisations", QString::number(organisations)}});
        Sql::execute(db, u"BEGIN"_s);
        Sql::execute(db, sql);
        Sql::execute(db, u"COMMIT"_s);
        out() << u"  seeded %1 of %2 dossiers (%3 s)"_s.arg(to).arg(layout.dossiers).arg(timer.elapsed() / 1000)
              << Qt::endl;
    }
    if (dialect == Dialect::Postgres)
        Sql::execute(db, u"ALTER TABLE dossiers ENABLE TRIGGER ALL"_s);
    buildIndexes(db, dossierIndexes, timer);

    // The lines of the dossiers waiting for liquidation: a consultation and four medicines each,
    // as the entry leaves them. Other dossiers keep only their amounts, unless --open-lines.
    const qint64 withLines = layout.openLines ? layout.openCount() : layout.armed;
    const std::initializer_list<std::pair<const char *, QString>> lineValues = {
        {"inpe", d.pad(u"(k.k * 7919) % 1000000000"_s, 9)},
        {"series", d.series(u"k"_s, u"k"_s, 0, withLines)},
        {"dossier", layout.openLines
                        ? u"%1 + k.k + 1"_s.arg(layout.dossierBase + layout.firstOpen())
                        : u"%1 + k.k * %2 + %2"_s.arg(layout.dossierBase + layout.firstOpen()).arg(layout.armedStep())},
        {"medicines", QString::number(medicines)}};
    Sql::execute(db, u"BEGIN"_s);
    Sql::execute(db, fill(u"INSERT INTO dossier_lines (dossier_id, organisation_id, line_no, kind, code, label, "
                          "category, provider_inpe, quantity, billed_unit) "
                          "SELECT d.id, d.organisation_id, 1, 'act', a.code, a.name, a.category, {inpe}, 1, "
                          "8000 + (k.k % 3) * 2000 "
                          "FROM {series} JOIN dossiers d ON d.id = {dossier} JOIN acts a ON a.code = 'C'"_s,
                          lineValues));
    Sql::execute(db, fill(u"INSERT INTO dossier_lines (dossier_id, organisation_id, line_no, kind, code, label, "
                          "category, provider_inpe, quantity, billed_unit) "
                          "SELECT d.id, d.organisation_id, l.n, 'medicine', m.code, m.name, 'medicine', {inpe}, "
                          "1 + (k.k + l.n) % 3, m.ppv "
                          "FROM {series} CROSS JOIN (SELECT 2 AS n UNION ALL SELECT 3 UNION ALL SELECT 4 "
                          "UNION ALL SELECT 5) AS l JOIN dossiers d ON d.id = {dossier} "
                          "JOIN bench_meds m ON m.i = ((k.k * 4 + l.n) * 7919) % {medicines}"_s,
                          lineValues));
    // The amounts follow the lines (70 % paid back on those already liquidated).
    Sql::execute(db, u"UPDATE dossiers SET billed = l.total, "
                     "reimbursed = CASE WHEN dossiers.reimbursed > 0 THEN l.total * 7 / 10 ELSE 0 END, "
                     "amo = CASE WHEN dossiers.reimbursed > 0 THEN l.total * 7 / 10 * 8 / 10 ELSE 0 END, "
                     "complementary = CASE WHEN dossiers.reimbursed > 0 THEN l.total * 7 / 10 - l.total * 7 / 10 * 8 / 10 "
                     "ELSE 0 END "
                     "FROM (SELECT dossier_id, SUM(quantity * billed_unit) AS total FROM dossier_lines "
                     "GROUP BY dossier_id) AS l WHERE dossiers.id = l.dossier_id"_s);
    Sql::execute(db, u"COMMIT"_s);
    out() << u"  lines of %1 dossiers (%2 s)"_s.arg(withLines).arg(timer.elapsed() / 1000) << Qt::endl;

    for (const QString &table : {u"bench_orgs"_s, u"bench_names"_s, u"bench_ribs"_s, u"bench_meds"_s})
        Sql::execute(db, u"DROP TABLE "_s + table);
    if (dialect == Dialect::Postgres) {
        // Ids were given explicitly: the identities go on after them.
        Sql::execute(db, u"SELECT setval(pg_get_serial_sequence('persons', 'id'), (SELECT MAX(id) FROM persons))"_s);
        Sql::execute(db, u"SELECT setval(pg_get_serial_sequence('dossiers', 'id'), (SELECT MAX(id) FROM dossiers))"_s);
        Sql::execute(db, u"RESET maintenance_work_mem"_s);
    }
    Sql::execute(db, u"ANALYZE"_s);
    if (dialect == Dialect::Sqlite) {
        Sql::execute(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        Sql::execute(db, u"PRAGMA cache_size = -2000"_s); // SQLite's default, as the application has it
        Sql::execute(db, u"PRAGMA foreign_keys = ON"_s);
    }
    out() << u"Seeded %1 persons and %2 dossiers (%3 with 5 lines) in %4 s."_s.arg(persons)
                 .arg(layout.dossiers)
                 .arg(withLines)
                 .arg(timer.elapsed() / 1000)
          << Qt::endl;
}

// Puts the dossiers of the liquidation run (numbered L…) back in its queue; returns how many.
qint64 arm(const QSqlDatabase &db)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Sql::execute(db, u"BEGIN"_s);
    QSqlQuery q = Sql::run(db, u"UPDATE dossiers SET status = 'liquidation', amo = 0, complementary = 0, reimbursed = 0, "
                               "version = version + 1, updated_at = ? "
                               "WHERE number >= 'L' AND number < 'M'"_s,
                           {now});
    const qint64 armed = q.numRowsAffected();
    q.finish();
    Sql::execute(db, u"COMMIT"_s);
    return armed;
}

// An agent of the LIQUIDATOR role (AMO and STU), created once per database.
Session liquidatorSession(const QSqlDatabase &db, const QString &login, const QString &organisationCode)
{
    AgentRepository agents(db);
    if (!agents.findByLogin(login))
        agents.create(AuditLog::anonymousSession(u"bench"_s), {login, u"Bench "_s + organisationCode, organisationCode,
                                                                 u"LIQUIDATOR"_s, {}, {}});
    const AgentRecord agent = *agents.findByLogin(login);
    Session s;
    s.agentId = agent.id;
    s.login = agent.login;
    s.fullName = agent.fullName;
    s.organisation = agent.organisation;
    s.roleCode = agent.roleCode;
    s.roleName = agent.roleName;
    s.purposes = ReferenceRepository(db).purposesOfRole(u"LIQUIDATOR"_s);
    s.workstation = u"bench"_s;
    if (!s.setActivePurpose(u"AMO"_s))
        throw DatabaseError(DatabaseError::Kind::Query, u"the LIQUIDATOR role has no purpose AMO"_s);
    return s;
}

struct Times
{
    double median = 0;
    double worst = 0;
};

Times summarize(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.constLast()};
}

struct FirstPage
{
    Times model;
    Times cells; // of which reading the cells
    Times alone;
    int rows = 0;
};

// (a) what the queue screen does as it opens: a new model, the first page, every cell shown read;
// (b) the model's own statement for that page, run alone and every value read.
FirstPage timeFirstPage(const QSqlDatabase &db, const Session &session, DossierStatus status, int runs)
{
    QString sql = u"SELECT d.id, d.number, p.last_name, p.first_name, d.date_of_care, d.deposited_on, d.status, "
                  "d.billed, d.reimbursed, d.payment_target, d.long_term FROM dossiers d "
                  "JOIN persons p ON p.id = d.person_id WHERE d.status = ?"_s;
    QVariantList values{dossierStatusCode(status)};
    if (!session.seesAllOrganisations()) {
        sql += u" AND d.organisation_id = ?"_s;
        values.append(session.organisation.id);
    }
    sql += u" AND d.regime = ? ORDER BY d.payment_target, d.id LIMIT ?"_s;
    values << u"AMO"_s << DossierQueueModel::PageSize;

    QList<double> modelTimes, cellTimes, aloneTimes;
    FirstPage result;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        {
            DossierQueueModel model(db, session);
            model.setStatus(status);
            result.rows = model.rowCount();
            const qint64 loaded = timer.nsecsElapsed();
            for (int r = 0; r < model.rowCount(); ++r)
                for (int c = 0; c < model.columnCount(); ++c)
                    model.data(model.index(r, c));
            cellTimes << (timer.nsecsElapsed() - loaded) / 1e6;
        }
        modelTimes << timer.nsecsElapsed() / 1e6;

        timer.start();
        {
            QSqlQuery q = Sql::run(db, sql, values);
            int rows = 0;
            while (q.next()) {
                for (int c = 0; c < 11; ++c)
                    q.value(c);
                ++rows;
            }
            if (rows != result.rows)
                throw DatabaseError(DatabaseError::Kind::Query,
                                    u"the statement alone read %1 rows, the model %2"_s.arg(rows).arg(result.rows));
        }
        aloneTimes << timer.nsecsElapsed() / 1e6;
    }
    result.model = summarize(modelTimes);
    result.cells = summarize(cellTimes);
    result.alone = summarize(aloneTimes);
    return result;
}

struct Memory
{
    double rssMb = 0;
    double hwmMb = 0;
};

Memory memory()
{
    Memory m;
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return m;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto kb = [&line] { return line.simplified().split(' ').value(1).toDouble() / 1024.0; };
        if (line.startsWith("VmRSS:"))
            m.rssMb = kb();
        else if (line.startsWith("VmHWM:"))
            m.hwmMb = kb();
    }
    return m;
}

qint64 queueSize(const QSqlDatabase &db, const Session &session, DossierStatus status)
{
    return Sql::scalar(db,
                       u"SELECT count(*) FROM dossiers WHERE regime = 'AMO' AND status = ? AND (? = 0 OR organisation_id = ?)"_s,
                       {dossierStatusCode(status), session.seesAllOrganisations() ? 0 : session.organisation.id,
                        session.seesAllOrganisations() ? 0 : session.organisation.id})
        .toLongLong();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the dossiers' queues, liquidation and memory on N dossiers."_s);
    parser.addHelpOption();
    parser.addOption({u"database"_s, u"A SQLite file or a postgresql:// URL."_s, u"database"_s});
    parser.addOption({u"dossiers"_s, u"Dossiers to seed (default 10000000)."_s, u"count"_s, u"10000000"_s});
    parser.addOption({u"liquidate"_s,
                      u"Dossiers of the liquidation run (default 100000, or half the dossiers of the last 75 days "
                      "when fewer)."_s,
                      u"count"_s});
    parser.addOption({u"open-lines"_s,
                      u"When seeding, give their 5 lines to every dossier of the last 75 days (as the entry does), "
                      "not only to those of the liquidation run."_s});
    parser.addOption({u"only-liquidation"_s, u"Measure the liquidation alone (no queues, no memory)."_s});
    parser.addOption({u"runs"_s, u"Runs of each first page (default 30)."_s, u"count"_s, u"30"_s});
    parser.addOption({u"scroll"_s, u"Queue scrolled for the memory figure (default liquidated)."_s, u"status"_s,
                      u"liquidated"_s});
    parser.process(app);
    const qint64 count = parser.value(u"dossiers"_s).toLongLong();
    Layout layout;
    layout.dossiers = std::max<qint64>(1, count);
    layout.families = std::max<qint64>(1, count / DossiersPerFamily);
    const qint64 mostToLiquidate = layout.openCount() / 2;
    const qint64 toLiquidate = parser.isSet(u"liquidate"_s) ? parser.value(u"liquidate"_s).toLongLong()
                                                            : std::min<qint64>(100000, mostToLiquidate);
    layout.armed = toLiquidate;
    layout.openLines = parser.isSet(u"open-lines"_s);
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const bool onlyLiquidation = parser.isSet(u"only-liquidation"_s);
    const std::optional<DossierStatus> scrolled = dossierStatusFromCode(parser.value(u"scroll"_s));
    QString error;
    const auto spec = ConnectionSpecParser::parse(parser.value(u"database"_s), &error);
    if (!spec || count < 2000 || toLiquidate <= 0 || toLiquidate > mostToLiquidate || !scrolled) {
        QTextStream(stderr) << (error.isEmpty() ? u"Give --database, --dossiers of at least 2000, --liquidate between 1 "
                                                  "and %1 (half the dossiers of the last %2 days), and --scroll a "
                                                  "status code."_s.arg(std::max<qint64>(1, mostToLiquidate))
                                                      .arg(OpenDays)
                                                : error)
                            << Qt::endl;
        return 2;
    }
    bool missed = false;
    try {
        QSqlDatabase db = Database::open(*spec, u"bench"_s);
        Migrator(db).migrate();
        const Dialect dialect = Sql::dialect(db);
        const qint64 present = Sql::scalar(db, u"SELECT count(*) FROM dossiers"_s).toLongLong();
        if (present != count) {
            if (present != 0) {
                QTextStream(stderr) << u"The database holds %1 dossiers, not %2: give an empty one."_s.arg(present).arg(
                                           count)
                                    << Qt::endl;
                return 2;
            }
            seed(db, dialect, layout, QStringLiteral(GUICHET_SOURCE_DIR));
            // A new connection for the figures, without the seed's caches, whose memory goes back
            // to the system.
            db.close();
#ifdef __GLIBC__
            malloc_trim(0);
#endif
            db = Database::open(*spec, u"bench-figures"_s);
        } else {
            out() << u"Reusing the %1 dossiers already seeded (%2 of them with lines)."_s.arg(count).arg(
                         Sql::scalar(db, u"SELECT count(*) FROM dossier_lines WHERE line_no = 1"_s).toLongLong())
                  << Qt::endl;
        }
        QElapsedTimer armTimer;
        armTimer.start();
        const qint64 armed = arm(db);
        out() << u"%1 dossiers put back in the liquidation queue (%2 ms)."_s.arg(armed).arg(armTimer.elapsed())
              << Qt::endl;
        if (armed != toLiquidate)
            out() << u"  (the database was seeded with %1 dossiers to liquidate, not %2: the run takes %1)"_s.arg(armed)
                         .arg(toLiquidate)
                  << Qt::endl;
        if (dialect == Dialect::Sqlite)
            out() << u"Database file: %1 MB."_s.arg(QFileInfo(spec->sqlitePath).size() / 1000000) << Qt::endl;
        else
            out() << u"Database size: %1 MB."_s.arg(
                         Sql::scalar(db, u"SELECT pg_database_size(current_database())"_s).toLongLong() / 1000000)
                  << Qt::endl;

        const Session mgpap = liquidatorSession(db, u"bench.mgpap"_s, u"MGPAP"_s);
        const Session cnops = liquidatorSession(db, u"bench.cnops"_s, u"CNOPS"_s);

        // First page of a queue.
        if (!onlyLiquidation) {
        QList<std::tuple<QString, QSqlDatabase, const Session *>> agents = {{u"MGPAP"_s, db, &mgpap},
                                                                            {u"CNOPS"_s, db, &cnops}};
        if (dialect == Dialect::Postgres) {
            // Also as a MGPAP agent's own login under SET ROLE p_amo: row-level security adds its
            // policy to the statement, as at a real desk.
            const QString login = u"bench."_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
            const QString password = QUuid::createUuid().toString(QUuid::Id128);
            AgentRepository(db).create(AuditLog::anonymousSession(u"bench"_s),
                                       {login, u"Bench"_s, u"MGPAP"_s, u"LIQUIDATOR"_s, {}, password});
            ConnectionSpec agentSpec = *spec;
            agentSpec.user = login;
            agentSpec.password = password;
            QSqlDatabase agentDb = Database::open(agentSpec, u"bench-agent"_s);
            Sql::run(agentDb, u"SELECT set_config('role', 'p_amo', false)"_s);
            agents.append({u"MGPAP+RLS"_s, agentDb, &mgpap});
        }
        out() << Qt::endl
              << u"First page of a work queue (%1 rows), %2 dossiers, %3, %4 runs each (milliseconds)"_s
                     .arg(DossierQueueModel::PageSize)
                     .arg(count)
                     .arg(dialectName(dialect))
                     .arg(runs)
              << Qt::endl;
        out() << u"%1 %2 %3 %4 %5 %6 %7 %8 %9"_s.arg(u"queue"_s, -12)
                     .arg(u"agent"_s, -10)
                     .arg(u"size"_s, 9)
                     .arg(u"model"_s, 8)
                     .arg(u"worst"_s, 8)
                     .arg(u"cells"_s, 8)
                     .arg(u"alone"_s, 8)
                     .arg(u"worst"_s, 8)
                     .arg(u"ratio"_s, 6)
              << Qt::endl;
        for (DossierStatus status : {DossierStatus::Liquidated, DossierStatus::Incomplete}) {
            for (const auto &[label, connection, session] : agents) {
                const qint64 size = queueSize(db, *session, status);
                const FirstPage f = timeFirstPage(connection, *session, status, runs);
                const double ratio = f.model.median / std::max(f.alone.median, 1e-6);
                const bool ok = f.model.median < 50 && ratio < 1.5;
                missed = missed || !ok;
                out() << u"%1 %2 %3 %4 %5 %6 %7 %8 %9%10"_s.arg(dossierStatusCode(status), -12)
                             .arg(label, -10)
                             .arg(size, 9)
                             .arg(f.model.median, 8, 'f', 2)
                             .arg(f.model.worst, 8, 'f', 2)
                             .arg(f.cells.median, 8, 'f', 2)
                             .arg(f.alone.median, 8, 'f', 2)
                             .arg(f.alone.worst, 8, 'f', 2)
                             .arg(ratio, 6, 'f', 2)
                             .arg(ok ? QString() : u"  MISSED"_s)
                      << Qt::endl;
            }
        }
        out() << u"model: a new DossierQueueModel on the queue, its first page loaded and every cell of it read "
                 "(cells: the reading of the cells, of the model's time); alone: the model's statement for that page "
                 "run with QSqlQuery, every value read; medians and worst runs."_s
              << Qt::endl;
        out() << u"Targets: model median under 50 ms, and under 1.5 times the statement alone."_s << Qt::endl;

        // Memory while scrolling the biggest queue (before the liquidation, whose reference
        // data would otherwise count in the peak).
        {
            const qint64 total = queueSize(db, cnops, *scrolled);
            out() << Qt::endl
                  << u"Memory of the client scrolling the queue \"%1\" of a CNOPS agent (%2 dossiers) from top to "
                     "bottom"_s.arg(dossierStatusCode(*scrolled))
                         .arg(total)
                  << Qt::endl;
            const Memory before = memory();
            Memory atTenth;
            QElapsedTimer timer;
            timer.start();
            DossierQueueModel model(db, cnops);
            model.setStatus(*scrolled);
            auto readRows = [&model](int from) {
                for (int r = from; r < model.rowCount(); ++r)
                    for (int c = 0; c < model.columnCount(); ++c)
                        model.data(model.index(r, c));
            };
            readRows(0);
            if (model.rowCount() >= total / 10)
                atTenth = memory();
            qint64 pages = 1;
            while (model.canFetchMore({})) {
                const int shown = model.rowCount();
                const qint64 passed = model.rowsBefore() + shown;
                model.fetchMore({});
                ++pages;
                // New rows are at the end; rows that left the window at the top were removed.
                const qint64 added = model.rowsBefore() + model.rowCount() - passed;
                readRows(int(model.rowCount() - added));
                if (atTenth.rssMb == 0 && model.rowsBefore() + model.rowCount() >= total / 10)
                    atTenth = memory();
            }
            const double seconds = timer.nsecsElapsed() / 1e9;
            const qint64 scrolledRows = model.rowsBefore() + model.rowCount();
            const Memory after = memory();
            const bool ok = after.rssMb < 200 && std::abs(after.rssMb - atTenth.rssMb) < 10 && scrolledRows == total;
            missed = missed || !ok;
            out() << u"Rows scrolled: %1 in %2 pages, %3 s (%4 pages a second); rows held at the end: %5."_s
                         .arg(scrolledRows)
                         .arg(pages)
                         .arg(seconds, 0, 'f', 1)
                         .arg(pages / std::max(seconds, 1e-9), 0, 'f', 0)
                         .arg(model.rowCount())
                  << Qt::endl;
            out() << u"VmRSS before %1 MB, after a tenth %2 MB, after all %3 MB; VmHWM %4 MB%5"_s
                         .arg(before.rssMb, 0, 'f', 1)
                         .arg(atTenth.rssMb, 0, 'f', 1)
                         .arg(after.rssMb, 0, 'f', 1)
                         .arg(after.hwmMb, 0, 'f', 1)
                         .arg(ok ? QString() : u"  MISSED"_s)
                  << Qt::endl;
            out() << u"Targets: under 200 MB after scrolling, within 10 MB of the size after a tenth of the queue."_s
                  << Qt::endl;
        }

        } // !onlyLiquidation

        // Liquidation throughput.
        {
            out() << Qt::endl
                  << u"Liquidation of %1 dossiers of 5 lines (a CNOPS liquidator, AMO), writes included"_s.arg(armed)
                  << Qt::endl;
            // The pages the seeding and the re-arming left dirty are written out first, so that
            // the server's background writing of the set-up is not timed with the liquidation.
            QElapsedTimer checkpoint;
            checkpoint.start();
            Sql::execute(db, dialect == Dialect::Postgres ? u"CHECKPOINT"_s : u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            out() << u"(set-up written out first: %1 ms)"_s.arg(checkpoint.elapsed()) << Qt::endl;
            DossierRepository repository(db);
            QElapsedTimer timer;
            timer.start();
            double firstChunk = 0; // seconds to the first chunk committed
            int chunks = 0;
            const int done = repository.liquidateWaiting(cnops, [&](int) {
                if (chunks++ == 0)
                    firstChunk = timer.nsecsElapsed() / 1e9;
                return true;
            });
            const double seconds = timer.nsecsElapsed() / 1e9;
            const double rate = done / std::max(seconds, 1e-9);
            // 100,000 in under 10 s: 10,000 dossiers a second, whatever the count.
            const bool ok = done == armed && rate >= 10000;
            missed = missed || !ok;
            out() << u"Liquidated %1 dossiers in %2 s: %3 dossiers a second%4"_s.arg(done)
                         .arg(seconds, 0, 'f', 2)
                         .arg(rate, 0, 'f', 0)
                         .arg(ok ? QString() : u"  MISSED"_s)
                  << Qt::endl;
            out() << u"(%1 chunks; the first one committed after %2 s)"_s.arg(chunks).arg(firstChunk, 0, 'f', 2)
                  << Qt::endl;
            out() << u"Target: 100,000 dossiers in under 10 s (10,000 a second)."_s << Qt::endl;
        }
        out() << Qt::endl << (missed ? u"Some targets were missed."_s : u"Every target is met."_s) << Qt::endl;
        return missed ? 1 : 0;
    } catch (const DatabaseError &e) {
        QTextStream(stderr) << e.fullMessage() << Qt::endl;
        return 1;
    }
}
