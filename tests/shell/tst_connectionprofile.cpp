#include "core/ConnectionProfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void validation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<bool>("valid");
        QTest::newRow("central") << u"CNOPS Rabat"_s << u"db.cnops.ma"_s << 5432 << u"guichet"_s << u"verify-full"_s << true;
        QTest::newRow("arabic name") << u"الرباط"_s << u"10.0.0.5"_s << 6432 << u"guichet"_s << u"require"_s << true;
        QTest::newRow("port 1") << u"x"_s << u"db"_s << 1 << u"guichet"_s << u"verify-full"_s << true;
        QTest::newRow("port 65535") << u"x"_s << u"db"_s << 65535 << u"guichet"_s << u"verify-full"_s << true;
        for (const QString &mode : {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s})
            QTest::addRow("sslmode %s", qPrintable(mode)) << u"x"_s << u"db"_s << 5432 << u"guichet"_s << mode << true;
        QTest::newRow("200 characters") << QString(200, u'n') << u"db"_s << 5432 << u"guichet"_s << u"verify-full"_s << true;
        QTest::newRow("empty name") << QString() << u"db"_s << 5432 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("blank name") << u"   "_s << u"db"_s << 5432 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("empty host") << u"x"_s << QString() << 5432 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("empty database") << u"x"_s << u"db"_s << 5432 << QString() << u"verify-full"_s << false;
        QTest::newRow("port 0") << u"x"_s << u"db"_s << 0 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("port -1") << u"x"_s << u"db"_s << -1 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("port 70000") << u"x"_s << u"db"_s << 70000 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("bad sslmode") << u"x"_s << u"db"_s << 5432 << u"guichet"_s << u"sometimes"_s << false;
        QTest::newRow("sslmode in capitals") << u"x"_s << u"db"_s << 5432 << u"guichet"_s << u"REQUIRE"_s << false;
        QTest::newRow("empty sslmode") << u"x"_s << u"db"_s << 5432 << u"guichet"_s << QString() << false;
        QTest::newRow("201 characters") << QString(201, u'n') << u"db"_s << 5432 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("10000 characters") << QString(10000, u'n') << u"db"_s << 5432 << u"guichet"_s << u"verify-full"_s
                                          << false;
        QTest::newRow("long host") << u"x"_s << QString(10000, u'h') << 5432 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("long database") << u"x"_s << u"db"_s << 5432 << QString(10000, u'd') << u"verify-full"_s << false;
    }

    void validation()
    {
        QFETCH(QString, name);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, sslMode);
        QFETCH(bool, valid);
        const ConnectionProfile profile{name, host, port, database, sslMode, {}};
        const QString problem = ConnectionProfiles::problem(profile);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
        // A refusal is a short sentence, not an echo of 10,000 characters.
        QVERIFY(problem.size() < 200);
    }

    void defaultsAreSafe()
    {
        const ConnectionProfile profile;
        QCOMPARE(profile.port, 5432);
        QCOMPARE(profile.sslMode, u"verify-full"_s);
    }

    void toSpecHasNoCredentials()
    {
        const ConnectionProfile profile{u"Oujda"_s, u"10.1.2.3"_s, 6432, u"guichet_oujda"_s, u"require"_s, u"samira.b"_s};
        const ConnectionSpec spec = profile.toSpec();
        QVERIFY(spec.isPostgres());
        QCOMPARE(spec.host, u"10.1.2.3"_s);
        QCOMPARE(spec.port, 6432);
        QCOMPARE(spec.database, u"guichet_oujda"_s);
        QCOMPARE(spec.sslMode, u"require"_s);
        QVERIFY(spec.user.isEmpty()); // the agent types it in the sign-in dialog
        QVERIFY(spec.password.isEmpty());
    }

    void roundTripKeepsNoPassword()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"guichet.ini"_s);
        const QList<ConnectionProfile> profiles = {
            {u"CNOPS Rabat"_s, u"db.cnops.ma"_s, 5432, u"guichet"_s, u"verify-full"_s, u"samira.b"_s},
            {u"Délégation d'Oujda"_s, u"10.1.2.3"_s, 6432, u"guichet_oujda"_s, u"require"_s, QString()},
            {u"الرباط"_s, u"db.rabat.ma"_s, 5433, u"guichet"_s, u"verify-ca"_s, u"يوسف"_s}};
        {
            QSettings settings(path, QSettings::IniFormat);
            ConnectionProfiles::save(settings, profiles);
        }
        QSettings settings(path, QSettings::IniFormat);
        const QList<ConnectionProfile> loaded = ConnectionProfiles::load(settings);
        QCOMPARE(loaded.size(), profiles.size());
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            QCOMPARE(loaded.at(i).name, profiles.at(i).name);
            QCOMPARE(loaded.at(i).host, profiles.at(i).host);
            QCOMPARE(loaded.at(i).port, profiles.at(i).port);
            QCOMPARE(loaded.at(i).database, profiles.at(i).database);
            QCOMPARE(loaded.at(i).sslMode, profiles.at(i).sslMode);
            QCOMPARE(loaded.at(i).lastLogin, profiles.at(i).lastLogin);
        }
        QCOMPARE(loaded.at(1).toSpec().displayName(), u"postgresql://10.1.2.3:6432/guichet_oujda"_s);

        const QStringList keys = settings.allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys)
            QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(key));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().toLower().contains("password"));
    }

    void savingFewerDropsTheRest()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"guichet.ini"_s), QSettings::IniFormat);
        ConnectionProfiles::save(settings, {{u"a"_s, u"db1"_s, 5432, u"g"_s, u"verify-full"_s, {}},
                                            {u"b"_s, u"db2"_s, 5432, u"g"_s, u"verify-full"_s, {}}});
        ConnectionProfiles::save(settings, {{u"c"_s, u"db3"_s, 5432, u"g"_s, u"verify-full"_s, {}}});
        const QList<ConnectionProfile> loaded = ConnectionProfiles::load(settings);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().name, u"c"_s);
        ConnectionProfiles::save(settings, {});
        QVERIFY(ConnectionProfiles::load(settings).isEmpty());
    }

    void brokenEntriesAreSkipped()
    {
        // A hand-edited settings file: the broken entry is left out rather than half used, and a
        // password someone typed into the file is never read.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"guichet.ini"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[profiles]\n"
                   "1\\name=Rabat\n1\\host=db.cnops.ma\n1\\port=5432\n1\\database=guichet\n1\\sslmode=verify-full\n"
                   "1\\password=s3cret\n"
                   "2\\name=Broken\n2\\host=db\n2\\port=abc\n2\\database=guichet\n"
                   "3\\name=Casa\n3\\host=db.casa.ma\n3\\database=guichet\n"
                   "size=3\n");
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        const QList<ConnectionProfile> loaded = ConnectionProfiles::load(settings);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).name, u"Rabat"_s);
        QCOMPARE(loaded.at(1).name, u"Casa"_s);
        QCOMPARE(loaded.at(1).port, 5432); // missing values take the safe defaults
        QCOMPARE(loaded.at(1).sslMode, u"verify-full"_s);
        QCOMPARE(loaded.at(0).toSpec().password, QString());
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
