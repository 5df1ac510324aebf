// The central database enforces security by itself: these tests connect as an agent's own login
// role, as someone bypassing the client would, and try what the role must not do.
#include "ServerAgents.h"
#include "TestDatabase.h"
#include "data/common/AgentRepository.h"
#include "data/common/AuditLog.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/litigation/LitigationRepository.h"
#include "data/retention/PurgeRepository.h"
#include "data/registry/RegistryRepository.h"
#include "data/common/CalendarRepository.h"
#include "data/rights/RightsRepository.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/MemberAccountRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/persons/PersonTableModel.h"
#include "security/ServerAuthenticator.h"
#include "data/common/Sql.h"
#include "data/common/WorkQueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QTest>
#include <QUuid>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const QString &kPassword = agentPassword();

bool runs(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql);
}

int count(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return -1;
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool setPurpose(const QSqlDatabase &db, const QString &role)
{
    return setPurposeRole(db, role);
}

// Empty when the server refused `sql` with a message containing `expected`; else what happened.
QString unlessRefused(const QSqlDatabase &db, const QString &expected, const QString &sql, const QVariantList &values = {})
{
    const QString error = serverError(db, sql, values);
    if (!error.isEmpty() && error.contains(expected))
        return {};
    return u"%1 (as %2)\n   expected a refusal \"%3\", got: %4"_s.arg(
        sql, Sql::scalar(db, u"SELECT current_user"_s).toString(), expected, error.isEmpty() ? u"it ran"_s : error);
}

// A privilege the purpose's role does not hold (GRANT), as opposed to rows it may not see.
QString unlessDenied(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return unlessRefused(db, u"permission denied"_s, sql, values);
}

// A row outside the agent's organisation (the WITH CHECK of a row-level security policy).
QString unlessOutOfBounds(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return unlessRefused(db, u"row-level security"_s, sql, values);
}

// Empty when `sql` ran; else the server's error.
QString unlessRuns(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    const QString error = serverError(db, sql, values);
    return error.isEmpty() ? QString() : u"%1\n   refused: %2"_s.arg(sql, error);
}

// The rows `sql` changed, or -1 when it failed.
int affected(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    return q.exec() ? q.numRowsAffected() : -1;
}

// Runs `step`; empty when it went through, else the error with the server's detail.
template<typename F>
QString failureOf(F &&step)
{
    try {
        step();
        return {};
    } catch (const DatabaseError &error) {
        return error.fullMessage();
    }
}

#define VERIFY_SERVER(check)                                                                                       \
    do {                                                                                                           \
        const QString problem_ = (check);                                                                          \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                        \
    } while (false)

} // namespace

class TestPgSecurity : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    QString m_counter;
    QString m_omfamCounter;
    QString m_doctor;
    QString m_cnopsCounter;
    QString m_legal;
    QString m_liquidator;
    qint64 m_mgpapPerson = 0;
    qint64 m_omfamPerson = 0;
    qint64 m_mgpap = 0;
    qint64 m_omfam = 0;
    // Dossiers written by the owner: MGPAP's with two lines (the first reviewed), OMFAM's with one
    // (reviewed); each with its deposit in the timeline.
    qint64 m_mgpapDossier = 0;
    qint64 m_omfamDossier = 0;
    qint64 m_mgpapLine = 0;
    qint64 m_mgpapUnreviewedLine = 0;
    qint64 m_omfamLine = 0;

    QSqlDatabase connectAs(const QString &login, const QString &password = agentPassword())
    {
        return guichet::test::connectAs(*m_db, login, password);
    }

    QString createAgent(const QString &base, const QString &organisation, const QString &role)
    {
        return createServerAgent(*m_db, base, organisation, role);
    }

    qint64 organisation(const QString &code)
    {
        return Sql::scalar(m_db->db(), u"SELECT id FROM organisations WHERE code = ?"_s, {code}).toLongLong();
    }

    // The session the client would hold for an agent signed in with its own login, at work under
    // `purpose`; the server does not trust it, but the repositories take it.
    Session sessionOf(const QString &login, const QString &purpose)
    {
        const std::optional<AgentRecord> agent = AgentRepository(m_db->db()).findByLogin(login);
        Session session;
        if (!agent)
            return session;
        session.agentId = agent->id;
        session.login = agent->login;
        session.fullName = agent->fullName;
        session.organisation = agent->organisation;
        session.roleCode = agent->roleCode;
        session.serverEnforced = true;
        session.purposes = {Purpose{purpose, {}, {}, {}, {}, {}, true}};
        session.setActivePurpose(purpose);
        return session;
    }

    // A dossier written by the owner (not bound by the policies), with one event.
    qint64 ownerDossier(qint64 organisationId, qint64 personId, const QString &number, const QString &status)
    {
        const qint64 id =
            Sql::scalar(m_db->db(),
                        u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, "
                        "deposited_on, deposited_at, deposited_by, payment_target, status, billed, created_at, "
                        "updated_at) VALUES (?, ?, ?, ?, 'AMO', '2026-11-10', '2026-11-20', '2026-11-20T09:00:00.000Z', "
                        "'owner', '2027-01-19', ?, 20000, '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z') "
                        "RETURNING id"_s,
                        {organisationId, number, personId, personId, status})
                .toLongLong();
        Sql::run(m_db->db(), u"INSERT INTO dossier_events (dossier_id, organisation_id, at, agent, agent_name, purpose, "
                             "to_status) VALUES (?, ?, '2026-11-20T09:00:00.000Z', 'owner', 'Owner', 'AMO', 'entry')"_s,
                 {id, organisationId});
        return id;
    }

    qint64 ownerLine(qint64 dossierId, qint64 organisationId, int lineNo, bool reviewed)
    {
        const qint64 id =
            Sql::scalar(m_db->db(),
                        u"INSERT INTO dossier_lines (dossier_id, organisation_id, line_no, kind, code, label, category, "
                        "provider_inpe, quantity, billed_unit) VALUES (?, ?, ?, 'act', 'C', 'Consultation', "
                        "'consultation', '123456789', 1, 10000) RETURNING id"_s,
                        {dossierId, organisationId, lineNo})
                .toLongLong();
        if (reviewed)
            Sql::run(m_db->db(), u"INSERT INTO line_reviews (line_id, dossier_id, organisation_id, decision, reason_code, "
                                 "reviewed_by, reviewed_at) VALUES (?, ?, ?, 'adjusted', 'NOT_JUSTIFIED', 'owner', "
                                 "'2026-11-21T09:00:00.000Z')"_s,
                     {id, dossierId, organisationId});
        return id;
    }

    // The two fixture dossiers, as a SQL list.
    QVariantList fixtureDossiers() const { return {m_mgpapDossier, m_omfamDossier}; }

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
            if (org == u"OMFAM"_s)
                m_omfamPerson = id;
        }

        // Dossiers of both mutuelles, and the agents who read them from elsewhere.
        m_cnopsCounter = createAgent(u"counter.cnops"_s, u"CNOPS"_s, u"COUNTER"_s);
        m_legal = createAgent(u"legal"_s, u"MGPAP"_s, u"LEGAL"_s);
        m_liquidator = createAgent(u"liquidator"_s, u"MGPAP"_s, u"LIQUIDATOR"_s);
        m_mgpap = organisation(u"MGPAP"_s);
        m_omfam = organisation(u"OMFAM"_s);
        m_mgpapDossier = ownerDossier(m_mgpap, m_mgpapPerson, u"RLS-MGPAP"_s, u"liquidation"_s);
        m_mgpapLine = ownerLine(m_mgpapDossier, m_mgpap, 1, true);
        m_mgpapUnreviewedLine = ownerLine(m_mgpapDossier, m_mgpap, 2, false);
        m_omfamDossier = ownerDossier(m_omfam, m_omfamPerson, u"RLS-OMFAM"_s, u"liquidation"_s);
        m_omfamLine = ownerLine(m_omfamDossier, m_omfam, 1, true);
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

    // 1. Row-level security on dossiers, their lines and their timeline: a mutuelle's agent sees
    //    and writes its own only, the CNOPS every mutuelle's.
    void dossiersStayWithinTheAgentsMutuelle()
    {
        const QString dossiers = u"SELECT count(*) FROM dossiers WHERE id IN (?, ?)"_s;
        const QString lines = u"SELECT count(*) FROM dossier_lines WHERE dossier_id IN (?, ?)"_s;
        const QString events = u"SELECT count(*) FROM dossier_events WHERE dossier_id IN (?, ?)"_s;

        QSqlDatabase db = connectAs(m_counter);
        QVERIFY(setPurpose(db, u"p_amo"_s));
        QCOMPARE(count(db, dossiers, fixtureDossiers()), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM dossiers WHERE id = ?"_s, {m_mgpapDossier}), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM dossiers WHERE id = ? OR number = 'RLS-OMFAM'"_s, {m_omfamDossier}), 0);
        QCOMPARE(count(db, lines, fixtureDossiers()), 2);
        QCOMPARE(count(db, u"SELECT count(*) FROM dossier_lines WHERE id = ?"_s, {m_omfamLine}), 0);
        QCOMPARE(count(db, events, fixtureDossiers()), 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM dossier_events WHERE dossier_id = ?"_s, {m_omfamDossier}), 0);
        // Invisible rows cannot be changed either: the statement runs and touches nothing.
        QCOMPARE(affected(db, u"UPDATE dossiers SET billed = 0 WHERE id = ?"_s, {m_omfamDossier}), 0);
        QCOMPARE(affected(db, u"UPDATE dossier_lines SET billed_unit = 0 WHERE id = ?"_s, {m_omfamLine}), 0);
        // WITH CHECK: nothing is written in another mutuelle's name, nor moved to it.
        VERIFY_SERVER(unlessOutOfBounds(
            db,
            u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, deposited_on, "
            "deposited_at, deposited_by, payment_target, status, created_at, updated_at) VALUES (?, 'RLS-FORGED', ?, ?, "
            "'AMO', '2026-11-10', '2026-11-20', 'now', 'x', '2027-01-19', 'entry', 'now', 'now')"_s,
            {m_omfam, m_omfamPerson, m_omfamPerson}));
        VERIFY_SERVER(unlessOutOfBounds(
            db,
            u"INSERT INTO dossier_lines (dossier_id, organisation_id, line_no, kind, code, label, category, "
            "provider_inpe, quantity, billed_unit) VALUES (?, ?, 9, 'act', 'C', 'x', 'consultation', '123456789', 1, 1)"_s,
            {m_omfamDossier, m_omfam}));
        VERIFY_SERVER(unlessOutOfBounds(
            db,
            u"INSERT INTO dossier_events (dossier_id, organisation_id, at, agent, agent_name, purpose, to_status) "
            "VALUES (?, ?, 'now', 'x', 'x', 'AMO', 'paid')"_s,
            {m_omfamDossier, m_omfam}));
        // A dossier's organisation is part of what was deposited: the guard of the permission
        // matrix refuses the change before row-level security is asked.
        VERIFY_SERVER(unlessDenied(db, u"UPDATE dossiers SET organisation_id = ? WHERE id = ?"_s,
                                   {m_omfam, m_mgpapDossier}));
        QCOMPARE(Sql::scalar(m_db->db(), u"SELECT count(*) FROM dossiers WHERE number = 'RLS-FORGED'"_s).toInt(), 0);

        QSqlDatabase omfam = connectAs(m_omfamCounter);
        QVERIFY(setPurpose(omfam, u"p_amo"_s));
        QCOMPARE(count(omfam, dossiers, fixtureDossiers()), 1);
        QCOMPARE(count(omfam, u"SELECT count(*) FROM dossiers WHERE id = ?"_s, {m_mgpapDossier}), 0);
        QCOMPARE(count(omfam, lines, fixtureDossiers()), 1);
        QCOMPARE(count(omfam, events, fixtureDossiers()), 1);

        // The CNOPS sees every mutuelle's dossiers, whatever it does with them.
        QSqlDatabase cnops = connectAs(m_cnopsCounter);
        QVERIFY(setPurpose(cnops, u"p_amo"_s));
        QCOMPARE(count(cnops, dossiers, fixtureDossiers()), 2);
        QCOMPARE(count(cnops, lines, fixtureDossiers()), 3);
        QCOMPARE(count(cnops, events, fixtureDossiers()), 2);
        QSqlDatabase doctor = connectAs(m_doctor);
        QVERIFY(setPurpose(doctor, u"p_mcm"_s));
        QCOMPARE(count(doctor, dossiers, fixtureDossiers()), 2);
    }

    // 2. The controller's reviews and reasons are medical data: only MCM and MCC read and write
    //    them. The control key, which says what the random share of control will pick, is read
    //    only by the purposes that complete the entry (AMO, STU).
    void controlDataStaysWithItsPurposes()
    {
        const QString reviews = u"SELECT count(*) FROM line_reviews WHERE dossier_id IN (?, ?)"_s;
        QSqlDatabase doctor = connectAs(m_doctor);
        for (const QString &purpose : {u"p_mcm"_s, u"p_mcc"_s}) {
            QVERIFY(setPurpose(doctor, purpose));
            QCOMPARE(count(doctor, reviews, fixtureDossiers()), 2);
            QCOMPARE(count(doctor, u"SELECT count(*) FROM control_reasons"_s), 7);
            QCOMPARE(affected(doctor, u"UPDATE line_reviews SET decision = 'rejected', reason_code = 'DUPLICATE' "
                                      "WHERE line_id = ?"_s,
                              {m_mgpapLine}),
                     1);
            VERIFY_SERVER(unlessDenied(doctor, u"SELECT key FROM control_key"_s));
            // The reasons are the fund's reference list: read by control, changed by the owner only.
            VERIFY_SERVER(unlessDenied(doctor, u"INSERT INTO control_reasons (code, label) VALUES ('X', 'x')"_s));
            VERIFY_SERVER(unlessDenied(doctor, u"UPDATE control_reasons SET label = 'x'"_s));
        }
        QVERIFY(setPurpose(doctor, u"p_mcm"_s));
        VERIFY_SERVER(unlessRuns(doctor,
                                 u"INSERT INTO line_reviews (line_id, dossier_id, organisation_id, decision, reviewed_by, "
                                 "reviewed_at) VALUES (?, ?, ?, 'accepted', 'doctor', '2026-11-22T09:00:00.000Z')"_s,
                                 {m_mgpapUnreviewedLine, m_mgpapDossier, m_mgpap}));
        QCOMPARE(count(doctor, reviews, fixtureDossiers()), 3);
        // A review given again replaces the first (what DossierRepository::review needs, without DELETE).
        VERIFY_SERVER(unlessRuns(doctor,
                                 u"INSERT INTO line_reviews (line_id, dossier_id, organisation_id, decision, reason_code, "
                                 "reviewed_by, reviewed_at) VALUES (?, ?, ?, 'rejected', 'QUANTITY', 'doctor', "
                                 "'2026-11-22T10:00:00.000Z') ON CONFLICT (line_id) DO UPDATE SET decision = "
                                 "excluded.decision, reason_code = excluded.reason_code, reviewed_by = "
                                 "excluded.reviewed_by, reviewed_at = excluded.reviewed_at"_s,
                                 {m_mgpapUnreviewedLine, m_mgpapDossier, m_mgpap}));
        QCOMPARE(count(doctor, reviews, fixtureDossiers()), 3);
        QCOMPARE(Sql::scalar(m_db->db(), u"SELECT decision FROM line_reviews WHERE line_id = ?"_s,
                             {m_mgpapUnreviewedLine}).toString(),
                 u"rejected"_s);
        QCOMPARE(Sql::scalar(m_db->db(), u"SELECT reason_code FROM line_reviews WHERE line_id = ?"_s, {m_mgpapLine})
                     .toString(),
                 u"DUPLICATE"_s);

        // Nobody else: neither the review nor the reasons, not even through a count.
        const QString insertReview = u"INSERT INTO line_reviews (line_id, dossier_id, organisation_id, decision, "
                                     "reviewed_by, reviewed_at) VALUES (%1, %2, %3, 'accepted', 'x', 'x')"_s.arg(
                                         m_mgpapUnreviewedLine).arg(m_mgpapDossier).arg(m_mgpap);
        QSqlDatabase counter = connectAs(m_counter);
        QSqlDatabase legal = connectAs(m_legal);
        const QList<std::pair<QSqlDatabase, QString>> others = {
            {counter, u"p_amo"_s}, {counter, u"p_stu"_s}, {counter, u"p_arm"_s}, {counter, u"p_cpl"_s},
            {counter, u"p_reg"_s}, {legal, u"p_cpl"_s},   {legal, u"p_leg"_s}};
        for (const auto &[db, purpose] : others) {
            QVERIFY2(setPurpose(db, purpose), qPrintable(purpose));
            VERIFY_SERVER(unlessDenied(db, u"SELECT count(*) FROM line_reviews"_s));
            VERIFY_SERVER(unlessDenied(db, u"SELECT decision, reason_code FROM line_reviews"_s));
            VERIFY_SERVER(unlessDenied(db, insertReview));
            VERIFY_SERVER(unlessDenied(db, u"UPDATE line_reviews SET decision = 'accepted'"_s));
            VERIFY_SERVER(unlessDenied(db, u"SELECT count(*) FROM control_reasons"_s));
        }

        // The control key: read under AMO and STU, nowhere else.
        for (const QString &purpose : {u"p_amo"_s, u"p_stu"_s}) {
            QVERIFY(setPurpose(counter, purpose));
            QCOMPARE(count(counter, u"SELECT count(*) FROM control_key WHERE length(key) = 64"_s), 1);
            VERIFY_SERVER(unlessDenied(counter, u"UPDATE control_key SET key = 'known'"_s));
        }
        for (const QString &purpose : {u"p_reg"_s, u"p_cpl"_s, u"p_arm"_s}) {
            QVERIFY(setPurpose(counter, purpose));
            VERIFY_SERVER(unlessDenied(counter, u"SELECT key FROM control_key"_s));
        }
        QVERIFY(setPurpose(legal, u"p_leg"_s));
        VERIFY_SERVER(unlessDenied(legal, u"SELECT key FROM control_key"_s));
    }

    // 3. Registration does not read dossiers at all; complaints and litigation read them and their
    //    timeline, and change nothing.
    void registrationReadsNoDossierAndComplaintsChangeNone()
    {
        QSqlDatabase counter = connectAs(m_counter);
        QVERIFY(setPurpose(counter, u"p_reg"_s));
        for (const QString &read : {u"SELECT count(*) FROM dossiers"_s, u"SELECT count(*) FROM dossier_lines"_s,
                                    u"SELECT count(*) FROM dossier_events"_s, u"SELECT count(*) FROM payment_batches"_s,
                                    u"SELECT count(*) FROM archive_boxes"_s})
            VERIFY_SERVER(unlessDenied(counter, read));
        VERIFY_SERVER(unlessDenied(counter, u"SELECT number FROM dossiers WHERE id = ?"_s, {m_mgpapDossier}));

        QSqlDatabase legal = connectAs(m_legal);
        const QList<std::pair<QSqlDatabase, QString>> readers = {{counter, u"p_cpl"_s}, {legal, u"p_cpl"_s},
                                                                 {legal, u"p_leg"_s}};
        for (const auto &[db, purpose] : readers) {
            QVERIFY2(setPurpose(db, purpose), qPrintable(purpose));
            QCOMPARE(count(db, u"SELECT count(*) FROM dossiers WHERE id IN (?, ?)"_s, fixtureDossiers()), 1); // MGPAP's
            QCOMPARE(count(db, u"SELECT count(*) FROM dossier_events WHERE dossier_id IN (?, ?)"_s, fixtureDossiers()), 1);
            VERIFY_SERVER(unlessDenied(db, u"UPDATE dossiers SET status = 'paid' WHERE id = ?"_s, {m_mgpapDossier}));
            VERIFY_SERVER(unlessDenied(db, u"UPDATE dossiers SET reimbursed = 0 WHERE id = ?"_s, {m_mgpapDossier}));
            VERIFY_SERVER(unlessDenied(db, u"DELETE FROM dossiers WHERE id = ?"_s, {m_mgpapDossier}));
            VERIFY_SERVER(unlessDenied(db, u"UPDATE dossier_events SET reason = 'x' WHERE dossier_id = ?"_s,
                                       {m_mgpapDossier}));
            VERIFY_SERVER(unlessDenied(db, u"INSERT INTO dossier_events (dossier_id, organisation_id, at, agent, "
                                           "agent_name, purpose, to_status) VALUES (?, ?, 'now', 'x', 'x', 'CPL', 'paid')"_s,
                                       {m_mgpapDossier, m_mgpap}));
            VERIFY_SERVER(unlessDenied(db, u"UPDATE dossier_lines SET reimbursed = 0"_s));
        }
        QCOMPARE(Sql::scalar(m_db->db(), u"SELECT status FROM dossiers WHERE id = ?"_s, {m_mgpapDossier}).toString(),
                 u"liquidation"_s);
    }

    // The calendar's holidays are reference data: every purpose reads them, none changes them.
    void everyPurposeReadsTheHolidaysAndNoneChangesThem()
    {
        QSqlDatabase counter = connectAs(m_counter);
        QSqlDatabase legal = connectAs(m_legal);
        const QList<std::pair<QSqlDatabase, QString>> agents = {{counter, u"p_reg"_s}, {counter, u"p_amo"_s},
                                                                {legal, u"p_cpl"_s}, {legal, u"p_leg"_s}};
        for (const auto &[db, purpose] : agents) {
            QVERIFY2(setPurpose(db, purpose), qPrintable(purpose));
            QVERIFY(count(db, u"SELECT count(*) FROM public_holidays WHERE day LIKE '2026-%'"_s) > 0);
            VERIFY_SERVER(unlessDenied(db, u"INSERT INTO public_holidays (day, name) VALUES ('2026-12-24', 'x')"_s));
            VERIFY_SERVER(unlessDenied(db, u"UPDATE public_holidays SET provisional = false"_s));
            VERIFY_SERVER(unlessDenied(db, u"DELETE FROM public_holidays"_s));
        }
    }

    // 4. The archives say where a paper dossier is kept, and change nothing else of it.
    void theArchivesChangeOnlyWhereADossierIsKept()
    {
        QSqlDatabase db = connectAs(m_counter);
        QVERIFY(setPurpose(db, u"p_arm"_s));
        const QVariant box = [&] {
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO archive_boxes (organisation_id, number, place, created_at) "
                      "VALUES (?, 'BOX-RLS', 'Salle 1', '2026-11-22') RETURNING id"_s);
            q.addBindValue(m_mgpap);
            return q.exec() && q.next() ? q.value(0) : QVariant();
        }();
        QVERIFY(box.isValid());
        VERIFY_SERVER(unlessOutOfBounds(db, u"INSERT INTO archive_boxes (organisation_id, number, place, created_at) "
                                            "VALUES (?, 'BOX-OMFAM', 'x', 'x')"_s,
                                        {m_omfam}));
        // What filing a dossier in a box takes: its box and place, and a new version.
        const QVariant version = Sql::scalar(m_db->db(), u"SELECT version FROM dossiers WHERE id = ?"_s, {m_mgpapDossier});
        VERIFY_SERVER(unlessRuns(db, u"UPDATE dossiers SET archive_box_id = ?, archive_place = '12', updated_at = 'now', "
                                     "version = version + 1 WHERE id = ? AND version = ? RETURNING version"_s,
                                 {box, m_mgpapDossier, version}));
        QCOMPARE(affected(db, u"UPDATE dossiers SET archive_place = 'x' WHERE id = ?"_s, {m_mgpapDossier}), 1);
        // The repository locks the dossier it files (a row lock needs the UPDATE of some column).
        VERIFY_SERVER(unlessRuns(db, u"SELECT d.id FROM dossiers d JOIN organisations o ON o.id = d.organisation_id "
                                     "WHERE d.id = ? FOR UPDATE OF d"_s,
                                 {m_mgpapDossier}));
        VERIFY_SERVER(unlessDenied(db, u"UPDATE dossiers SET status = 'paid' WHERE id = ?"_s, {m_mgpapDossier}));
        VERIFY_SERVER(unlessDenied(db, u"UPDATE dossiers SET status = status WHERE id = ?"_s, {m_mgpapDossier}));
        for (const QString &change : {u"UPDATE dossiers SET billed = 0 WHERE id = ?"_s,
                                      u"UPDATE dossiers SET amo = 0 WHERE id = ?"_s,
                                      u"UPDATE dossiers SET complementary = 0 WHERE id = ?"_s,
                                      u"UPDATE dossiers SET reimbursed = 0 WHERE id = ?"_s})
            VERIFY_SERVER(unlessDenied(db, change, {m_mgpapDossier}));
        VERIFY_SERVER(unlessDenied(db, u"UPDATE dossiers SET taken_by = NULL, batch_id = NULL WHERE id = ?"_s,
                                   {m_mgpapDossier}));
        VERIFY_SERVER(unlessDenied(db, u"UPDATE dossier_lines SET reimbursed = 0"_s));
        VERIFY_SERVER(unlessDenied(db, u"UPDATE archive_boxes SET place = 'elsewhere'"_s));
        // Another mutuelle's dossier is not there to be filed.
        QCOMPARE(affected(db, u"UPDATE dossiers SET archive_place = 'x' WHERE id = ?"_s, {m_omfamDossier}), 0);
        VERIFY_SERVER(unlessRuns(db, u"INSERT INTO dossier_events (dossier_id, organisation_id, at, agent, agent_name, "
                                     "purpose, from_status, to_status, reason) VALUES (?, ?, 'now', 'x', 'x', 'ARM', "
                                     "'liquidation', 'liquidation', 'Archived in box BOX-RLS')"_s,
                                 {m_mgpapDossier, m_mgpap}));

        QSqlQuery after = Sql::run(m_db->db(), u"SELECT status, archive_place, archive_box_id, billed, "
                                               "(SELECT archive_place FROM dossiers WHERE id = ?) FROM dossiers "
                                               "WHERE id = ?"_s,
                                   {m_omfamDossier, m_mgpapDossier});
        QVERIFY(after.next());
        QCOMPARE(after.value(0).toString(), u"liquidation"_s);
        QCOMPARE(after.value(1).toString(), u"x"_s);
        QCOMPARE(after.value(2).toLongLong(), box.toLongLong());
        QCOMPARE(after.value(3).toLongLong(), 20000);
        QVERIFY(after.value(4).isNull());
    }

    // 5. A dossier deposited more than 60 days after the care needs a justification recorded by a
    //    supervisor: the server's trigger checks it, whatever the client says.
    void aLateDepositNeedsASupervisorsJustification()
    {
        const QString supervisor = createAgent(u"supervisor"_s, u"MGPAP"_s, u"COUNTER"_s);
        Sql::run(m_db->db(), u"UPDATE agents SET supervisor = ? WHERE login = ?"_s, {true, supervisor});
        const QDate depositedOn = QDateTime::currentDateTimeUtc().date(); // as the repository stamps it
        const QString lateCare = depositedOn.addDays(-61).toString(Qt::ISODate);
        const QString lastDayCare = depositedOn.addDays(-60).toString(Qt::ISODate);
        const QString insert =
            u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, deposited_on, "
            "deposited_at, deposited_by, late_justification, payment_target, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'AMO', ?, ?, 'now', 'x', ?, '2099-01-01', 'entry', 'now', 'now')"_s;
        const QString late = u"late deposit without a supervisor's justification"_s;
        const QVariant none(QMetaType::fromType<QString>());
        const QString why = u"Hospitalisé jusqu'au 10/11"_s;
        auto values = [&](const QString &number, const QString &care, const QVariant &justification) {
            return QVariantList{m_mgpap, number, m_mgpapPerson, m_mgpapPerson, care, depositedOn.toString(Qt::ISODate),
                                justification};
        };

        QSqlDatabase counter = connectAs(m_counter);
        QVERIFY(setPurpose(counter, u"p_amo"_s));
        VERIFY_SERVER(unlessRefused(counter, late, insert, values(u"LATE-1"_s, lateCare, why)));
        VERIFY_SERVER(unlessRefused(counter, late, insert, values(u"LATE-2"_s, lateCare, none)));
        VERIFY_SERVER(unlessRuns(counter, insert, values(u"LATE-3"_s, lastDayCare, none))); // 60 days: in time
        // An agent cannot make itself a supervisor.
        VERIFY_SERVER(unlessDenied(counter, u"UPDATE agents SET supervisor = true WHERE login = current_user"_s));
        VERIFY_SERVER(unlessDenied(counter, u"UPDATE agents SET supervisor = true WHERE login = session_user"_s));
        QVERIFY(setPurpose(counter, u"none"_s)); // back to the login role itself
        VERIFY_SERVER(unlessDenied(counter, u"UPDATE agents SET supervisor = true WHERE login = session_user"_s));

        QSqlDatabase chief = connectAs(supervisor);
        QVERIFY(setPurpose(chief, u"p_amo"_s));
        VERIFY_SERVER(unlessRefused(chief, late, insert, values(u"LATE-4"_s, lateCare, none)));
        VERIFY_SERVER(unlessRefused(chief, late, insert, values(u"LATE-5"_s, lateCare, u""_s)));
        VERIFY_SERVER(unlessRuns(chief, insert, values(u"LATE-6"_s, lateCare, why)));
        VERIFY_SERVER(unlessRuns(chief, insert, values(u"LATE-7"_s, lastDayCare, none)));
        // Blanks are no justification (the client trims them away before asking).
        VERIFY_SERVER(unlessRefused(chief, late, insert, values(u"LATE-BLANK"_s, lateCare, u"   "_s)));

        QSqlQuery kept = Sql::run(m_db->db(), u"SELECT number FROM dossiers WHERE number LIKE 'LATE-%' "
                                              "AND number <> 'LATE-BLANK' ORDER BY number"_s);
        QStringList numbers;
        while (kept.next())
            numbers << kept.value(0).toString();
        QCOMPARE(numbers, (QStringList{u"LATE-3"_s, u"LATE-6"_s, u"LATE-7"_s}));
    }

    // 5b. Nor can the check be gone around: the deposit date is the server's, and the dates of a
    //     dossier deposited in time are not moved afterwards to make it a late one.
    void aLateDepositCannotBeForgedPastTheTrigger()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QString insert =
            u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, deposited_on, "
            "deposited_at, deposited_by, payment_target, status, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'AMO', ?, ?, 'now', 'x', '2099-01-01', 'entry', 'now', 'now')"_s;
        const QString late = u"late deposit without a supervisor's justification"_s;
        QSqlDatabase counter = connectAs(m_counter);
        QVERIFY(setPurpose(counter, u"p_amo"_s));

        // Care 200 days old, deposited "190 days ago" by the client's say-so.
        VERIFY_SERVER(unlessRefused(counter, late, insert,
                                    {m_mgpap, u"FORGED-1"_s, m_mgpapPerson, m_mgpapPerson,
                                     today.addDays(-200).toString(Qt::ISODate), today.addDays(-190).toString(Qt::ISODate)}));

        // Deposited in time, then its care moved 200 days back.
        VERIFY_SERVER(unlessRuns(counter, insert,
                                 {m_mgpap, u"FORGED-2"_s, m_mgpapPerson, m_mgpapPerson,
                                  today.addDays(-10).toString(Qt::ISODate), today.toString(Qt::ISODate)}));
        VERIFY_SERVER(unlessRefused(counter, u"the dates of a deposit cannot be changed"_s,
                                    u"UPDATE dossiers SET date_of_care = ? WHERE number = 'FORGED-2'"_s,
                                    {today.addDays(-200).toString(Qt::ISODate)}));
    }

    // 6. The repository works end to end on agents' own connections: the server's grants and
    //    policies let each purpose do its part of the pipeline; a step the server refuses fails
    //    the test with the server's reason.
    void theDossierPipelineWorksUnderAgentsOwnLogins()
    {
        const QString mgpapDoctor = createAgent(u"doctor.mgpap"_s, u"MGPAP"_s, u"MEDICAL"_s);
        QSqlDatabase counterDb = connectAs(m_counter);
        QVERIFY(setPurpose(counterDb, u"p_amo"_s));
        QSqlDatabase doctorDb = connectAs(mgpapDoctor);
        QVERIFY(setPurpose(doctorDb, u"p_mcm"_s));
        const Session counter = sessionOf(m_counter, u"AMO"_s);
        const Session doctor = sessionOf(mgpapDoctor, u"MCM"_s);
        QVERIFY(counter.isValid() && doctor.isValid());
        DossierRepository entry(counterDb);
        DossierRepository control(doctorDb);
        QSqlDatabase owner = m_db->db();
        auto report = [](const char *step, const QString &failure) {
            if (!failure.isEmpty())
                qInfo("%s refused on the agent's own login: %s", step, qPrintable(failure));
        };

        Dossier d;
        QString failed = failureOf([&] {
            d = entry.deposit(counter, {m_mgpapPerson, u"PIPE-1"_s, QDate::currentDate().addDays(-10), {}});
        });
        QVERIFY2(failed.isEmpty(), qPrintable(u"deposit under p_amo: "_s + failed));
        QCOMPARE(d.status, DossierStatus::Entry);
        QCOMPARE(d.depositedBy, m_counter);

        // A consultation billed 200 DH, far above its 80 DH tariff: the DEVIATION rule sends it to control.
        failed = failureOf([&] { d = entry.saveLines(counter, d.id, d.version, {{u"C"_s, u"123456789"_s, 1, 20000}}); });
        report("DossierRepository::saveLines (AMO)", failed);
        QVERIFY2(failed.isEmpty(), qPrintable(u"saveLines under p_amo: "_s + failed));
        QCOMPARE(d.lines.size(), 1);
        QCOMPARE(d.billed, 20000);

        failed = failureOf([&] { d = entry.completeEntry(counter, d.id, d.version); });
        report("DossierRepository::completeEntry (AMO)", failed);
        QVERIFY2(failed.isEmpty(), qPrintable(u"completeEntry under p_amo: "_s + failed));
        QCOMPARE(d.status, DossierStatus::Control);
        QVERIFY(d.controlReasons.contains(u"DEVIATION"_s));

        std::optional<qint64> taken;
        failed = failureOf([&] { taken = control.takeNextForControl(doctor); });
        report("DossierRepository::takeNextForControl (MCM)", failed);
        QVERIFY2(failed.isEmpty(), qPrintable(u"takeNextForControl under p_mcm: "_s + failed));
        QCOMPARE(taken, std::optional<qint64>(d.id));
        QCOMPARE(Sql::scalar(owner, u"SELECT taken_by FROM dossiers WHERE id = ?"_s, {d.id}).toLongLong(), doctor.agentId);

        // The controller opens the dossier before reviewing it.
        Dossier opened;
        failed = failureOf([&] { opened = control.load(doctor, d.id); });
        report("DossierRepository::load (MCM)", failed);
        QVERIFY2(failed.isEmpty(), qPrintable(u"load under p_mcm: "_s + failed));
        const int reviewedVersion = opened.version;

        failed = failureOf([&] {
            d = control.review(doctor, d.id, reviewedVersion,
                               {{d.lines.first().id, LineReview::Decision::Adjusted, 1, 8000, u"AMOUNT"_s}});
        });
        report("DossierRepository::review (MCM)", failed);
        QVERIFY2(failed.isEmpty(), qPrintable(u"review under p_mcm: "_s + failed));
        QCOMPARE(d.status, DossierStatus::Liquidation);
        QCOMPARE(Sql::scalar(owner, u"SELECT decision FROM line_reviews WHERE dossier_id = ?"_s, {d.id}).toString(),
                 u"adjusted"_s);

        // Liquidation is the liquidator's work: the counter's own login is refused it.
        QSqlDatabase liquidatorDb = connectAs(m_liquidator);
        QVERIFY(setPurpose(liquidatorDb, u"p_amo"_s));
        const Session liquidator = sessionOf(m_liquidator, u"AMO"_s);
        VERIFY_SERVER(unlessDenied(counterDb, u"UPDATE dossiers SET status = 'liquidated' WHERE id = ?"_s, {d.id}));
        failed = failureOf([&] { d = DossierRepository(liquidatorDb).liquidate(liquidator, d.id, d.version); });
        report("DossierRepository::liquidate (AMO)", failed);
        QVERIFY2(failed.isEmpty(), qPrintable(u"liquidate under p_amo: "_s + failed));
        QCOMPARE(d.status, DossierStatus::Liquidated);
        QCOMPARE(d.lines.first().allowedUnit, std::optional<Centimes>(8000));
        QVERIFY(d.reimbursed > 0);
        QVERIFY(d.lines.first().decision.isEmpty()); // the liquidator does not read the review

        // Every step the agents did is in the audit log under the names and purposes the server knows.
        QSqlQuery audit = Sql::run(owner, u"SELECT DISTINCT agent, purpose FROM audit_log WHERE entity = 'dossier' "
                                          "AND entity_id = ? ORDER BY agent, purpose"_s,
                                   {QString::number(d.id)});
        QStringList who;
        while (audit.next())
            who << audit.value(0).toString() + u'/' + audit.value(1).toString();
        QVERIFY2(who.contains(m_counter + u"/AMO"_s) && who.contains(mgpapDoctor + u"/MCM"_s)
                     && who.contains(m_liquidator + u"/AMO"_s),
                 qPrintable(who.join(u", "_s)));
        QVERIFY(AuditLog(owner).verify().isIntact());
    }

    // 7. The purposes that read dossiers without liquidating them (complaints, litigation) and the
    //    archives open and file them through the repository on their own logins.
    void complaintsAndArchivesUseTheRepositoryUnderTheirLogins()
    {
        auto report = [](const QString &step, const QString &failure) {
            if (!failure.isEmpty())
                qInfo("%s refused on the agent's own login: %s", qPrintable(step), qPrintable(failure));
        };
        QSqlDatabase legalDb = connectAs(m_legal);
        for (const QString &purpose : {u"CPL"_s, u"LEG"_s}) {
            QVERIFY(setPurpose(legalDb, u"p_"_s + purpose.toLower()));
            Dossier d;
            const QString failed =
                failureOf([&] { d = DossierRepository(legalDb).load(sessionOf(m_legal, purpose), m_mgpapDossier); });
            report(u"DossierRepository::load ("_s + purpose + u')', failed);
            QVERIFY2(failed.isEmpty(), qPrintable(u"load under p_"_s + purpose.toLower() + u": "_s + failed));
            QCOMPARE(d.number, u"RLS-MGPAP"_s);
            QVERIFY(!d.timeline.isEmpty());
            QCOMPARE(d.timeline.first().toStatus, u"entry"_s);
        }

        QSqlDatabase counterDb = connectAs(m_counter);
        QVERIFY(setPurpose(counterDb, u"p_arm"_s));
        const Session archivist = sessionOf(m_counter, u"ARM"_s);
        DossierRepository archives(counterDb);
        const qint64 id = ownerDossier(m_mgpap, m_mgpapPerson, u"ARCH-1"_s, u"paid"_s);
        Dossier d;
        QString failed = failureOf([&] { d = archives.load(archivist, id); });
        report(u"DossierRepository::load (ARM)"_s, failed);
        QVERIFY2(failed.isEmpty(), qPrintable(u"load under p_arm: "_s + failed));

        failed = failureOf([&] { d = archives.fileInBox(archivist, id, 1, u"BOX-ARCH"_s, u"Salle 3"_s, u"7"_s); });
        report(u"DossierRepository::fileInBox (ARM)"_s, failed);
        QVERIFY2(failed.isEmpty(), qPrintable(u"fileInBox under p_arm: "_s + failed));
        QCOMPARE(Sql::scalar(m_db->db(), u"SELECT status FROM dossiers WHERE id = ?"_s, {id}).toString(), u"paid"_s);

        QList<ArchivedDossier> box;
        QString place;
        failed = failureOf([&] { box = archives.boxContents(archivist, u"BOX-ARCH"_s, &place); });
        report(u"DossierRepository::boxContents (ARM)"_s, failed);
        QVERIFY2(failed.isEmpty(), qPrintable(u"boxContents under p_arm: "_s + failed));
        QCOMPARE(place, u"Salle 3"_s);
        QCOMPARE(box.size(), 1);
        QCOMPARE(box.first().dossierNumber, u"ARCH-1"_s);
        QCOMPARE(box.first().place, u"7"_s);
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

    // Complaints are taken in under CPL on the agent's own login, stamped by the server, read
    // under LEG without being changed, and stay within their mutuelle.
    void complaintsAreTakenInUnderCplAndReadUnderLeg()
    {
        QSqlDatabase counterDb = connectAs(m_counter);
        QVERIFY(setPurpose(counterDb, u"p_cpl"_s));
        ComplaintIntake intake;
        intake.channel = ComplaintChannel::Counter;
        intake.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        intake.requester = RequesterKind::Member;
        intake.personId = m_mgpapPerson;
        intake.categoryCode = u"OTHER"_s;
        intake.description = u"Réclamation au guichet"_s;
        intake.attachments = {{u"scan.pdf"_s, QByteArray("%PDF"), 0}};
        Complaint k;
        const QString failed =
            failureOf([&] { k = ComplaintRepository(counterDb).intake(sessionOf(m_counter, u"CPL"_s), intake); });
        QVERIFY2(failed.isEmpty(), qPrintable(u"intake under p_cpl: "_s + failed));
        QSqlDatabase owner = m_db->db();
        QCOMPARE(Sql::scalar(owner, u"SELECT agent || '/' || purpose FROM complaint_events WHERE complaint_id = ?"_s,
                             {k.id})
                     .toString(),
                 m_counter + u"/CPL"_s);

        QVERIFY(setPurpose(counterDb, u"p_reg"_s));
        VERIFY_SERVER(unlessDenied(counterDb, u"SELECT count(*) FROM complaints"_s));
        VERIFY_SERVER(unlessDenied(counterDb, u"SELECT count(*) FROM complaint_attachments"_s));

        QSqlDatabase legal = connectAs(m_legal);
        QVERIFY(setPurpose(legal, u"p_leg"_s));
        QCOMPARE(count(legal, u"SELECT count(*) FROM complaints WHERE id = ?"_s, {k.id}), 1);
        VERIFY_SERVER(unlessDenied(legal, u"UPDATE complaints SET status = 'closed' WHERE id = ?"_s, {k.id}));
        VERIFY_SERVER(unlessDenied(legal, u"DELETE FROM complaint_attachments WHERE complaint_id = ?"_s, {k.id}));

        QSqlDatabase omfam = connectAs(createAgent(u"counter.omfam"_s, u"OMFAM"_s, u"COUNTER"_s));
        QVERIFY(setPurpose(omfam, u"p_cpl"_s));
        QCOMPARE(count(omfam, u"SELECT count(*) FROM complaints WHERE id = ?"_s, {k.id}), 0);
        QCOMPARE(count(omfam, u"SELECT count(*) FROM complaint_attachments WHERE complaint_id = ?"_s, {k.id}), 0);
        VERIFY_SERVER(unlessOutOfBounds(omfam, u"INSERT INTO complaint_events (complaint_id, organisation_id, at, agent, "
                                               "agent_name, purpose, kind) VALUES (?, ?, 'now', 'x', 'x', 'CPL', 'note')"_s,
                                        {k.id, m_mgpap}));
    }

    // A case is opened, its hearing added and the case closed on the jurist's own login under
    // LEG; its hold stands in the server whoever deletes (the owner included); CPL and the counter
    // read no case nor hold, another mutuelle's jurist sees none, every purpose may ask whether a
    // person is held.
    void litigationAndLegalHoldsUnderTheJuristsLogin()
    {
        QSqlDatabase legal = connectAs(m_legal);
        QVERIFY(setPurpose(legal, u"p_leg"_s));
        const Session session = sessionOf(m_legal, u"LEG"_s);
        LitigationRepository repository(legal);
        LitigationCase c;
        QString failed = failureOf([&] {
            c = repository.open(session, {{}, u"600000001"_s, u"Tribunal administratif de Rabat"_s, u"7/2026"_s,
                                          u"Sebti c/ MGPAP"_s, {}});
        });
        QVERIFY2(failed.isEmpty(), qPrintable(u"open under p_leg: "_s + failed));
        QVERIFY(repository.isHeld(m_mgpapPerson));
        QSqlDatabase owner = m_db->db();
        VERIFY_SERVER(unlessRefused(owner, u"legal hold"_s, u"DELETE FROM persons WHERE id = ?"_s, {m_mgpapPerson}));

        QSqlDatabase counterDb = connectAs(m_counter);
        QVERIFY(setPurpose(counterDb, u"p_cpl"_s));
        VERIFY_SERVER(unlessDenied(counterDb, u"SELECT count(*) FROM litigation_cases"_s));
        VERIFY_SERVER(unlessDenied(counterDb, u"SELECT count(*) FROM legal_holds"_s));
        QVERIFY(setPurpose(counterDb, u"p_reg"_s));
        QVERIFY(LitigationRepository(counterDb).isHeld(m_mgpapPerson)); // asked, not read
        VERIFY_SERVER(unlessDenied(counterDb, u"UPDATE legal_holds SET lifted_at = 'now'"_s));

        QSqlDatabase omfam = connectAs(createAgent(u"legal.omfam"_s, u"OMFAM"_s, u"LEGAL"_s));
        QVERIFY(setPurpose(omfam, u"p_leg"_s));
        QCOMPARE(count(omfam, u"SELECT count(*) FROM litigation_cases"_s), 0);
        QCOMPARE(count(omfam, u"SELECT count(*) FROM legal_holds"_s), 0);
        QCOMPARE(affected(omfam, u"UPDATE legal_holds SET lifted_at = 'now' WHERE person_id = ?"_s, {m_mgpapPerson}), 0);

        failed = failureOf([&] { c = repository.close(session, c.id, c.version, u"Désistement"_s); });
        QVERIFY2(failed.isEmpty(), qPrintable(u"close under p_leg: "_s + failed));
        QVERIFY(!repository.isHeld(m_mgpapPerson));
        QCOMPARE(Sql::scalar(owner, u"SELECT lifted_by FROM legal_holds WHERE source_id = ?"_s, {c.id}).toString(),
                 m_legal);
    }

    // The data-protection officer purges on its own login under AUD: the person anonymised,
    // the dossier's dates rounded to the month (the deposit guard lets AUD do it, not others),
    // the values of changes deleted; no other purpose reads the runs.
    void thePurgeRunsUnderTheOfficersLogin()
    {
        QSqlDatabase owner = m_db->db();
        const qint64 person = Sql::scalar(owner,
                                          u"INSERT INTO persons (organisation_id, relation, immatriculation, cin, last_name, "
                                          "first_name, birth_date, sex, regime, name_key, created_at, updated_at, status, "
                                          "relation_end) VALUES (?, 'member', '650000001', 'AB650001', 'Purgee', 'Hind', "
                                          "'1950-04-04', 'F', 'AMO', 'purgee hind', 'now', 'now', 'ended', '2015-01-01') "
                                          "RETURNING id"_s,
                                          {m_mgpap})
                                  .toLongLong();
        const qint64 dossier = ownerDossier(m_mgpap, person, u"PURGE-1"_s, u"paid"_s);
        Sql::run(owner, u"UPDATE dossiers SET updated_at = '2015-06-01T00:00:00.000Z' WHERE id = ?"_s, {dossier});
        Sql::run(owner, u"INSERT INTO audit_values (ref, person_id, salt, change_set, created_at) "
                        "VALUES ('pg-purge', ?, 's', '{}', 'now')"_s,
                 {person});

        const QString dpo = createAgent(u"dpo"_s, u"CNOPS"_s, u"DPO"_s);
        QSqlDatabase officer = connectAs(dpo);
        QSqlDatabase counterDb = connectAs(m_counter);
        QVERIFY(setPurpose(counterDb, u"p_amo"_s));
        VERIFY_SERVER(unlessRefused(counterDb, u"cannot be changed"_s,
                                    u"UPDATE dossiers SET date_of_care = '2026-11-01' WHERE id = ?"_s, {dossier}));
        QVERIFY(setPurpose(counterDb, u"p_cpl"_s));
        VERIFY_SERVER(unlessDenied(counterDb, u"SELECT count(*) FROM purge_runs"_s));

        QVERIFY(setPurpose(officer, u"p_aud"_s));
        PurgeRepository purge(officer);
        const Session session = sessionOf(dpo, u"AUD"_s);
        // An audit hold placed and lifted on the officer's login (another mutuelle's person).
        const QString held = failureOf([&] {
            LitigationRepository holds(officer);
            holds.placeAuditHold(session, u"600000002"_s, u"Audit de l'IGF"_s);
            QVERIFY(holds.isHeld(m_omfamPerson));
            QCOMPARE(holds.liftAuditHolds(session, u"600000002"_s), 1);
        });
        QVERIFY2(held.isEmpty(), qPrintable(u"audit hold under p_aud: "_s + held));
        // The registry of processings: edited under AUD, by nobody else.
        const QString registry = failureOf([&] {
            RegistryRepository(officer).update(session, u"WEB"_s, u"Identifiants, état des dossiers"_s, u"Aucun"_s);
        });
        QVERIFY2(registry.isEmpty(), qPrintable(u"registry under p_aud: "_s + registry));
        QVERIFY(setPurpose(counterDb, u"p_reg"_s));
        VERIFY_SERVER(unlessDenied(counterDb, u"UPDATE purposes SET recipients = 'x' WHERE code = 'WEB'"_s));
        const QString failed = failureOf([&] {
            const PurgeRun run = purge.start(session, QDate::currentDate());
            while (purge.runBatch(session, run.id, 100) > 0) {
            }
        });
        QVERIFY2(failed.isEmpty(), qPrintable(u"purge under p_aud: "_s + failed));
        QCOMPARE(Sql::scalar(owner, u"SELECT last_name || '|' || COALESCE(cin, '-') || '|' || immatriculation "
                                    "FROM persons WHERE id = ?"_s,
                             {person})
                     .toString(),
                 u"|-|ANON-%1"_s.arg(person));
        QCOMPARE(Sql::scalar(owner, u"SELECT date_of_care FROM dossiers WHERE id = ?"_s, {dossier}).toString(),
                 u"2026-11-01"_s);
        QCOMPARE(count(owner, u"SELECT count(*) FROM audit_values WHERE person_id = ?"_s, {person}), 0);
        QCOMPARE(Sql::scalar(owner, u"SELECT agent FROM audit_log WHERE entity = 'purge' ORDER BY seq DESC LIMIT 1"_s)
                     .toString(),
                 dpo);
    }

    // Rights requests on the agents' own logins: the jurist takes them in and reports under LEG
    // (the medical part absent), the doctor signs it off under MCM, a counter agent approves a
    // rectification under REG, the officer carries out a deletion under AUD; a counter agent
    // records a disclosure under AMO and reads no request.
    void rightsRequestsUnderTheAgentsOwnLogins()
    {
        QSqlDatabase owner = m_db->db();
        const BusinessCalendar calendar = CalendarRepository(owner).calendar();
        QSqlDatabase legal = connectAs(m_legal);
        QVERIFY(setPurpose(legal, u"p_leg"_s));
        const Session jurist = sessionOf(m_legal, u"LEG"_s);
        RightsRepository rights(legal, calendar);
        NewRightsRequest access;
        access.kind = RightsKind::Access;
        access.immatriculation = u"600000001"_s;
        access.purposes = {u"REG"_s, u"AMO"_s};
        access.identity = IdentityCheck::CinShown;
        RightsRequest r;
        QJsonObject report;
        QString failed = failureOf([&] {
            r = rights.intake(jurist, access);
            report = rights.accessReport(jurist, r.id);
        });
        QVERIFY2(failed.isEmpty(), qPrintable(u"access under p_leg: "_s + failed));
        QCOMPARE(report[u"persons"_s].toArray().size(), 1);
        QVERIFY(!QJsonDocument(report).toJson().contains("diab"));
        VERIFY_SERVER(unlessDenied(legal, u"SELECT count(*) FROM medical_notes"_s));

        QSqlDatabase doctor = connectAs(m_doctor);
        QVERIFY(setPurpose(doctor, u"p_mcm"_s));
        // The medical controller's list: the access request waiting for its sign-off.
        failed = failureOf([&] {
            const QList<RightsListRow> waiting = RightsRepository(doctor, calendar).list(sessionOf(m_doctor, u"MCM"_s), false);
            if (waiting.size() != 1 || waiting.first().id != r.id)
                throw DatabaseError::refused(u"the access request is not on the medical list"_s);
        });
        QVERIFY2(failed.isEmpty(), qPrintable(u"list under p_mcm: "_s + failed));
        failed = failureOf([&] { RightsRepository(doctor, calendar).signOffMedical(sessionOf(m_doctor, u"MCM"_s), r.id); });
        QVERIFY2(failed.isEmpty(), qPrintable(u"sign-off under p_mcm: "_s + failed));
        VERIFY_SERVER(unlessDenied(doctor, u"UPDATE rights_requests SET outcome = 'granted'"_s));
        QVERIFY(QJsonDocument(rights.accessReport(jurist, r.id)).toJson().contains("diab"));

        NewRightsRequest rectify = access;
        rectify.kind = RightsKind::Rectification;
        rectify.purposes = {u"REG"_s};
        rectify.field = u"email"_s;
        rectify.requestedValue = u"sebti@example.ma"_s;
        rectify.evidence = u"Courriel du 1er décembre"_s;
        QSqlDatabase counterDb = connectAs(m_counter);
        QVERIFY(setPurpose(counterDb, u"p_reg"_s));
        failed = failureOf([&] {
            const RightsRequest k = rights.intake(jurist, rectify);
            RightsRepository registration(counterDb, calendar);
            const QList<RightsListRow> waiting = registration.list(sessionOf(m_counter, u"REG"_s), false);
            if (waiting.size() != 1 || waiting.first().id != k.id)
                throw DatabaseError::refused(u"the rectification is not on the registration list"_s);
            registration.approveRectification(sessionOf(m_counter, u"REG"_s), k.id);
        });
        QVERIFY2(failed.isEmpty(), qPrintable(u"rectification under p_reg: "_s + failed));
        QCOMPARE(Sql::scalar(owner, u"SELECT email FROM persons WHERE id = ?"_s, {m_mgpapPerson}).toString(),
                 u"sebti@example.ma"_s);

        NewRightsRequest oppose = access;
        oppose.kind = RightsKind::Opposition;
        oppose.purposes = {u"REG"_s, u"WEB"_s};
        failed = failureOf([&] { rights.oppose(jurist, rights.intake(jurist, oppose).id, true); });
        QVERIFY2(failed.isEmpty(), qPrintable(u"opposition under p_leg: "_s + failed));
        QCOMPARE(count(owner, u"SELECT count(*) FROM oppositions WHERE person_id = ? AND purpose_code = 'WEB'"_s,
                       {m_mgpapPerson}),
                 1);

        QVERIFY(setPurpose(counterDb, u"p_amo"_s));
        failed = failureOf([&] {
            RightsRepository(counterDb, calendar)
                .recordDisclosure(sessionOf(m_counter, u"AMO"_s), m_mgpapPerson, u"professional"_s,
                                  u"Dr Benjelloun"_s, u"Dossier RLS-MGPAP"_s);
        });
        QVERIFY2(failed.isEmpty(), qPrintable(u"disclosure under p_amo: "_s + failed));
        VERIFY_SERVER(unlessDenied(counterDb, u"SELECT count(*) FROM rights_requests"_s));

        // A deletion: someone whose relationship ended in 2015, with nothing else kept.
        const qint64 gone = Sql::scalar(owner,
                                        u"INSERT INTO persons (organisation_id, relation, immatriculation, last_name, "
                                        "first_name, birth_date, sex, regime, name_key, created_at, updated_at, status, "
                                        "relation_end) VALUES (?, 'member', '650000009', 'Oubliee', 'Rim', '1950-04-04', "
                                        "'F', 'AMO', 'oubliee rim', 'now', 'now', 'ended', '2015-01-01') RETURNING id"_s,
                                        {m_mgpap})
                                .toLongLong();
        NewRightsRequest deletion = access;
        deletion.kind = RightsKind::Deletion;
        deletion.immatriculation = u"650000009"_s;
        deletion.purposes = {u"REG"_s};
        const QString dpo = createAgent(u"dpo.rights"_s, u"CNOPS"_s, u"DPO"_s);
        QSqlDatabase officer = connectAs(dpo);
        QVERIFY(setPurpose(officer, u"p_aud"_s));
        failed = failureOf([&] {
            const RightsRequest d = rights.intake(jurist, deletion);
            RightsRepository(officer, calendar).carryOutDeletion(sessionOf(dpo, u"AUD"_s), d.id);
        });
        QVERIFY2(failed.isEmpty(), qPrintable(u"deletion under p_aud: "_s + failed));
        QCOMPARE(Sql::scalar(owner, u"SELECT last_name FROM persons WHERE id = ?"_s, {gone}).toString(), QString());
    }

    // Last, as it liquidates every MGPAP dossier waiting: the liquidation of a queue runs on the
    // agent's own login, on the session's connection and on the helper's, which opens a second
    // connection of the same login under the same purpose. The server stamps every timeline row
    // and audit row with the agent and purpose, and row-level security bounds both connections.
    void aLiquidationOfTheQueueRunsOnTwoConnectionsOfTheAgentsOwnLogin()
    {
        QSqlDatabase owner = m_db->db();
        Sql::execute(owner, u"BEGIN"_s);
        for (int i = 0; i < 1100; ++i)
            ownerLine(ownerDossier(m_mgpap, m_mgpapPerson, u"PAR-%1"_s.arg(i), u"liquidation"_s), m_mgpap, 1, false);
        Sql::execute(owner, u"COMMIT"_s);
        const QString waitingSql = u"SELECT count(*) FROM dossiers WHERE organisation_id = ? AND regime = 'AMO' "
                                   "AND status = 'liquidation'"_s;
        const int waiting = count(owner, waitingSql, {m_mgpap});
        QVERIFY(waiting > 1000);
        const int omfamWaiting = count(owner, waitingSql, {m_omfam});
        QVERIFY(omfamWaiting > 0);

        const QString eventsSql = u"SELECT count(*) FROM dossier_events WHERE to_status = 'liquidated' AND agent = ? "
                                  "AND purpose = 'AMO' AND organisation_id = ?"_s;
        const int eventsBefore = count(owner, eventsSql, {m_liquidator, m_mgpap});

        QSqlDatabase liquidatorDb = connectAs(m_liquidator);
        QVERIFY(setPurpose(liquidatorDb, u"p_amo"_s));
        int done = 0;
        const QString failed =
            failureOf([&] { done = DossierRepository(liquidatorDb).liquidateWaiting(sessionOf(m_liquidator, u"AMO"_s)); });
        QVERIFY2(failed.isEmpty(), qPrintable(u"liquidateWaiting under p_amo: "_s + failed));
        QCOMPARE(done, waiting);
        QCOMPARE(count(owner, waitingSql, {m_mgpap}), 0);
        QCOMPARE(count(owner, waitingSql, {m_omfam}), omfamWaiting); // another mutuelle's queue
        QCOMPARE(count(owner, eventsSql, {m_liquidator, m_mgpap}) - eventsBefore, waiting); // one each
        QVERIFY(count(owner, u"SELECT count(*) FROM audit_log WHERE action = 'liquidate' AND agent = ? AND purpose = 'AMO'"_s,
                      {m_liquidator})
                >= 3); // a row a chunk, 500 dossiers a chunk
        QVERIFY(AuditLog(owner).verify().isIntact());
    }
};

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "tst_pgsecurity.moc"
