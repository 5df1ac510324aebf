#include "TestDatabase.h"
#include "admin/AdminCommands.h"
#include "core/Clock.h"
#include "data/persons/PersonRepository.h"
#include "data/common/Sql.h"

#include <QProcess>
#include <QTemporaryDir>
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

    // The demo dossiers: some in every queue of the Dossiers pages, some late, each with its
    // timeline (they go through DossierRepository), and a counter agent who may accept a late deposit.
    static void checkDemoDossiers(const QSqlDatabase &db)
    {
        auto count = [&db](const QString &sql, const QVariantList &values = {}) {
            return Sql::scalar(db, sql, values).toInt();
        };
        // The MGPAP's 300 AMO dossiers, and a few of each regime of both counters' mutuelles.
        const QString byOrganisation = u"SELECT count(*) FROM dossiers d JOIN organisations o ON o.id = d.organisation_id "
                                       "WHERE o.code = ? AND d.regime = ?"_s;
        QCOMPARE(count(byOrganisation, {u"MGPAP"_s, u"AMO"_s}), 300);
        QVERIFY(count(byOrganisation, {u"MGPAP"_s, u"STU"_s}) >= 24);
        QVERIFY(count(byOrganisation, {u"OMFAM"_s, u"AMO"_s}) >= 24);
        QVERIFY(count(byOrganisation, {u"OMFAM"_s, u"STU"_s}) >= 24);
        for (const QString &status : {u"entry"_s, u"incomplete"_s, u"control"_s, u"liquidation"_s,
                                      u"liquidated"_s, u"batched"_s, u"paid"_s, u"rejected"_s})
            QVERIFY2(count(u"SELECT count(*) FROM dossiers WHERE status = ?"_s, {status}) >= 10, qPrintable(status));
        QCOMPARE(count(u"SELECT count(*) FROM dossiers WHERE status = 'incomplete' AND missing = ''"_s), 0);
        QVERIFY(count(u"SELECT count(*) FROM dossiers WHERE status = 'control' AND long_term = ?"_s, {true}) > 0);
        QVERIFY(count(u"SELECT count(*) FROM dossiers WHERE status = 'control' AND fraud_flags <> ''"_s) > 0);
        QVERIFY(count(u"SELECT count(*) FROM dossiers WHERE late_justification IS NOT NULL"_s) > 0);
        const QString today = Clock::system().nowUtc().date().toString(Qt::ISODate);
        QVERIFY(count(u"SELECT count(*) FROM dossiers WHERE status IN ('entry', 'incomplete', 'control', 'liquidation') AND payment_target < ?"_s,
                      {today}) > 0);
        QCOMPARE(count(u"SELECT count(*) FROM dossiers WHERE deposited_on > ?"_s, {today}), 0);
        QCOMPARE(count(u"SELECT count(*) FROM dossiers WHERE status IN ('liquidated', 'batched', 'paid') AND reimbursed <= 0"_s), 0);
        QCOMPARE(Sql::scalar(db, u"SELECT count(*) FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM dossier_events e "
                                 "WHERE e.dossier_id = d.id AND e.to_status = d.status)"_s)
                     .toInt(),
                 0);
        // Each mutuelle and regime with dossiers has a batch paid and one waiting for the bank.
        QCOMPARE(Sql::scalar(db, u"SELECT count(*) FROM payment_batches"_s).toInt(), 8);
        QCOMPARE(Sql::scalar(db, u"SELECT count(*) FROM payment_batches WHERE paid_at IS NOT NULL"_s).toInt(), 4);
        QVERIFY(Sql::scalar(db, u"SELECT count(*) FROM dossier_lines WHERE kind = 'medicine'"_s).toInt() > 0);
        QVERIFY(Sql::scalar(db, u"SELECT count(*) FROM medicines"_s).toInt() >= 12);
        QVERIFY(Sql::scalar(db, u"SELECT supervisor FROM agents WHERE login = 'guichet.demo'"_s).toBool());
        QVERIFY(!Sql::scalar(db, u"SELECT supervisor FROM agents WHERE login = 'guichet.omfam'"_s).toBool());
    }

private slots:
    void migrateSeedAndVerify()
    {
        TestDatabase t(u"admin_cli"_s, false);
        QCOMPARE(admin({u"migrate"_s, u"--database"_s, t.url()}), 0);
        QCOMPARE(admin({u"migrate"_s, u"--database"_s, t.url()}), 0); // idempotent
        QCOMPARE(admin({u"seed-demo"_s, u"--database"_s, t.url()}), 0);
        const int persons = Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt();
        QVERIFY(persons > 300);
        checkDemoDossiers(t.db());
        const int events = Sql::scalar(t.db(), u"SELECT count(*) FROM dossier_events"_s).toInt();
        const int dossiers = Sql::scalar(t.db(), u"SELECT count(*) FROM dossiers"_s).toInt();
        QCOMPARE(admin({u"seed-demo"_s, u"--database"_s, t.url()}), 0); // done once
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt(), persons);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM dossiers"_s).toInt(), dossiers);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM dossier_events"_s).toInt(), events);
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

    // The nightly purge: the dry run lists who would go and changes nothing; the run goes in
    // batches with a progress line each, writes its report by processing, and the audit log
    // still verifies; the retention rules are listed.
    void purgeFromTheCommandLine()
    {
        TestDatabase t(u"admin_purge"_s);
        Session registrar = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        QVERIFY(registrar.setActivePurpose(u"REG"_s));
        for (const auto &[number, ended] : {std::pair{u"840000001"_s, u"2019-05-31"_s},
                                           std::pair{u"840000002"_s, u"2020-01-15"_s},
                                           std::pair{u"840000003"_s, QString()}}) {
            Person p;
            p.lastName = u"Nom"_s + number.right(1);
            p.firstName = u"Prénom"_s;
            p.immatriculation = number;
            p.birthDate = QDate(1950, 1, 1);
            p.sex = u"M"_s;
            const qint64 id = PersonRepository(t.db()).create(registrar, p);
            if (!ended.isEmpty())
                Sql::run(t.db(), u"UPDATE persons SET status = 'ended', relation_end = ? WHERE id = ?"_s, {ended, id});
        }
        const QString program = QStringLiteral(GUICHET_ADMIN_PATH);
        const auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.start(program, arguments + QStringList{u"--database"_s, t.url()});
            process.waitForFinished(60000);
            return std::pair{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()
                                                                   + process.readAllStandardError())};
        };
        const auto dry = run({u"purge"_s, u"--dry-run"_s, u"--as-of"_s, u"2026-11-23"_s});
        QCOMPARE(dry.first, 0);
        QVERIFY2(dry.second.contains(u"840000001"_s) && dry.second.contains(u"840000002"_s), qPrintable(dry.second));
        QVERIFY(!dry.second.contains(u"840000003"_s));
        QVERIFY(dry.second.contains(u"2 persons would be anonymised"_s));
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons WHERE anonymised_at IS NOT NULL"_s).toInt(), 0);

        QCOMPARE(run({u"purge"_s, u"--batch"_s, u"0"_s}).first, 2);
        QCOMPARE(run({u"purge"_s, u"--as-of"_s, u"2026-02-30"_s}).first, 2);
        QTemporaryDir dir;
        const QString report = dir.filePath(u"purge.csv"_s);
        const auto purge = run({u"purge"_s, u"--as-of"_s, u"2026-11-23"_s, u"--batch"_s, u"1"_s, u"--report"_s, report});
        QCOMPARE(purge.first, 0);
        QVERIFY2(purge.second.contains(u"Batch 1: 1 person(s) anonymised, 1"_s), qPrintable(purge.second));
        QVERIFY(purge.second.contains(u"Batch 2: 1 person(s) anonymised, 2"_s));
        QVERIFY(purge.second.contains(u"is done"_s));
        QFile csv(report);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString lines = QString::fromUtf8(csv.readAll());
        QVERIFY2(lines.startsWith(u"run,as_of,finished_at,processing,processing_name,cndp_number,what,count\r\n"_s),
                 qPrintable(lines));
        const QString cndp = Sql::scalar(t.db(), u"SELECT cndp_number FROM purposes WHERE code = 'REG'"_s).toString();
        QVERIFY2(lines.contains(u",REG,"_s) && lines.contains(u","_s + cndp + u",persons anonymised,2\r\n"_s),
                 qPrintable(lines));
        QVERIFY(!lines.contains(u"840000001"_s));
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons WHERE anonymised_at IS NOT NULL"_s).toInt(), 2);
        QCOMPARE(admin({u"verify-audit"_s, u"--database"_s, t.url()}), 0);

        // An audit hold, placed and lifted from the command line.
        QCOMPARE(run({u"hold"_s, u"--immatriculation"_s, u"840000003"_s, u"--reason"_s, u"Audit 2026"_s}).first, 0);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM legal_holds WHERE kind = 'audit' AND lifted_at IS NULL"_s).toInt(),
                 1);
        QCOMPARE(run({u"hold"_s, u"--immatriculation"_s, u"999"_s, u"--reason"_s, u"Audit"_s}).first, 1);
        QCOMPARE(run({u"hold"_s}).first, 2);
        QCOMPARE(run({u"lift-hold"_s, u"--immatriculation"_s, u"840000003"_s}).first, 0);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM legal_holds WHERE lifted_at IS NULL"_s).toInt(), 0);

        const auto rules = run({u"retention"_s});
        QCOMPARE(rules.first, 0);
        QCOMPARE(rules.second.count(u'\n'), 15);
        QVERIFY(rules.second.contains(u"REG\trelationship_end\t60\tanonymise\t2016-01-01"_s));
    }
};

QTEST_GUILESS_MAIN(TestAdminCommands)
#include "tst_admincommands.moc"
