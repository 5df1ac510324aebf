#include "TestDatabase.h"
#include "data/common/AgentRepository.h"
#include "data/common/AuditLog.h"
#include "data/common/Sql.h"
#include "security/EmbeddedAuthenticator.h"

#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {
const PasswordHasher kHasher(PasswordHasher::Strength::Minimal);

int auditCount(const QSqlDatabase &db, const QString &action)
{
    return Sql::scalar(db, u"SELECT count(*) FROM audit_log WHERE action = ?"_s, {action}).toInt();
}
} // namespace

class TestAuthenticator : public QObject
{
    Q_OBJECT

private slots:
    void hashesAreArgon2idAndSalted()
    {
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        const QString a = hasher.hash(u"Correct-Horse-42"_s);
        const QString b = hasher.hash(u"Correct-Horse-42"_s);
        QVERIFY(a.startsWith(u"$argon2id$"_s));
        QVERIFY(a != b);
        QVERIFY(hasher.verify(a, u"Correct-Horse-42"_s));
        QVERIFY(!hasher.verify(a, u"correct-horse-42"_s));
        QVERIFY(!hasher.verify(QString(), u"anything"_s));
        QVERIFY(PasswordHasher().hash(u"x"_s).contains(u"m=65536"_s)); // the product's limits
    }

    void signsInWithRolePurposesAndRecordsIt()
    {
        TestDatabase t(u"auth_ok"_s);
        t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        const SignInResult result = auth.signIn(u"  Samira "_s, TestDatabase::agentPassword());
        QCOMPARE(result.status, SignInResult::Status::Success);
        QCOMPARE(result.session.login, u"samira"_s);
        QCOMPARE(result.session.organisation.code, u"MGPAP"_s);
        QVERIFY(!result.session.seesAllOrganisations());
        QVERIFY(result.session.hasPurpose(u"REG"_s));
        QVERIFY(!result.session.hasPurpose(u"MCM"_s));
        QVERIFY(auditCount(t.db(), u"sign-in"_s) >= 2);
        auth.signOut(result.session);
        QCOMPARE(auditCount(t.db(), u"sign-out"_s), 1);
    }

    void wrongPasswordAndUnknownLoginAnswerAlike()
    {
        TestDatabase t(u"auth_wrong"_s);
        t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        const SignInResult wrong = auth.signIn(u"samira"_s, u"not-the-password"_s);
        const SignInResult unknown = auth.signIn(u"nobody"_s, u"not-the-password"_s);
        QCOMPARE(wrong.status, SignInResult::Status::WrongCredentials);
        QCOMPARE(unknown.status, SignInResult::Status::WrongCredentials);
        QCOMPARE(wrong.message, unknown.message);
        QCOMPARE(auditCount(t.db(), u"sign-in-failed"_s), 2);
        // A password typed into the login field is not kept in the log.
        auth.signIn(u"demo-guichet-2026"_s, u"x"_s);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE agent LIKE '%guichet-2026%'"_s).toInt(), 0);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE agent LIKE 'unknown:%'"_s).toInt(), 2);
        QVERIFY(AuditLog(t.db()).verify().isIntact());
    }

    void badInputIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("password");
        QTest::newRow("empty login") << QString() << u"x"_s;
        QTest::newRow("empty password") << u"samira"_s << QString();
        QTest::newRow("huge login") << QString(10000, u'a') << u"x"_s;
        QTest::newRow("huge password") << u"samira"_s << QString(10000, u'x');
        QTest::newRow("sql in login") << u"samira' OR '1'='1"_s << u"x' OR '1'='1"_s;
        QTest::newRow("arabic login") << u"سميرة"_s << u"كلمة"_s;
    }

    void badInputIsRefusedClearly()
    {
        QFETCH(QString, login);
        QFETCH(QString, password);
        TestDatabase t(u"auth_input"_s);
        t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        const SignInResult result = EmbeddedAuthenticator(t.db(), kHasher).signIn(login, password);
        QVERIFY(result.status != SignInResult::Status::Success);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(result.message.size() < 200);
    }

    void fiveWrongPasswordsLockForFifteenMinutes()
    {
        TestDatabase t(u"auth_lock"_s);
        t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
        EmbeddedAuthenticator auth(t.db(), kHasher, clock);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(auth.signIn(u"samira"_s, u"wrong"_s).status, SignInResult::Status::WrongCredentials);
        const SignInResult fifth = auth.signIn(u"samira"_s, u"wrong"_s);
        QCOMPARE(fifth.status, SignInResult::Status::LockedOut);
        QCOMPARE(fifth.lockedUntil, clock.nowUtc().addSecs(15 * 60));
        // Even the right password is refused while locked.
        clock.advanceSeconds(14 * 60);
        QCOMPARE(auth.signIn(u"samira"_s, TestDatabase::agentPassword()).status, SignInResult::Status::LockedOut);
        clock.advanceSeconds(60);
        QCOMPARE(auth.signIn(u"samira"_s, TestDatabase::agentPassword()).status, SignInResult::Status::Success);
        QCOMPARE(AgentRepository(t.db()).findByLogin(u"samira"_s)->lockout.failedAttempts, 0);
    }

    void passwordChange()
    {
        TestDatabase t(u"auth_change"_s);
        const Session session = t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        QVERIFY(!auth.changePassword(session, TestDatabase::agentPassword(), u"short"_s).isEmpty());
        QVERIFY(!auth.changePassword(session, TestDatabase::agentPassword(), u"xx-samira-xx-long"_s).isEmpty());
        QVERIFY(!auth.changePassword(session, u"not-current-password"_s, u"A-New-Password-7"_s).isEmpty());
        QCOMPARE(auth.changePassword(session, TestDatabase::agentPassword(), u"A-New-Password-7"_s), QString());
        QCOMPARE(auth.signIn(u"samira"_s, TestDatabase::agentPassword()).status, SignInResult::Status::WrongCredentials);
        QCOMPARE(auth.signIn(u"samira"_s, u"A-New-Password-7"_s).status, SignInResult::Status::Success);
        QCOMPARE(auditCount(t.db(), u"password-change"_s), 1);
    }

    void demoSignInOnlyOnDemoDatabases()
    {
        TestDatabase t(u"auth_demo"_s);
        t.createAgentSession(u"guichet.demo"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        QVERIFY(auth.signInDemoAgent(u"guichet.demo"_s).status != SignInResult::Status::Success);
        Sql::run(t.db(), u"INSERT INTO app_settings (key, value) VALUES ('demo', '1')"_s);
        QCOMPARE(auth.signInDemoAgent(u"guichet.demo"_s).status, SignInResult::Status::Success);
        t.createAgentSession(u"real.agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        QVERIFY(auth.signInDemoAgent(u"real.agent"_s).status != SignInResult::Status::Success);
    }

    void deactivatedAgentCannotSignIn()
    {
        TestDatabase t(u"auth_inactive"_s);
        t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        Sql::run(t.db(), u"UPDATE agents SET active = ? WHERE login = 'samira'"_s, {false});
        QCOMPARE(EmbeddedAuthenticator(t.db(), kHasher).signIn(u"samira"_s, TestDatabase::agentPassword()).status,
                 SignInResult::Status::Inactive);
    }
};

QTEST_GUILESS_MAIN(TestAuthenticator)
#include "tst_authenticator.moc"
