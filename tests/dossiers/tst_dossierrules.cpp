#include "core/DossierRules.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

using S = DossierStatus;
using U = DossierRules::Urgency;

namespace {
const QList<S> allStatuses = {S::Entry,      S::Incomplete, S::Control, S::Liquidation,
                              S::Liquidated, S::Batched,    S::Paid,    S::Rejected};
}

class TestDossierRules : public QObject
{
    Q_OBJECT

private slots:
    void codes_data()
    {
        QTest::addColumn<DossierStatus>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("entry") << S::Entry << u"entry"_s;
        QTest::newRow("incomplete") << S::Incomplete << u"incomplete"_s;
        QTest::newRow("control") << S::Control << u"control"_s;
        QTest::newRow("liquidation") << S::Liquidation << u"liquidation"_s;
        QTest::newRow("liquidated") << S::Liquidated << u"liquidated"_s;
        QTest::newRow("batched") << S::Batched << u"batched"_s;
        QTest::newRow("paid") << S::Paid << u"paid"_s;
        QTest::newRow("rejected") << S::Rejected << u"rejected"_s;
    }

    void codes()
    {
        QFETCH(DossierStatus, status);
        QFETCH(QString, code);
        QCOMPARE(dossierStatusCode(status), code);
        QCOMPARE(dossierStatusFromCode(code), std::optional(status));
        QVERIFY(!dossierStatusLabel(status).isEmpty());
    }

    void labels()
    {
        QCOMPARE(dossierStatusLabel(S::Entry), u"Being entered"_s);
        QCOMPARE(dossierStatusLabel(S::Batched), u"In a payment batch"_s);
        QSet<QString> distinct;
        for (const S s : allStatuses)
            distinct.insert(dossierStatusLabel(s));
        QCOMPARE(distinct.size(), allStatuses.size());
    }

    void unknownCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper case") << u"PAID"_s;
        QTest::newRow("padded") << u" paid"_s;
        QTest::newRow("label, not code") << u"Being entered"_s;
        QTest::newRow("other") << u"archived"_s;
    }

    void unknownCode()
    {
        QFETCH(QString, code);
        QCOMPARE(dossierStatusFromCode(code), std::nullopt);
    }

    void moves_data()
    {
        QTest::addColumn<DossierStatus>("from");
        QTest::addColumn<DossierStatus>("to");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<S, S>> allowed = {
            {S::Entry, S::Incomplete},    {S::Incomplete, S::Entry},    {S::Entry, S::Control},
            {S::Entry, S::Liquidation},   {S::Incomplete, S::Rejected}, {S::Entry, S::Rejected},
            {S::Control, S::Liquidation}, {S::Control, S::Rejected},    {S::Liquidation, S::Liquidated},
            {S::Liquidated, S::Batched},  {S::Batched, S::Paid},
        };
        // Every pair: the eleven moves of the pipeline and nothing else.
        for (const S from : allStatuses) {
            for (const S to : allStatuses) {
                const QString name = dossierStatusCode(from) + u" -> "_s + dossierStatusCode(to);
                QTest::newRow(qPrintable(name)) << from << to << allowed.contains(std::pair(from, to));
            }
        }
    }

    void moves()
    {
        QFETCH(DossierStatus, from);
        QFETCH(DossierStatus, to);
        QFETCH(bool, allowed);
        QCOMPARE(DossierRules::canMove(from, to), allowed);
    }

    void someRefusedMoves()
    {
        QVERIFY(!DossierRules::canMove(S::Paid, S::Batched));      // no way back from paid
        QVERIFY(!DossierRules::canMove(S::Rejected, S::Entry));    // nor from rejected
        QVERIFY(!DossierRules::canMove(S::Entry, S::Liquidated));  // no skipping liquidation
        QVERIFY(!DossierRules::canMove(S::Liquidation, S::Control)); // nor back to control
        QVERIFY(!DossierRules::canMove(S::Liquidated, S::Paid));   // paid only through a batch
        QVERIFY(!DossierRules::canMove(S::Entry, S::Entry));
    }

    void deposit_data()
    {
        QTest::addColumn<QDate>("care");
        QTest::addColumn<QDate>("deposit");
        QTest::addColumn<bool>("late");
        QTest::addColumn<bool>("valid");
        QTest::newRow("same day") << QDate(2026, 3, 1) << QDate(2026, 3, 1) << false << true;
        QTest::newRow("day 60 on time") << QDate(2026, 3, 1) << QDate(2026, 4, 30) << false << true;
        QTest::newRow("day 61 late") << QDate(2026, 3, 1) << QDate(2026, 5, 1) << true << true;
        // 2028 is a leap year: from 1 January, day 60 is 1 March (2 March in 2027).
        QTest::newRow("leap year, day 60 is Mar 1") << QDate(2028, 1, 1) << QDate(2028, 3, 1) << false << true;
        QTest::newRow("leap year, day 61 is Mar 2") << QDate(2028, 1, 1) << QDate(2028, 3, 2) << true << true;
        QTest::newRow("not leap year, day 60 is Mar 2") << QDate(2027, 1, 1) << QDate(2027, 3, 2) << false << true;
        QTest::newRow("not leap year, day 61 is Mar 3") << QDate(2027, 1, 1) << QDate(2027, 3, 3) << true << true;
        QTest::newRow("care on Feb 29, day 60") << QDate(2028, 2, 29) << QDate(2028, 4, 29) << false << true;
        QTest::newRow("care on Feb 29, day 61") << QDate(2028, 2, 29) << QDate(2028, 4, 30) << true << true;
        QTest::newRow("year change, day 60") << QDate(2026, 11, 15) << QDate(2027, 1, 14) << false << true;
        QTest::newRow("year change, day 61") << QDate(2026, 11, 15) << QDate(2027, 1, 15) << true << true;
        QTest::newRow("care after deposit") << QDate(2026, 3, 2) << QDate(2026, 3, 1) << false << false;
        QTest::newRow("no care date") << QDate() << QDate(2026, 3, 1) << false << false;
        QTest::newRow("no deposit date") << QDate(2026, 3, 1) << QDate() << false << false;
    }

    void deposit()
    {
        QFETCH(QDate, care);
        QFETCH(QDate, deposit);
        QFETCH(bool, late);
        QFETCH(bool, valid);
        QCOMPARE(DossierRules::careDateRefusal(care, deposit, QDate()).isEmpty(), valid);
        if (valid)
            QCOMPARE(DossierRules::depositIsLate(care, deposit), late);
    }

    // Impossible dates are refused whoever asks; a birth date unknown is not checked.
    void careDateRefusal_data()
    {
        QTest::addColumn<QDate>("care");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("refused");
        const QDate born(1980, 5, 17);
        QTest::newRow("after birth") << QDate(2026, 3, 1) << born << false;
        QTest::newRow("the day of birth") << born << born << false;
        QTest::newRow("the day before birth") << born.addDays(-1) << born << true;
        QTest::newRow("31/12/1899") << QDate(1899, 12, 31) << QDate() << true;
        QTest::newRow("1/1/1900, birth unknown") << QDate(1900, 1, 1) << QDate() << false;
        QTest::newRow("in the future") << QDate(2026, 12, 8) << born << true;
        QTest::newRow("year 1") << QDate(1, 1, 1) << born << true;
        QTest::newRow("not a date") << QDate() << born << true;
    }

    void careDateRefusal()
    {
        QFETCH(QDate, care);
        QFETCH(QDate, birth);
        QFETCH(bool, refused);
        QCOMPARE(!DossierRules::careDateRefusal(care, QDate(2026, 12, 7), birth).isEmpty(), refused);
    }

    void payment_data()
    {
        QTest::addColumn<QDate>("deposit");
        QTest::addColumn<bool>("longTerm");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("target");
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<DossierRules::Urgency>("urgency");
        const QDate d(2026, 3, 1);
        QTest::newRow("deposited today") << d << false << d << QDate(2026, 4, 30) << 60 << U::OnTime;
        QTest::newRow("16 days left") << d << false << QDate(2026, 4, 14) << QDate(2026, 4, 30) << 16 << U::OnTime;
        QTest::newRow("15 days left: due soon") << d << false << QDate(2026, 4, 15) << QDate(2026, 4, 30) << 15 << U::DueSoon;
        QTest::newRow("today is the target") << d << false << QDate(2026, 4, 30) << QDate(2026, 4, 30) << 0 << U::DueSoon;
        QTest::newRow("one day late") << d << false << QDate(2026, 5, 1) << QDate(2026, 4, 30) << -1 << U::Late;
        QTest::newRow("ALD deposited today") << d << true << d << QDate(2026, 3, 31) << 30 << U::OnTime;
        QTest::newRow("ALD 8 days left") << d << true << QDate(2026, 3, 23) << QDate(2026, 3, 31) << 8 << U::OnTime;
        QTest::newRow("ALD 7 days left: due soon") << d << true << QDate(2026, 3, 24) << QDate(2026, 3, 31) << 7 << U::DueSoon;
        QTest::newRow("ALD target") << d << true << QDate(2026, 3, 31) << QDate(2026, 3, 31) << 0 << U::DueSoon;
        QTest::newRow("ALD one day late") << d << true << QDate(2026, 4, 1) << QDate(2026, 3, 31) << -1 << U::Late;
        QTest::newRow("leap year") << QDate(2028, 1, 1) << false << QDate(2028, 1, 1) << QDate(2028, 3, 1) << 60 << U::OnTime;
        QTest::newRow("year change") << QDate(2026, 12, 1) << false << QDate(2027, 1, 15) << QDate(2027, 1, 30) << 15 << U::DueSoon;
        QTest::newRow("ALD year change") << QDate(2026, 12, 15) << true << QDate(2027, 1, 20) << QDate(2027, 1, 14) << -6 << U::Late;
        QTest::newRow("long overdue") << d << false << QDate(2027, 3, 1) << QDate(2026, 4, 30) << -305 << U::Late;
    }

    void payment()
    {
        QFETCH(QDate, deposit);
        QFETCH(bool, longTerm);
        QFETCH(QDate, today);
        QFETCH(QDate, target);
        QFETCH(int, daysLeft);
        QFETCH(DossierRules::Urgency, urgency);
        QCOMPARE(DossierRules::paymentTarget(deposit, longTerm), target);
        QCOMPARE(DossierRules::daysLeft(deposit, longTerm, today), daysLeft);
        QCOMPARE(DossierRules::urgency(deposit, longTerm, today), urgency);
    }

    // Each role's dossier section opens on its own work.
    void firstQueue()
    {
        QCOMPARE(DossierRules::firstQueue(u"COUNTER"_s, false), DossierStatus::Entry);
        QCOMPARE(DossierRules::firstQueue(u"LIQUIDATOR"_s, false), DossierStatus::Liquidation);
        QCOMPARE(DossierRules::firstQueue(u"MEDICAL"_s, true), DossierStatus::Control);
        QCOMPARE(DossierRules::firstQueue(u"LIQUIDATOR"_s, true), DossierStatus::Control);
    }
};

QTEST_GUILESS_MAIN(TestDossierRules)
#include "tst_dossierrules.moc"
