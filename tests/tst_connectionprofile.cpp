#include "core/ConnectionProfile.h"

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
        QTest::newRow("empty host") << u"x"_s << QString() << 5432 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("empty name") << QString() << u"db"_s << 5432 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("port 0") << u"x"_s << u"db"_s << 0 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("port 70000") << u"x"_s << u"db"_s << 70000 << u"guichet"_s << u"verify-full"_s << false;
        QTest::newRow("bad sslmode") << u"x"_s << u"db"_s << 5432 << u"guichet"_s << u"sometimes"_s << false;
        QTest::newRow("10000 characters") << QString(10000, u'n') << u"db"_s << 5432 << u"guichet"_s << u"verify-full"_s
                                          << false;
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
        QCOMPARE(ConnectionProfiles::problem(profile).isEmpty(), valid);
    }

    void roundTripKeepsNoPassword()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"guichet.ini"_s);
        const QList<ConnectionProfile> profiles = {
            {u"CNOPS Rabat"_s, u"db.cnops.ma"_s, 5432, u"guichet"_s, u"verify-full"_s, u"samira.b"_s},
            {u"Délégation d'Oujda"_s, u"10.1.2.3"_s, 6432, u"guichet_oujda"_s, u"require"_s, QString()}};
        {
            QSettings settings(path, QSettings::IniFormat);
            ConnectionProfiles::save(settings, profiles);
        }
        QSettings settings(path, QSettings::IniFormat);
        const QList<ConnectionProfile> loaded = ConnectionProfiles::load(settings);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(1).name, u"Délégation d'Oujda"_s);
        QCOMPARE(loaded.at(0).lastLogin, u"samira.b"_s);
        QCOMPARE(loaded.at(1).toSpec().displayName(), u"postgresql://10.1.2.3:6432/guichet_oujda"_s);
        QCOMPARE(loaded.at(0).toSpec().sslMode, u"verify-full"_s);
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(key));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
