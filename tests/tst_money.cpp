#include "core/Money.h"

#include <QTest>

using namespace guichet;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void applyRate_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("5 % of 10,000.00") << qint64(1000000) << 500 << qint64(50000);
        QTest::newRow("half up") << qint64(10) << 500 << qint64(1);    // 0.5 centime → 1
        QTest::newRow("below half") << qint64(9) << 500 << qint64(0);  // 0.45 → 0
        QTest::newRow("half of odd") << qint64(7001) << 5000 << qint64(3501);
        QTest::newRow("negative half away") << qint64(-10) << 500 << qint64(-1);
        QTest::newRow("zero") << qint64(0) << 250 << qint64(0);
        QTest::newRow("large") << qint64(100000000000000) << 10000 << qint64(100000000000000);
    }

    void applyRate()
    {
        QFETCH(qint64, amount);
        QFETCH(int, basisPoints);
        QFETCH(qint64, expected);
        QCOMPARE(Money::applyRate(amount, basisPoints), expected);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
