#include "core/Rights.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

// The deadlines of rights requests (law 09-08): one month from the completed request, moved to
// a business day; an extension never beyond four months.
class TestRightsDeadlines : public QObject
{
    Q_OBJECT

    // Throne Day (30 July) and the Green March (6 November) 2026, as the calendar holds them.
    BusinessCalendar calendar{{{QDate(2026, 7, 30), u"Fête du Trône"_s, {}, false},
                               {QDate(2026, 11, 6), u"Marche Verte"_s, {}, false}}};

private slots:
    void due_data()
    {
        QTest::addColumn<QDate>("completedOn");
        QTest::addColumn<QDate>("due");
        QTest::newRow("a Monday: a month later, a Wednesday") << QDate(2026, 11, 2) << QDate(2026, 12, 2);
        QTest::newRow("falls on a Saturday: the Monday after") << QDate(2026, 10, 7) << QDate(2026, 11, 9);
        QTest::newRow("a month later is a Sunday: Monday") << QDate(2026, 10, 8) << QDate(2026, 11, 9);
        QTest::newRow("completed on a Saturday: runs from Monday") << QDate(2026, 10, 3) << QDate(2026, 11, 5);
        QTest::newRow("a month later is the Green March: the Monday after") << QDate(2026, 10, 6) << QDate(2026, 11, 9);
        QTest::newRow("completed on Throne Day: runs from the 31st") << QDate(2026, 7, 30) << QDate(2026, 8, 31);
        QTest::newRow("31 January: the end of February") << QDate(2025, 1, 31) << QDate(2025, 2, 28);
    }
    void due()
    {
        QFETCH(QDate, completedOn);
        QFETCH(QDate, due);
        QCOMPARE(RightsDeadlines(calendar).due(completedOn), due);
        QVERIFY(calendar.isBusinessDay(due));
    }

    void extension_data()
    {
        QTest::addColumn<QDate>("completedOn");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("two months") << QDate(2026, 11, 2) << QDate(2027, 1, 4) << true;
        QTest::newRow("exactly four months") << QDate(2026, 11, 2) << QDate(2027, 3, 2) << true;
        QTest::newRow("a day beyond four months") << QDate(2026, 11, 2) << QDate(2027, 3, 3) << false;
        QTest::newRow("not later than the deadline") << QDate(2026, 11, 2) << QDate(2026, 12, 2) << false;
        QTest::newRow("earlier than the deadline") << QDate(2026, 11, 2) << QDate(2026, 11, 20) << false;
        QTest::newRow("a Saturday") << QDate(2026, 11, 2) << QDate(2027, 1, 2) << false;
        QTest::newRow("no date") << QDate(2026, 11, 2) << QDate() << false;
        // Four months after 2 September is Saturday 2 January: the Friday before is the last day.
        QTest::newRow("bound on a Saturday: the Friday") << QDate(2026, 9, 2) << QDate(2027, 1, 1) << true;
        QTest::newRow("bound on a Saturday: not the Monday") << QDate(2026, 9, 2) << QDate(2027, 1, 4) << false;
    }
    void extension()
    {
        QFETCH(QDate, completedOn);
        QFETCH(QDate, to);
        QFETCH(bool, allowed);
        const RightsDeadlines deadlines(calendar);
        QCOMPARE(deadlines.mayExtendTo(completedOn, deadlines.due(completedOn), to), allowed);
        QVERIFY(deadlines.latest(completedOn) <= deadlines.start(completedOn).addMonths(4));
        QVERIFY(calendar.isBusinessDay(deadlines.latest(completedOn)));
    }

    void proposedExtension_data()
    {
        QTest::addColumn<QDate>("completedOn");
        QTest::addColumn<QDate>("current");
        QTest::addColumn<QDate>("proposed");
        QTest::newRow("a month after the deadline") << QDate(2026, 11, 2) << QDate(2026, 12, 2) << QDate(2027, 1, 4);
        QTest::newRow("from a Monday: a Thursday") << QDate(2026, 11, 2) << QDate(2027, 1, 4) << QDate(2027, 2, 4);
        QTest::newRow("past four months: the last day") << QDate(2026, 11, 2) << QDate(2027, 2, 15) << QDate(2027, 3, 2);
        QTest::newRow("at four months: none") << QDate(2026, 11, 2) << QDate(2027, 3, 2) << QDate();
    }

    void proposedExtension()
    {
        QFETCH(QDate, completedOn);
        QFETCH(QDate, current);
        QFETCH(QDate, proposed);
        QCOMPARE(RightsDeadlines(calendar).proposedExtension(completedOn, current), proposed);
    }

    void daysLeft_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<int>("left");
        QTest::newRow("on the day") << QDate(2026, 12, 2) << QDate(2026, 12, 2) << 0;
        QTest::newRow("a week before") << QDate(2026, 11, 25) << QDate(2026, 12, 2) << 5;
        QTest::newRow("over the Green March") << QDate(2026, 11, 5) << QDate(2026, 11, 9) << 1;
        QTest::newRow("two business days late") << QDate(2026, 12, 4) << QDate(2026, 12, 2) << -2;
    }
    void daysLeft()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, deadline);
        QFETCH(int, left);
        QCOMPARE(RightsDeadlines(calendar).daysLeft(today, deadline), left);
    }

    // A deletion refused under retention names the day the data goes: the day after the
    // anniversary, and not a day earlier.
    void retentionGoesOn_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("goesOn");
        QTest::newRow("five years") << QDate(2021, 2, 28) << 60 << QDate(2026, 3, 1);
        QTest::newRow("a month-end") << QDate(2025, 8, 31) << 6 << QDate(2026, 3, 1);
        QTest::newRow("mid-month") << QDate(2025, 8, 15) << 12 << QDate(2026, 8, 16);
    }
    void retentionGoesOn()
    {
        QFETCH(QDate, start);
        QFETCH(int, months);
        QFETCH(QDate, goesOn);
        RetentionRule rule;
        rule.keepMonths = months;
        QCOMPARE(rule.goesOn(start), goesOn);
        QVERIFY(rule.expired(start, goesOn));
        QVERIFY(!rule.expired(start, goesOn.addDays(-1)));
    }

    void codesRoundTrip()
    {
        for (RightsKind k : {RightsKind::Access, RightsKind::Rectification, RightsKind::Opposition, RightsKind::Deletion}) {
            QCOMPARE(Rights::kindFromCode(Rights::code(k)), k);
            QVERIFY(!Rights::label(k).isEmpty());
        }
        for (IdentityCheck c : {IdentityCheck::CinShown, IdentityCheck::CinCopy, IdentityCheck::OnlineAccount,
                                IdentityCheck::CallBack})
            QCOMPARE(Rights::identityFromCode(Rights::code(c)), c);
        QVERIFY(!Rights::kindFromCode(u"'; DROP TABLE persons; --"_s));
    }
};

QTEST_GUILESS_MAIN(TestRightsDeadlines)
#include "tst_rightsdeadlines.moc"
