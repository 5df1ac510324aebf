#include "core/ConnectionSpec.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestConnectionSpec : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("hostOrPath");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("sslMode");

        QTest::newRow("file") << u"/tmp/g.sqlite"_s << true << false << u"/tmp/g.sqlite"_s << 0 << QString() << QString();
        QTest::newRow("sqlite: prefix") << u"sqlite:data/g.db"_s << true << false << u"data/g.db"_s << 0 << QString() << QString();
        QTest::newRow("arabic path") << u"/tmp/قاعدة.sqlite"_s << true << false << u"/tmp/قاعدة.sqlite"_s << 0 << QString() << QString();
        QTest::newRow("postgres full") << u"postgresql://agent:pw@db.cnops.ma:6432/guichet?sslmode=verify-full"_s << true
                                       << true << u"db.cnops.ma"_s << 6432 << u"guichet"_s << u"verify-full"_s;
        QTest::newRow("postgres default port") << u"postgres://db/guichet"_s << true << true << u"db"_s << 5432
                                               << u"guichet"_s << QString();
        QTest::newRow("empty") << QString() << false << false << QString() << 0 << QString() << QString();
        QTest::newRow("spaces") << u"   "_s << false << false << QString() << 0 << QString() << QString();
        QTest::newRow("no host") << u"postgresql:///guichet"_s << false << false << QString() << 0 << QString() << QString();
        QTest::newRow("no database") << u"postgresql://db"_s << false << false << QString() << 0 << QString() << QString();
        QTest::newRow("two path parts") << u"postgresql://db/a/b"_s << false << false << QString() << 0 << QString() << QString();
        QTest::newRow("bad port") << u"postgresql://db:99999/g"_s << false << false << QString() << 0 << QString() << QString();
        QTest::newRow("bad sslmode") << u"postgresql://db/g?sslmode=maybe"_s << false << false << QString() << 0 << QString() << QString();
        QTest::newRow("unknown option") << u"postgresql://db/g?x=1"_s << false << false << QString() << 0 << QString() << QString();
        QTest::newRow("other scheme") << u"mysql://db/g"_s << false << false << QString() << 0 << QString() << QString();
        QTest::newRow("sql fragment") << u"postgresql://db/g'; DROP TABLE persons;--"_s << false << false << QString() << 0 << QString() << QString();
    }

    void parses()
    {
        QFETCH(QString, argument);
        QFETCH(bool, valid);
        QString error;
        const auto spec = ConnectionSpecParser::parse(argument, &error);
        QCOMPARE(spec.has_value(), valid);
        if (!valid) {
            QVERIFY2(!error.isEmpty(), "a refusal says why");
            return;
        }
        QFETCH(bool, postgres);
        QFETCH(QString, hostOrPath);
        QCOMPARE(spec->isPostgres(), postgres);
        if (!postgres) {
            QCOMPARE(spec->sqlitePath, hostOrPath);
            return;
        }
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, sslMode);
        QCOMPARE(spec->host, hostOrPath);
        QCOMPARE(spec->port, port);
        QCOMPARE(spec->database, database);
        QCOMPARE(spec->sslMode, sslMode);
    }

    void displayNameHidesPassword()
    {
        QString error;
        const auto spec = ConnectionSpecParser::parse(u"postgresql://agent:s3cret@db/guichet"_s, &error);
        QVERIFY(spec);
        QCOMPARE(spec->password, u"s3cret"_s);
        QVERIFY(!spec->displayName().contains(u"s3cret"_s));
        QCOMPARE(spec->displayName(), u"postgresql://agent@db:5432/guichet"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
