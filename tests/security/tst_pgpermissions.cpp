// The permission matrix (core/Permissions) walked on the central server as agents' own logins,
// with plain SQL as someone bypassing the client would write it: under each purpose of each role,
// every kind of change of the dossier pipeline and every read the matrix names. Each case is
// decided twice, by the client's matrix and by the server, and the two must agree.
#include "ServerAgents.h"
#include "TestDatabase.h"
#include "core/Permissions.h"
#include "data/common/Sql.h"
#include "data/persons/PersonRepository.h"

#include <QTest>

#include <functional>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

// One kind of attempt: what the owner prepares, what the agent then runs, and the action of the
// matrix it is.
struct Probe
{
    QString name;
    std::optional<Action> action;
    QString setupStatus; // the dossier's status the owner writes first; empty: no dossier
    QString sql;         // run by the agent; ? is the dossier's (or batch's, or person's) id
    enum class Target { Dossier, Batch, Person, None } target = Target::Dossier;
    // What the purge also does (data.purge): read and anonymise persons' data (0015, 0022).
    bool purgeReaches = false;
    QVariant value; // bound before the id, when there is one
};

QList<Probe> probes()
{
    QList<Probe> list;
    const QList<DossierStatus> all = {DossierStatus::Entry,      DossierStatus::Incomplete, DossierStatus::Control,
                                      DossierStatus::Liquidation, DossierStatus::Liquidated, DossierStatus::Batched,
                                      DossierStatus::Paid,       DossierStatus::Rejected};
    // Every move the pipeline allows, and a few it does not (back from paid, out of control to entry).
    for (DossierStatus from : all) {
        for (DossierStatus to : all) {
            if (from == to)
                continue;
            const std::optional<Action> action = Permissions::actionOfMove(from, to);
            const bool shown = action || (from == DossierStatus::Paid && to == DossierStatus::Liquidated)
                               || (from == DossierStatus::Control && to == DossierStatus::Entry)
                               || (from == DossierStatus::Rejected && to == DossierStatus::Liquidation);
            if (!shown)
                continue;
            list.append({u"move %1→%2"_s.arg(dossierStatusCode(from), dossierStatusCode(to)), action,
                         dossierStatusCode(from), u"UPDATE dossiers SET status = ? WHERE id = ?"_s,
                         Probe::Target::Dossier, false, dossierStatusCode(to)});
        }
    }
    list.append({u"amounts"_s, Action::DossierLiquidate, u"liquidation"_s,
                 u"UPDATE dossiers SET amo = 9000, complementary = 1000, reimbursed = 10000 WHERE id = ?"_s});
    list.append({u"entry"_s, Action::DossierEnter, u"entry"_s, u"UPDATE dossiers SET billed = billed + 100 WHERE id = ?"_s});
    list.append({u"release from control"_s, Action::DossierControl, u"control"_s,
                 u"UPDATE dossiers SET taken_by = NULL WHERE id = ?"_s});
    list.append({u"archive"_s, Action::DossierArchive, u"liquidated"_s,
                 u"UPDATE dossiers SET archive_place = 'R1-E2' WHERE id = ?"_s});
    list.append({u"deposit"_s, Action::DossierDeposit, {},
                 u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, "
                 "deposited_on, deposited_at, deposited_by, payment_target, status, created_at, updated_at) "
                 "SELECT organisation_id, 'PSQL-' || id, id, id, 'AMO', to_char(current_date - 10, 'YYYY-MM-DD'), "
                 "to_char(current_date, 'YYYY-MM-DD'), "
                 "'2026-11-20T09:00:00.000Z', 'psql', '2027-01-19', 'entry', '2026-11-20T09:00:00.000Z', "
                 "'2026-11-20T09:00:00.000Z' FROM persons WHERE id = ?"_s,
                 Probe::Target::Person});
    list.append({u"build a batch"_s, Action::BatchBuild, {},
                 u"INSERT INTO payment_batches (organisation_id, number, regime, period, created_at, created_by, "
                 "dossier_count, total, control_sum, order_file) SELECT organisation_id, 'PSQL-B' || gen_random_uuid(), 'AMO', "
                 "'2026-11', '2026-11-30T09:00:00.000Z', 'psql', 1, 100, '0', '' FROM persons WHERE id = ?"_s,
                 Probe::Target::Person});
    list.append({u"pay a batch"_s, Action::BatchPay, {},
                 u"UPDATE payment_batches SET paid_at = '2026-12-01T09:00:00.000Z', paid_by = 'psql' WHERE id = ?"_s,
                 Probe::Target::Batch});
    list.append({u"read persons"_s, Action::PersonRead, {}, u"SELECT count(*) FROM persons"_s, Probe::Target::None, true});
    list.append({u"change a person"_s, Action::PersonChange, {},
                 u"UPDATE persons SET phone = '0600000000' WHERE id = ?"_s, Probe::Target::Person, true});
    list.append({u"read medical notes"_s, Action::MedicalRead, {}, u"SELECT count(diagnosis) FROM medical_notes"_s,
                 Probe::Target::None});
    list.append({u"read the audit log"_s, Action::AuditRead, {}, u"SELECT count(*) FROM audit_log"_s,
                 Probe::Target::None});
    return list;
}

} // namespace

class TestPgPermissions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, QString> m_loginOfRole;
    QHash<QString, QSqlDatabase> m_connectionOfRole;
    qint64 m_mgpap = 0;
    qint64 m_person = 0;
    int m_serial = 0;

    QSqlDatabase owner() { return m_db->db(); }

    qint64 ownerDossier(const QString &status)
    {
        const qint64 id =
            Sql::scalar(owner(),
                        u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, "
                        "deposited_on, deposited_at, deposited_by, payment_target, status, billed, created_at, "
                        "updated_at) VALUES (?, ?, ?, ?, 'AMO', '2026-11-10', '2026-11-20', '2026-11-20T09:00:00.000Z', "
                        "'owner', '2027-01-19', ?, 20000, '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z') "
                        "RETURNING id"_s,
                        {m_mgpap, u"MATRIX-%1"_s.arg(++m_serial), m_person, m_person, status})
                .toLongLong();
        if (status == u"control"_s) // taken by a controller, so that releasing it is a change
            Sql::run(owner(), u"UPDATE dossiers SET taken_by = (SELECT min(id) FROM agents) WHERE id = ?"_s, {id});
        return id;
    }

    qint64 ownerBatch()
    {
        return Sql::scalar(owner(),
                           u"INSERT INTO payment_batches (organisation_id, number, regime, period, created_at, created_by, "
                           "dossier_count, total, control_sum, order_file) VALUES (?, ?, 'AMO', '2026-11', "
                           "'2026-11-30T09:00:00.000Z', 'owner', 1, 100, '0', '') RETURNING id"_s,
                           {m_mgpap, u"MATRIX-B%1"_s.arg(++m_serial)})
            .toLongLong();
    }

    // Whether the server let the agent do it: no error, and the row changed (an UPDATE that the
    // row-level security hides changes nothing without an error).
    bool serverAllows(const QSqlDatabase &db, const Probe &probe, QString *answer)
    {
        QVariantList values;
        if (probe.value.isValid())
            values.append(probe.value);
        switch (probe.target) {
        case Probe::Target::Dossier:
            values.append(ownerDossier(probe.setupStatus));
            break;
        case Probe::Target::Batch:
            values.append(ownerBatch());
            break;
        case Probe::Target::Person:
            values.append(m_person);
            break;
        case Probe::Target::None:
            break;
        }
        QSqlQuery q(db);
        bool ok = q.prepare(probe.sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        ok = ok && q.exec();
        // A read is let through when it sees the fixture's rows, not only when it runs: the
        // row-level security answers an empty table rather than an error.
        if (ok && probe.sql.startsWith(u"SELECT"_s)) {
            const qint64 seen = q.next() ? q.value(0).toLongLong() : 0;
            *answer = u"ran, saw %1 row(s)"_s.arg(seen);
            return seen > 0;
        }
        *answer = ok ? u"ran, %1 row(s)"_s.arg(q.numRowsAffected()) : q.lastError().databaseText().trimmed();
        return ok && q.numRowsAffected() == 1;
    }

private slots:
    void initTestCase()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("login roles and the server's guards are PostgreSQL's");
        m_db = std::make_unique<TestDatabase>(u"pg_permissions"_s);
        m_mgpap = Sql::scalar(owner(), u"SELECT id FROM organisations WHERE code = 'MGPAP'"_s).toLongLong();
        const Session registrar = m_db->createAgentSession(u"owner.side"_s, u"CNOPS"_s, u"COUNTER"_s);
        Person p;
        p.organisationId = m_mgpap;
        p.lastName = u"Matrice"_s;
        p.firstName = u"Amina"_s;
        p.immatriculation = u"610000001"_s;
        p.birthDate = QDate(1975, 4, 4);
        p.sex = u"F"_s;
        m_person = PersonRepository(owner()).create(registrar, p);
        Sql::run(owner(), u"INSERT INTO medical_notes (person_id, organisation_id, diagnosis, created_at) "
                          "VALUES (?, ?, 'hypertension', '2026-11-22')"_s,
                 {m_person, m_mgpap});
        // One agent a role, at the CNOPS (which sees every mutuelle: no row is out of reach).
        QStringList roles;
        for (QSqlQuery q = Sql::run(owner(), u"SELECT code FROM roles WHERE code <> 'ADMIN' ORDER BY id"_s); q.next();)
            roles.append(q.value(0).toString());
        QCOMPARE(roles.size(), 6);
        for (const QString &role : roles) {
            const QString login = createServerAgent(*m_db, role.toLower(), u"CNOPS"_s, role);
            m_loginOfRole.insert(role, login);
            m_connectionOfRole.insert(role, connectAs(*m_db, login));
            QVERIFY2(m_connectionOfRole.value(role).isOpen(), qPrintable(login));
        }
    }

    void cleanupTestCase()
    {
        m_connectionOfRole.clear();
        m_db.reset();
    }

    void theServerDecidesAsTheMatrix_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<int>("probe");
        QSqlQuery held = Sql::run(owner(), u"SELECT r.code, p.code FROM role_purposes rp JOIN roles r ON r.id = rp.role_id "
                                           "JOIN purposes p ON p.id = rp.purpose_id ORDER BY r.id, p.sort_order"_s);
        const QList<Probe> all = probes();
        while (held.next()) {
            for (int i = 0; i < all.size(); ++i) {
                const QString role = held.value(0).toString();
                const QString purpose = held.value(1).toString();
                QTest::addRow("%s %s %s", qPrintable(role), qPrintable(purpose), qPrintable(all.at(i).name))
                    << role << purpose << i;
            }
        }
    }

    void theServerDecidesAsTheMatrix()
    {
        QFETCH(QString, role);
        QFETCH(QString, purpose);
        QFETCH(int, probe);
        const Probe p = probes().at(probe);
        const bool expected = p.action
                              && (Permissions::allows(role, purpose, *p.action)
                                  || (p.purgeReaches && Permissions::allows(role, purpose, Action::DataPurge)));
        const QSqlDatabase db = m_connectionOfRole.value(role);
        QVERIFY(setPurposeRole(db, u"p_"_s + purpose.toLower()));
        QString answer;
        const bool allowed = serverAllows(db, p, &answer);
        QVERIFY(serverError(db, u"RESET ROLE"_s).isEmpty());
        QVERIFY2(allowed == expected,
                 qPrintable(u"%1 under %2, %3: the matrix says %4, the server %5 (%6)"_s.arg(
                     role, purpose, p.name, expected ? u"yes"_s : u"no"_s, allowed ? u"let it"_s : u"refused"_s, answer)));
    }

    // What no role may do, under any of its purposes.
    void aPaidBatchNeverChanges()
    {
        const qint64 batch = ownerBatch();
        Sql::run(owner(), u"UPDATE payment_batches SET paid_at = '2026-12-01T09:00:00.000Z', paid_by = 'owner' WHERE id = ?"_s,
                 {batch});
        const QSqlDatabase db = m_connectionOfRole.value(u"LIQUIDATOR"_s);
        QVERIFY(setPurposeRole(db, u"p_amo"_s));
        const QString error = serverError(db, u"UPDATE payment_batches SET paid_by = 'psql' WHERE id = ?"_s, {batch});
        QVERIFY(serverError(db, u"RESET ROLE"_s).isEmpty());
        QVERIFY2(error.contains(u"does not change"_s), qPrintable(error));
        QVERIFY(!serverError(owner(), u"UPDATE payment_batches SET paid_by = 'owner2' WHERE id = ?"_s, {batch}).isEmpty());
    }

    void theReimbursedAmountIsTheSumOfTheShares()
    {
        const qint64 dossier = ownerDossier(u"liquidation"_s);
        const QSqlDatabase db = m_connectionOfRole.value(u"LIQUIDATOR"_s);
        QVERIFY(setPurposeRole(db, u"p_amo"_s));
        const QString error = serverError(db, u"UPDATE dossiers SET amo = 100, complementary = 0, reimbursed = billed WHERE id = ?"_s,
                                          {dossier});
        QVERIFY(serverError(db, u"RESET ROLE"_s).isEmpty());
        QVERIFY2(error.contains(u"AMO + complementary"_s), qPrintable(error));
    }

    // Who and when are the server's: what psql writes in those columns is replaced.
    void whoDepositedAndBatchedComesFromTheServer()
    {
        const QSqlDatabase counter = m_connectionOfRole.value(u"COUNTER"_s);
        QVERIFY(setPurposeRole(counter, u"p_amo"_s));
        QSqlQuery q(counter);
        QVERIFY(q.prepare(u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, "
                          "deposited_on, deposited_at, deposited_by, payment_target, status, created_at, updated_at) "
                          "VALUES (?, 'WHO-1', ?, ?, 'AMO', to_char(current_date - 5, 'YYYY-MM-DD'), "
                          "to_char(current_date, 'YYYY-MM-DD'), '2020-01-01T00:00:00.000Z', 'someone.else', "
                          "'2027-01-19', 'entry', '2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z') RETURNING id"_s));
        for (const QVariant &v : QVariantList{m_mgpap, m_person, m_person})
            q.addBindValue(v);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        const qint64 dossier = q.value(0).toLongLong();
        QVERIFY(serverError(counter, u"RESET ROLE"_s).isEmpty());
        QCOMPARE(Sql::scalar(owner(), u"SELECT deposited_by FROM dossiers WHERE id = ?"_s, {dossier}).toString(),
                 m_loginOfRole.value(u"COUNTER"_s));
        QVERIFY(Sql::scalar(owner(), u"SELECT deposited_at FROM dossiers WHERE id = ?"_s, {dossier}).toString()
                > u"2026-"_s);

        const QSqlDatabase liquidator = m_connectionOfRole.value(u"LIQUIDATOR"_s);
        QVERIFY(setPurposeRole(liquidator, u"p_amo"_s));
        const qint64 batch = ownerBatch();
        QVERIFY(serverError(liquidator, u"UPDATE payment_batches SET paid_at = '2020-01-01T00:00:00.000Z', "
                                        "paid_by = 'someone.else' WHERE id = ?"_s,
                            {batch})
                    .isEmpty());
        QVERIFY(serverError(liquidator, u"RESET ROLE"_s).isEmpty());
        QCOMPARE(Sql::scalar(owner(), u"SELECT paid_by FROM payment_batches WHERE id = ?"_s, {batch}).toString(),
                 m_loginOfRole.value(u"LIQUIDATOR"_s));
        QVERIFY(Sql::scalar(owner(), u"SELECT paid_at FROM payment_batches WHERE id = ?"_s, {batch}).toString()
                > u"2026-"_s);
    }

    // A timeline row is written once, at the server's time; the purge only empties its text.
    void aTimelineIsWrittenOnce()
    {
        const qint64 dossier = ownerDossier(u"entry"_s);
        const QSqlDatabase counter = m_connectionOfRole.value(u"COUNTER"_s);
        QVERIFY(setPurposeRole(counter, u"p_amo"_s));
        QSqlQuery q(counter);
        QVERIFY(q.prepare(u"INSERT INTO dossier_events (dossier_id, organisation_id, at, agent, agent_name, purpose, "
                          "to_status, reason) VALUES (?, ?, '2020-01-01T00:00:00.000Z', 'x', 'x', 'MCM', 'entry', "
                          "'written by psql') RETURNING id"_s));
        q.addBindValue(dossier);
        q.addBindValue(m_mgpap);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        const qint64 event = q.value(0).toLongLong();
        const QString edit = serverError(counter, u"UPDATE dossier_events SET reason = 'edited' WHERE id = ?"_s, {event});
        const QString backDate =
            serverError(counter, u"UPDATE dossier_events SET at = '2019-01-01T00:00:00.000Z' WHERE id = ?"_s, {event});
        QVERIFY(serverError(counter, u"RESET ROLE"_s).isEmpty());
        QVERIFY2(edit.contains(u"written once"_s), qPrintable(edit));
        QVERIFY2(backDate.contains(u"written once"_s), qPrintable(backDate));
        QSqlQuery stored = Sql::run(owner(), u"SELECT at, agent, purpose, reason FROM dossier_events WHERE id = ?"_s, {event});
        QVERIFY(stored.next());
        QVERIFY2(stored.value(0).toString() > u"2026-"_s, qPrintable(stored.value(0).toString()));
        QCOMPARE(stored.value(1).toString(), m_loginOfRole.value(u"COUNTER"_s));
        QCOMPARE(stored.value(2).toString(), u"AMO"_s);
        QCOMPARE(stored.value(3).toString(), u"written by psql"_s);

        // The officer's purge empties the text and may do nothing else to the row.
        const QSqlDatabase officer = m_connectionOfRole.value(u"DPO"_s);
        QVERIFY(setPurposeRole(officer, u"p_aud"_s));
        const QString purged = serverError(officer, u"UPDATE dossier_events SET reason = '' WHERE id = ?"_s, {event});
        const QString moved = serverError(officer, u"UPDATE dossier_events SET to_status = 'paid' WHERE id = ?"_s, {event});
        QVERIFY(serverError(officer, u"RESET ROLE"_s).isEmpty());
        QVERIFY2(purged.isEmpty(), qPrintable(purged));
        QVERIFY2(moved.contains(u"written once"_s), qPrintable(moved));
    }

    // A mutuelle's agent lists its own organisation's agents only; the CNOPS's, every agent.
    void agentsListOnlyTheirOrganisationsAgents()
    {
        const QString mgpapCounter = createServerAgent(*m_db, u"counter.mgpap"_s, u"MGPAP"_s, u"COUNTER"_s);
        createServerAgent(*m_db, u"counter.omfam"_s, u"OMFAM"_s, u"COUNTER"_s);
        QSqlDatabase db = connectAs(*m_db, mgpapCounter);
        QVERIFY(setPurposeRole(db, u"p_amo"_s));
        QSqlQuery q(db);
        QVERIFY2(q.exec(u"SELECT count(*), count(*) FILTER (WHERE organisation_id <> "
                        "(SELECT id FROM organisations WHERE code = 'MGPAP')) FROM agents"_s),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() >= 1); // itself
        QCOMPARE(q.value(1).toInt(), 0);
        const QSqlDatabase cnops = m_connectionOfRole.value(u"COUNTER"_s);
        QVERIFY(setPurposeRole(cnops, u"p_amo"_s));
        QSqlQuery all(cnops);
        QVERIFY(all.exec(u"SELECT count(DISTINCT organisation_id) FROM agents"_s) && all.next());
        QVERIFY(serverError(cnops, u"RESET ROLE"_s).isEmpty());
        QVERIFY2(all.value(0).toInt() >= 3, qPrintable(all.value(0).toString())); // CNOPS, MGPAP, OMFAM
    }

    // A session idle inside a transaction holds its locks: the server cuts it after a bound.
    void anIdleTransactionIsCut()
    {
        const QString login = createServerAgent(*m_db, u"idle"_s, u"MGPAP"_s, u"COUNTER"_s);
        QSqlDatabase db = connectAs(*m_db, login);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SHOW idle_in_transaction_session_timeout"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"1min"_s);
    }

    void whatWasDepositedDoesNotChange()
    {
        const qint64 dossier = ownerDossier(u"entry"_s);
        const QSqlDatabase db = m_connectionOfRole.value(u"COUNTER"_s);
        QVERIFY(setPurposeRole(db, u"p_amo"_s));
        const QString number = serverError(db, u"UPDATE dossiers SET number = 'FORGED' WHERE id = ?"_s, {dossier});
        const QString who = serverError(db, u"UPDATE dossiers SET deposited_by = 'someone' WHERE id = ?"_s, {dossier});
        QVERIFY(serverError(db, u"RESET ROLE"_s).isEmpty());
        QVERIFY2(number.contains(u"does not change"_s), qPrintable(number));
        QVERIFY2(who.contains(u"does not change"_s), qPrintable(who));
    }
};

QTEST_GUILESS_MAIN(TestPgPermissions)
#include "tst_pgpermissions.moc"
