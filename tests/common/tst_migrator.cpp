#include "TestDatabase.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/common/Migrator.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Sql.h"

#include <QFile>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void migratesAnEmptyDatabaseAndIsSafeToRepeat()
    {
        TestDatabase t(u"migrate"_s, false);
        Migrator migrator(t.db());
        QCOMPARE(migrator.currentVersion(), 0);
        QCOMPARE(migrator.migrate(), 0);
        QCOMPARE(migrator.currentVersion(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 2);
        QCOMPARE(migrator.migrate(), Migrator::latestVersion()); // nothing left to do
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM schema_version"_s).toInt(), Migrator::latestVersion());
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM organisations"_s).toInt(), 9);
    }

    void referenceDataFollowsTheSeed()
    {
        TestDatabase t(u"reference"_s);
        ReferenceRepository reference(t.db());
        const QList<Purpose> purposes = reference.purposes();
        QCOMPARE(purposes.size(), 15);
        QMap<QString, QString> cndp;
        for (const Purpose &p : purposes)
            cndp.insert(p.code, p.cndpNumber);
        QCOMPARE(cndp.value(u"REG"_s), u"A-GA-104/2016"_s);
        QCOMPARE(cndp.value(u"AMO"_s), u"A-GA-106/2016"_s);
        QCOMPARE(cndp.value(u"STU"_s), u"A-PO-109/2016"_s);
        QCOMPARE(cndp.value(u"TP"_s), u"A-AC-105/2016"_s);
        QCOMPARE(cndp.value(u"ARC"_s), u"A-AR-110/2016"_s);
        QCOMPARE(cndp.value(u"ARM"_s), u"A-AR-111/2016"_s);
        QCOMPARE(cndp.value(u"MCM"_s), u"A-CG-107/2016"_s);
        QCOMPARE(cndp.value(u"MCC"_s), u"A-PO-103/2016"_s);
        QCOMPARE(cndp.value(u"CPL"_s), u"A-PO-154/2016"_s);
        QCOMPARE(cndp.value(u"HR"_s), u"A-RH-113/2016"_s);
        QCOMPARE(cndp.value(u"SUP"_s), u"A-GF-115/2016"_s);
        QCOMPARE(cndp.value(u"LEG"_s), u"A-PO-114/2016"_s);
        QCOMPARE(cndp.value(u"AUD"_s), u"A-AU-116/2016"_s);
        QCOMPARE(cndp.value(u"WEB"_s), u"D-W-361/2017"_s);
        QCOMPARE(cndp.value(u"CCTV"_s), u"D-VS-157/2016"_s);
        for (const Purpose &p : purposes) {
            if (p.code == u"WEB"_s || p.code == u"CCTV"_s)
                continue;
            QVERIFY2(p.divisionEmail.endsWith(u"@cnops.org.ma"_s), qPrintable(p.code));
        }
        const QList<Organisation> organisations = reference.organisations();
        QCOMPARE(organisations.size(), 9);
        QVERIFY(organisations.first().isCnops);
        QCOMPARE(reference.roles().size(), 7);
        QStringList counter;
        for (const Purpose &p : reference.purposesOfRole(u"COUNTER"_s))
            counter << p.code;
        QCOMPARE(counter, (QStringList{u"REG"_s, u"AMO"_s, u"STU"_s, u"ARM"_s, u"CPL"_s}));
        QVERIFY(reference.purposesOfRole(u"ADMIN"_s).isEmpty());
        QStringList medical;
        for (const Purpose &p : reference.purposesOfRole(u"MEDICAL"_s))
            medical << p.code;
        QCOMPARE(medical, (QStringList{u"MCM"_s, u"MCC"_s}));
    }

    void refusesADatabaseNewerThanTheClient()
    {
        TestDatabase t(u"newer"_s);
        const int future = Migrator::latestVersion() + 1;
        Sql::run(t.db(), u"INSERT INTO schema_version (version, applied_at) VALUES (?, 'later')"_s, {future});
        const int organisationsBefore = Sql::scalar(t.db(), u"SELECT count(*) FROM organisations"_s).toInt();
        Migrator migrator(t.db());
        try {
            migrator.migrate();
            QFAIL("a newer database must be refused");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.kind(), DatabaseError::Kind::Schema);
            QVERIFY(error.userMessage().contains(QString::number(future)));
        }
        QVERIFY_THROWS_EXCEPTION(DatabaseError, migrator.requireUpToDate());
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM organisations"_s).toInt(), organisationsBefore);
        QCOMPARE(migrator.currentVersion(), future);
    }

    void refusesAnOlderDatabaseWhenNotMigrating()
    {
        TestDatabase t(u"older"_s, false);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, Migrator(t.db()).requireUpToDate());
    }

    void damagedSqliteFileIsLeftUntouched()
    {
        if (TestDatabase::isPostgres())
            QSKIP("a damaged file concerns the embedded database only");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.sqlite"_s);
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        ConnectionSpec spec;
        spec.sqlitePath = path;
        try {
            Database::open(spec, u"damaged"_s);
            QFAIL("a damaged file must be refused");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.kind(), DatabaseError::Kind::Damaged);
            QVERIFY(error.userMessage().contains(path));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }

    void unreachableServerSaysSo()
    {
        ConnectionSpec spec;
        spec.backend = ConnectionSpec::Backend::Postgres;
        spec.host = u"127.0.0.1"_s;
        spec.port = 1; // nothing listens there
        spec.database = u"guichet"_s;
        spec.user = u"agent"_s;
        try {
            Database::open(spec, u"unreachable"_s);
            QFAIL("connecting to a closed port must fail");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.kind(), DatabaseError::Kind::Connection);
            QVERIFY(error.userMessage().contains(u"127.0.0.1"_s));
        }
        QVERIFY(!QSqlDatabase::contains(u"unreachable"_s));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
