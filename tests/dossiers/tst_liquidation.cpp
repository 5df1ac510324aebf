#include "core/Liquidation.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

const QDate careDay(2026, 10, 15);

// A consultation at 150 DH (tariff changing to 200 DH the day after the care), a medicine with a
// base of 32.70 DH and a usual quantity of 3, a dental prosthesis, a zero-priced act.
Liquidator reference()
{
    return Liquidator(
        {{u"C"_s, QDate(2020, 1, 1), 15000, 0},
         {u"C"_s, careDay.addDays(1), 20000, 0},
         {u"CS"_s, QDate(2020, 1, 1), 25000, 0},
         {u"CS"_s, careDay, 30000, 0}, // changed on the day of care: the new one applies
         {u"MED-AGRAM"_s, QDate(2024, 1, 1), 3270, 3},
         {u"SD-PROTH"_s, QDate(2024, 1, 1), 100000, 0},
         {u"ZERO"_s, QDate(2024, 1, 1), 0, 0}},
        {{u"consultation"_s, u"AMO"_s, QDate(2005, 9, 1), 8000},
         {u"medicine"_s, u"AMO"_s, QDate(2005, 9, 1), 7000},
         {u"ald"_s, u"AMO"_s, QDate(2005, 9, 1), 10000},
         {u"dental"_s, u"AMO"_s, QDate(2005, 9, 1), 8000},
         {u"consultation"_s, u"STU"_s, QDate(2005, 9, 1), 7000},
         {u"odd"_s, u"AMO"_s, QDate(2005, 9, 1), 3333},
         {u"misentered"_s, u"AMO"_s, QDate(2005, 9, 1), 12000}}, // a reference error: 120 %
        {{u"MGPAP"_s, u"consultation"_s, QDate(2020, 1, 1), 5000},
         {u"MGPAP"_s, u"ald"_s, QDate(2020, 1, 1), 5000},
         {u"OMFAM"_s, u"medicine"_s, careDay.addDays(1), 10000}});
}

} // namespace

class TestLiquidation : public QObject
{
    Q_OBJECT

private slots:
    void line_data()
    {
        QTest::addColumn<QString>("regime");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("quantity");
        QTest::addColumn<qint64>("billedUnit");
        QTest::addColumn<qint64>("base");
        QTest::addColumn<qint64>("amo");
        QTest::addColumn<qint64>("complementary");
        QTest::addColumn<qint64>("reimbursed");
        QTest::addColumn<int>("notes");
        using L = LiquidatedLine;
        // 200 DH billed, tariff 150 DH the day of care (200 DH only from the next day): 80 % of 150.
        QTest::newRow("billed above the tariff; tariff changes the day after")
            << u"AMO"_s << u"MP"_s << u"C"_s << u"consultation"_s << 1 << qint64(20000) << qint64(15000)
            << qint64(12000) << qint64(0) << qint64(12000) << 0;
        QTest::newRow("tariff changed on the day of care")
            << u"AMO"_s << u"MP"_s << u"CS"_s << u"consultation"_s << 1 << qint64(30000) << qint64(30000)
            << qint64(24000) << qint64(0) << qint64(24000) << 0;
        QTest::newRow("billed below the tariff") << u"AMO"_s << u"MP"_s << u"C"_s << u"consultation"_s << 1
                                                 << qint64(10000) << qint64(10000) << qint64(8000) << qint64(0)
                                                 << qint64(8000) << int(L::BilledBelowTariff);
        QTest::newRow("complementary share of the mutuelle")
            << u"AMO"_s << u"MGPAP"_s << u"C"_s << u"consultation"_s << 1 << qint64(15000) << qint64(15000)
            << qint64(12000) << qint64(1500) << qint64(13500) << 0;
        QTest::newRow("complementary not yet in force") << u"AMO"_s << u"OMFAM"_s << u"MED-AGRAM"_s << u"medicine"_s
                                                        << 2 << qint64(3270) << qint64(6540) << qint64(4578)
                                                        << qint64(0) << qint64(4578) << 0;
        QTest::newRow("ALD at 100 % plus a complement: never more than billed")
            << u"AMO"_s << u"MGPAP"_s << u"C"_s << u"ald"_s << 1 << qint64(15000) << qint64(15000) << qint64(15000)
            << qint64(0) << qint64(15000) << 0;
        QTest::newRow("a rate above 100 % still pays no more than billed")
            << u"AMO"_s << u"MP"_s << u"C"_s << u"misentered"_s << 1 << qint64(15000) << qint64(15000)
            << qint64(15000) << qint64(0) << qint64(15000) << 0;
        QTest::newRow("quantity above the usual") << u"AMO"_s << u"MP"_s << u"MED-AGRAM"_s << u"medicine"_s << 5
                                                  << qint64(3270) << qint64(9810) << qint64(6867) << qint64(0)
                                                  << qint64(6867) << int(L::QuantityCapped);
        QTest::newRow("zero-priced act") << u"AMO"_s << u"MP"_s << u"ZERO"_s << u"consultation"_s << 1
                                         << qint64(5000) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                         << int(L::BilledBelowTariff) * 0;
        QTest::newRow("zero billed") << u"AMO"_s << u"MP"_s << u"C"_s << u"consultation"_s << 1 << qint64(0)
                                     << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                     << int(L::BilledBelowTariff);
        QTest::newRow("rounding half away from zero") << u"AMO"_s << u"MP"_s << u"C"_s << u"odd"_s << 1
                                                      << qint64(15) << qint64(15) << qint64(5) << qint64(0)
                                                      << qint64(5) << int(L::BilledBelowTariff);
        QTest::newRow("student regime rate") << u"STU"_s << u"MP"_s << u"C"_s << u"consultation"_s << 1
                                             << qint64(15000) << qint64(15000) << qint64(10500) << qint64(0)
                                             << qint64(10500) << 0;
        QTest::newRow("unknown act") << u"AMO"_s << u"MP"_s << u"X"_s << u"consultation"_s << 1 << qint64(15000)
                                     << qint64(0) << qint64(0) << qint64(0) << qint64(0) << int(L::NoTariff);
        QTest::newRow("no rate for the regime") << u"STU"_s << u"MP"_s << u"MED-AGRAM"_s << u"medicine"_s << 1
                                                << qint64(3270) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                                << int(L::NoRate);
        QTest::newRow("negative amount refused") << u"AMO"_s << u"MP"_s << u"C"_s << u"consultation"_s << 1
                                                 << qint64(-100) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                                 << int(L::Refused);
        QTest::newRow("zero quantity refused") << u"AMO"_s << u"MP"_s << u"C"_s << u"consultation"_s << 0
                                               << qint64(15000) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                               << int(L::Refused);
        QTest::newRow("before any tariff") << u"AMO"_s << u"MP"_s << u"SD-PROTH"_s << u"dental"_s << 1
                                           << qint64(100000) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                           << int(L::NoTariff);
    }

    void line()
    {
        QFETCH(QString, regime);
        QFETCH(QString, organisation);
        QFETCH(QString, code);
        QFETCH(QString, category);
        QFETCH(int, quantity);
        QFETCH(qint64, billedUnit);
        QFETCH(qint64, base);
        QFETCH(qint64, amo);
        QFETCH(qint64, complementary);
        QFETCH(qint64, reimbursed);
        QFETCH(int, notes);
        const QDate day = code == u"SD-PROTH"_s ? QDate(2023, 12, 31) : careDay;
        const LiquidatedLine l = reference().liquidateLine(regime, organisation, day, {code, category, quantity, billedUnit});
        QCOMPARE(l.base, base);
        QCOMPARE(l.amo, amo);
        QCOMPARE(l.complementary, complementary);
        QCOMPARE(l.reimbursed, reimbursed);
        QCOMPARE(l.notes, notes);
        QVERIFY(l.reimbursed <= l.billed);
        QCOMPARE(l.amo + l.complementary, l.reimbursed);
    }

    void aDossierIsTheSumOfItsLines()
    {
        const Liquidation d = reference().liquidate(
            u"AMO"_s, u"MGPAP"_s, careDay,
            {{u"C"_s, u"consultation"_s, 1, 20000}, {u"MED-AGRAM"_s, u"medicine"_s, 2, 3500},
             {u"MED-AGRAM"_s, u"medicine"_s, 1, 3000}, {u"X"_s, u"medicine"_s, 1, 1000},
             {u"ZERO"_s, u"consultation"_s, 3, 0}});
        QCOMPARE(d.lines.size(), 5);
        QCOMPARE(d.billed, 20000 + 7000 + 3000 + 1000 + 0);
        // 150 × 80 % + 5 % × 30 = 135; 65.40 × 70 % = 45.78; 30 × 70 % = 21; 0; 0.
        QCOMPARE(d.amo, 12000 + 4578 + 2100);
        QCOMPARE(d.complementary, 1500);
        QCOMPARE(d.reimbursed, 13500 + 4578 + 2100);
        Centimes sum = 0;
        for (const LiquidatedLine &l : d.lines)
            sum += l.reimbursed;
        QCOMPARE(d.reimbursed, sum);
    }
};

QTEST_GUILESS_MAIN(TestLiquidation)
#include "tst_liquidation.moc"
