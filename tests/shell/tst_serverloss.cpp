// A server that goes away in the middle of work: nothing half-saved, the client told, and the
// agent's connection back under the same purpose once the server returns. The test runs its
// own PostgreSQL cluster, which it crashes and restarts (the shared one serves other tests).
#include "TestDatabase.h"
#include "data/common/AgentRepository.h"
#include "data/common/AuditLog.h"
#include "data/common/ConnectionMonitor.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/common/Migrator.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/PersonRepository.h"
#include "security/ServerAuthenticator.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/dossiers/DossiersPage.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QScopeGuard>
#include <QTimer>

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

    // The issue seen at a counter: a dossier's lines typed, the server stopped and started again
    // before the save. The window says the connection is lost (whatever the driver's words), the
    // main window shows it, Guichet reconnects by itself under the same purpose, and the same
    // lines are saved without being typed again.
    void theDossierWindowSavesWhatWasTypedOnceTheServerIsBack()
    {
        try {
            saveAcrossARestart();
        } catch (const DatabaseError &error) {
            QFAIL(qPrintable(error.fullMessage()));
        }
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
    // The server as an agent reaches it: the agent's own login, given at sign-in.
    ConnectionSpec agentServer() const
    {
        ConnectionSpec server = m_spec;
        server.user.clear();
        return server;
    }

    // A COUNTER agent of MGPAP with its login role, committed so that it survives the crashes.
    void createCounterAgent(const QString &login, const QString &password)
    {
        QSqlDatabase admin = Database::open(m_spec, u"admin"_s);
        Sql::execute(admin, u"SET synchronous_commit = on"_s);
        if (!AgentRepository(admin).findByLogin(login))
            AgentRepository(admin).create(AuditLog::anonymousSession(u"test"_s),
                                          {login, u"Agent"_s, u"MGPAP"_s, u"COUNTER"_s, {}, password});
        admin = {};
        Database::close(u"admin"_s);
    }

    void saveAcrossARestart()
    {
        const QString login = u"counter.restart"_s;
        createCounterAgent(login, u"Restart-2026"_s);

        ServerAuthenticator auth(agentServer(), u"agent-gui"_s);
        SignInResult result = auth.signIn(login, u"Restart-2026"_s);
        QCOMPARE(result.status, SignInResult::Status::Success);
        Session session = result.session;
        auth.usePurpose(session, u"REG"_s);
        Person p;
        p.lastName = u"Lahlou"_s;
        p.firstName = u"Sanae"_s;
        p.immatriculation = u"760000001"_s;
        p.birthDate = QDate(1985, 2, 2);
        p.sex = u"F"_s;
        const qint64 personId = PersonRepository(auth.database()).create(session, p);

        MainWindow window(auth.database(), auth, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.selectSection(u"AMO"_s));
        QCOMPARE(Sql::scalar(auth.database(), u"SELECT current_user"_s).toString(), u"p_amo"_s);
        DossierRepository repository(auth.database());
        const Dossier deposited =
            repository.deposit(window.session(), {personId, u"RS-1"_s, QDate::currentDate().addDays(-2), {}});
        auto *banner = window.findChild<QLabel *>(u"offlineBanner"_s);
        QVERIFY(banner && !banner->isVisible());
        {
            // The test cluster commits asynchronously; the member and the deposit were saved long
            // before the crash on a real server: written out now.
            QSqlDatabase super = Database::open(m_spec, u"checkpoint"_s);
            Sql::execute(super, u"CHECKPOINT"_s);
            super = {};
            Database::close(u"checkpoint"_s);
        }

        bool saved = false;
        bool done = false;
        auto *poll = new QTimer(&window);
        poll->setInterval(10);
        connect(poll, &QTimer::timeout, poll, [&, poll] {
            auto *dialog = qobject_cast<DossierDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll->stop();
            // Whatever fails below, the dialog closes and the test goes on to report it.
            const auto close = qScopeGuard([&done, dialog] {
                done = true;
                dialog->done(QDialog::Rejected);
            });
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *lines = dialog->findChild<QTableWidget *>(u"dossierLines"_s);
            // The keys of the entry are walked in tst_dossierwindow; here the cells are filled.
            const QStringList typed = {u"C"_s, u"123456789"_s, u"1"_s, u"150,00"_s};
            for (int column = 0; column < typed.size(); ++column)
                lines->item(0, column)->setText(typed.at(column));
            cluster(u"halt"_s);
            cluster(u"resume"_s); // back before the agent saves: the connection is dead all the same
            auto *error = dialog->findChild<QLabel *>(u"dossierError"_s);
            auto *save = dialog->findChild<QPushButton *>(u"saveLines"_s);
            save->click();
            QTRY_VERIFY2(error->isVisible(), qPrintable(QString::number(dialog->dossier().lines.size())));
            QVERIFY2(error->text().contains(u"connection"_s), qPrintable(error->text()));
            QTRY_VERIFY(banner->isVisible());
            QCOMPARE(lines->item(0, 3)->text(), u"150,00"_s); // nothing typed is lost
            QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 30000); // reconnected by itself
            save->click();
            QVERIFY2(error->isHidden(), qPrintable(error->text()));
            QTRY_COMPARE(dialog->dossier().lines.size(), 1);
            QVERIFY(error->isHidden());
            saved = true;
        });
        poll->start();
        window.findChild<DossiersPage *>(u"dossiersPage_AMO"_s)->openDossier(deposited.id);
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY(saved);
        QCOMPARE(window.session().activePurpose(), u"AMO"_s);
        QCOMPARE(Sql::scalar(auth.database(), u"SELECT current_user"_s).toString(), u"p_amo"_s);
        QCOMPARE(repository.load(window.session(), deposited.id).lines.at(0).billedUnit, 15000);
        auth.signOut(window.session());
        QSqlDatabase check = Database::open(m_spec, u"check"_s);
        QCOMPARE(Sql::scalar(check, u"SELECT count(*) FROM audit_log WHERE action = 'reconnect' AND agent = ?"_s, {login})
                     .toInt(),
                 1);
        check = {};
        Database::close(u"check"_s);
    }

    void reconnectUnderTheSamePurpose()
    {
        const QString login = u"reconnecting.agent"_s;
        createCounterAgent(login, u"Reconnect-2026"_s);

        ServerAuthenticator auth(agentServer(), u"agent"_s);
        SignInResult result = auth.signIn(login, u"Reconnect-2026"_s);
        QCOMPARE(result.status, SignInResult::Status::Success);
        auth.usePurpose(result.session, u"REG"_s);
        const int persons = Sql::scalar(auth.database(), u"SELECT count(*) FROM persons"_s).toInt();

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
        QCOMPARE(Sql::scalar(auth.database(), u"SELECT count(*) FROM persons"_s).toInt(), persons);
        auth.signOut(result.session);
    }
};

QTEST_MAIN(TestServerLoss)
#include "tst_serverloss.moc"
