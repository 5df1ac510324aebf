#include "core/Entitlement.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Entitlement::Status)

namespace {

// A ledger of `months` months from `first`, each 300 DH due and `received` received.
QList<LedgerMonth> ledger(const QDate &first, int months, Centimes received)
{
    QList<LedgerMonth> entries;
    for (int i = 0; i < months; ++i)
        entries.append({first.addMonths(i), 30000, received});
    return entries;
}

} // namespace

class TestEntitlement : public QObject
{
    Q_OBJECT

private slots:
    void member_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QList<LedgerMonth>>("entries");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<Entitlement::Status>("expected");
        QTest::addColumn<qint64>("arrears");
        QTest::addColumn<qint64>("overdue");
        using S = Entitlement::Status;
        const QDate jan(2026, 1, 1);
        QTest::newRow("all paid") << u"active"_s << QDate() << QDate() << ledger(jan, 10, 30000) << QDate(2026, 11, 22)
                                  << S::Entitled << qint64(0) << qint64(0);
        QTest::newRow("no ledger yet") << u"active"_s << QDate() << QDate() << QList<LedgerMonth>() << QDate(2026, 11, 22)
                                       << S::Entitled << qint64(0) << qint64(0);
        // August ends on 31 August; three months of grace run to 30 November.
        QTest::newRow("unpaid within the grace period")
            << u"active"_s << QDate() << QDate() << QList<LedgerMonth>{{QDate(2026, 8, 1), 30000, 0}}
            << QDate(2026, 11, 30) << S::Entitled << qint64(30000) << qint64(0);
        QTest::newRow("unpaid, grace over the next day")
            << u"active"_s << QDate() << QDate() << QList<LedgerMonth>{{QDate(2026, 8, 1), 30000, 0}}
            << QDate(2026, 12, 1) << S::InArrears << qint64(30000) << qint64(30000);
        QTest::newRow("partly paid, old")
            << u"retired"_s << QDate() << QDate() << QList<LedgerMonth>{{QDate(2026, 1, 1), 30000, 20000}}
            << QDate(2026, 11, 22) << S::InArrears << qint64(10000) << qint64(10000);
        QTest::newRow("months to come are not arrears")
            << u"active"_s << QDate() << QDate() << QList<LedgerMonth>{{QDate(2027, 1, 1), 30000, 0}}
            << QDate(2026, 11, 22) << S::Entitled << qint64(0) << qint64(0);
        QTest::newRow("not started") << u"active"_s << QDate(2026, 12, 1) << QDate() << QList<LedgerMonth>()
                                     << QDate(2026, 11, 22) << S::NotYetStarted << qint64(0) << qint64(0);
        QTest::newRow("ended status") << u"ended"_s << QDate() << QDate(2026, 6, 30) << QList<LedgerMonth>()
                                      << QDate(2026, 11, 22) << S::Ended << qint64(0) << qint64(0);
        QTest::newRow("end date past") << u"active"_s << QDate() << QDate(2026, 11, 21) << QList<LedgerMonth>()
                                       << QDate(2026, 11, 22) << S::Ended << qint64(0) << qint64(0);
        QTest::newRow("end date is the last day") << u"active"_s << QDate() << QDate(2026, 11, 22)
                                                  << QList<LedgerMonth>() << QDate(2026, 11, 22) << S::Entitled
                                                  << qint64(0) << qint64(0);
    }

    void member()
    {
        QFETCH(QString, status);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QList<LedgerMonth>, entries);
        QFETCH(QDate, on);
        QFETCH(Entitlement::Status, expected);
        QFETCH(qint64, arrears);
        QFETCH(qint64, overdue);
        const auto result = Entitlement::forMember({status, start, end, entries}, on);
        QCOMPARE(result.status, expected);
        QCOMPARE(result.arrears, arrears);
        QCOMPARE(result.overdueArrears, overdue);
        QVERIFY(!Entitlement::describe(result).isEmpty());
    }

    void beneficiary_data()
    {
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<Entitlement::Status>("expected");
        using S = Entitlement::Status;
        QTest::newRow("spouse") << u"spouse"_s << QString() << QDate(1960, 1, 1) << QDate(2026, 11, 22) << S::Entitled;
        QTest::newRow("child of 20") << u"child"_s << QString() << QDate(2006, 11, 23) << QDate(2026, 11, 22)
                                     << S::Entitled;
        QTest::newRow("child turns 21 today") << u"child"_s << QString() << QDate(2005, 11, 22) << QDate(2026, 11, 22)
                                              << S::OverAgeLimit;
        QTest::newRow("student of 25") << u"child"_s << u"student"_s << QDate(2001, 11, 23) << QDate(2026, 11, 22)
                                       << S::Entitled;
        QTest::newRow("student of 26") << u"child"_s << u"student"_s << QDate(2000, 11, 22) << QDate(2026, 11, 22)
                                       << S::OverAgeLimit;
        QTest::newRow("disabled of 40") << u"child"_s << u"disabled"_s << QDate(1986, 1, 1) << QDate(2026, 11, 22)
                                        << S::Entitled;
        QTest::newRow("born on 29 February") << u"child"_s << QString() << QDate(2004, 2, 29) << QDate(2025, 2, 28)
                                             << S::Entitled;
    }

    void beneficiary()
    {
        QFETCH(QString, relation);
        QFETCH(QString, condition);
        QFETCH(QDate, birth);
        QFETCH(QDate, on);
        QFETCH(Entitlement::Status, expected);
        const auto member = Entitlement::forMember({u"active"_s, {}, {}, {}}, on);
        QCOMPARE(Entitlement::forBeneficiary(member, {relation, condition, birth, {}}, on).status, expected);
    }

    void beneficiaryFollowsTheMembersArrears()
    {
        const QDate on(2026, 11, 22);
        const auto member = Entitlement::forMember({u"active"_s, {}, {}, {{QDate(2026, 1, 1), 30000, 0}}}, on);
        QCOMPARE(member.status, Entitlement::Status::InArrears);
        QCOMPARE(Entitlement::forBeneficiary(member, {u"spouse"_s, {}, QDate(1980, 1, 1), {}}, on).status,
                 Entitlement::Status::InArrears);
    }
};

QTEST_GUILESS_MAIN(TestEntitlement)
#include "tst_entitlement.moc"
