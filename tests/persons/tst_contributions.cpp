#include "core/Contributions.h"

#include <QTest>

using namespace guichet;

namespace {
// The AMO-Public rules as published, as migration 0006 stores them in contribution_rules
// (tst_memberaccount checks that the two agree).
QList<ContributionRule> publishedRules()
{
    const QDate start(2005, 9, 1);
    return {{start, ContributionRule::Basis::Salary, 500, 7000, 40000, 5000},
            {start, ContributionRule::Basis::Pension, 250, 7000, 40000, 0}};
}
} // namespace

class TestContributions : public QObject
{
    Q_OBJECT

private slots:
    void amoPublic_data()
    {
        QTest::addColumn<bool>("pension");
        QTest::addColumn<qint64>("income");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<qint64>("employee");
        QTest::addColumn<qint64>("employer");
        // Centimes of dirham.
        QTest::newRow("salary 5,000 DH: 5 %, half each") << false << qint64(500000) << qint64(25000) << qint64(12500) << qint64(12500);
        QTest::newRow("salary 10,000 DH: ceiling 400") << false << qint64(1000000) << qint64(40000) << qint64(20000) << qint64(20000);
        QTest::newRow("salary 8,000 DH: exactly the ceiling") << false << qint64(800000) << qint64(40000) << qint64(20000) << qint64(20000);
        QTest::newRow("salary 1,000 DH: floor 70") << false << qint64(100000) << qint64(7000) << qint64(3500) << qint64(3500);
        QTest::newRow("salary 1,400 DH: exactly the floor") << false << qint64(140000) << qint64(7000) << qint64(3500) << qint64(3500);
        QTest::newRow("odd centime") << false << qint64(280030) << qint64(14002) << qint64(7001) << qint64(7001);
        QTest::newRow("odd total") << false << qint64(280010) << qint64(14001) << qint64(7000) << qint64(7001);
        QTest::newRow("pension 6,000 DH: 2.5 %, no employer") << true << qint64(600000) << qint64(15000) << qint64(15000) << qint64(0);
        QTest::newRow("pension 2,000 DH: floor") << true << qint64(200000) << qint64(7000) << qint64(7000) << qint64(0);
        QTest::newRow("pension 20,000 DH: ceiling") << true << qint64(2000000) << qint64(40000) << qint64(40000) << qint64(0);
        QTest::newRow("no income: floor") << false << qint64(0) << qint64(7000) << qint64(3500) << qint64(3500);
    }

    void amoPublic()
    {
        QFETCH(bool, pension);
        QFETCH(qint64, income);
        QFETCH(qint64, total);
        QFETCH(qint64, employee);
        QFETCH(qint64, employer);
        const Contributions contributions(publishedRules());
        const auto basis = pension ? ContributionRule::Basis::Pension : ContributionRule::Basis::Salary;
        const auto result = contributions.monthly(basis, income, QDate(2026, 11, 1));
        QVERIFY(result);
        QCOMPARE(result->total, total);
        QCOMPARE(result->employee, employee);
        QCOMPARE(result->employer, employer);
        QCOMPARE(result->employee + result->employer, result->total);
    }

    void theRuleInForceOnTheMonthApplies()
    {
        QList<ContributionRule> rules = publishedRules();
        rules.append({QDate(2027, 1, 1), ContributionRule::Basis::Salary, 600, 8000, 50000, 5000});
        const Contributions contributions(rules);
        const auto december = contributions.monthly(ContributionRule::Basis::Salary, 500000, QDate(2026, 12, 31));
        const auto january = contributions.monthly(ContributionRule::Basis::Salary, 500000, QDate(2027, 1, 15));
        QCOMPARE(december->total, 25000);
        QCOMPARE(january->total, 30000);
    }

    void refusals()
    {
        const Contributions contributions(publishedRules());
        QString error;
        QVERIFY(!contributions.monthly(ContributionRule::Basis::Salary, -1, QDate(2026, 1, 1), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!contributions.monthly(ContributionRule::Basis::Salary, 100, QDate(2005, 8, 1), &error)); // before the AMO
        QVERIFY(!contributions.monthly(ContributionRule::Basis::Salary, 100, QDate(2026, 2, 30), &error));
    }
};

QTEST_GUILESS_MAIN(TestContributions)
#include "tst_contributions.moc"
