// The purge of issue 7 on a large central database: seeds N expired persons (1 million by
// default) with their dossiers, complaints and values of changes, and N / 10 active persons, into
// a PostgreSQL database (or a SQLite file, 100,000 by default), then
//   1. purges them with PurgeRepository (start, then runBatch until nothing is left), timing the
//      whole run and each batch: the target is 1,000,000 persons in under 5 minutes;
//   2. meanwhile, on a connection of its own in another thread, does what a counter agent does
//      every 100 ms (a search by name, the dossiers of an active person), and compares those
//      latencies with the same work during the 5 seconds before the purge;
//   3. checks that every expired person, and no active one, was anonymised.
//
//   bench_purge --database postgresql://postgres@127.0.0.1:55437/bench [--persons 1000000]
//               [--active 100000] [--batch 1000] [--as-of YYYY-MM-DD] [--seed-only]
//   bench_purge --database /tmp/bench-purge.sqlite
//
// A purge changes what it measures, so every measured run starts from a fresh seed: a database
// this benchmark seeded and purged is emptied (PostgreSQL: TRUNCATE; SQLite: a new file) and
// seeded again. A database seeded and not purged yet (--seed-only, or a run stopped before its
// purge) is reused. Exits 1 when the target is missed or the check fails.

#include "core/Clock.h"
#include "core/ConnectionSpec.h"
#include "core/TextNormalizer.h"
#include "data/common/AgentRepository.h"
#include "data/common/AuditLog.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/DossierRepository.h"
#include "data/common/Migrator.h"
#include "data/persons/PersonTableModel.h"
#include "data/retention/PurgeRepository.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Sql.h"
#include "BenchSeed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <QTimeZone>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <thread>

using namespace guichet;
using namespace Qt::StringLiterals;
using namespace guichet::bench;

namespace {

// The target of the issue: 1,000,000 persons in under 5 minutes, i.e. this many a second
// whatever the number seeded.
constexpr double TargetSeconds = 300;
constexpr double TargetPersons = 1000000;
constexpr qint64 Chunk = 500000; // persons per seeding transaction
constexpr int BaselineSeconds = 5;
constexpr int AgentPeriodMs = 100;
const QString Marker = u"bench_purge"_s; // app_settings key: "expired active" once seeded

// SQL fragments that differ between the dialects.
struct Dialected : bench::SeedDialect
{
    // The ISO date `days` (>= 0) days after `from` (a text expression holding an ISO date).
    QString daysAfter(const QString &from, const QString &days) const
    {
        return dialect == Dialect::Sqlite ? u"date(%1, '+' || (%2) || ' days')"_s.arg(from, days)
                                          : u"to_char(CAST(%1 AS date) + CAST(%2 AS integer), 'YYYY-MM-DD')"_s.arg(from, days);
    }
    // The capital letter A + `index` (0 … 25).
    QString letter(const QString &index) const
    {
        return (dialect == Dialect::Sqlite ? u"char(65 + %1)"_s : u"chr(CAST(65 + %1 AS integer))"_s).arg(index);
    }
    // A binary value holding `text` (a literal without quotes).
    QString blob(const QString &text) const
    {
        return (dialect == Dialect::Sqlite ? u"CAST('%1' AS BLOB)"_s : u"convert_to('%1', 'UTF8')"_s).arg(text);
    }
};

struct Layout
{
    qint64 expired = 0;
    qint64 active = 0;
    qint64 total() const { return expired + active; }
    QString marker() const { return u"%1 %2"_s.arg(expired).arg(active); }
};

// Seeds the persons 1 … expired + active; returns the seconds it took.
double seed(const QSqlDatabase &db, Dialect dialect, const Layout &layout)
{
    QElapsedTimer timer;
    timer.start();
    const Dialected d{{dialect}};
    const auto step = [&timer](const QString &what) {
        out() << u"  %1 (%2 s)"_s.arg(what).arg(timer.elapsed() / 1000.0, 0, 'f', 1) << Qt::endl;
    };
    if (dialect == Dialect::Sqlite) {
        // The rows are consistent by construction; the page cache is raised for the index builds
        // only (set back below, before anything is measured).
        Sql::execute(db, u"PRAGMA foreign_keys = OFF"_s);
        Sql::execute(db, u"PRAGMA cache_size = -400000"_s);
    } else {
        Sql::execute(db, u"SET maintenance_work_mem = '256MB'"_s);
    }

    // Reference tables of the seed: the mutuelles and 256 names, folded as the application does.
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

    QStringList indexes;
    for (const QString &table : {u"persons"_s, u"dossiers"_s, u"complaints"_s, u"complaint_attachments"_s,
                                 u"audit_values"_s})
        indexes += dropIndexes(db, dialect, table);
    if (dialect == Dialect::Postgres) {
        // No NOTIFY per seeded person, no foreign-key check or deposit guard per row.
        Sql::execute(db, u"ALTER TABLE persons DISABLE TRIGGER USER"_s);
        for (const QString &table : {u"dossiers"_s, u"complaints"_s, u"complaint_attachments"_s})
            Sql::execute(db, u"ALTER TABLE "_s + table + u" DISABLE TRIGGER ALL"_s);
    }
    const auto inTransaction = [&db](const QString &sql) {
        Sql::execute(db, u"BEGIN"_s);
        Sql::execute(db, sql);
        Sql::execute(db, u"COMMIT"_s);
    };

    // Persons: every one a member of a mutuelle; the active ones spread evenly among the expired
    // (person i is active when (i + 1) * active / total passes an integer), as registrations
    // interleave in a real file. Expired: the relationship ended in 2015 to 2020.
    for (qint64 from = 0; from < layout.total(); from += Chunk) {
        const qint64 to = std::min(layout.total(), from + Chunk);
        inTransaction(fill(
            u"INSERT INTO persons (id, organisation_id, member_id, relation, immatriculation, cin, last_name, "
            "first_name, last_name_ar, first_name_ar, birth_date, sex, regime, name_key, name_ar_key, created_at, "
            "updated_at, address, phone, status, relation_start, relation_end) "
            "SELECT t.i + 1, o.id, NULL, 'member', '7' || {immatriculation}, {cinLetters} || {cinDigits}, "
            "n.last_name, n.first_name, n.last_name_ar, n.first_name_ar, {birth}, "
            "CASE WHEN t.i % 2 = 0 THEN 'M' ELSE 'F' END, 'AMO', n.name_key, n.name_ar_key, "
            "'2010-01-04T08:00:00.000Z', CASE WHEN t.a = 1 THEN '2024-01-02T08:00:00.000Z' "
            "ELSE {end} || 'T10:00:00.000Z' END, "
            "CAST(t.i % 300 + 1 AS TEXT) || ', avenue Hassan II, Rabat', '06' || {phone}, "
            "CASE WHEN t.a = 1 THEN 'active' ELSE 'ended' END, {start}, CASE WHEN t.a = 1 THEN NULL ELSE {end} END "
            "FROM (SELECT s.i, CASE WHEN (s.i + 1) * {active} / {total} > s.i * {active} / {total} THEN 1 ELSE 0 END "
            "  AS a, (s.i * 104729) % 676000000 AS c FROM {series}) AS t "
            "JOIN bench_orgs o ON o.i = t.i % {organisations} "
            "JOIN bench_names n ON n.i = (t.i / {organisations} * 11) % {names}"_s,
            {{"immatriculation", d.pad(u"t.i"_s, 8)},
             {"cinLetters", d.letter(u"t.c % 26"_s) + u" || "_s + d.letter(u"t.c / 26 % 26"_s)},
             {"cinDigits", d.pad(u"t.c / 676"_s, 6)},
             {"birth", d.daysAfter(u"'1940-01-01'"_s, u"(t.i * 37) % 18000"_s)},
             {"end", d.daysAfter(u"'2015-01-01'"_s, u"(t.i * 29) % 2191"_s)},
             {"start", d.daysAfter(u"'1985-01-01'"_s, u"(t.i * 53) % 9000"_s)},
             {"phone", d.pad(u"(t.i * 7919) % 100000000"_s, 8)},
             {"active", QString::number(layout.active)},
             {"total", QString::number(layout.total())},
             {"series", d.series(u"s"_s, u"i"_s, from, to)},
             {"organisations", QString::number(organisations)},
             {"names", QString::number(names)}}));
        step(u"seeded %1 of %2 persons"_s.arg(to).arg(layout.total()));
    }

    // Two paid dossiers a person (ids 2p - 1 and 2p): the expired persons' deposited in 2016 to
    // 2019 and paid by early 2020, the active persons' in the last four years.
    const QString activeFrom = QDate::currentDate().addDays(-1600).toString(Qt::ISODate);
    for (qint64 from = 0; from < layout.total(); from += Chunk) {
        const qint64 to = std::min(layout.total(), from + Chunk);
        inTransaction(fill(
            u"INSERT INTO dossiers (id, organisation_id, number, person_id, member_id, regime, date_of_care, "
            "deposited_on, deposited_at, deposited_by, payment_target, status, billed, amo, complementary, reimbursed, "
            "created_at, updated_at) "
            "SELECT t.id, t.organisation_id, 'D' || {number}, t.person_id, t.person_id, 'AMO', {care}, {deposit}, "
            "{deposit} || 'T09:30:00.000Z', 'bench', {target}, 'paid', t.billed, t.billed * 7 / 10 * 8 / 10, "
            "t.billed * 7 / 10 - t.billed * 7 / 10 * 8 / 10, t.billed * 7 / 10, {deposit} || 'T09:30:00.000Z', "
            "{paid} || 'T12:00:00.000Z' "
            "FROM (SELECT p.id * 2 + k.k - 1 AS id, p.id AS person_id, p.organisation_id, "
            "  CASE WHEN p.status = 'ended' THEN '2016-01-01' ELSE '{activeFrom}' END AS base, "
            "  (p.id * 13 + k.k * 200) % 1400 AS off, p.id % 40 AS lag, "
            "  5000 + ((p.id * 2 + k.k) * 104729) % 150000 AS billed "
            "  FROM persons p CROSS JOIN (SELECT 0 AS k UNION ALL SELECT 1) AS k "
            "  WHERE p.id > {from} AND p.id <= {to}) AS t"_s,
            {{"number", d.pad(u"t.id"_s, 10)},
             {"care", d.daysAfter(u"t.base"_s, u"t.off"_s)},
             {"deposit", d.daysAfter(u"t.base"_s, u"t.off + t.lag"_s)},
             {"target", d.daysAfter(u"t.base"_s, u"t.off + t.lag + 60"_s)},
             {"paid", d.daysAfter(u"t.base"_s, u"t.off + t.lag + 75"_s)},
             {"activeFrom", activeFrom},
             {"from", QString::number(from)},
             {"to", QString::number(to)}}));
        step(u"seeded the dossiers of %1 of %2 persons"_s.arg(to).arg(layout.total()));
    }

    // A closed complaint of 2019 for one expired person in ten (category OTHER, answered by the
    // division of its processing), each with a letter of 1 KB attached.
    inTransaction(fill(
        u"INSERT INTO complaints (id, organisation_id, number, channel, received_at, requester_kind, person_id, "
        "requester_name, requester_contact, category_code, division_id, status, description, first_response_at, "
        "closed_at, resolution, created_at, updated_at) "
        "SELECT t.id, t.organisation_id, 'R-BENCH-' || {number}, 'counter', {received} || 'T10:00:00.000Z', "
        "'member', t.person_id, t.name, t.phone, 'OTHER', "
        "(SELECT u.division_id FROM complaint_categories c JOIN purposes u ON u.code = c.purpose_code "
        "  WHERE c.code = 'OTHER'), 'closed', "
        "'Le remboursement du dossier de mars n''est pas arrivé; l''adhérent demande où il en est.', "
        "{answered} || 'T11:00:00.000Z', {closed} || 'T15:00:00.000Z', "
        "'Dossier payé le mois suivant; l''adhérent a été informé par téléphone.', "
        "{received} || 'T10:00:00.000Z', {closed} || 'T15:00:00.000Z' "
        "FROM (SELECT p.id / 10 AS id, p.id AS person_id, p.organisation_id, "
        "  p.last_name || ' ' || p.first_name AS name, p.phone, (p.id * 7) % 330 AS off "
        "  FROM persons p WHERE p.status = 'ended' AND p.id % 10 = 0) AS t"_s,
        {{"number", d.pad(u"t.id"_s, 8)},
         {"received", d.daysAfter(u"'2019-01-01'"_s, u"t.off"_s)},
         {"answered", d.daysAfter(u"'2019-01-01'"_s, u"t.off + 3"_s)},
         {"closed", d.daysAfter(u"'2019-01-01'"_s, u"t.off + 20"_s)}}));
    QString letter = u"%PDF-1.4 Lettre de réclamation (bench)\n"_s;
    while (letter.toUtf8().size() < 1000)
        letter += u"Monsieur le Directeur, je vous prie de bien vouloir examiner mon dossier. "_s;
    inTransaction(u"INSERT INTO complaint_attachments (complaint_id, organisation_id, file_name, content, added_at, "
                  "added_by) SELECT id, organisation_id, 'lettre-' || number || '.pdf', "_s
                  + d.blob(letter) + u", received_at, 'bench' FROM complaints"_s);
    step(u"seeded the complaints and their attachments"_s);

    // The values of one change a person (their address typed in), kept apart from the log.
    for (qint64 from = 0; from < layout.total(); from += Chunk) {
        const qint64 to = std::min(layout.total(), from + Chunk);
        inTransaction(fill(u"INSERT INTO audit_values (ref, person_id, salt, change_set, created_at) "
                           "SELECT 'bench-' || CAST(p.id AS TEXT), p.id, {salt}, "
                           "'{\"address\":[\"\",\"' || p.address || '\"]}', p.created_at FROM persons p "
                           "WHERE p.id > {from} AND p.id <= {to}"_s,
                           {{"salt", d.pad(u"(p.id * 7919) % 1000000000000"_s, 16)},
                            {"from", QString::number(from)},
                            {"to", QString::number(to)}}));
    }
    step(u"seeded the values of changes"_s);

    if (dialect == Dialect::Postgres) {
        Sql::execute(db, u"ALTER TABLE persons ENABLE TRIGGER USER"_s);
        for (const QString &table : {u"dossiers"_s, u"complaints"_s, u"complaint_attachments"_s})
            Sql::execute(db, u"ALTER TABLE "_s + table + u" ENABLE TRIGGER ALL"_s);
    }
    for (const QString &definition : std::as_const(indexes)) {
        Sql::execute(db, definition);
        step(u"index built: "_s + definition.left(90));
    }
    for (const QString &table : {u"bench_orgs"_s, u"bench_names"_s})
        Sql::execute(db, u"DROP TABLE "_s + table);
    if (dialect == Dialect::Postgres) {
        // Ids were given explicitly: the identities go on after them.
        Sql::execute(db, u"SELECT setval(pg_get_serial_sequence('persons', 'id'), (SELECT MAX(id) FROM persons))"_s);
        Sql::execute(db, u"SELECT setval(pg_get_serial_sequence('dossiers', 'id'), (SELECT MAX(id) FROM dossiers))"_s);
        Sql::execute(db,
                     u"SELECT setval(pg_get_serial_sequence('complaints', 'id'), (SELECT MAX(id) FROM complaints))"_s);
        Sql::execute(db, u"RESET maintenance_work_mem"_s);
    }
    Sql::run(db, u"INSERT INTO app_settings (key, value) VALUES (?, ?)"_s, {Marker, layout.marker()});
    if (dialect == Dialect::Postgres) {
        // A production table was vacuumed long ago: without this the autovacuum of the freshly
        // inserted rows (and the setting of their hint bits) would run in the timed purge.
        Sql::execute(db, u"VACUUM ANALYZE"_s);
    } else {
        Sql::execute(db, u"ANALYZE"_s);
        Sql::execute(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        Sql::execute(db, u"PRAGMA cache_size = -2000"_s); // SQLite's default, as the application has it
        Sql::execute(db, u"PRAGMA foreign_keys = ON"_s);
    }
    step(u"vacuumed and analysed"_s);
    return timer.elapsed() / 1000.0;
}

// Empties a database this benchmark seeded, for a fresh seed.
void wipe(const QSqlDatabase &db)
{
    // CASCADE: the tables that refer to persons, dossiers or complaints (all empty but ours),
    // without a notice for each.
    Sql::execute(db, u"SET client_min_messages = warning"_s);
    Sql::execute(db, u"TRUNCATE persons, dossiers, complaints, complaint_attachments, audit_values, purge_runs, "
                     "purge_counts CASCADE"_s);
    Sql::execute(db, u"RESET client_min_messages"_s);
    Sql::run(db, u"DELETE FROM app_settings WHERE key = ?"_s, {Marker});
}

// A counter agent of the organisation: on PostgreSQL with its own login (a new one a run), so
// that the server applies row-level security as at a real desk; `password` gets its password.
Session counterSession(const QSqlDatabase &db, const QString &organisationCode, QString *password)
{
    const QString login = u"bench.purge."_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    *password = Sql::dialect(db) == Dialect::Postgres ? QUuid::createUuid().toString(QUuid::Id128) : QString();
    AgentRepository agents(db);
    agents.create(AuditLog::anonymousSession(u"bench"_s),
                  {login, u"Bench "_s + organisationCode, organisationCode, u"COUNTER"_s, {}, *password});
    const AgentRecord agent = *agents.findByLogin(login);
    Session s;
    s.agentId = agent.id;
    s.login = agent.login;
    s.fullName = agent.fullName;
    s.organisation = agent.organisation;
    s.roleCode = agent.roleCode;
    s.roleName = agent.roleName;
    s.purposes = ReferenceRepository(db).purposesOfRole(u"COUNTER"_s);
    s.workstation = u"bench"_s;
    s.serverEnforced = Sql::dialect(db) == Dialect::Postgres;
    // The deposit desk: it finds the member, then looks at their dossiers.
    if (!s.setActivePurpose(u"AMO"_s))
        throw DatabaseError(DatabaseError::Kind::Query, u"the COUNTER role has no purpose AMO"_s);
    return s;
}

// What a counter agent does while the purge runs, on a connection of its own in a thread of its
// own (a connection serves only the thread that opened it): every 100 ms a search by name in
// the persons list (PersonTableModel, its first page and every cell of it read) and the dossiers
// of an active person (DossierRepository::dossiersOfPerson). Each latency is kept with the phase
// it started in.
class AgentLoad
{
public:
    enum Phase { Before, During };

    AgentLoad(const ConnectionSpec &spec, const Session &session, const QStringList &searches,
              const QList<qint64> &persons)
    {
        m_thread = std::thread([this, spec, session, searches, persons] {
            const QString name = u"bench-agent"_s;
            try {
                QSqlDatabase db = Database::open(spec, name);
                if (spec.isPostgres()) // the session's purpose, as the client sets it
                    Sql::run(db, u"SELECT set_config('role', 'p_' || lower(?), false)"_s, {session.activePurpose()});
                PersonTableModel model(db, session);
                QObject::connect(&model, &PersonTableModel::errorOccurred, [this](const QString &message) {
                    ++errors;
                    lastError = message;
                });
                DossierRepository dossiers(db);
                auto next = std::chrono::steady_clock::now();
                for (qsizetype k = 0; !m_stop; ++k) {
                    const int phase = m_phase;
                    QElapsedTimer timer;
                    timer.start();
                    model.setFilterText(searches.at(k % searches.size()));
                    for (int r = 0; r < model.rowCount(); ++r)
                        for (int c = 0; c < model.columnCount(); ++c)
                            model.data(model.index(r, c));
                    search[phase] << timer.nsecsElapsed() / 1e6;
                    rows[phase] += model.rowCount();
                    timer.start();
                    const int found = int(dossiers.dossiersOfPerson(session, persons.at(k * 7 % persons.size())).size());
                    dossierReads[phase] << timer.nsecsElapsed() / 1e6;
                    if (found == 0)
                        ++emptyDossiers;
                    next += std::chrono::milliseconds(AgentPeriodMs);
                    next = std::max(next, std::chrono::steady_clock::now());
                    std::this_thread::sleep_until(next);
                }
            } catch (...) {
                m_failure = std::current_exception();
            }
            Database::close(name);
        });
    }
    ~AgentLoad()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }

    void setPhase(Phase phase) { m_phase = phase; }
    // Stops the agent; its figures may be read after this.
    void finish()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_failure)
            std::rethrow_exception(m_failure);
    }

    QList<double> search[2];
    QList<double> dossierReads[2];
    qint64 rows[2] = {0, 0};
    int emptyDossiers = 0;
    int errors = 0;
    QString lastError;

private:
    std::thread m_thread;
    std::atomic<int> m_phase{Before};
    std::atomic<bool> m_stop{false};
    std::exception_ptr m_failure;
};

struct Spread
{
    qsizetype count = 0;
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Spread spread(QList<double> times)
{
    if (times.isEmpty())
        return {};
    std::sort(times.begin(), times.end());
    const auto at = [&times](double q) {
        return times.at(std::clamp<qsizetype>(qsizetype(std::ceil(q * times.size())) - 1, 0, times.size() - 1));
    };
    return {times.size(), at(0.5), at(0.95), times.constLast()};
}

QString dayStart(QDate date)
{
    return toStoredTimestamp(QDateTime(date, QTime(0, 0), QTimeZone::utc()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the purge of N expired persons while an agent works."_s);
    parser.addHelpOption();
    parser.addOption({u"database"_s, u"A SQLite file or a postgresql:// URL."_s, u"database"_s});
    parser.addOption({u"persons"_s, u"Expired persons to seed and purge (default 1000000; 100000 on SQLite)."_s,
                      u"count"_s});
    parser.addOption({u"active"_s,
                      u"Active persons seeded with them, never purged (default a tenth of --persons, at least 100)."_s,
                      u"count"_s});
    parser.addOption({u"batch"_s, u"Persons a batch of the purge (default 1000)."_s, u"count"_s, u"1000"_s});
    parser.addOption({u"as-of"_s, u"The date the purge runs as of, YYYY-MM-DD (default today)."_s, u"date"_s});
    parser.addOption({u"seed-only"_s, u"Seed (or check the seed) and stop before the purge."_s});
    parser.process(app);

    QString error;
    const auto spec = ConnectionSpecParser::parse(parser.value(u"database"_s), &error);
    Layout layout;
    if (spec)
        layout.expired = parser.isSet(u"persons"_s) ? parser.value(u"persons"_s).toLongLong()
                                                    : (spec->isPostgres() ? 1000000 : 100000);
    layout.active = parser.isSet(u"active"_s) ? parser.value(u"active"_s).toLongLong()
                                              : std::max<qint64>(100, layout.expired / 10);
    const int batch = parser.value(u"batch"_s).toInt();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate asOf = parser.isSet(u"as-of"_s) ? QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate) : today;
    if (!spec || layout.expired < 100 || layout.active < 100 || batch <= 0 || !asOf.isValid() || asOf > today) {
        QTextStream(stderr) << (error.isEmpty() ? u"Give --database, --persons and --active of at least 100, --batch "
                                                  "of at least 1, and --as-of a date not after today (YYYY-MM-DD)."_s
                                                : error)
                            << Qt::endl;
        return 2;
    }

    try {
        QSqlDatabase db = Database::open(*spec, u"bench"_s);
        Migrator(db).migrate();
        const Dialect dialect = Sql::dialect(db);
        const QVariant marker = Sql::scalar(db, u"SELECT value FROM app_settings WHERE key = ?"_s, {Marker});
        if (!marker.isValid() && Sql::scalar(db, u"SELECT count(*) FROM persons"_s).toLongLong() != 0) {
            QTextStream(stderr) << u"The database holds persons this benchmark did not seed: give an empty one."_s
                                << Qt::endl;
            return 2;
        }
        const bool purged = marker.isValid()
                            && (Sql::scalar(db, u"SELECT count(*) FROM purge_runs"_s).toLongLong() > 0
                                || Sql::scalar(db, u"SELECT count(*) FROM persons WHERE anonymised_at IS NOT NULL"_s)
                                           .toLongLong()
                                       > 0);
        if (marker.isValid() && marker.toString() == layout.marker() && !purged) {
            out() << u"Reusing the %1 expired and %2 active persons already seeded (not purged yet)."_s
                         .arg(layout.expired)
                         .arg(layout.active)
                  << Qt::endl;
        } else {
            if (marker.isValid()) {
                out() << u"The database holds an earlier seed (%1 expired and active persons%2): seeding afresh."_s.arg(
                             marker.toString(), purged ? u", purged"_s : QString())
                      << Qt::endl;
                if (dialect == Dialect::Postgres) {
                    wipe(db);
                } else {
                    // A new file: SQLite would keep the freed pages of the old rows.
                    db = {};
                    Database::close(u"bench"_s);
                    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
                        QFile::remove(spec->sqlitePath + suffix);
                    db = Database::open(*spec, u"bench"_s);
                    Migrator(db).migrate();
                }
            }
            out() << u"Seeding %1 expired and %2 active persons (%3)"_s.arg(layout.expired)
                         .arg(layout.active)
                         .arg(dialectName(dialect))
                  << Qt::endl;
            const double seconds = seed(db, dialect, layout);
            out() << u"Seeded %1 persons, %2 dossiers, %3 complaints with an attachment, %4 values of changes in "
                     "%5 s."_s.arg(Sql::scalar(db, u"SELECT count(*) FROM persons"_s).toLongLong())
                         .arg(Sql::scalar(db, u"SELECT count(*) FROM dossiers"_s).toLongLong())
                         .arg(Sql::scalar(db, u"SELECT count(*) FROM complaint_attachments"_s).toLongLong())
                         .arg(Sql::scalar(db, u"SELECT count(*) FROM audit_values"_s).toLongLong())
                         .arg(seconds, 0, 'f', 1)
                  << Qt::endl;
        }
        if (dialect == Dialect::Postgres)
            out() << u"Database size: %1 MB."_s.arg(
                         Sql::scalar(db, u"SELECT pg_database_size(current_database())"_s).toLongLong() / 1000000)
                  << Qt::endl;
        if (parser.isSet(u"seed-only"_s))
            return 0;

        // Who is due, counted apart from the purge's own statement: the expired persons whose
        // relationship, dossiers and complaints all ended before the rules' cut-offs.
        PurgeRepository purge(db);
        const auto cutoff = [&purge, asOf](const QString &purpose) {
            for (const RetentionRule &rule : purge.rules(asOf))
                if (rule.purposeCode == purpose)
                    return rule.cutoff(asOf);
            return RetentionRule{}.cutoff(asOf);
        };
        QDate dossierCutoff = asOf;
        for (const QString &purpose : {u"AMO"_s, u"STU"_s, u"TP"_s, u"MCM"_s, u"MCC"_s, u"ARM"_s})
            dossierCutoff = std::min(dossierCutoff, cutoff(purpose));
        const qint64 due =
            Sql::scalar(db,
                        u"SELECT count(*) FROM persons p WHERE p.status = 'ended' AND p.relation_end < ? "
                        "AND NOT EXISTS (SELECT 1 FROM dossiers d WHERE d.person_id = p.id AND d.updated_at >= ?) "
                        "AND NOT EXISTS (SELECT 1 FROM complaints k WHERE k.person_id = p.id AND k.closed_at >= ?)"_s,
                        {cutoff(u"REG"_s).toString(Qt::ISODate), dayStart(dossierCutoff), dayStart(cutoff(u"CPL"_s))})
                .toLongLong();

        // The agent: a MGPAP counter agent searching names of 16 × 16 kinds, and reading the
        // dossiers of active MGPAP persons.
        QString password;
        const Session agent = counterSession(db, u"MGPAP"_s, &password);
        ConnectionSpec agentSpec = *spec;
        if (dialect == Dialect::Postgres) {
            agentSpec.user = agent.login;
            agentSpec.password = password;
        }
        QStringList searches;
        for (qsizetype k = 0; k < lastNames.size() * firstNames.size(); ++k)
            searches << lastNames.at(k % lastNames.size()).first + u' '
                            + firstNames.at(k * 5 % firstNames.size()).first.left(3);
        QList<qint64> activePersons;
        {
            QSqlQuery q = Sql::run(db, u"SELECT id FROM persons WHERE status = ? AND organisation_id = ? ORDER BY id"_s,
                                   {u"active"_s, agent.organisation.id});
            while (q.next())
                activePersons << q.value(0).toLongLong();
        }
        if (activePersons.isEmpty())
            throw DatabaseError(DatabaseError::Kind::Query, u"no active person of MGPAP was seeded"_s);

        out() << Qt::endl
              << u"Purge of the expired persons as of %1, batches of %2 (%3; %4 of the %5 expired persons due)"_s
                     .arg(asOf.toString(Qt::ISODate))
                     .arg(batch)
                     .arg(dialectName(dialect))
                     .arg(due)
                     .arg(layout.expired)
              << Qt::endl;
        // The pages the seeding left dirty are written out first, so that the server's
        // background writing of the set-up is not timed with the purge.
        Sql::execute(db, dialect == Dialect::Postgres ? u"CHECKPOINT"_s : u"PRAGMA wal_checkpoint(TRUNCATE)"_s);

        AgentLoad load(agentSpec, agent, searches, activePersons);
        std::this_thread::sleep_for(std::chrono::seconds(BaselineSeconds));
        load.setPhase(AgentLoad::During);

        const Session officer = PurgeRepository::commandLineSession();
        QList<double> batchTimes;
        double lastBatch = 0; // the one that finds nobody left and closes the run
        qint64 done = 0;
        QElapsedTimer timer;
        timer.start();
        const PurgeRun run = purge.start(officer, asOf);
        const qint64 reportEvery = std::max<qint64>(1, due / batch / 10);
        for (;;) {
            QElapsedTimer batchTimer;
            batchTimer.start();
            const int n = purge.runBatch(officer, run.id, batch);
            const double ms = batchTimer.nsecsElapsed() / 1e6;
            if (n == 0) {
                lastBatch = ms;
                break;
            }
            batchTimes << ms;
            done += n;
            if (batchTimes.size() % reportEvery == 0)
                out() << u"  %1 persons purged (%2 s; the last batch %3 ms)"_s.arg(done)
                             .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                             .arg(ms, 0, 'f', 0)
                      << Qt::endl;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        load.finish();

        const double rate = done / std::max(seconds, 1e-9);
        const bool met = rate >= TargetPersons / TargetSeconds;
        const Spread batches = spread(batchTimes);
        out() << u"Purged %1 persons in %2 s: %3 persons a second%4"_s.arg(done)
                     .arg(seconds, 0, 'f', 1)
                     .arg(rate, 0, 'f', 0)
                     .arg(met ? u"  target met"_s : u"  MISSED"_s)
              << Qt::endl;
        if (done != qint64(TargetPersons))
            out() << u"(at that rate 1,000,000 persons take %1 s)"_s.arg(TargetPersons / std::max(rate, 1e-9), 0, 'f', 0)
                  << Qt::endl;
        out() << u"Batches: %1 of up to %2 persons; median %3 ms, p95 %4 ms, max %5 ms; the last one (nobody left, "
                 "the run closed) %6 ms."_s.arg(batches.count)
                     .arg(batch)
                     .arg(batches.median, 0, 'f', 1)
                     .arg(batches.p95, 0, 'f', 1)
                     .arg(batches.max, 0, 'f', 1)
                     .arg(lastBatch, 0, 'f', 1)
              << Qt::endl;
        out() << u"Target: 1,000,000 persons in under 300 s (3,334 a second, whatever the count)."_s << Qt::endl;
        for (const PurgeCount &count : purge.run(run.id).counts)
            out() << u"  %1 %2: %3"_s.arg(count.purposeCode, -4).arg(count.what, -26).arg(count.count) << Qt::endl;

        // What went, and what stayed.
        const qint64 anonymised =
            Sql::scalar(db, u"SELECT count(*) FROM persons WHERE anonymised_at IS NOT NULL"_s).toLongLong();
        const qint64 untouched = Sql::scalar(db, u"SELECT count(*) FROM persons WHERE status = ? AND anonymised_at IS NULL "
                                                 "AND name_key <> '' AND version = 1"_s,
                                             {u"active"_s})
                                     .toLongLong();
        // Nothing of an anonymised person left where the purge deletes: attachments, values of changes.
        const qint64 leftOfPurged =
            Sql::scalar(db, u"SELECT count(*) FROM complaint_attachments a JOIN complaints k ON k.id = a.complaint_id "
                            "JOIN persons p ON p.id = k.person_id WHERE p.anonymised_at IS NOT NULL"_s)
                .toLongLong()
            + Sql::scalar(db, u"SELECT count(*) FROM audit_values v JOIN persons p ON p.id = v.person_id "
                              "WHERE p.anonymised_at IS NOT NULL"_s)
                  .toLongLong();
        const qint64 activeValues = Sql::scalar(db, u"SELECT count(*) FROM audit_values v JOIN persons p "
                                                    "ON p.id = v.person_id WHERE p.status = ?"_s,
                                                {u"active"_s})
                                        .toLongLong();
        const bool checked = anonymised == due && done == due && untouched == layout.active && leftOfPurged == 0
                             && activeValues == layout.active;
        out() << u"Check: %1 persons anonymised (due: %2); %3 of the %4 active persons untouched, with their %5 values "
                 "of changes; %6 attachments or values of changes left of the persons anonymised%7"_s.arg(anonymised)
                     .arg(due)
                     .arg(untouched)
                     .arg(layout.active)
                     .arg(activeValues)
                     .arg(leftOfPurged)
                     .arg(checked ? u"  OK"_s : u"  WRONG"_s)
              << Qt::endl;

        out() << Qt::endl
              << u"The agent's work every %1 ms (a MGPAP counter agent%2), milliseconds"_s.arg(AgentPeriodMs).arg(
                     dialect == Dialect::Postgres ? u" with its own login under SET ROLE p_amo"_s : QString())
              << Qt::endl;
        out() << u"%1 %2 %3 %4 %5 %6"_s.arg(u"work"_s, -38)
                     .arg(u"when"_s, -15)
                     .arg(u"count"_s, 6)
                     .arg(u"median"_s, 8)
                     .arg(u"p95"_s, 8)
                     .arg(u"max"_s, 8)
              << Qt::endl;
        const QString phases[2] = {u"before (%1 s)"_s.arg(BaselineSeconds), u"during purge"_s};
        for (const auto &[label, times] :
             {std::pair{u"search by name, first page (100 rows)"_s, load.search},
              std::pair{u"dossiers of an active person"_s, load.dossierReads}}) {
            for (int phase : {AgentLoad::Before, AgentLoad::During}) {
                const Spread s = spread(times[phase]);
                out() << u"%1 %2 %3 %4 %5 %6"_s.arg(label, -38)
                             .arg(phases[phase], -15)
                             .arg(s.count, 6)
                             .arg(s.median, 8, 'f', 2)
                             .arg(s.p95, 8, 'f', 2)
                             .arg(s.max, 8, 'f', 2)
                      << Qt::endl;
            }
        }
        out() << u"(rows a search: %1 before, %2 during; reads that found no dossier: %3; errors: %4%5)"_s
                     .arg(load.rows[0] / std::max<double>(1, load.search[0].size()), 0, 'f', 0)
                     .arg(load.rows[1] / std::max<double>(1, load.search[1].size()), 0, 'f', 0)
                     .arg(load.emptyDossiers)
                     .arg(load.errors)
                     .arg(load.errors ? u", the last: "_s + load.lastError : QString())
              << Qt::endl;

        const bool ok = met && checked && load.errors == 0;
        out() << Qt::endl << (ok ? u"Target met, check passed."_s : u"Target missed or check failed."_s) << Qt::endl;
        return ok ? 0 : 1;
    } catch (const DatabaseError &e) {
        QTextStream(stderr) << e.fullMessage() << Qt::endl;
        return 1;
    }
}
