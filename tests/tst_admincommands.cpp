#include "TestDatabase.h"
#include "admin/AdminCommands.h"
#include "data/Sql.h"

#include <QProcess>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {
int admin(const QStringList &arguments)
{
    return AdminCommands::run(QStringList{u"guichet-admin"_s} + arguments);
}
} // namespace

class TestAdminCommands : public QObject
{
    Q_OBJECT

private slots:
    void migrateSeedAndVerify()
    {
        TestDatabase t(u"admin_cli"_s, false);
        QCOMPARE(admin({u"migrate"_s, u"--database"_s, t.url()}), 0);
        QCOMPARE(admin({u"migrate"_s, u"--database"_s, t.url()}), 0); // idempotent
        QCOMPARE(admin({u"seed-demo"_s, u"--database"_s, t.url()}), 0);
        const int persons = Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt();
        QVERIFY(persons > 300);
        QCOMPARE(admin({u"seed-demo"_s, u"--database"_s, t.url()}), 0); // done once
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt(), persons);
        QCOMPARE(admin({u"verify-audit"_s, u"--database"_s, t.url()}), 0);
    }

    void seedDemoRefusesADatabaseWithRealAgents()
    {
        TestDatabase t(u"admin_real"_s);
        t.createAgentSession(u"real.agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        QCOMPARE(admin({u"seed-demo"_s, u"--database"_s, t.url()}), int(AdminCommands::Failure));
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM agents"_s).toInt(), 1);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM app_settings WHERE key = 'demo'"_s).toInt(), 0);
    }

    void verifyAuditFailsOnTampering()
    {
        TestDatabase t(u"admin_tamper"_s);
        QCOMPARE(admin({u"seed-demo"_s, u"--database"_s, t.url()}), 0);
        if (TestDatabase::isPostgres())
            Sql::execute(t.db(), u"ALTER TABLE audit_log DISABLE TRIGGER USER"_s);
        else
            Sql::execute(t.db(), u"DROP TRIGGER audit_log_no_update"_s);
        Sql::run(t.db(), u"UPDATE audit_log SET details = '{}' WHERE seq = 1"_s);
        QCOMPARE(admin({u"verify-audit"_s, u"--database"_s, t.url()}), int(AdminCommands::Failure));
    }

    void usageErrors()
    {
        TestDatabase t(u"admin_usage"_s);
        QCOMPARE(admin({}), int(AdminCommands::UsageError));
        QCOMPARE(admin({u"explode"_s}), int(AdminCommands::UsageError));
        QCOMPARE(admin({u"migrate"_s, u"--database"_s, u"postgresql://"_s}), int(AdminCommands::UsageError));
        QCOMPARE(admin({u"migrate"_s, u"--no-such-option"_s}), int(AdminCommands::UsageError));
        QCOMPARE(admin({u"create-agent"_s, u"--database"_s, t.url(), u"--login"_s, u"x"_s}),
                 int(AdminCommands::UsageError));
        QCOMPARE(admin({u"migrate"_s, u"--database"_s, u"postgresql://nobody@127.0.0.1:1/none"_s}),
                 int(AdminCommands::Failure));
    }

    void createAgentThroughTheExecutable()
    {
        TestDatabase t(u"admin_agent"_s);
        const QString program = QStringLiteral(GUICHET_ADMIN_PATH);
        auto create = [&](const QString &login, const QString &name, const QString &organisation, const QString &password) {
            QProcess process;
            process.start(program, {u"create-agent"_s, u"--database"_s, t.url(), u"--login"_s, login, u"--name"_s, name,
                                    u"--organisation"_s, organisation, u"--role"_s, u"counter"_s, u"--password-stdin"_s});
            process.write(password.toUtf8() + '\n');
            process.closeWriteChannel();
            process.waitForFinished(60000);
            return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
        };
        QCOMPARE(create(u"nadia.o"_s, u"Nadia O'Hadj Ali — نادية"_s, u"mgpap"_s, u"Long-Enough-Pass-1"_s).first, 0);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT full_name FROM agents WHERE login = 'nadia.o'"_s).toString(),
                 u"Nadia O'Hadj Ali — نادية"_s);
        const auto duplicate = create(u"nadia.o"_s, u"Other"_s, u"mgpap"_s, u"Long-Enough-Pass-1"_s);
        QCOMPARE(duplicate.first, 1);
        QVERIFY(duplicate.second.contains(u"nadia.o"_s));
        QCOMPARE(create(u"short.pw"_s, u"X"_s, u"mgpap"_s, u"short"_s).first, 1);
        QCOMPARE(create(u"bad.org"_s, u"X"_s, u"NOPE"_s, u"Long-Enough-Pass-1"_s).first, 1);
        QCOMPARE(create(QString(10000, u'a'), u"X"_s, u"mgpap"_s, u"Long-Enough-Pass-1"_s).first, 1);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM agents"_s).toInt(), 1);
        QCOMPARE(admin({u"verify-audit"_s, u"--database"_s, t.url()}), 0);
    }
};

QTEST_GUILESS_MAIN(TestAdminCommands)
#include "tst_admincommands.moc"
