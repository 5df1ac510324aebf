#include "TestDatabase.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"

#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

void appendRows(const QSqlDatabase &db, int count)
{
    Session session = AuditLog::anonymousSession(u"tester"_s);
    AuditLog log(db);
    for (int i = 1; i <= count; ++i)
        log.append(session, {u"read"_s, u"person"_s, QString::number(i), i, {{u"n"_s, i}}});
}

// What an intruder with the database owner's rights could do: switch the append-only guard off.
void disableGuard(const QSqlDatabase &db)
{
    if (TestDatabase::isPostgres()) {
        Sql::execute(db, u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s);
    } else {
        Sql::execute(db, u"DROP TRIGGER audit_log_no_update"_s);
        Sql::execute(db, u"DROP TRIGGER audit_log_no_delete"_s);
    }
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void chainOfAppendedRowsVerifies()
    {
        TestDatabase t(u"audit_ok"_s);
        appendRows(t.db(), 20);
        const AuditVerification result = AuditLog(t.db()).verify();
        QVERIFY(result.isIntact());
        QCOMPARE(result.rowsChecked, 20);
    }

    void stampsAgentOrganisationRoleAndPurpose()
    {
        TestDatabase t(u"audit_stamp"_s);
        Session session = t.createAgentSession(u"stamp.agent"_s, u"OMFAM"_s, u"COUNTER"_s);
        QVERIFY(session.setActivePurpose(u"REG"_s));
        AuditLog(t.db()).append(session, {u"read"_s, u"person"_s, u"42"_s, 42, {}});
        QSqlQuery q = Sql::run(t.db(), u"SELECT agent, organisation, role, purpose, action, person_id, workstation "
                                       "FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"stamp.agent"_s);
        QCOMPARE(q.value(1).toString(), u"OMFAM"_s);
        QCOMPARE(q.value(2).toString(), u"COUNTER"_s);
        QCOMPARE(q.value(3).toString(), u"REG"_s);
        QCOMPARE(q.value(4).toString(), u"read"_s);
        QCOMPARE(q.value(5).toString(), u"42"_s);
        QVERIFY(!q.value(6).toString().isEmpty());
    }

    void updateAndDeleteAreRefused()
    {
        TestDatabase t(u"audit_guard"_s);
        appendRows(t.db(), 3);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, Sql::run(t.db(), u"UPDATE audit_log SET action = 'x' WHERE seq = 2"_s));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, Sql::run(t.db(), u"DELETE FROM audit_log WHERE seq = 2"_s));
        if (TestDatabase::isPostgres())
            QVERIFY_THROWS_EXCEPTION(DatabaseError, Sql::execute(t.db(), u"TRUNCATE audit_log"_s));
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log"_s).toInt(), 3);
        QVERIFY(AuditLog(t.db()).verify().isIntact());
    }

    void alteredRowIsFound()
    {
        TestDatabase t(u"audit_altered"_s);
        appendRows(t.db(), 5);
        disableGuard(t.db());
        Sql::run(t.db(), u"UPDATE audit_log SET agent = 'someone.else' WHERE seq = 3"_s);
        const AuditVerification result = AuditLog(t.db()).verify();
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().kind, AuditIssue::Kind::Altered);
        QCOMPARE(result.issues.first().seq, 3);
    }

    void removedRowIsFound()
    {
        TestDatabase t(u"audit_removed"_s);
        appendRows(t.db(), 5);
        disableGuard(t.db());
        Sql::run(t.db(), u"DELETE FROM audit_log WHERE seq = 2"_s);
        const AuditVerification result = AuditLog(t.db()).verify();
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().kind, AuditIssue::Kind::Removed);
        QCOMPARE(result.issues.first().seq, 3);
    }

    void insertedRowIsFound()
    {
        TestDatabase t(u"audit_inserted"_s);
        appendRows(t.db(), 5);
        disableGuard(t.db());
        // Make room after row 2 and slip a forged row in, chained properly to row 2.
        for (int seq = 5; seq >= 3; --seq)
            Sql::run(t.db(), u"UPDATE audit_log SET seq = ? WHERE seq = ?"_s, {seq + 1, seq});
        QSqlQuery two = Sql::run(t.db(), u"SELECT at, hash FROM audit_log WHERE seq = 2"_s);
        QVERIFY(two.next());
        AuditRecord forged;
        forged.seq = 3;
        forged.at = two.value(0).toString();
        forged.agent = u"intruder"_s;
        forged.action = u"update"_s;
        forged.entity = u"person"_s;
        forged.prevHash = two.value(1).toString().toLatin1();
        forged.hash = AuditChain::computeHash(forged);
        Sql::run(t.db(), u"INSERT INTO audit_log (seq, at, agent, organisation, role, purpose, action, entity, "
                         "entity_id, person_id, workstation, details, prev_hash, hash) "
                         "VALUES (3, ?, ?, '', '', '', ?, ?, '', '', '', '', ?, ?)"_s,
                 {forged.at, forged.agent, forged.action, forged.entity, QString::fromLatin1(forged.prevHash),
                  QString::fromLatin1(forged.hash)});
        Sql::run(t.db(), u"UPDATE audit_head SET last_seq = 6"_s);
        const AuditVerification result = AuditLog(t.db()).verify();
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().kind, AuditIssue::Kind::Inserted);
        QCOMPARE(result.issues.first().seq, 3);
    }

    void removedTailIsFound()
    {
        TestDatabase t(u"audit_tail"_s);
        appendRows(t.db(), 5);
        disableGuard(t.db());
        Sql::run(t.db(), u"DELETE FROM audit_log WHERE seq >= 4"_s);
        const AuditVerification result = AuditLog(t.db()).verify();
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().kind, AuditIssue::Kind::TailRemoved);
        QCOMPARE(result.issues.first().seq, 4);
    }

    void concurrentWritersKeepOneChain()
    {
        TestDatabase t(u"audit_two_writers"_s);
        QSqlDatabase other = t.openSecondConnection(u"b"_s);
        Session session = AuditLog::anonymousSession(u"tester"_s);
        AuditLog first(t.db());
        AuditLog second(other);
        for (int i = 0; i < 10; ++i) {
            first.append(session, {u"read"_s, u"person"_s, QString::number(i), i, {}});
            second.append(session, {u"read"_s, u"person"_s, QString::number(i), i, {}});
        }
        const AuditVerification result = AuditLog(t.db()).verify();
        QVERIFY(result.isIntact());
        QCOMPARE(result.rowsChecked, 20);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
