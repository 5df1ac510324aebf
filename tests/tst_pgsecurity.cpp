// The central database enforces security by itself: these tests connect as an agent's own login
// role, as someone bypassing the client would, and try what the role must not do.
#include "TestDatabase.h"
#include "data/AgentRepository.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/MemberAccountRepository.h"
#include "data/PersonRepository.h"
#include "data/PersonTableModel.h"
#include "security/ServerAuthenticator.h"
#include "data/Sql.h"
#include "data/WorkQueue.h"

#include <QSqlError>
#include <QTest>
#include <QUuid>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"Agent-Password-2026"_s;

// Login roles are cluster-wide: each test run gets logins of its own.
QString uniqueLogin(const QString &base)
{
    return base + u'.' + QUuid::createUuid().toString(QUuid::Id128).left(6);
}

bool runs(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool setPurpose(const QSqlDatabase &db, const QString &role)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT set_config('role', ?, false)"_s);
    q.addBindValue(role);
    return q.exec();
}

} // namespace

class TestPgSecurity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_counter;
    QString m_omfamCounter;
    QString m_doctor;
    qint64 m_mgpapPerson = 0;

    QSqlDatabase connectAs(const QString &login, const QString &password = kPassword)
    {
        QString error;
        auto spec = ConnectionSpecParser::parse(m_db->url(), &error);
        spec->user = login;
        spec->password = password;
        return Database::open(*spec, m_db->connectionName() + u'-' + login);
    }

    QString createAgent(const QString &base, const QString &organisation, const QString &role)
    {
        const QString login = uniqueLogin(base);
        NewAgent agent{login, u"Agent "_s + base, organisation, role, {}, kPassword};
        AgentRepository(m_db->db()).create(AuditLog::anonymousSession(u"test-admin"_s), agent);
        return login;
    }

private slots:
    void initTestCase()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("login roles, grants and row-level security are PostgreSQL's");
        m_db = std::make_unique<TestDatabase>(u"pg_security"_s);
        m_counter = createAgent(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        m_omfamCounter = createAgent(u"counter.omfam"_s, u"OMFAM"_s, u"COUNTER"_s);
        m_doctor = createAgent(u"doctor"_s, u"CNOPS"_s, u"MEDICAL"_s);

        // Persons of two mutuelles and a medical note, written by the owner.
        const Session admin = m_db->createAgentSession(u"owner.side"_s, u"CNOPS"_s, u"COUNTER"_s);
        PersonRepository persons(m_db->db());
        for (const auto &[org, immatriculation] : {std::pair{u"MGPAP"_s, u"600000001"_s},
                                                  std::pair{u"OMFAM"_s, u"600000002"_s}}) {
            Person p;
            p.organisationId = Sql::scalar(m_db->db(), u"SELECT id FROM organisations WHERE code = ?"_s, {org}).toLongLong();
            p.lastName = u"Sebti"_s;
            p.firstName = org;
            p.immatriculation = immatriculation;
            p.birthDate = QDate(1970, 1, 1);
            p.sex = u"M"_s;
            const qint64 id = persons.create(admin, p);
            if (org == u"MGPAP"_s)
                m_mgpapPerson = id;
            Sql::run(m_db->db(), u"INSERT INTO medical_notes (person_id, organisation_id, diagnosis, created_at) "
                                 "VALUES (?, ?, 'diabète de type 2', '2026-11-22')"_s,
                     {id, p.organisationId});
        }
    }

    void cleanupTestCase() { m_db.reset(); }

    void withoutAPurposeAnAgentReadsNothing()
    {
        QSqlDatabase db = connectAs(m_counter);
        QVERIFY(!runs(db, u"SELECT count(*) FROM persons"_s));
        QVERIFY(!runs(db, u"SELECT count(*) FROM agents"_s));
        QVERIFY(!runs(db, u"SELECT count(*) FROM audit_log"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM guichet_whoami()"_s), 1);
    }

    void aCounterAgentSeesOnlyItsMutuelleAndNoMedicalData()
    {
        QSqlDatabase db = connectAs(m_counter);
        QVERIFY(setPurpose(db, u"p_reg"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM persons"_s), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM persons WHERE immatriculation = '600000002'"_s), 0);
        QVERIFY(!runs(db, u"SELECT diagnosis FROM medical_notes"_s));
        // Another mutuelle's person cannot be written either.
        QVERIFY(!runs(db, u"UPDATE persons SET organisation_id = (SELECT id FROM organisations WHERE code = 'OMFAM')"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM persons"_s), 1);
    }

    void aPurposeOutsideTheRoleIsRefused()
    {
        QSqlDatabase db = connectAs(m_counter);
        QVERIFY(!setPurpose(db, u"p_mcm"_s));
        QVERIFY(!setPurpose(db, u"postgres"_s));
        QVERIFY(setPurpose(db, u"p_amo"_s));
        QVERIFY(!runs(db, u"UPDATE persons SET last_name = 'x'"_s)); // AMO reads persons, REG changes them
    }

    void aMedicalNoteStaysWithItsPersonsMutuelle()
    {
        const qint64 omfam = Sql::scalar(m_db->db(), u"SELECT id FROM organisations WHERE code = 'OMFAM'"_s).toLongLong();
        // Even the owner cannot file a note of an MGPAP person under OMFAM.
        QVERIFY_THROWS_EXCEPTION(DatabaseError,
                                 Sql::run(m_db->db(), u"INSERT INTO medical_notes (person_id, organisation_id, diagnosis, "
                                                      "created_at) VALUES (?, ?, 'x', '2026-11-22')"_s,
                                          {m_mgpapPerson, omfam}));
    }

    void onlyMedicalControlReadsMedicalNotes()
    {
        QSqlDatabase db = connectAs(m_doctor);
        QVERIFY(setPurpose(db, u"p_mcc"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM medical_notes"_s), 2); // the CNOPS sees every mutuelle
        QSqlDatabase other = connectAs(m_omfamCounter);
        QVERIFY(setPurpose(other, u"p_reg"_s));
        QVERIFY(!runs(other, u"SELECT count(*) FROM medical_notes"_s));
    }

    void theAuditLogIsAppendOnlyAndStampedByTheServer()
    {
        QSqlDatabase db = connectAs(m_counter);
        QVERIFY(setPurpose(db, u"p_reg"_s));
        // The client claims to be someone else under another purpose: the server knows better.
        QVERIFY(runs(db, u"INSERT INTO audit_log (agent, organisation, role, purpose, action, entity, entity_id, "
                         "person_id, workstation, details) VALUES ('medecin.chef', 'CNOPS', 'MEDICAL', 'MCC', 'read', "
                         "'person', '1', '1', 'ws', '')"_s));
        QSqlQuery last = Sql::run(m_db->db(), u"SELECT agent, organisation, role, purpose FROM audit_log "
                                              "ORDER BY seq DESC LIMIT 1"_s);
        QVERIFY(last.next());
        QCOMPARE(last.value(0).toString(), m_counter);
        QCOMPARE(last.value(1).toString(), u"MGPAP"_s);
        QCOMPARE(last.value(2).toString(), u"COUNTER"_s);
        QCOMPARE(last.value(3).toString(), u"REG"_s);

        QVERIFY(!runs(db, u"UPDATE audit_log SET action = 'nothing'"_s));
        QVERIFY(!runs(db, u"DELETE FROM audit_log"_s));
        QVERIFY(!runs(db, u"TRUNCATE audit_log"_s));
        QVERIFY(!runs(db, u"UPDATE audit_head SET last_seq = 0"_s));
        QVERIFY(!runs(db, u"SELECT guichet_audit_chain(NULL::audit_log, 'p_reg')"_s));
        QVERIFY(!runs(db, u"CREATE TEMP TABLE t (x int)"_s));
        QVERIFY(AuditLog(m_db->db()).verify().isIntact());
    }

    void theRepositoriesWorkUnderAnAgentsRole()
    {
        QSqlDatabase db = connectAs(m_counter);
        QVERIFY(setPurpose(db, u"p_reg"_s));
        Session session;
        session.agentId = 1;
        session.login = u"forged"_s;
        session.organisation.id = 999; // the server's row-level security decides, not this
        session.organisation.isCnops = true;
        session.purposes = {Purpose{u"REG"_s, {}, {}, {}, {}, {}, true}};
        session.setActivePurpose(u"REG"_s);
        PersonRepository repository(db);
        QVERIFY(repository.openFile(session, m_mgpapPerson));
        const qint64 omfamPerson =
            Sql::scalar(m_db->db(), u"SELECT id FROM persons WHERE immatriculation = '600000002'"_s).toLongLong();
        QVERIFY(!repository.openFile(session, omfamPerson));
        QSqlQuery last = Sql::run(m_db->db(), u"SELECT agent, purpose, action FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        QVERIFY(last.next());
        QCOMPARE(last.value(0).toString(), m_counter);
        QCOMPARE(last.value(1).toString(), u"REG"_s);
        QCOMPARE(last.value(2).toString(), u"read"_s);
    }

    void theMemberAccountIsBoundedByTheServer()
    {
        QSqlDatabase db = connectAs(m_counter);
        QVERIFY(setPurpose(db, u"p_reg"_s));
        Session session; // forged to claim the CNOPS: the server's bounds hold anyway
        session.agentId = 1;
        session.login = u"forged"_s;
        session.organisation.isCnops = true;
        session.purposes = {Purpose{u"REG"_s, {}, {}, {}, {}, {}, true}};
        session.setActivePurpose(u"REG"_s);
        MemberAccountRepository account(db);
        account.recordDue(session, m_mgpapPerson, QDate(2026, 1, 1), ContributionRule::Basis::Salary, 900000);
        account.giveConsent(session, m_mgpapPerson, u"sms"_s);
        const qint64 omfamPerson =
            Sql::scalar(m_db->db(), u"SELECT id FROM persons WHERE immatriculation = '600000002'"_s).toLongLong();
        QVERIFY_THROWS_EXCEPTION(DatabaseError, account.recordDue(session, omfamPerson, QDate(2026, 1, 1),
                                                                  ContributionRule::Basis::Salary, 900000));
        const qint64 omfam = Sql::scalar(m_db->db(), u"SELECT id FROM organisations WHERE code = 'OMFAM'"_s).toLongLong();
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO contribution_dues (person_id, organisation_id, period, basis, income, employee, "
                       "employer, total, recorded_at) VALUES (?, ?, '2026-02', 'salary', 1, 0, 0, 0, 'x')"_s);
        insert.addBindValue(omfamPerson);
        insert.addBindValue(omfam);
        QVERIFY(!insert.exec()); // row-level security: not this mutuelle's person
        // The values of changes: written by REG, read by nobody but the audit.
        QCOMPARE(count(db, u"SELECT count(*) FROM audit_values"_s), -1);
        QCOMPARE(count(db, u"SELECT count(*) FROM contribution_dues"_s), 1);

        // The other mutuelle sees nothing of it; medical control reads the ledger and writes nothing.
        QSqlDatabase other = connectAs(m_omfamCounter);
        QVERIFY(setPurpose(other, u"p_reg"_s));
        QCOMPARE(count(other, u"SELECT count(*) FROM contribution_dues"_s), 0);
        QCOMPARE(count(other, u"SELECT count(*) FROM consents"_s), 0);
        QSqlDatabase doctor = connectAs(m_doctor);
        QVERIFY(setPurpose(doctor, u"p_mcc"_s));
        QCOMPARE(count(doctor, u"SELECT count(*) FROM contribution_dues"_s), 1);
        QVERIFY(!runs(doctor, u"UPDATE contribution_dues SET total = 0"_s));
        QCOMPARE(count(doctor, u"SELECT count(*) FROM audit_values"_s), -1);
        QVERIFY(count(m_db->db(), u"SELECT count(*) FROM audit_values"_s) > 0);
        QVERIFY(AuditLog(m_db->db()).verify().isIntact());
    }

    void aPurposeWorksOnlyItsOwnQueue()
    {
        const qint64 mgpap = Sql::scalar(m_db->db(), u"SELECT id FROM organisations WHERE code = 'MGPAP'"_s).toLongLong();
        Sql::run(m_db->db(), u"INSERT INTO work_items (purpose, organisation_id, entity, entity_id, due_date, created_at) "
                             "VALUES ('AMO', ?, 'dossier', 'D-77', '2026-12-01', '2026-11-22')"_s, {mgpap});
        QSqlDatabase db = connectAs(m_counter);
        QVERIFY(setPurpose(db, u"p_reg"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM work_items"_s), 0);
        QVERIFY(setPurpose(db, u"p_amo"_s));
        QCOMPARE(count(db, u"SELECT count(*) FROM work_items"_s), 1);
        QSqlDatabase omfam = connectAs(m_omfamCounter);
        QVERIFY(setPurpose(omfam, u"p_amo"_s));
        QCOMPARE(count(omfam, u"SELECT count(*) FROM work_items"_s), 0);

        Session session;
        session.agentId = AgentRepository(m_db->db()).findByLogin(m_counter)->id;
        session.login = m_counter;
        session.organisation.id = mgpap;
        session.purposes = {Purpose{u"AMO"_s, {}, {}, {}, {}, {}, true}};
        session.setActivePurpose(u"AMO"_s);
        const auto item = WorkQueue(db).takeNext(session);
        QVERIFY(item);
        QCOMPARE(item->entityId, u"D-77"_s);
    }

    void aColleaguesWorkItemCannotBeStolenOrFinished()
    {
        const qint64 mgpap = Sql::scalar(m_db->db(), u"SELECT id FROM organisations WHERE code = 'MGPAP'"_s).toLongLong();
        const QString colleague = createAgent(u"colleague"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 colleagueId = AgentRepository(m_db->db()).findByLogin(colleague)->id;
        const qint64 mine = AgentRepository(m_db->db()).findByLogin(m_counter)->id;
        const qint64 item = Sql::scalar(m_db->db(),
                                        u"INSERT INTO work_items (purpose, organisation_id, entity, entity_id, due_date, "
                                        "created_at, taken_by) VALUES ('AMO', ?, 'dossier', 'D-88', '2026-12-02', "
                                        "'2026-11-22', ?) RETURNING id"_s,
                                        {mgpap, colleagueId})
                                .toLongLong();
        QSqlDatabase db = connectAs(m_counter);
        QVERIFY(setPurpose(db, u"p_amo"_s));
        QSqlQuery q(db);
        q.prepare(u"UPDATE work_items SET done_at = 'now' WHERE id = ?"_s);
        q.addBindValue(item);
        QVERIFY(!q.exec()); // the colleague's item
        q.prepare(u"INSERT INTO work_items (purpose, organisation_id, entity, entity_id, due_date, created_at, taken_by) "
                  "VALUES ('AMO', ?, 'dossier', 'D-89', '2026-12-02', '2026-11-22', ?)"_s);
        q.addBindValue(mgpap);
        q.addBindValue(colleagueId);
        QVERIFY(!q.exec()); // taken in someone else's name
        q.prepare(u"INSERT INTO work_items (purpose, organisation_id, entity, entity_id, due_date, created_at, taken_by) "
                  "VALUES ('AMO', ?, 'dossier', 'D-90', '2026-12-02', '2026-11-22', ?)"_s);
        q.addBindValue(mgpap);
        q.addBindValue(mine);
        QVERIFY(q.exec()); // in one's own name
    }

    void reservedAndForeignLoginsAreRefused()
    {
        const Session admin = AuditLog::anonymousSession(u"test-admin"_s);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, AgentRepository(m_db->db()).create(
            admin, {u"p_mcm"_s, u"Not a purpose"_s, u"MGPAP"_s, u"COUNTER"_s, {}, kPassword}));
        // A role of the cluster that is not this database's agent is not taken over.
        const QString outsider = uniqueLogin(u"outsider"_s);
        Sql::execute(m_db->db(), u"CREATE ROLE \""_s + outsider + u"\" LOGIN PASSWORD 'x'"_s);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, AgentRepository(m_db->db()).create(
            admin, {outsider, u"Outsider"_s, u"MGPAP"_s, u"COUNTER"_s, {}, kPassword}));
        QVERIFY(!AgentRepository(m_db->db()).findByLogin(outsider)); // nothing half-created
        // Nor does a role of the cluster that is not this database's agent connect to it.
        QVERIFY_THROWS_EXCEPTION(DatabaseError, connectAs(outsider, u"x"_s));
    }

    void theClientSignsInWithTheAgentsOwnLogin()
    {
        QString error;
        auto server = ConnectionSpecParser::parse(m_db->url(), &error);
        server->user.clear();
        ServerAuthenticator auth(*server, u"client-"_s + m_counter);
        QCOMPARE(auth.signIn(m_counter, u"wrong password"_s).status, SignInResult::Status::WrongCredentials);
        QCOMPARE(auth.signIn(u"no.such.agent"_s, kPassword).status, SignInResult::Status::WrongCredentials);
        QCOMPARE(auth.signIn(u"postgres"_s, kPassword).status, SignInResult::Status::Inactive); // not an agent
        // A mistyped database is said as such, not as a wrong password.
        ConnectionSpec elsewhere = *server;
        elsewhere.database = u"no_such_database"_s;
        ServerAuthenticator lost(elsewhere, u"client-elsewhere"_s);
        const SignInResult missing = lost.signIn(m_counter, kPassword);
        QCOMPARE(missing.status, SignInResult::Status::Unavailable);

        SignInResult result = auth.signIn(m_counter, kPassword);
        QCOMPARE(result.status, SignInResult::Status::Success);
        Session &session = result.session;
        QVERIFY(session.serverEnforced);
        QCOMPARE(session.organisation.code, u"MGPAP"_s);
        QVERIFY(session.hasPurpose(u"REG"_s));
        QVERIFY(!session.hasPurpose(u"MCM"_s));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, auth.usePurpose(session, u"MCM"_s));

        auth.usePurpose(session, u"REG"_s);
        PersonTableModel model(auth.database(), session);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(Sql::scalar(auth.database(), u"SELECT current_user"_s).toString(), u"p_reg"_s);

        QCOMPARE(auth.verifyPassword(session, kPassword).status, SignInResult::Status::Success);
        QVERIFY(auth.verifyPassword(session, u"nope"_s).status != SignInResult::Status::Success);
        QCOMPARE(auth.changePassword(session, kPassword, u"A-Fresh-Password-9"_s), QString());
        QCOMPARE(Sql::scalar(auth.database(), u"SELECT current_user"_s).toString(), u"p_reg"_s);
        auth.signOut(session);
        QVERIFY(!auth.database().isOpen());

        QCOMPARE(auth.signIn(m_counter, kPassword).status, SignInResult::Status::WrongCredentials);
        SignInResult again = auth.signIn(m_counter, u"A-Fresh-Password-9"_s);
        QCOMPARE(again.status, SignInResult::Status::Success);
        QCOMPARE(auth.changePassword(again.session, u"A-Fresh-Password-9"_s, kPassword), QString());
        auth.signOut(again.session);

        QSqlQuery actions = Sql::run(m_db->db(), u"SELECT action FROM audit_log WHERE agent = ? ORDER BY seq"_s,
                                     {m_counter});
        QStringList recorded;
        while (actions.next())
            recorded << actions.value(0).toString();
        QVERIFY(recorded.contains(u"sign-in"_s));
        QVERIFY(recorded.contains(u"password-change"_s));
        QVERIFY(recorded.contains(u"sign-out"_s));
        QVERIFY(AuditLog(m_db->db()).verify().isIntact());
    }

    void wrongPasswordAndDeactivatedAgentCannotConnect()
    {
        QVERIFY_THROWS_EXCEPTION(DatabaseError, connectAs(m_omfamCounter, u"wrong password"_s));
        const QString leaving = createAgent(u"leaving"_s, u"MGPAP"_s, u"COUNTER"_s);
        connectAs(leaving); // works while active
        AgentRepository(m_db->db()).deactivate(AuditLog::anonymousSession(u"test-admin"_s), leaving);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, connectAs(leaving));
    }
};

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "tst_pgsecurity.moc"
