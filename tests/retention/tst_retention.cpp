#include "core/Retention.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

// When a retention rule lets data go: data-driven around the anniversaries.
class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void expiry_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<bool>("expired");
        const QDate asOf(2026, 11, 23);
        QTest::newRow("four years ago stays") << QDate(2022, 11, 23) << 60 << asOf << false;
        QTest::newRow("five years ago to the day stays") << QDate(2021, 11, 23) << 60 << asOf << false;
        QTest::newRow("five years and a day goes") << QDate(2021, 11, 22) << 60 << asOf << true;
        QTest::newRow("long ago goes") << QDate(2001, 1, 1) << 60 << asOf << true;
        QTest::newRow("not started stays") << QDate() << 60 << asOf << false;
        QTest::newRow("in the future stays") << QDate(2027, 1, 1) << 60 << asOf << false;
        // 29 February: five years later there is none; the anniversary is the 28th.
        QTest::newRow("leap day, on the 28th") << QDate(2024, 2, 29) << 60 << QDate(2029, 2, 28) << false;
        QTest::newRow("leap day, on 1 March") << QDate(2024, 2, 29) << 60 << QDate(2029, 3, 1) << true;
        // A month's rule (video): 31 January is kept through the end of February.
        QTest::newRow("a month from the 31st, on 28 Feb") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28) << false;
        QTest::newRow("a month from the 31st, on 1 Mar") << QDate(2026, 1, 31) << 1 << QDate(2026, 3, 1) << true;
    }

    void expiry()
    {
        QFETCH(QDate, start);
        QFETCH(int, months);
        QFETCH(QDate, asOf);
        QFETCH(bool, expired);
        RetentionRule rule;
        rule.keepMonths = months;
        QCOMPARE(rule.expired(start, asOf), expired);
    }

    void datedRules()
    {
        RetentionRule rule;
        rule.validFrom = QDate(2016, 1, 1);
        QVERIFY(!rule.inForce(QDate(2015, 12, 31)));
        QVERIFY(rule.inForce(QDate(2016, 1, 1)));
        rule.validTo = QDate(2027, 1, 1);
        QVERIFY(rule.inForce(QDate(2026, 12, 31)));
        QVERIFY(!rule.inForce(QDate(2027, 1, 1)));
    }

    void codes()
    {
        for (const auto start : {RetentionRule::Start::RelationshipEnd, RetentionRule::Start::DossierClosed,
                                 RetentionRule::Start::ComplaintClosed, RetentionRule::Start::CaseClosed,
                                 RetentionRule::Start::RequestClosed, RetentionRule::Start::Recorded})
            QCOMPARE(Retention::startFromCode(Retention::code(start)), start);
        QCOMPARE(Retention::actionFromCode(u"anonymise"_s), RetentionRule::Action::Anonymise);
        QCOMPARE(Retention::actionFromCode(u"delete"_s), RetentionRule::Action::Delete);
        QVERIFY(!Retention::actionFromCode(u"'; DROP TABLE persons; --"_s));
        RetentionRule rule;
        QCOMPARE(Retention::describe(rule), u"5 year(s) after the end of the relationship, then anonymised"_s);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
