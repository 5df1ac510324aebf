#include "ExpectError.h"
#include "TestDatabase.h"
#include "core/BusinessCalendar.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/complaints/ComplaintStatistics.h"
#include "data/common/DatabaseError.h"
#include "data/persons/PersonRepository.h"

#include <QTest>

#include <functional>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone Rabat(QByteArrayLiteral("Africa/Casablanca"));

QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Rabat);
}

// Monday 23 November 2026, 10:00 in Rabat: the twelve months shown run from December 2025.
const QDateTime Now = local(2026, 11, 23, 10);

// The holidays in the way of the complaints below (weekends aside); nothing else is off.
BusinessCalendar calendar()
{
    return BusinessCalendar({{QDate(2026, 8, 20), u"Révolution du Roi et du Peuple"_s, {}, false},
                             {QDate(2026, 8, 21), u"Fête de la Jeunesse"_s, {}, false},
                             {QDate(2026, 11, 6), u"Marche Verte"_s, {}, false},
                             {QDate(2026, 11, 18), u"Fête de l'Indépendance"_s, {}, false}});
}

// "open/late/breached", for messages that say which figure is wrong.
QString text(const ComplaintCounts &c)
{
    return u"%1/%2/%3"_s.arg(c.open).arg(c.late).arg(c.breached);
}

// A business day is 480 working minutes (08:30 to 16:30).
double days(qint64 minutes)
{
    return double(minutes) / 480;
}

// A MGPAP member, a counter agent of MGPAP under CPL, and every step of a complaint done by a
// repository whose clock reads the time of that step (as if the agent did it then).
struct Fixture
{
    explicit Fixture(const QString &name) : t(name)
    {
        counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        memberId = registerMember(counter, u"710000001"_s);
        QVERIFY(counter.setActivePurpose(u"CPL"_s));
    }

    qint64 registerMember(const Session &agent, const QString &immatriculation)
    {
        Session registrar = agent;
        registrar.setActivePurpose(u"REG"_s);
        Person m;
        m.lastName = u"El Amrani"_s;
        m.firstName = u"Nadia"_s;
        m.immatriculation = immatriculation;
        m.birthDate = QDate(1975, 4, 4);
        m.sex = u"F"_s;
        return PersonRepository(t.db()).create(registrar, m);
    }

    Complaint at(const QDateTime &when, const std::function<Complaint(ComplaintRepository &)> &step)
    {
        const FixedClock clock(when.toUTC());
        ComplaintRepository repo(t.db(), clock);
        return step(repo);
    }

    Complaint take(const QString &category, ComplaintChannel channel, const QDateTime &received)
    {
        return takeFor(counter, memberId, category, channel, received);
    }

    Complaint takeFor(const Session &agent, qint64 personId, const QString &category, ComplaintChannel channel,
                      const QDateTime &received)
    {
        ComplaintIntake intake;
        intake.channel = channel;
        intake.receivedAt = received;
        intake.personId = personId;
        intake.categoryCode = category;
        intake.description = u"Réclamation de test"_s;
        return at(received, [&](ComplaintRepository &r) { return r.intake(agent, intake); });
    }

    Complaint answer(const Complaint &k, const QDateTime &when)
    {
        return at(when, [&](ComplaintRepository &r) { return r.answer(counter, k.id, k.version, u"Réponse"_s); });
    }
    Complaint close(const Complaint &k, const QDateTime &when)
    {
        return at(when, [&](ComplaintRepository &r) { return r.close(counter, k.id, k.version, u"Résolu"_s); });
    }
    Complaint pause(const Complaint &k, const QDateTime &when)
    {
        return at(when, [&](ComplaintRepository &r) { return r.pause(counter, k.id, k.version, u"Pièce"_s); });
    }
    Complaint resume(const Complaint &k, const QDateTime &when)
    {
        return at(when, [&](ComplaintRepository &r) { return r.resume(counter, k.id, k.version); });
    }
    Complaint reopen(const Complaint &k, const QDateTime &when)
    {
        return at(when, [&](ComplaintRepository &r) { return r.reopen(counter, k.id, k.version, u"Revenu"_s); });
    }

    qint64 division(const QString &code)
    {
        for (const auto &[id, c] : ComplaintRepository(t.db()).divisions())
            if (c == code)
                return id;
        return 0;
    }

    ComplaintFigures figures(qint64 divisionId, const Session *session = nullptr)
    {
        const FixedClock clock(Now.toUTC());
        return ComplaintStatistics(t.db(), clock).dashboard(session ? *session : counter, divisionId, calendar());
    }

    // The complaints of the test, each with what it counts for at Now (open/late/breached) and,
    // once closed, its resolution time in working minutes. Service levels (first response /
    // resolution): REIMB_DELAY, STUDENT, CONTRIBUTION 2 / 10 days; REIMB_AMOUNT, MED_CONTROL,
    // OTHER 2 / 15 days; REGISTRATION 1 / 5 days; RECEPTION 4 hours / 3 days.
    void takeThemAll()
    {
        // A. REIMB_DELAY by post, received this morning: 1/0/0.
        take(u"REIMB_DELAY"_s, ComplaintChannel::Post, local(2026, 11, 23, 9, 30));

        // B. REGISTRATION at the counter, Tue 17 Nov 10:00, no answer: the first response was due
        // on Thu 19 at 16:30 (Wed 18 is a holiday), so it is late now: 1/1/1.
        take(u"REGISTRATION"_s, ComplaintChannel::Counter, local(2026, 11, 17, 10));

        // C. REGISTRATION at the counter, Tue 17 Nov 11:00, answered Thu 19 at 15:00: on time only
        // because Wed 18 is a holiday (330 + 390 = 720 of 810 minutes). Resolution due Wed 25: 1/0/0.
        Complaint c = take(u"REGISTRATION"_s, ComplaintChannel::Counter, local(2026, 11, 17, 11));
        answer(c, local(2026, 11, 19, 15));

        // D. RECEPTION (4 hours) by the call centre, Fri 20 Nov 09:00, waiting for the member from
        // Fri 10:00 to Mon 23 09:30 (450 minutes): 540 - 450 = 90 of 240 minutes used: 1/0/0.
        // Without the pause it would be late.
        Complaint d = take(u"RECEPTION"_s, ComplaintChannel::CallCentre, local(2026, 11, 20, 9));
        d = pause(d, local(2026, 11, 20, 10));
        resume(d, local(2026, 11, 23, 9, 30));

        // F1. REIMB_DELAY by the portal, Mon 5 Oct 09:00, answered 15:00, closed Wed 7 Oct 11:00:
        // 450 + 480 + 150 = 1080 minutes (2.25 days), in October: 0/0/0.
        Complaint f1 = take(u"REIMB_DELAY"_s, ComplaintChannel::Portal, local(2026, 10, 5, 9));
        f1 = answer(f1, local(2026, 10, 5, 15));
        close(f1, local(2026, 10, 7, 11));

        // F2. OTHER by e-mail, Thu 1 Oct 10:00, waiting from Fri 2 08:30 to Mon 5 12:30 (480 + 240
        // = 720 minutes), answered Tue 6 10:00 (1440 - 720 = 720 of 1350 minutes: on time thanks
        // to the pause), closed Thu 8 Oct 12:00: 390 + 4 × 480 + 210 - 720 = 1800 minutes, in
        // October: 0/0/0.
        Complaint f2 = take(u"OTHER"_s, ComplaintChannel::Email, local(2026, 10, 1, 10));
        f2 = pause(f2, local(2026, 10, 2, 8, 30));
        f2 = resume(f2, local(2026, 10, 5, 12, 30));
        f2 = answer(f2, local(2026, 10, 6, 10));
        close(f2, local(2026, 10, 8, 12));

        // F3. REGISTRATION at the counter, Mon 12 Oct 09:30, answered 10:30, resolution due Mon 19
        // at 16:30 but closed Tue 20 Oct 16:00: breached. 420 + 4 × 480 + 480 + 450 = 3270
        // minutes, in October: 0/0/1.
        Complaint f3 = take(u"REGISTRATION"_s, ComplaintChannel::Counter, local(2026, 10, 12, 9, 30));
        f3 = answer(f3, local(2026, 10, 12, 10, 30));
        close(f3, local(2026, 10, 20, 16));

        // F4. STUDENT by post, Mon 7 Sep 08:30, answered Tue 8 09:00, closed Mon 14 Sep 16:30:
        // 6 × 480 = 2880 minutes, in September: 0/0/0.
        Complaint f4 = take(u"STUDENT"_s, ComplaintChannel::Post, local(2026, 9, 7, 8, 30));
        f4 = answer(f4, local(2026, 9, 8, 9));
        close(f4, local(2026, 9, 14, 16, 30));

        // F5. MED_CONTROL by the call centre, Tue 1 Sep 14:30, closed without an answer on Fri 4
        // Sep 10:30: the closing is its first response, due Thu 3 at 16:30: breached. 120 + 480 +
        // 480 + 120 = 1200 minutes, in September: 0/0/1.
        Complaint f5 = take(u"MED_CONTROL"_s, ComplaintChannel::CallCentre, local(2026, 9, 1, 14, 30));
        close(f5, local(2026, 9, 4, 10, 30));

        // F6. REIMB_AMOUNT by the portal, Wed 19 Aug 09:00, closed Mon 24 Aug 12:30 across the
        // holidays of Thu 20 and Fri 21: 450 + 240 = 690 minutes, in August; the first response
        // was due Tue 25: 0/0/0.
        Complaint f6 = take(u"REIMB_AMOUNT"_s, ComplaintChannel::Portal, local(2026, 8, 19, 9));
        close(f6, local(2026, 8, 24, 12, 30));

        // F7. CONTRIBUTION at the counter, Mon 1 Dec 2025 09:00, closed Tue 2 Dec 09:00: 450 + 30
        // = 480 minutes, in December 2025, the first month shown: 0/0/0.
        Complaint f7 = take(u"CONTRIBUTION"_s, ComplaintChannel::Counter, local(2025, 12, 1, 9));
        close(f7, local(2025, 12, 2, 9));

        // F8. CONTRIBUTION at the counter, Mon 24 Nov 2025 09:00, closed late on Fri 28 Nov 2025:
        // received and closed before the months shown, it counts for nothing.
        Complaint f8 = take(u"CONTRIBUTION"_s, ComplaintChannel::Counter, local(2025, 11, 24, 9));
        close(f8, local(2025, 11, 28, 10));

        // F9. OTHER by e-mail, Mon 2 Nov 09:30, answered Wed 4 10:00, closed Mon 9 Nov 10:30
        // across the holiday of Fri 6: 420 + 3 × 480 + 120 = 1980 minutes, in November: 0/0/0.
        Complaint f9 = take(u"OTHER"_s, ComplaintChannel::Email, local(2026, 11, 2, 9, 30));
        f9 = answer(f9, local(2026, 11, 4, 10));
        close(f9, local(2026, 11, 9, 10, 30));

        // F10. REIMB_DELAY by post, Mon 26 Oct 09:00, answered 10:00, closed Tue 27 Oct, reopened
        // Mon 2 Nov: not closed, its resolution was due Tue 10 Nov (Fri 6 off): 1/1/1, and no
        // resolution time in October.
        Complaint f10 = take(u"REIMB_DELAY"_s, ComplaintChannel::Post, local(2026, 10, 26, 9));
        f10 = answer(f10, local(2026, 10, 26, 10));
        f10 = close(f10, local(2026, 10, 27, 10));
        reopen(f10, local(2026, 11, 2, 9));

        // F11. REIMB_AMOUNT by post, Thu 20 Nov 2025, never answered, sent to DCM: late (1/1), but
        // received before the months shown, so not counted as breached: 1/1/0.
        Complaint f11 = take(u"REIMB_AMOUNT"_s, ComplaintChannel::Post, local(2025, 11, 20, 10));
        const qint64 dcm = division(u"DCM"_s);
        at(Now, [&](ComplaintRepository &r) {
            return r.escalate(counter, f11.id, f11.version, dcm, u"Avis médical"_s);
        });

        // E. Another mutuelle's complaint, late: never counted here.
        Session omfam = t.createAgentSession(u"counter.omfam"_s, u"OMFAM"_s, u"COUNTER"_s);
        const qint64 theirMember = registerMember(omfam, u"720000001"_s);
        QVERIFY(omfam.setActivePurpose(u"CPL"_s));
        takeFor(omfam, theirMember, u"REIMB_DELAY"_s, ComplaintChannel::Post, local(2026, 11, 2, 9));
    }

    TestDatabase t;
    Session counter;
    qint64 memberId = 0;
};

ComplaintCounts categoryOf(const ComplaintFigures &figures, const QString &code)
{
    for (const CategoryFigures &c : figures.byCategory)
        if (c.code == code)
            return c.counts;
    return {-1, -1, -1};
}

ComplaintCounts channelOf(const ComplaintFigures &figures, ComplaintChannel channel)
{
    for (const ChannelFigures &c : figures.byChannel)
        if (c.channel == channel)
            return c.counts;
    return {-1, -1, -1};
}

QStringList codes(const ComplaintFigures &figures)
{
    QStringList result;
    for (const CategoryFigures &c : figures.byCategory)
        result << c.code;
    result.sort();
    return result;
}

} // namespace

class TestComplaintStatistics : public QObject
{
    Q_OBJECT

private slots:
    void theMonthsShownEndWithTheMonthOfNow()
    {
        QCOMPARE(ComplaintStatistics::firstMonth(QDate(2026, 11, 23)), QDate(2025, 12, 1));
        QCOMPARE(ComplaintStatistics::firstMonth(QDate(2027, 1, 31)), QDate(2026, 2, 1));
        QCOMPARE(ComplaintStatistics::median({}), 0.0);
        QCOMPARE(ComplaintStatistics::median({30, 10, 20}), 20.0);
        QCOMPARE(ComplaintStatistics::median({40, 10, 30, 20}), 25.0);
    }

    void everyDivisionOfTheMutuelle()
    {
        Fixture f(u"complaint_stats_all"_s);
        f.takeThemAll();
        const ComplaintFigures all = f.figures(0);
        QCOMPARE(all.at, Now.toUTC());
        // Open: A, B, C, D, F10, F11. Late: B, F10, F11. Breached: B, F3, F5, F10.
        QCOMPARE(text(all.total), u"6/3/4"_s);

        // Every active category, with zeros where there is nothing.
        QCOMPARE(all.byCategory.size(), 8);
        QCOMPARE(text(categoryOf(all, u"REIMB_DELAY"_s)), u"2/1/1"_s);  // A, F10 (F1 closed)
        QCOMPARE(text(categoryOf(all, u"REIMB_AMOUNT"_s)), u"1/1/0"_s); // F11 (F6 closed)
        QCOMPARE(text(categoryOf(all, u"STUDENT"_s)), u"0/0/0"_s);      // F4 closed on time
        QCOMPARE(text(categoryOf(all, u"MED_CONTROL"_s)), u"0/0/1"_s);  // F5
        QCOMPARE(text(categoryOf(all, u"REGISTRATION"_s)), u"2/1/2"_s); // B, C; B, F3
        QCOMPARE(text(categoryOf(all, u"CONTRIBUTION"_s)), u"0/0/0"_s); // F7; F8 before the months
        QCOMPARE(text(categoryOf(all, u"RECEPTION"_s)), u"1/0/0"_s);    // D, paused in time
        QCOMPARE(text(categoryOf(all, u"OTHER"_s)), u"0/0/0"_s);        // F2, F9
        for (const CategoryFigures &c : all.byCategory)
            QVERIFY2(!c.name.isEmpty() && !c.nameAr.isEmpty(), qPrintable(c.code));

        // Every channel, in the order of the enum.
        QCOMPARE(all.byChannel.size(), 5);
        QCOMPARE(all.byChannel.first().channel, ComplaintChannel::CallCentre);
        QCOMPARE(text(channelOf(all, ComplaintChannel::CallCentre)), u"1/0/1"_s); // D; F5
        QCOMPARE(text(channelOf(all, ComplaintChannel::Portal)), u"0/0/0"_s);     // F1, F6
        QCOMPARE(text(channelOf(all, ComplaintChannel::Counter)), u"2/1/2"_s);    // B, C; B; B, F3
        QCOMPARE(text(channelOf(all, ComplaintChannel::Email)), u"0/0/0"_s);      // F2, F9
        QCOMPARE(text(channelOf(all, ComplaintChannel::Post)), u"3/2/1"_s);       // A, F10, F11; F10, F11; F10

        // Twelve months, December 2025 to November 2026, empty ones at zero.
        QCOMPARE(all.months.size(), 12);
        QCOMPARE(all.months.first().month, QDate(2025, 12, 1));
        QCOMPARE(all.months.last().month, QDate(2026, 11, 1));
        const auto month = [&](int year, int m) {
            for (const MonthFigures &figures : all.months)
                if (figures.month == QDate(year, m, 1))
                    return figures;
            return MonthFigures{};
        };
        for (int m = 1; m <= 7; ++m) {
            QCOMPARE(month(2026, m).closed, 0);
            QCOMPARE(month(2026, m).meanDays, 0.0);
            QCOMPARE(month(2026, m).medianDays, 0.0);
        }
        QCOMPARE(month(2025, 12).closed, 1); // F7: 480 minutes
        QCOMPARE(month(2025, 12).medianDays, 1.0);
        QCOMPARE(month(2025, 12).meanDays, 1.0);
        QCOMPARE(month(2026, 8).closed, 1); // F6: 690 minutes, the holidays left out
        QCOMPARE(month(2026, 8).medianDays, days(690));
        QCOMPARE(month(2026, 8).meanDays, days(690));
        QCOMPARE(month(2026, 9).closed, 2); // F4 2880, F5 1200: median = mean = 2040 minutes
        QCOMPARE(month(2026, 9).medianDays, 4.25);
        QCOMPARE(month(2026, 9).meanDays, 4.25);
        QCOMPARE(month(2026, 10).closed, 3); // F1 1080, F2 1800 (pause left out), F3 3270; not F10
        QCOMPARE(month(2026, 10).medianDays, 3.75);                  // 1800 minutes
        QCOMPARE(month(2026, 10).meanDays, days(1080 + 1800 + 3270) / 3); // 2050 minutes
        QCOMPARE(month(2026, 11).closed, 1); // F9: 1980 minutes, Fri 6 off
        QCOMPARE(month(2026, 11).medianDays, 4.125);
    }

    void oneDivision()
    {
        Fixture f(u"complaint_stats_division"_s);
        f.takeThemAll();
        // DLP answers REIMB_DELAY, REIMB_AMOUNT and STUDENT: A, F1, F4, F6, F10 (F11 went to DCM).
        const ComplaintFigures dlp = f.figures(f.division(u"DLP"_s));
        QCOMPARE(text(dlp.total), u"2/1/1"_s);
        QCOMPARE(codes(dlp), (QStringList{u"REIMB_AMOUNT"_s, u"REIMB_DELAY"_s, u"STUDENT"_s}));
        QCOMPARE(text(categoryOf(dlp, u"REIMB_AMOUNT"_s)), u"0/0/0"_s);
        QCOMPARE(text(channelOf(dlp, ComplaintChannel::Post)), u"2/1/1"_s);
        QCOMPARE(dlp.months.at(8).month, QDate(2026, 8, 1));
        QCOMPARE(dlp.months.at(8).closed, 1);  // F6
        QCOMPARE(dlp.months.at(9).closed, 1);  // F4
        QCOMPARE(dlp.months.at(9).medianDays, 6.0);
        QCOMPARE(dlp.months.at(10).closed, 1); // F1
        QCOMPARE(dlp.months.at(10).meanDays, 2.25);
        QCOMPARE(dlp.months.at(0).closed, 0);  // F7 is DIC's

        // DCM: F5, and F11 escalated to it, whose category it does not answer but shows.
        const ComplaintFigures dcm = f.figures(f.division(u"DCM"_s));
        QCOMPARE(text(dcm.total), u"1/1/1"_s);
        QCOMPARE(codes(dcm), (QStringList{u"MED_CONTROL"_s, u"REIMB_AMOUNT"_s}));
        QCOMPARE(text(categoryOf(dcm, u"REIMB_AMOUNT"_s)), u"1/1/0"_s);
        QCOMPARE(text(categoryOf(dcm, u"MED_CONTROL"_s)), u"0/0/1"_s);
    }

    void lateIsTheQueuesBreachList()
    {
        Fixture f(u"complaint_stats_late"_s);
        f.takeThemAll();
        const qint64 dic = f.division(u"DIC"_s);
        const FixedClock clock(Now.toUTC());
        const QList<ComplaintQueueRow> breachList =
            ComplaintRepository(f.t.db(), clock).breachList(f.counter, 0, calendar(), Now.toUTC());
        QCOMPARE(f.figures(0).total.late, int(breachList.size()));
        QCOMPARE(f.figures(dic).total.late, int(ComplaintRepository(f.t.db(), clock)
                                                     .breachList(f.counter, dic, calendar(), Now.toUTC())
                                                     .size()));
    }

    void theOtherMutuelleSeesOnlyItsOwn()
    {
        Fixture f(u"complaint_stats_bounds"_s);
        f.takeThemAll();
        Session omfam = f.t.createAgentSession(u"counter.omfam2"_s, u"OMFAM"_s, u"COUNTER"_s);
        QVERIFY(omfam.setActivePurpose(u"CPL"_s));
        const ComplaintFigures theirs = f.figures(0, &omfam);
        // E only: REIMB_DELAY by post on Mon 2 Nov, resolution due Tue 17 (Fri 6 off), both late.
        QCOMPARE(text(theirs.total), u"1/1/1"_s);
        QCOMPARE(text(categoryOf(theirs, u"REIMB_DELAY"_s)), u"1/1/1"_s);
        for (const MonthFigures &m : theirs.months)
            QCOMPARE(m.closed, 0);
        // The CNOPS sees every mutuelle's, as its queues do: MGPAP's 6/3/4 and OMFAM's 1/1/1.
        Session cnops = f.t.createAgentSession(u"counter.cnops"_s, u"CNOPS"_s, u"COUNTER"_s);
        QVERIFY(cnops.setActivePurpose(u"CPL"_s));
        QCOMPARE(text(f.figures(0, &cnops).total), u"7/4/5"_s);
    }

    void readUnderCplAndLegOnly()
    {
        Fixture f(u"complaint_stats_refused"_s);
        f.takeThemAll();
        Session legal = f.t.createAgentSession(u"legal"_s, u"MGPAP"_s, u"LEGAL"_s);
        QVERIFY(legal.setActivePurpose(u"LEG"_s));
        QCOMPARE(text(f.figures(0, &legal).total), u"6/3/4"_s);
        Session depositor = f.counter;
        QVERIFY(depositor.setActivePurpose(u"AMO"_s));
        expectRefused([&] { f.figures(0, &depositor); });
        Session registrar = f.counter;
        QVERIFY(registrar.setActivePurpose(u"REG"_s));
        expectRefused([&] { f.figures(0, &registrar); });
    }

    void nothingYet()
    {
        Fixture f(u"complaint_stats_empty"_s);
        const ComplaintFigures none = f.figures(0);
        QCOMPARE(text(none.total), u"0/0/0"_s);
        QCOMPARE(none.byCategory.size(), 8);
        QCOMPARE(none.byChannel.size(), 5);
        QCOMPARE(none.months.size(), 12);
    }
};

QTEST_GUILESS_MAIN(TestComplaintStatistics)
#include "tst_complaintstatistics.moc"
