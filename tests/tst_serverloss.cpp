// A server that goes away in the middle of work: nothing half-saved, the client told, and the
// agent's connection back under the same purpose once the server returns. The test runs its
// own PostgreSQL cluster, which it crashes and restarts (the shared one serves other tests).
#include "TestDatabase.h"
#include "data/AgentRepository.h"
#include "data/AuditLog.h"
#include "data/ConnectionMonitor.h"
#include "data/Database.h"
#include "data/DatabaseError.h"
#include "data/Migrator.h"
#include "data/Sql.h"
#include "data/Transaction.h"
#include "security/ServerAuthenticator.h"

#include <QProcess>
#include <QSignalSpy>
#include <QDir>
#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestServerLoss : public QObject
{
    Q_OBJECT

private:
    QString m_port;
    ConnectionSpec m_spec;

    // In the build folder, so that a run that died leaves a cluster the next run stops first.
    QString state() const { return QDir::current().absoluteFilePath(u"serverloss-cluster.state"_s); }

    void cluster(const QString &action)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(QStringLiteral(GUICHET_PG_CLUSTER_SCRIPT), {action, state(), m_port});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
    }

    int personsCount()
    {
        QSqlDatabase db = Database::open(m_spec, u"counter"_s);
        const int n = Sql::scalar(db, u"SELECT count(*) FROM persons"_s).toInt();
        db = {};
        Database::close(u"counter"_s);
        return n;
    }

    // Inserts `rows` persons in one transaction; halts the server after `haltAfter` of them.
    void saveFamily(const QSqlDatabase &db, int rows, int haltAfter, const QString &prefix)
    {
        const qint64 org = Sql::scalar(db, u"SELECT id FROM organisations WHERE code = 'MGPAP'"_s).toLongLong();
        Transaction transaction(db);
        for (int i = 0; i < rows; ++i) {
            if (i == haltAfter)
                cluster(u"halt"_s);
            Sql::run(db, u"INSERT INTO persons (organisation_id, relation, immatriculation, last_name, first_name, "
                         "birth_date, sex, regime, name_key, created_at, updated_at) "
                         "VALUES (?, 'member', ?, 'Tahiri', 'Amine', '1980-01-01', 'M', 'AMO', 'tahiri amine', "
                         "'2026-11-22', '2026-11-22')"_s,
                     {org, QString(prefix + QString::number(i))});
        }
        transaction.commit();
    }

private slots:
    void initTestCase()
    {
        if (!guichet::test::TestDatabase::isPostgres())
            QSKIP("a server to lose is PostgreSQL's");
        m_port = QString::number(qEnvironmentVariable("GUICHET_TEST_PG_PORT", u"55433"_s).toInt() + 1);
        cluster(u"start"_s);
        m_spec.backend = ConnectionSpec::Backend::Postgres;
        m_spec.host = u"127.0.0.1"_s;
        m_spec.port = m_port.toInt();
        m_spec.database = u"postgres"_s;
        m_spec.user = u"postgres"_s;
        QSqlDatabase db = Database::open(m_spec, u"setup"_s);
        // The test cluster commits asynchronously for speed; what must survive the crashes
        // below is committed synchronously.
        Sql::execute(db, u"SET synchronous_commit = on"_s);
        Migrator(db).migrate();
        db = {};
        Database::close(u"setup"_s);
    }

    void cleanupTestCase()
    {
        if (guichet::test::TestDatabase::isPostgres())
            cluster(u"stop"_s);
    }

    void aSaveInterruptedByTheServerLeavesNothing()
    {
        QSqlDatabase db = Database::open(m_spec, u"saving"_s);
        QSignalSpy lost(&ConnectionMonitor::instance(), &ConnectionMonitor::lost);
        try {
            saveFamily(db, 400, 150, u"7100"_s);
            QFAIL("the save cannot succeed without its server");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.kind(), DatabaseError::Kind::Connection);
        }
        QVERIFY(lost.count() >= 1);
        QCOMPARE(lost.first().first().toString(), u"saving"_s);
        db = {};
        Database::close(u"saving"_s);
        cluster(u"resume"_s);
        QCOMPARE(personsCount(), 0);
    }

    void aSaveCommittedBeforeTheCrashIsThereWhole()
    {
        QSqlDatabase db = Database::open(m_spec, u"saving"_s);
        Sql::execute(db, u"SET synchronous_commit = on"_s); // the test cluster runs without, for speed
        saveFamily(db, 300, -1, u"7200"_s);
        db = {};
        Database::close(u"saving"_s);
        cluster(u"halt"_s);
        cluster(u"resume"_s);
        QCOMPARE(personsCount(), 300);
    }

    void theAgentReconnectsUnderTheSamePurpose()
    {
        try {
            reconnectUnderTheSamePurpose();
        } catch (const DatabaseError &error) {
            QFAIL(qPrintable(error.fullMessage()));
        }
    }

private:
    void reconnectUnderTheSamePurpose()
    {
        QSqlDatabase admin = Database::open(m_spec, u"admin"_s);
        Sql::execute(admin, u"SET synchronous_commit = on"_s); // the login role must survive the crash
        const QString login = u"reconnecting.agent"_s;
        if (!AgentRepository(admin).findByLogin(login))
            AgentRepository(admin).create(AuditLog::anonymousSession(u"test"_s),
                                          {login, u"Agent"_s, u"MGPAP"_s, u"COUNTER"_s, {}, u"Reconnect-2026"_s});
        admin = {};
        Database::close(u"admin"_s);

        ConnectionSpec server = m_spec;
        server.user.clear();
        ServerAuthenticator auth(server, u"agent"_s);
        SignInResult result = auth.signIn(login, u"Reconnect-2026"_s);
        QCOMPARE(result.status, SignInResult::Status::Success);
        auth.usePurpose(result.session, u"REG"_s);

        cluster(u"halt"_s);
        QSignalSpy lost(&ConnectionMonitor::instance(), &ConnectionMonitor::lost);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, Sql::scalar(auth.database(), u"SELECT count(*) FROM persons"_s));
        QCOMPARE(lost.count(), 1);
        QVERIFY(!auth.reconnect(result.session)); // still away
        cluster(u"resume"_s);
        QSignalSpy restored(&ConnectionMonitor::instance(), &ConnectionMonitor::restored);
        QVERIFY(auth.reconnect(result.session));
        QCOMPARE(restored.count(), 1);
        QCOMPARE(Sql::scalar(auth.database(), u"SELECT current_user"_s).toString(), u"p_reg"_s);
        QCOMPARE(Sql::scalar(auth.database(), u"SELECT count(*) FROM persons"_s).toInt(), 300);
        auth.signOut(result.session);
    }
};

QTEST_GUILESS_MAIN(TestServerLoss)
#include "tst_serverloss.moc"
