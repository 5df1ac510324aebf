#include "core/PersonSearch.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PersonSearch::Kind)

class TestPersonSearch : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<PersonSearch::Kind>("kind");
        QTest::addColumn<QString>("key");
        using K = PersonSearch::Kind;
        QTest::newRow("empty") << QString() << K::Everything << QString();
        QTest::newRow("spaces") << u"   "_s << K::Everything << QString();
        QTest::newRow("immatriculation") << u"1234"_s << K::Immatriculation << u"1234"_s;
        QTest::newRow("typed in groups") << u"123 456 789"_s << K::Immatriculation << u"123456789"_s;
        QTest::newRow("beneficiary rank") << u"123456-02"_s << K::Immatriculation << u"123456-02"_s;
        QTest::newRow("arabic-indic digits") << u"\u0661\u0662\u0663"_s << K::Immatriculation << u"123"_s;
        QTest::newRow("cin") << u"ab12"_s << K::Cin << u"AB12"_s;
        QTest::newRow("cin one letter") << u" K123456 "_s << K::Cin << u"K123456"_s;
        QTest::newRow("latin name") << u"Aït-M'Barek"_s << K::LatinName << u"ait mbarek"_s;
        QTest::newRow("letters only is a name") << u"AB"_s << K::LatinName << u"ab"_s;
        QTest::newRow("arabic name") << u"أحمد"_s << K::ArabicName << u"احمد"_s;
        QTest::newRow("apostrophes only") << u"''"_s << K::Everything << QString();
        QTest::newRow("sql fragment") << u"x' OR 1=1 --"_s << K::LatinName << u"x or 1=1"_s;
    }

    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(PersonSearch::Kind, kind);
        QFETCH(QString, key);
        const PersonSearch search = PersonSearch::parse(typed);
        QCOMPARE(search.kind(), kind);
        QCOMPARE(search.key(), key);
    }

    void rangeHoldsEveryContinuationAndNothingElse()
    {
        const PersonSearch search = PersonSearch::parse(u"benani"_s);
        for (const QString &inside : {u"benani"_s, u"benani ahmed"_s, u"benaniz"_s, u"benani\u0627"_s})
            QVERIFY2(inside >= search.key() && inside < search.keyEnd(), qPrintable(inside));
        for (const QString &outside : {u"benan"_s, u"benanj"_s, u"bennani"_s})
            QVERIFY2(!(outside >= search.key() && outside < search.keyEnd()), qPrintable(outside));
    }
};

QTEST_GUILESS_MAIN(TestPersonSearch)
#include "tst_personsearch.moc"
