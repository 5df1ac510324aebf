#include "data/common/SqlScript.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnSemicolonsOutsideQuotesAndComments()
    {
        const QStringList parts = SqlScript::split(
            u"-- a comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n/* block; */ INSERT INTO a VALUES ('l''Etat;');\n"_s);
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), u"CREATE TABLE a (x TEXT DEFAULT 'a;b')"_s);
        QCOMPARE(parts.at(1), u"INSERT INTO a VALUES ('l''Etat;')"_s);
    }

    void keepsDollarQuotedBodies()
    {
        const QStringList parts = SqlScript::split(
            u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no'; END $$;\n"
            "CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f();"_s);
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).endsWith(u"END $$"_s));
    }

    void keepsSqliteTriggerBodies()
    {
        const QStringList parts = SqlScript::split(
            u"CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n SELECT RAISE(ABORT, 'no');\nEND;\nCREATE TABLE b (y INTEGER);"_s);
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).endsWith(u"END"_s));
        QCOMPARE(parts.at(1), u"CREATE TABLE b (y INTEGER)"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
