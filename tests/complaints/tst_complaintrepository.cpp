#include "ExpectError.h"
#include "TestDatabase.h"
#include "core/BusinessCalendar.h"
#include "data/complaints/ComplaintQueueModel.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/common/Sql.h"

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

QDateTime rabat(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(QByteArrayLiteral("Africa/Casablanca")));
}

// A MGPAP member and his child, a dossier of the child, a counter agent under CPL.
struct Fixture
{
    explicit Fixture(const QString &name) : t(name)
    {
        counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        Session registrar = counter;
        QVERIFY(registrar.setActivePurpose(u"REG"_s));
        PersonRepository persons(t.db(), testClock());
        Person m;
        m.lastName = u"El Amrani"_s;
        m.firstName = u"Nadia"_s;
        m.immatriculation = u"710000001"_s;
        m.birthDate = QDate(1975, 4, 4);
        m.sex = u"F"_s;
        memberId = persons.create(registrar, m);
        Person c = m;
        c.firstName = u"Yassine"_s;
        c.immatriculation = u"710000001-01"_s;
        c.birthDate = QDate(2010, 6, 6);
        c.sex = u"M"_s;
        c.relation = u"child"_s;
        c.memberId = memberId;
        childId = persons.create(registrar, c);
        Session depositor = counter;
        QVERIFY(depositor.setActivePurpose(u"AMO"_s));
        DossierRepository(t.db(), testClock()).deposit(depositor, {childId, u"D-555"_s, QDate(2026, 11, 2), {}});
        QVERIFY(counter.setActivePurpose(u"CPL"_s));
    }

    ComplaintRepository repo() { return ComplaintRepository(t.db(), testClock()); }

    ComplaintIntake about(const QString &category = u"REIMB_DELAY"_s)
    {
        ComplaintIntake intake;
        intake.channel = ComplaintChannel::Post;
        intake.receivedAt = rabat(23, 9, 30);
        intake.requester = RequesterKind::Member;
        intake.personId = memberId;
        intake.requesterContact = u"0612345678"_s;
        intake.categoryCode = category;
        intake.description = u"Mon dossier D-555 n'est toujours pas remboursé."_s;
        intake.dossierNumbers = {u"d-555"_s};
        return intake;
    }

    int count(const QString &sql, const QVariantList &values = {})
    {
        return Sql::scalar(t.db(), sql, values).toInt();
    }

    TestDatabase t;
    Session counter;
    qint64 memberId = 0;
    qint64 childId = 0;
};

} // namespace

class TestComplaintRepository : public QObject
{
    Q_OBJECT

private slots:
    void theCategoriesNameTheirDivisionAndServiceLevels()
    {
        Fixture f(u"complaint_categories"_s);
        const QList<ComplaintCategory> categories = f.repo().categories();
        QCOMPARE(categories.size(), 8);
        const auto find = [&](const QString &code) {
            for (const ComplaintCategory &c : categories)
                if (c.code == code)
                    return c;
            return ComplaintCategory{};
        };
        QCOMPARE(find(u"REIMB_DELAY"_s).divisionCode, u"DLP"_s);
        QCOMPARE(find(u"MED_CONTROL"_s).divisionCode, u"DCM"_s);
        QCOMPARE(find(u"REGISTRATION"_s).divisionCode, u"DIC"_s);
        QCOMPARE(find(u"RECEPTION"_s).divisionCode, u"DAJ"_s);
        QCOMPARE(find(u"RECEPTION"_s).firstResponse.unit, ServiceLevel::Unit::BusinessHours);
        QCOMPARE(find(u"RECEPTION"_s).firstResponse.amount, 4);
        QVERIFY(!find(u"OTHER"_s).nameAr.isEmpty());
    }

    void intakeRecordsEverythingInOneGo()
    {
        Fixture f(u"complaint_intake"_s);
        ComplaintIntake intake = f.about();
        intake.attachments = {{u"lettre.pdf"_s, QByteArray("%PDF-1.4 lettre"), 0},
                              {u"رسالة.jpg"_s, QByteArray(3000, 'x'), 0}};
        const Complaint k = f.repo().intake(f.counter, intake);
        QVERIFY(k.number.startsWith(u"R-MGPAP-2026-"_s));
        QCOMPARE(k.status, ComplaintStatus::Open);
        QCOMPARE(k.channel, ComplaintChannel::Post);
        QCOMPARE(k.receivedAt, rabat(23, 9, 30).toUTC());
        QCOMPARE(k.requesterName, u"El Amrani Nadia"_s); // from the file, not typed
        QCOMPARE(k.category.divisionCode, u"DLP"_s);
        QCOMPARE(k.dossierNumbers, QStringList{u"D-555"_s});
        QCOMPARE(k.attachments.size(), 2);
        QCOMPARE(k.attachments.at(1).fileName, u"رسالة.jpg"_s);
        QCOMPARE(k.attachments.at(1).size, qint64(3000));
        QCOMPARE(f.repo().attachmentContent(f.counter, k.id, u"lettre.pdf"_s), QByteArray("%PDF-1.4 lettre"));
        QCOMPARE(k.timeline.size(), 1);
        QCOMPARE(k.timeline.first().kind, u"intake"_s);
        QCOMPARE(k.timeline.first().agent, u"counter"_s);
        QCOMPARE(k.timeline.first().purpose, u"CPL"_s);
        // Audited: the intake, and the read of the attachment, both under the member's file.
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND action = 'create' "
                         "AND person_id = ?"_s,
                         {f.memberId}),
                 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'complaint-attachment' AND action = 'read'"_s),
                 1);
        f.repo().load(f.counter, k.id);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND action = 'read'"_s), 1);
    }

    void someoneNotOnFileAndABeneficiary()
    {
        Fixture f(u"complaint_requesters"_s);
        ComplaintIntake other = f.about(u"RECEPTION"_s);
        other.requester = RequesterKind::Other;
        other.personId = 0;
        other.requesterName = u"  Mme   O'Neil  "_s;
        other.dossierNumbers.clear();
        const Complaint k = f.repo().intake(f.counter, other);
        QCOMPARE(k.requesterName, u"Mme O'Neil"_s);
        QCOMPARE(k.personId, qint64(0));
        ComplaintIntake child = f.about();
        child.requester = RequesterKind::Beneficiary;
        child.personId = f.childId;
        QCOMPARE(f.repo().intake(f.counter, child).requesterName, u"El Amrani Yassine"_s);
    }

    void badInputIsRefusedAndNothingIsWritten()
    {
        Fixture f(u"complaint_refused"_s);
        ComplaintRepository repo = f.repo();
        const auto refusedWith = [&](const std::function<void(ComplaintIntake &)> &spoil) {
            ComplaintIntake intake = f.about();
            spoil(intake);
            expectRefused([&] { repo.intake(f.counter, intake); });
        };
        refusedWith([](ComplaintIntake &i) { i.receivedAt = QDateTime(); });
        refusedWith([](ComplaintIntake &i) { i.receivedAt = rabat(24, 9); });                   // tomorrow
        refusedWith([](ComplaintIntake &i) { i.receivedAt = rabat(23, 9).addYears(-2); });     // two years ago
        refusedWith([](ComplaintIntake &i) { i.description = u"   "_s; });
        refusedWith([](ComplaintIntake &i) { i.description = QString(10001, u'a'); });
        refusedWith([](ComplaintIntake &i) { i.categoryCode = u"'; DROP TABLE complaints; --"_s; });
        refusedWith([](ComplaintIntake &i) { i.dossierNumbers = {u"D-999"_s}; });               // not a dossier
        refusedWith([](ComplaintIntake &i) { i.requester = RequesterKind::Beneficiary; });      // she is a member
        refusedWith([](ComplaintIntake &i) { i.personId = 999999; });
        refusedWith([](ComplaintIntake &i) {
            i.requester = RequesterKind::Other;
            i.personId = 0;
            i.requesterName.clear();
        });
        refusedWith([](ComplaintIntake &i) { i.attachments = {{u"vide.pdf"_s, {}, 0}}; });
        refusedWith([](ComplaintIntake &i) { i.attachments = {{u""_s, QByteArray("x"), 0}}; });
        refusedWith([](ComplaintIntake &i) {
            i.attachments = {{u"grand.pdf"_s, QByteArray(ComplaintRepository::MaxAttachmentBytes + 1, 'x'), 0}};
        });
        // Under another purpose than CPL.
        Session liquidator = f.counter;
        QVERIFY(liquidator.setActivePurpose(u"AMO"_s));
        expectRefused([&] { repo.intake(liquidator, f.about()); });
        QCOMPARE(f.count(u"SELECT count(*) FROM complaints"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM complaint_attachments"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM complaint_events"_s), 0);
    }

    void anotherMutuelleNeitherSeesNorTouchesIt()
    {
        Fixture f(u"complaint_bounds"_s);
        const Complaint k = f.repo().intake(f.counter, f.about());
        Session omfam = f.t.createAgentSession(u"counter.omfam"_s, u"OMFAM"_s, u"COUNTER"_s);
        QVERIFY(omfam.setActivePurpose(u"CPL"_s));
        expectRefused([&] { f.repo().load(omfam, k.id); });
        expectRefused([&] { f.repo().addNote(omfam, k.id, k.version, u"x"_s, true); });
        ComplaintIntake theirs = f.about();
        expectRefused([&] { f.repo().intake(omfam, theirs); }); // a MGPAP member
        Session legal = f.t.createAgentSession(u"legal"_s, u"MGPAP"_s, u"LEGAL"_s);
        QVERIFY(legal.setActivePurpose(u"LEG"_s));
        QCOMPARE(f.repo().load(legal, k.id).number, k.number); // litigation reads
        expectRefused([&] { f.repo().addNote(legal, k.id, k.version, u"x"_s, true); });
    }

    void theClockPausesWhileTheComplaintWaitsForTheMember()
    {
        Fixture f(u"complaint_clock"_s);
        ComplaintRepository repo = f.repo();
        Complaint k = repo.intake(f.counter, f.about());
        BusinessCalendar calendar; // no holiday in the days of this test
        // Two business days from Monday 09:30: the close of Wednesday.
        ServiceClockReading reading = ComplaintRepository::firstResponseClock(k, calendar, rabat(23, 10));
        QCOMPARE(reading.deadline, rabat(25, 16, 30));
        QCOMPARE(reading.stage, ServiceClockReading::Stage::OnTime);
        expectRefused([&] { repo.pause(f.counter, k.id, k.version, u"  "_s); });
        k = repo.pause(f.counter, k.id, k.version, u"Copie de l'ordonnance demandée"_s);
        QCOMPARE(k.status, ComplaintStatus::Waiting);
        QCOMPARE(k.pauses.size(), 1);
        QVERIFY(!k.pauses.first().until.isValid());
        expectRefused([&] { repo.pause(f.counter, k.id, k.version, u"encore"_s); });
        expectError(DatabaseError::Kind::Conflict, [&] { repo.resume(f.counter, k.id, k.version - 1); });
        k = repo.resume(f.counter, k.id, k.version);
        QCOMPARE(k.status, ComplaintStatus::Open);
        QVERIFY(k.pauses.first().until.isValid());
        expectRefused([&] { repo.resume(f.counter, k.id, k.version); });
        // The pause of the test clock lasts no time; one of a whole working day moves the deadline by one.
        k.pauses = {{rabat(24, 8, 30), rabat(24, 16, 30)}};
        reading = ComplaintRepository::firstResponseClock(k, calendar, rabat(26, 12));
        QCOMPARE(reading.deadline, rabat(26, 16, 30));
        QCOMPARE(reading.stage, ServiceClockReading::Stage::ThreeQuartersUsed);
        QStringList kinds;
        for (const ComplaintEvent &e : k.timeline)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{u"intake"_s, u"pause"_s, u"resume"_s}));
        QCOMPARE(k.timeline.at(1).text, u"Copie de l'ordonnance demandée"_s);
    }

    void queuesPerDivisionTakingAndEscalation()
    {
        Fixture f(u"complaint_queues"_s);
        ComplaintRepository repo = f.repo();
        const auto division = [&](const QString &code) {
            for (const auto &[id, c] : repo.divisions())
                if (c == code)
                    return id;
            return qint64(0);
        };
        const qint64 dlp = division(u"DLP"_s);
        const qint64 dcm = division(u"DCM"_s);
        QVERIFY(dlp > 0 && dcm > 0);
        ComplaintIntake older = f.about(u"REIMB_DELAY"_s);
        older.receivedAt = rabat(20, 11);
        ComplaintIntake newer = f.about(u"REIMB_AMOUNT"_s);
        newer.receivedAt = rabat(23, 9);
        ComplaintIntake other = f.about(u"REGISTRATION"_s);
        const qint64 newerId = repo.intake(f.counter, newer).id;
        const qint64 olderId = repo.intake(f.counter, older).id;
        repo.intake(f.counter, other);

        QList<ComplaintQueueRow> queue = repo.queuePage(f.counter, dlp, false, {}, 0, 10);
        QCOMPARE(queue.size(), 2);
        QCOMPARE(queue.at(0).id, olderId); // oldest first
        QCOMPARE(queue.at(1).id, newerId);
        QCOMPARE(repo.queuePage(f.counter, 0, false, {}, 0, 10).size(), 3);
        QCOMPARE(repo.queuePage(f.counter, dlp, false, queue.at(0).receivedAt, queue.at(0).id, 10).size(), 1);

        QCOMPARE(repo.takeNext(f.counter, dlp), std::optional<qint64>(olderId));
        QCOMPARE(repo.takeNext(f.counter, dlp), std::optional<qint64>(newerId));
        QVERIFY(!repo.takeNext(f.counter, dlp)); // nothing left to take
        QCOMPARE(repo.queuePage(f.counter, 0, true, {}, 0, 10).size(), 2); // the agent's own
        QCOMPARE(repo.queuePage(f.counter, dlp, false, {}, 0, 10).at(0).assignedTo, u"counter"_s);

        Complaint k = repo.load(f.counter, olderId);
        expectRefused([&] { repo.escalate(f.counter, k.id, k.version, dcm, u" "_s); });
        expectRefused([&] { repo.escalate(f.counter, k.id, k.version, dlp, u"déjà là"_s); });
        expectRefused([&] { repo.escalate(f.counter, k.id, k.version, 999999, u"nulle part"_s); });
        k = repo.escalate(f.counter, k.id, k.version, dcm, u"Avis du médecin-conseil nécessaire"_s);
        QCOMPARE(k.divisionId, dcm);
        QCOMPARE(k.timeline.last().kind, u"assign"_s);
        QVERIFY(k.timeline.last().text.contains(u"DCM"_s));
        const QList<ComplaintQueueRow> atDcm = repo.queuePage(f.counter, dcm, false, {}, 0, 10);
        QCOMPARE(atDcm.size(), 1);
        QVERIFY(atDcm.first().assignedTo.isEmpty()); // the new division takes it from its queue
        QCOMPARE(repo.takeNext(f.counter, dcm), std::optional<qint64>(olderId));
        Session legal = f.t.createAgentSession(u"legal"_s, u"MGPAP"_s, u"LEGAL"_s);
        QVERIFY(legal.setActivePurpose(u"LEG"_s));
        expectRefused([&] { repo.takeNext(legal, dlp); });
    }

    void theBreachListAndTheQueueModel()
    {
        Fixture f(u"complaint_breaches"_s);
        ComplaintRepository repo = f.repo();
        ComplaintIntake late = f.about(u"REIMB_DELAY"_s); // resolution in 10 business days
        late.receivedAt = rabat(2, 9);
        const qint64 lateId = repo.intake(f.counter, late).id;
        for (int i = 0; i < 150; ++i) {
            ComplaintIntake recent = f.about(u"OTHER"_s);
            recent.dossierNumbers.clear();
            recent.receivedAt = rabat(23, 8, 30).addSecs(i);
            repo.intake(f.counter, recent);
        }
        BusinessCalendar calendar;
        const QList<ComplaintQueueRow> breached = repo.breachList(f.counter, 0, calendar, testClock().nowUtc());
        QCOMPARE(breached.size(), 1);
        QCOMPARE(breached.first().id, lateId);

        ComplaintQueueModel model(f.t.db(), f.counter, calendar, testClock());
        model.setQueue(0, false);
        QCOMPARE(model.rowCount(), ComplaintQueueModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 151);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.complaintId(0), lateId);
        QCOMPARE(model.index(0, ComplaintQueueModel::Number).data(ComplaintQueueModel::StageRole).toInt(),
                 int(ServiceClockReading::Stage::Breached));
        QVERIFY(model.index(0, ComplaintQueueModel::Resolution).data().toString().startsWith(u"Late by"_s));
        QCOMPARE(model.index(1, 0).data(ComplaintQueueModel::StageRole).toInt(),
                 int(ServiceClockReading::Stage::OnTime));
        QVERIFY(model.index(1, ComplaintQueueModel::FirstResponse).data().toString().endsWith(u"left"_s));
    }

    void answeredClosedAndReopened()
    {
        Fixture f(u"complaint_close"_s);
        ComplaintRepository repo = f.repo();
        Complaint k = repo.intake(f.counter, f.about());
        expectRefused([&] { repo.reopen(f.counter, k.id, k.version, u"pourquoi"_s); }); // not closed
        expectRefused([&] { repo.answer(f.counter, k.id, k.version, u"   "_s); });
        k = repo.pause(f.counter, k.id, k.version, u"Pièce manquante"_s);
        expectRefused([&] { repo.answer(f.counter, k.id, k.version, u"Réponse"_s); }); // waiting
        k = repo.resume(f.counter, k.id, k.version);
        k = repo.answer(f.counter, k.id, k.version, u"Votre dossier a été liquidé le 20/11."_s);
        QCOMPARE(k.status, ComplaintStatus::Answered);
        QCOMPARE(k.firstResponseAt, testClock().nowUtc());
        // Once answered, the first-response clock stands where it stopped, whatever the time now.
        BusinessCalendar calendar;
        QCOMPARE(ComplaintRepository::firstResponseClock(k, calendar, rabat(30, 16)).stage,
                 ServiceClockReading::Stage::OnTime);
        expectRefused([&] { repo.close(f.counter, k.id, k.version, u""_s); });
        expectError(DatabaseError::Kind::Conflict, [&] { repo.close(f.counter, k.id, k.version - 1, u"Résolu"_s); });
        k = repo.close(f.counter, k.id, k.version, u"Remboursé le 20/11, virement reçu."_s);
        QCOMPARE(k.status, ComplaintStatus::Closed);
        QCOMPARE(k.closedAt, testClock().nowUtc());
        QCOMPARE(k.resolution, u"Remboursé le 20/11, virement reçu."_s);
        expectRefused([&] { repo.close(f.counter, k.id, k.version, u"encore"_s); });
        QCOMPARE(ComplaintRepository::resolutionClock(k, calendar, rabat(30, 16)).stage,
                 ServiceClockReading::Stage::OnTime); // stopped at the closing
        QVERIFY(repo.queuePage(f.counter, 0, false, {}, 0, 10).isEmpty()); // out of the queues
        k = repo.reopen(f.counter, k.id, k.version, u"Le virement est revenu"_s);
        QCOMPARE(k.status, ComplaintStatus::Answered);
        QVERIFY(!k.closedAt.isValid());
        QCOMPARE(k.reopened, 1);
        QCOMPARE(repo.queuePage(f.counter, 0, false, {}, 0, 10).size(), 1);
        QStringList kinds;
        for (const ComplaintEvent &e : k.timeline)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{u"intake"_s, u"pause"_s, u"resume"_s, u"answer"_s, u"close"_s, u"reopen"_s}));
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'complaint' AND action IN "
                         "('answer', 'close', 'reopen')"_s),
                 3);
    }

    void internalNotesStayApart()
    {
        Fixture f(u"complaint_notes"_s);
        ComplaintRepository repo = f.repo();
        Complaint k = repo.intake(f.counter, f.about());
        k = repo.addNote(f.counter, k.id, k.version, u"Le service liquidation relance le lot."_s, true);
        k = repo.addNote(f.counter, k.id, k.version, u"Votre dossier est en cours."_s, false);
        expectRefused([&] { repo.addNote(f.counter, k.id, k.version, u" "_s, true); });
        QCOMPARE(k.timeline.size(), 3);
        QVERIFY(k.timeline.at(1).internal);
        QVERIFY(!k.timeline.at(2).internal);
        QCOMPARE(k.version, 3);
    }
};

QTEST_GUILESS_MAIN(TestComplaintRepository)
#include "tst_complaintrepository.moc"
