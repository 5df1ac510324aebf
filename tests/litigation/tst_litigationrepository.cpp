#include "ExpectError.h"
#include "TestDatabase.h"
#include "data/common/CalendarRepository.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/DossierRepository.h"
#include "data/litigation/LitigationRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QDebug>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

// Monday 23 November 2026, 10:00 in Rabat (09:00 UTC).
const FixedClock &testClock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    return fixed;
}

QDateTime rabat(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone(QByteArrayLiteral("Africa/Casablanca")));
}

// A MGPAP member with a dossier of his own, who complained by post; a jurist of the mutuelle
// (role LEGAL: CPL and LEG).
struct Fixture
{
    explicit Fixture(const QString &name) : t(name)
    {
        legal = t.createAgentSession(u"jurist"_s, u"MGPAP"_s, u"LEGAL"_s);
        Session registrar = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        QVERIFY(registrar.setActivePurpose(u"REG"_s));
        Person m;
        m.lastName = u"Bennani"_s;
        m.firstName = u"Karim"_s;
        m.immatriculation = u"730000001"_s;
        m.birthDate = QDate(1970, 1, 1);
        m.sex = u"M"_s;
        memberId = PersonRepository(t.db(), testClock()).create(registrar, m);
        Session depositor = registrar;
        QVERIFY(depositor.setActivePurpose(u"AMO"_s));
        dossierId = DossierRepository(t.db(), testClock()).deposit(depositor, {memberId, u"D-900"_s,
                                                                               QDate(2026, 11, 2), {}}).id;
        Session cpl = legal;
        QVERIFY(cpl.setActivePurpose(u"CPL"_s));
        ComplaintIntake intake;
        intake.channel = ComplaintChannel::Post;
        intake.receivedAt = rabat(QDate(2026, 11, 20), 9);
        intake.personId = memberId;
        intake.categoryCode = u"REIMB_AMOUNT"_s;
        intake.description = u"Je conteste le montant remboursé."_s;
        intake.dossierNumbers = {u"D-900"_s};
        const Complaint k = ComplaintRepository(t.db(), testClock()).intake(cpl, intake);
        complaintId = k.id;
        complaintNumber = k.number;
        QVERIFY(legal.setActivePurpose(u"LEG"_s));
        calendar = CalendarRepository(t.db()).calendar();
    }

    LitigationRepository repo() { return LitigationRepository(t.db(), testClock()); }

    NewLitigationCase fromComplaint()
    {
        return {complaintNumber, {}, u"Tribunal administratif de Rabat"_s, u"1234/7110/2026"_s,
                u"M. Karim Bennani c/ MGPAP\nMe Alaoui pour le demandeur"_s, u"Contestation d'un remboursement"_s};
    }

    int count(const QString &sql, const QVariantList &values = {})
    {
        return Sql::scalar(t.db(), sql, values).toInt();
    }

    TestDatabase t;
    Session legal;
    qint64 memberId = 0;
    qint64 dossierId = 0;
    qint64 complaintId = 0;
    QString complaintNumber;
    BusinessCalendar calendar;
};

} // namespace

class TestLitigationRepository : public QObject
{
    Q_OBJECT

private slots:
    // The complaint becomes a case: the complaint's requester is the person, the case is numbered,
    // a legal hold stands on the person, and it is all in the audit log.
    void aComplaintBecomesACaseAndHoldsThePerson()
    {
        Fixture f(u"lit_open"_s);
        QVERIFY(!f.repo().isHeld(f.memberId));
        const LitigationCase c = f.repo().open(f.legal, f.fromComplaint());
        QCOMPARE(c.personId, f.memberId);
        QCOMPARE(c.personName, u"Bennani Karim"_s);
        QCOMPARE(c.complaintNumber, f.complaintNumber);
        QVERIFY(c.number.startsWith(u"C-MGPAP-2026-"_s));
        QVERIFY(c.open);
        QCOMPARE(c.parties, u"M. Karim Bennani c/ MGPAP\nMe Alaoui pour le demandeur"_s);
        QVERIFY(f.repo().isHeld(f.memberId));
        const QList<LegalHold> holds = f.repo().holdsOn(f.memberId);
        QCOMPARE(holds.size(), 1);
        QCOMPARE(holds.first().kind, u"litigation"_s);
        QCOMPARE(holds.first().sourceId, c.id);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'litigation-case' AND action = 'create' "
                         "AND person_id = ?"_s, {QString::number(f.memberId)}),
                 1);
        f.repo().load(f.legal, c.id);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'litigation-case' AND action = 'read'"_s), 1);
        QCOMPARE(f.repo().openCases(f.legal).size(), 1);

        // By immatriculation too; the same court's case number twice is refused.
        NewLitigationCase direct = f.fromComplaint();
        direct.complaintNumber.clear();
        direct.immatriculation = u"730000001"_s;
        expectRefused([&] { f.repo().open(f.legal, direct); }, u"already recorded"_s);
        direct.caseNumber = u"88/2026"_s;
        QCOMPARE(f.repo().open(f.legal, direct).personId, f.memberId);
        QCOMPARE(f.repo().holdsOn(f.memberId).size(), 2);
    }

    void badInputIsRefusedAndWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("no court") << u"court"_s << u"   "_s << u"court"_s;
        QTest::newRow("no case number") << u"caseNumber"_s << QString() << u"case number"_s;
        QTest::newRow("no parties") << u"parties"_s << QString() << u"parties"_s;
        QTest::newRow("huge parties") << u"parties"_s << QString(20000, u'x') << u"at most"_s;
        QTest::newRow("unknown complaint") << u"complaintNumber"_s << u"R-MGPAP-2026-999999' OR '1'='1"_s
                                           << u"No complaint"_s;
        QTest::newRow("no one") << u"complaintNumber"_s << QString() << u"immatriculation"_s;
    }

    void badInputIsRefusedAndWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, message);
        Fixture f(u"lit_bad"_s);
        NewLitigationCase request = f.fromComplaint();
        if (field == u"court"_s) request.court = value;
        if (field == u"caseNumber"_s) request.caseNumber = value;
        if (field == u"parties"_s) request.parties = value;
        if (field == u"complaintNumber"_s) request.complaintNumber = value;
        expectRefused([&] { f.repo().open(f.legal, request); }, message);
        QCOMPARE(f.count(u"SELECT count(*) FROM litigation_cases"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM legal_holds"_s), 0);
    }

    void onlyLegHandlesCasesOfItsOwnMutuelle()
    {
        Fixture f(u"lit_purpose"_s);
        const LitigationCase c = f.repo().open(f.legal, f.fromComplaint());
        Session cpl = f.legal;
        QVERIFY(cpl.setActivePurpose(u"CPL"_s));
        expectRefused([&] { f.repo().open(cpl, f.fromComplaint()); }, u"LEG"_s);
        expectRefused([&] { f.repo().load(cpl, c.id); }, u"LEG"_s);
        Session other = f.t.createAgentSession(u"other"_s, u"MGEN"_s, u"LEGAL"_s);
        QVERIFY(other.setActivePurpose(u"LEG"_s));
        expectRefused([&] { f.repo().load(other, c.id); }, u"not yours"_s);
        expectRefused([&] { f.repo().open(other, f.fromComplaint()); }, u"No complaint"_s);
        QVERIFY(f.repo().openCases(other).isEmpty());
    }

    // While the case is open, the database refuses to delete the person, the person's dossiers
    // and complaints, whoever asks; once the case is closed, the hold is lifted.
    void theHoldBlocksDeletionUntilTheCaseCloses()
    {
        Fixture f(u"lit_hold"_s);
        const LitigationCase c = f.repo().open(f.legal, f.fromComplaint());
        const auto refusedDelete = [&](const QString &sql, qint64 id) {
            Transaction transaction(f.t.db());
            try {
                Sql::run(f.t.db(), sql, {id});
            } catch (const DatabaseError &error) {
                if (!error.detail().contains(u"legal hold"_s))
                    qWarning() << error.fullMessage();
                return error.detail().contains(u"legal hold"_s);
            }
            return false;
        };
        // The dependents first, so that only the hold can stop the deletion (rolled back).
        const auto deleteDossier = [&] {
            Transaction transaction(f.t.db());
            for (const QString &sql : {u"DELETE FROM dossier_lines WHERE dossier_id = ?"_s,
                                       u"DELETE FROM dossier_events WHERE dossier_id = ?"_s,
                                       u"DELETE FROM line_reviews WHERE dossier_id = ?"_s,
                                       u"DELETE FROM complaint_dossiers WHERE dossier_id = ?"_s})
                Sql::run(f.t.db(), sql, {f.dossierId});
            Sql::run(f.t.db(), u"DELETE FROM dossiers WHERE id = ?"_s, {f.dossierId});
        };
        QVERIFY(refusedDelete(u"DELETE FROM persons WHERE id = ?"_s, f.memberId));
        QVERIFY(refusedDelete(u"DELETE FROM dossiers WHERE id = ?"_s, f.dossierId));
        QVERIFY(refusedDelete(u"DELETE FROM complaints WHERE id = ?"_s, f.complaintId));
        expectError(deleteDossier, u"legal hold"_s);

        expectRefused([&] { f.repo().close(f.legal, c.id, c.version, u"  "_s); }, u"outcome"_s);
        QVERIFY(f.repo().isHeld(f.memberId));
        const LitigationCase closed = f.repo().close(f.legal, c.id, c.version, u"Jugement : demande rejetée."_s);
        QVERIFY(!closed.open);
        QVERIFY(closed.closedAt.isValid());
        QVERIFY(!f.repo().isHeld(f.memberId));
        QCOMPARE(f.count(u"SELECT count(*) FROM legal_holds WHERE lifted_at IS NOT NULL AND lifted_by = 'jurist'"_s), 1);
        deleteDossier(); // no hold stops it now (and the transaction rolls it back)
        QVERIFY(f.repo().openCases(f.legal).isEmpty());
        // A closed case takes no more changes.
        expectError([&] { f.repo().close(f.legal, c.id, closed.version, u"again"_s); }, u"meanwhile"_s);
    }

    // Hearings on business days only; a reminder within the hearing's reminder days; a past one
    // stays among the reminders until its outcome is recorded.
    void hearingsAndTheirReminders()
    {
        Fixture f(u"lit_hearings"_s);
        LitigationCase c = f.repo().open(f.legal, f.fromComplaint());
        expectRefused([&] { f.repo().addHearing(f.legal, c.id, c.version, rabat(QDate(2026, 11, 28), 9), {}, 3,
                                                f.calendar); },
                      u"not a business day"_s); // a Saturday
        expectRefused([&] { f.repo().addHearing(f.legal, c.id, c.version, rabat(QDate(2027, 1, 11), 9), {}, 3,
                                                f.calendar); },
                      u"not a business day"_s); // Manifesto of Independence
        expectRefused([&] { f.repo().addHearing(f.legal, c.id, c.version, rabat(QDate(2040, 1, 9), 9), {}, 3,
                                                f.calendar); },
                      u"five years"_s);
        expectRefused([&] { f.repo().addHearing(f.legal, c.id, c.version, QDateTime(), {}, 3, f.calendar); },
                      u"date"_s);
        expectRefused([&] { f.repo().addHearing(f.legal, c.id, c.version, rabat(QDate(2026, 11, 25), 9), {}, -1,
                                                f.calendar); },
                      u"0 to 60"_s);
        // Wednesday 25th: 2 business days away, reminded 3 before → reminded now.
        c = f.repo().addHearing(f.legal, c.id, c.version, rabat(QDate(2026, 11, 25), 9), u"Plaidoiries"_s, 3,
                                f.calendar);
        // Monday 7 December: 10 business days away, reminded 3 before → not yet.
        c = f.repo().addHearing(f.legal, c.id, c.version, rabat(QDate(2026, 12, 7), 9), u"Délibéré"_s, 3, f.calendar);
        // Friday 20th, past, without an outcome → reminded until recorded.
        c = f.repo().addHearing(f.legal, c.id, c.version, rabat(QDate(2026, 11, 20), 11), u"Mise en état"_s, 3,
                                f.calendar);
        QCOMPARE(c.hearings.size(), 3);
        QCOMPARE(c.hearings.first().purpose, u"Mise en état"_s); // by date

        QList<HearingReminder> reminders = f.repo().reminders(f.legal, f.calendar, testClock().nowUtc());
        QCOMPARE(reminders.size(), 2);
        QCOMPARE(reminders.at(0).purpose, u"Mise en état"_s);
        QVERIFY(reminders.at(0).outcomeMissing);
        QCOMPARE(reminders.at(0).businessDaysLeft, -1);
        QCOMPARE(reminders.at(1).purpose, u"Plaidoiries"_s);
        QVERIFY(!reminders.at(1).outcomeMissing);
        QCOMPARE(reminders.at(1).businessDaysLeft, 2);
        QCOMPARE(reminders.at(1).courtCaseNumber, u"1234/7110/2026"_s);

        const qint64 past = c.hearings.at(0).id;
        const qint64 future = c.hearings.at(1).id;
        expectRefused([&] { f.repo().recordHearingOutcome(f.legal, c.id, c.version, future, u"x"_s); },
                      u"taken place"_s);
        expectRefused([&] { f.repo().recordHearingOutcome(f.legal, c.id, c.version, 999999, u"x"_s); },
                      u"Choose a hearing"_s);
        expectError([&] { f.repo().recordHearingOutcome(f.legal, c.id, c.version - 1, past, u"x"_s); },
                    u"meanwhile"_s);
        c = f.repo().recordHearingOutcome(f.legal, c.id, c.version, past, u"Renvoi au 25 novembre"_s);
        QCOMPARE(c.hearings.first().outcome, u"Renvoi au 25 novembre"_s);
        reminders = f.repo().reminders(f.legal, f.calendar, testClock().nowUtc());
        QCOMPARE(reminders.size(), 1);
        QCOMPARE(reminders.first().purpose, u"Plaidoiries"_s);
        // Once the case is closed, its hearings are no longer reminded.
        f.repo().close(f.legal, c.id, c.version, u"Désistement"_s);
        QVERIFY(f.repo().reminders(f.legal, f.calendar, testClock().nowUtc()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLitigationRepository)
#include "tst_litigationrepository.moc"
