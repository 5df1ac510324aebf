#include "TestDatabase.h"
#include "data/common/Sql.h"

#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

// Sql::bulk hands a set of rows to one statement: as arrays on PostgreSQL, row by row on SQLite.
// What goes in must come back exactly, whatever the text holds.
class TestSqlBulk : public QObject
{
    Q_OBJECT

private slots:
    void insertsEveryRowAsItWasGiven()
    {
        TestDatabase t(u"bulk_insert"_s, false);
        Sql::execute(t.db(), u"CREATE TABLE notes (id bigint PRIMARY KEY, body text, amount bigint)"_s);
        const QStringList bodies{u"plain"_s,
                                 u"l'apostrophe"_s,
                                 u"a \"quoted\" word"_s,
                                 u"back\\slash and \\\" both"_s,
                                 u"{braces}, commas, NULL"_s,
                                 u"NULL"_s,
                                 u""_s,
                                 u"نص عربي"_s,
                                 u"'); DROP TABLE notes; --"_s,
                                 u"  spaces kept  "_s};
        QList<QVariantList> rows;
        for (qsizetype i = 0; i < bodies.size(); ++i)
            rows.append({i + 1, bodies.at(i), -100 * i});
        rows.append({qsizetype(99), QVariant(), QVariant()}); // nulls stay null
        Sql::bulk(t.db(), u"INSERT INTO notes (id, body, amount) SELECT * FROM %1"_s, {},
                  {Sql::Column::BigInt, Sql::Column::Text, Sql::Column::BigInt}, rows);

        QSqlQuery q = Sql::run(t.db(), u"SELECT id, body, amount FROM notes ORDER BY id"_s);
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), i + 1);
            QCOMPARE(q.value(1).toString(), bodies.at(i));
            QCOMPARE(q.value(2).toLongLong(), -100 * i);
        }
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 99);
        QVERIFY(q.value(1).isNull());
        QVERIFY(q.value(2).isNull());
        QVERIFY(!q.next());
    }

    void updatesWithLeadingValuesAndReturnsWhatMoved()
    {
        TestDatabase t(u"bulk_update"_s, false);
        Sql::execute(t.db(), u"CREATE TABLE items (id bigint PRIMARY KEY, price bigint, version bigint, note text)"_s);
        for (int id = 1; id <= 3000; ++id)
            Sql::run(t.db(), u"INSERT INTO items (id, price, version, note) VALUES (?, 0, 1, '')"_s, {id});
        // 3,000 rows, one of them with a stale version: it must not move.
        QList<QVariantList> rows;
        for (int id = 1; id <= 3000; ++id)
            rows.append({id, id * 10, id == 7 ? 2 : 1});
        QSet<qint64> moved;
        Sql::bulk(t.db(),
                  u"UPDATE items SET note = ?, price = v.column2, version = items.version + 1 FROM %1 "
                  "WHERE items.id = v.column1 AND items.version = v.column3 RETURNING items.id"_s,
                  {u"priced"_s}, QList<Sql::Column>(3, Sql::Column::BigInt), rows,
                  [&moved](QSqlQuery &r) { moved.insert(r.value(0).toLongLong()); });
        QCOMPARE(moved.size(), 2999);
        QVERIFY(!moved.contains(7));
        QCOMPARE(Sql::scalar(t.db(), u"SELECT SUM(price) FROM items WHERE note = 'priced' AND version = 2"_s).toLongLong(),
                 qint64(3000) * 3001 / 2 * 10 - 70);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT price FROM items WHERE id = 7"_s).toLongLong(), 0);
    }

    void anEmptySetRunsNothing()
    {
        TestDatabase t(u"bulk_empty"_s, false);
        // The statement would fail if it ran: the table does not exist.
        Sql::bulk(t.db(), u"INSERT INTO missing SELECT * FROM %1"_s, {}, {Sql::Column::BigInt}, {});
    }
};

QTEST_GUILESS_MAIN(TestSqlBulk)
#include "tst_sqlbulk.moc"
