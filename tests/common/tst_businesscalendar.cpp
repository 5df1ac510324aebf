#include "core/BusinessCalendar.h"
#include "core/ServiceClock.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

// November 2026: Friday 6 (Green March) and Wednesday 18 (Independence) are holidays; the 7th,
// 8th, 14th, 15th, 21st and 22nd are weekends.
BusinessCalendar november()
{
    return BusinessCalendar({{QDate(2026, 11, 6), u"Marche Verte"_s, u"المسيرة الخضراء"_s},
                             {QDate(2026, 11, 18), u"Fête de l'Indépendance"_s, u"عيد الاستقلال"_s}});
}

// Morocco's local time: the calendar reads instants in Africa/Casablanca.
QDateTime local(int day, int hour, int minute = 0, int month = 11)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone(QByteArrayLiteral("Africa/Casablanca")));
}

} // namespace

Q_DECLARE_METATYPE(ServiceLevel::Unit)
Q_DECLARE_METATYPE(ServiceClockReading::Stage)

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void businessDays_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("Monday + 1") << QDate(2026, 11, 2) << 1 << QDate(2026, 11, 3);
        QTest::newRow("Thursday + 1 skips the holiday and the weekend")
            << QDate(2026, 11, 5) << 1 << QDate(2026, 11, 9);
        QTest::newRow("Saturday + 1") << QDate(2026, 11, 7) << 1 << QDate(2026, 11, 9);
        QTest::newRow("Monday + 10 crosses two weekends and a holiday")
            << QDate(2026, 11, 9) << 10 << QDate(2026, 11, 24);
        QTest::newRow("a deadline on the holiday moves to the next business day")
            << QDate(2026, 11, 11) << 5 << QDate(2026, 11, 19);
        QTest::newRow("0 on a business day") << QDate(2026, 11, 4) << 0 << QDate(2026, 11, 4);
        QTest::newRow("0 on a holiday") << QDate(2026, 11, 6) << 0 << QDate(2026, 11, 9);
        QTest::newRow("backwards over the holiday") << QDate(2026, 11, 9) << -1 << QDate(2026, 11, 5);
        QTest::newRow("across the year") << QDate(2026, 12, 31) << 1 << QDate(2027, 1, 1);
    }

    void businessDays()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, expected);
        const BusinessCalendar calendar = november();
        QCOMPARE(calendar.addBusinessDays(from, days), expected);
        if (days > 0)
            QCOMPARE(calendar.businessDaysBetween(from, expected), days);
    }

    void holidaysAndWeekendsAreNotWorked()
    {
        const BusinessCalendar calendar = november();
        QVERIFY(!calendar.isBusinessDay(QDate(2026, 11, 6)));  // holiday, a Friday
        QVERIFY(!calendar.isBusinessDay(QDate(2026, 11, 7)));  // Saturday
        QVERIFY(!calendar.isBusinessDay(QDate(2026, 11, 8)));  // Sunday
        QVERIFY(calendar.isBusinessDay(QDate(2026, 11, 9)));
        QVERIFY(!calendar.isBusinessDay(QDate()));
        QCOMPARE(calendar.businessDaysBetween(QDate(2026, 11, 30), QDate(2026, 11, 2)), -18);
        // A calendar made only of holidays has no answer rather than no end.
        QList<PublicHoliday> every;
        for (QDate d(2026, 1, 1); d < QDate(2040, 1, 1); d = d.addDays(1))
            every.append({d, {}, {}});
        QVERIFY(!BusinessCalendar(every).addBusinessDays(QDate(2026, 1, 1), 1).isValid());
        QVERIFY(!BusinessCalendar(every).addBusinessMinutes(local(2, 9), 10).isValid());
    }

    void workingMinutes_data()
    {
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("to");
        QTest::addColumn<qint64>("minutes");
        QTest::newRow("within a day") << local(2, 9) << local(2, 11, 30) << qint64(150);
        QTest::newRow("before the opening counts from 08:30") << local(2, 7) << local(2, 9) << qint64(30);
        QTest::newRow("after the close counts nothing more") << local(2, 16) << local(2, 20) << qint64(30);
        QTest::newRow("over the holiday and the weekend") << local(5, 16) << local(9, 9) << qint64(60);
        QTest::newRow("a whole week with a holiday") << local(2, 0) << local(9, 0) << qint64(4 * 480);
        QTest::newRow("backwards is nothing") << local(3, 9) << local(2, 9) << qint64(0);
    }

    void workingMinutes()
    {
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, to);
        QFETCH(qint64, minutes);
        const BusinessCalendar calendar = november();
        QCOMPARE(calendar.businessMinutesBetween(from, to), minutes);
        // Given in UTC, the same instants count the same.
        QCOMPARE(calendar.businessMinutesBetween(from.toUTC(), to.toUTC()), minutes);
        if (minutes > 0)
            QCOMPARE(calendar.businessMinutesBetween(from, calendar.addBusinessMinutes(from, minutes)), minutes);
    }

    void addingWorkingMinutes()
    {
        const BusinessCalendar calendar = november();
        QCOMPARE(calendar.addBusinessMinutes(local(5, 16), 60), local(9, 9)); // Friday is a holiday
        QCOMPARE(calendar.addBusinessMinutes(local(7, 12), 30), local(9, 9));  // from a Saturday
        QCOMPARE(calendar.addBusinessMinutes(local(2, 8, 30), 480), local(2, 16, 30));
        QCOMPARE(calendar.addBusinessMinutes(local(2, 10), 0), local(2, 10));
    }

    void serviceClock_data()
    {
        QTest::addColumn<ServiceLevel::Unit>("unit");
        QTest::addColumn<int>("amount");
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<QList<ClockPause>>("pauses");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("deadline");
        QTest::addColumn<qint64>("used");
        QTest::addColumn<ServiceClockReading::Stage>("stage");
        QTest::addColumn<bool>("paused");
        using Stage = ServiceClockReading::Stage;
        using Unit = ServiceLevel::Unit;
        // Two business days from Monday 2, 10:00: the close of Wednesday 4 (2 × 480 + 390 min).
        QTest::newRow("days: at the start") << Unit::BusinessDays << 2 << local(2, 10) << QList<ClockPause>{}
                                            << local(2, 10) << local(4, 16, 30) << qint64(0) << Stage::OnTime << false;
        QTest::newRow("days: half used") << Unit::BusinessDays << 2 << local(2, 10) << QList<ClockPause>{}
                                         << local(3, 13, 15) << local(4, 16, 30) << qint64(675) << Stage::HalfUsed
                                         << false;
        QTest::newRow("days: three quarters used")
            << Unit::BusinessDays << 2 << local(2, 10) << QList<ClockPause>{} << local(4, 11) << local(4, 16, 30)
            << qint64(1020) << Stage::ThreeQuartersUsed << false;
        QTest::newRow("days: breached at the deadline")
            << Unit::BusinessDays << 2 << local(2, 10) << QList<ClockPause>{} << local(4, 16, 30) << local(4, 16, 30)
            << qint64(1350) << Stage::Breached << false;
        QTest::newRow("days: a deadline on the holiday moves to Monday")
            << Unit::BusinessDays << 1 << local(5, 9) << QList<ClockPause>{} << local(5, 9) << local(9, 16, 30)
            << qint64(0) << Stage::OnTime << false;
        QTest::newRow("days: received on a Saturday")
            << Unit::BusinessDays << 1 << local(7, 11) << QList<ClockPause>{} << local(9, 16, 30)
            << local(9, 16, 30) << qint64(480) << Stage::Breached << false;
        QTest::newRow("hours: four hours from Thursday 15:00 end on Monday")
            << Unit::BusinessHours << 4 << local(5, 15) << QList<ClockPause>{} << local(5, 15) << local(9, 11)
            << qint64(0) << Stage::OnTime << false;
        // A closed pause of one working day moves the deadline by one working day.
        QTest::newRow("days: a closed pause")
            << Unit::BusinessDays << 2 << local(2, 10) << QList<ClockPause>{{local(3, 8, 30), local(3, 16, 30)}}
            << local(4, 16, 30) << local(5, 16, 30) << qint64(870) << Stage::HalfUsed << false;
        // Still waiting for the member: the deadline is as if the clock restarted now.
        QTest::newRow("days: an open pause")
            << Unit::BusinessDays << 2 << local(2, 10) << QList<ClockPause>{{local(3, 10), QDateTime()}}
            << local(10, 10) << local(11, 16, 30) << qint64(480) << Stage::OnTime << true;
        QTest::newRow("overlapping pauses count once")
            << Unit::BusinessHours << 8 << local(2, 8, 30)
            << QList<ClockPause>{{local(2, 9), local(2, 11)}, {local(2, 10), local(2, 12)}} << local(2, 12)
            << local(3, 11, 30) << qint64(30) << Stage::OnTime << false;
        QTest::newRow("a pause after the breach does not undo it")
            << Unit::BusinessHours << 1 << local(2, 9) << QList<ClockPause>{{local(2, 11), QDateTime()}}
            << local(2, 12) << local(2, 10) << qint64(120) << Stage::Breached << true;
    }

    void serviceClock()
    {
        QFETCH(ServiceLevel::Unit, unit);
        QFETCH(int, amount);
        QFETCH(QDateTime, received);
        QFETCH(QList<ClockPause>, pauses);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, deadline);
        QFETCH(qint64, used);
        QFETCH(ServiceClockReading::Stage, stage);
        QFETCH(bool, paused);
        const BusinessCalendar calendar = november();
        const ServiceClockReading reading = ServiceClock(calendar).read({unit, amount}, received, pauses, now);
        QCOMPARE(reading.deadline, deadline);
        QCOMPARE(reading.usedMinutes, used);
        QCOMPARE(reading.stage, stage);
        QCOMPARE(reading.paused, paused);
    }

    void describesTheClockInWords()
    {
        ServiceClockReading reading;
        reading.allowedMinutes = 1350;
        reading.usedMinutes = 360;
        QCOMPARE(ServiceClock::describe(reading), u"2 business day(s) 30 min left"_s);
        reading.usedMinutes = 1430;
        reading.stage = ServiceClockReading::Stage::Breached;
        QCOMPARE(ServiceClock::describe(reading), u"Late by 1 h 20 min"_s);
        reading.usedMinutes = 1000;
        reading.stage = ServiceClockReading::Stage::ThreeQuartersUsed;
        reading.paused = true;
        QCOMPARE(ServiceClock::describe(reading), u"Paused, 5 h 50 min left"_s);
        QCOMPARE(ServiceLevel::unitFromCode(u"hours"_s), ServiceLevel::Unit::BusinessHours);
        QCOMPARE(ServiceLevel::unitCode(ServiceLevel::Unit::BusinessDays), u"days"_s);
        QVERIFY(!ServiceLevel::unitFromCode(u"weeks"_s));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
