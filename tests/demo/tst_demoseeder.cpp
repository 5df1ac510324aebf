#include "TestDatabase.h"
#include "core/Clock.h"
#include "core/PurposeRules.h"
#include "data/common/AgentRepository.h"
#include "data/common/CalendarRepository.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/demo/DemoSeeder.h"
#include "data/dossiers/DossierQueueModel.h"
#include "data/dossiers/DossierRepository.h"
#include "data/litigation/LitigationRepository.h"
#include "data/retention/PurgeRepository.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Sql.h"
#include "security/PasswordHasher.h"
#include "ui/complaints/ComplaintLetters.h"

#include <QSet>
#include <QTest>
#include <QTextDocument>

#include <algorithm>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const PasswordHasher kHasher(PasswordHasher::Strength::Minimal);
constexpr int Families = 40;

// A demo agent signed in under `purpose`, as the login dialog makes the session.
Session demoSession(const QSqlDatabase &db, const QString &login, const QString &purpose = {})
{
    const std::optional<AgentRecord> agent = AgentRepository(db).findByLogin(login);
    if (!agent)
        return {};
    Session session;
    session.agentId = agent->id;
    session.login = agent->login;
    session.fullName = agent->fullName;
    session.organisation = agent->organisation;
    session.roleCode = agent->roleCode;
    session.roleName = agent->roleName;
    session.purposes = ReferenceRepository(db).purposesOfRole(agent->roleCode);
    if (!purpose.isEmpty() && !session.setActivePurpose(purpose))
        return {};
    return session;
}

// What the demo holds, independent of its database's ids, keys and clock: to compare two seeds.
QStringList fingerprint(const QSqlDatabase &db)
{
    QStringList lines;
    QSqlQuery p = Sql::run(db, u"SELECT immatriculation, last_name, first_name, last_name_ar, status, "
                               "COALESCE(relation_end, '') FROM persons ORDER BY immatriculation"_s);
    while (p.next())
        lines.append(u"person %1 %2 %3 %4 %5 %6"_s.arg(p.value(0).toString(), p.value(1).toString(),
                                                       p.value(2).toString(), p.value(3).toString(),
                                                       p.value(4).toString(), p.value(5).toString()));
    QSqlQuery d = Sql::run(db, u"SELECT o.code, d.regime, d.number, d.status, d.billed, p.immatriculation "
                               "FROM dossiers d JOIN organisations o ON o.id = d.organisation_id "
                               "JOIN persons p ON p.id = d.person_id ORDER BY o.code, d.regime, d.number, d.id"_s);
    while (d.next())
        lines.append(u"dossier %1 %2 %3 %4 %5 %6"_s.arg(d.value(0).toString(), d.value(1).toString(),
                                                         d.value(2).toString(), d.value(3).toString(),
                                                         d.value(4).toString(), d.value(5).toString()));
    QSqlQuery k = Sql::run(db, u"SELECT o.code, k.category_code, k.status, k.reopened, k.description "
                               "FROM complaints k JOIN organisations o ON o.id = k.organisation_id "
                               "ORDER BY o.code, k.received_at, k.description"_s);
    while (k.next())
        lines.append(u"complaint %1 %2 %3 %4 %5"_s.arg(k.value(0).toString(), k.value(1).toString(),
                                                        k.value(2).toString(), k.value(3).toString(),
                                                        k.value(4).toString()));
    QSqlQuery c =
        Sql::run(db, u"SELECT court, case_number, status FROM litigation_cases ORDER BY court, case_number"_s);
    while (c.next())
        lines.append(u"case %1 %2 %3"_s.arg(c.value(0).toString(), c.value(1).toString(), c.value(2).toString()));
    return lines;
}

} // namespace

class TestDemoSeeder : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    BusinessCalendar m_calendar;

    QSqlDatabase db() const { return m_db->db(); }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(u"demo_seeder"_s);
        QVERIFY(DemoSeeder(db()).seed(kHasher.hash(DemoSeeder::demoPassword()), Families));
        m_calendar = CalendarRepository(db()).calendar();
    }

    void cleanupTestCase() { m_db.reset(); }

    // Done once; and the same demo every time, whatever the database.
    void seedsOnceAndTheSameEveryTime()
    {
        QVERIFY(DemoSeeder::isDemoDatabase(db()));
        const QStringList before = fingerprint(db());
        QVERIFY(!DemoSeeder(db()).seed(kHasher.hash(DemoSeeder::demoPassword()), Families));
        QCOMPARE(fingerprint(db()), before);

        TestDatabase other(u"demo_seeder_again"_s);
        QVERIFY(DemoSeeder(other.db()).seed(kHasher.hash(DemoSeeder::demoPassword()), Families));
        const QStringList again = fingerprint(other.db());
        QCOMPARE(again.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            QCOMPARE(again.at(i), before.at(i));
    }

    // Every agent of the demo, under each purpose with dossier screens, finds dossiers in each
    // queue the Dossiers page offers it (the controller's three, everyone else's eight); those who
    // pay have a batch to pay; the archivists a box.
    void everyQueueOfEveryDemoAgentHasDossiers()
    {
        using S = DossierStatus;
        const QList<S> allQueues = {S::Entry,      S::Incomplete, S::Control, S::Liquidation,
                                    S::Liquidated, S::Batched,    S::Paid,    S::Rejected};
        const QList<S> controlQueues = {S::Control, S::Liquidation, S::Rejected};
        int checked = 0;
        for (const DemoSeeder::DemoAgent &agent : DemoSeeder::demoAgents()) {
            const Session signedIn = demoSession(db(), agent.login);
            QVERIFY2(signedIn.isValid(), qPrintable(agent.login));
            for (const Purpose &purpose : signedIn.purposes) {
                if (!PurposeRules::worksOnDossiers(purpose.code))
                    continue;
                Session session = signedIn;
                QVERIFY(session.setActivePurpose(purpose.code));
                DossierQueueModel model(db(), session);
                const bool controller = PurposeRules::controlsDossiers(purpose.code);
                for (S status : controller ? controlQueues : allQueues) {
                    model.setStatus(status);
                    const QString where = u"%1 under %2, queue %3: %4 dossier(s)"_s.arg(
                        agent.login, purpose.code, dossierStatusCode(status), QString::number(model.rowCount()));
                    QVERIFY2(model.rowCount() >= 3, qPrintable(where));
                    ++checked;
                }
                DossierRepository dossiers(db());
                if (!PurposeRules::dossierRegime(purpose.code).isEmpty()) {
                    QVERIFY2(!dossiers.unpaidBatches(session).isEmpty(), qPrintable(agent.login + u' ' + purpose.code));
                    QVERIFY(dossiers.waitingForLiquidation(session).count >= 3);
                }
                if (PurposeRules::archivesDossiers(purpose.code)) {
                    const QString box =
                        u"%1-%2-0001"_s.arg(session.organisation.code).arg(Clock::system().nowUtc().date().year());
                    QVERIFY2(dossiers.boxContents(session, box).size() >= 3, qPrintable(box));
                }
            }
        }
        // The two counters (AMO, STU, ARM), the two liquidators (AMO, STU) and the controller (MCM, MCC).
        QCOMPARE(checked, 2 * 3 * 8 + 2 * 2 * 8 + 2 * 3);
        // The OMFAM's counter works on the OMFAM's dossiers only.
        const Session omfam = demoSession(db(), u"guichet.omfam"_s, u"AMO"_s);
        DossierQueueModel model(db(), omfam);
        model.setStatus(S::Entry);
        const Dossier first = DossierRepository(db()).load(omfam, model.dossierId(0));
        QCOMPARE(first.organisationId, omfam.organisation.id);
    }

    // The complaints of each demo counter's mutuelle: in every state, with the notes, pauses,
    // escalation and reopening on their timelines, late ones on the breach list, and a letter for
    // each answered or closed one.
    void complaintsInEveryStateWithTheirLetters()
    {
        const QDateTime now = Clock::system().nowUtc();
        for (const QString &login : {u"guichet.demo"_s, u"guichet.omfam"_s}) {
            const Session counter = demoSession(db(), login, u"CPL"_s);
            QVERIFY(counter.isValid());
            ComplaintRepository complaints(db());
            QList<qint64> ids;
            QSqlQuery q = Sql::run(db(), u"SELECT id FROM complaints WHERE organisation_id = ? ORDER BY id"_s,
                                   {counter.organisation.id});
            while (q.next())
                ids.append(q.value(0).toLongLong());
            q.finish();
            QVERIFY2(ids.size() >= 10, qPrintable(login));

            QSet<int> statuses;
            QSet<QString> kinds;
            bool escalated = false, reopened = false, internalNote = false, resumed = false, notOnFile = false;
            int letters = 0, closings = 0;
            for (const qint64 id : std::as_const(ids)) {
                const Complaint k = complaints.load(counter, id);
                QCOMPARE(k.organisationId, counter.organisation.id);
                statuses.insert(int(k.status));
                QVERIFY(!k.timeline.isEmpty());
                QCOMPARE(k.timeline.first().kind, u"intake"_s);
                for (const ComplaintEvent &event : k.timeline) {
                    kinds.insert(event.kind);
                    internalNote = internalNote || (event.kind == u"note"_s && event.internal);
                    if (const auto letter = ComplaintLetters::forEvent(k, event, LetterLanguage::French,
                                                                       counter.organisation.name)) {
                        QVERIFY(!letter->body.isEmpty());
                        QCOMPARE(letter->number, k.number);
                        closings += letter->kind == ComplaintLetter::Kind::Closing ? 1 : 0;
                    }
                }
                escalated = escalated || k.divisionId != k.category.divisionId;
                reopened = reopened || (k.reopened > 0 && k.status != ComplaintStatus::Closed);
                resumed = resumed || std::any_of(k.pauses.cbegin(), k.pauses.cend(), [](const ClockPause &p) {
                              return p.until.isValid();
                          });
                notOnFile = notOnFile || (k.requester == RequesterKind::Other && k.personId == 0);
                if (k.status == ComplaintStatus::Closed)
                    QVERIFY(!k.resolution.isEmpty() && k.closedAt.isValid());
                if (k.status == ComplaintStatus::Answered || k.status == ComplaintStatus::Closed) {
                    QVERIFY(k.firstResponseAt.isValid());
                    const auto letter = ComplaintLetters::latest(k, LetterLanguage::Arabic, counter.organisation.name);
                    QVERIFY2(letter.has_value(), qPrintable(k.number));
                    QVERIFY(ComplaintLetters::document(*letter) != nullptr);
                    ++letters;
                }
                if (k.status == ComplaintStatus::Waiting)
                    QVERIFY(!k.pauses.isEmpty() && !k.pauses.last().until.isValid());
                if (!k.dossierNumbers.isEmpty())
                    QVERIFY(!DossierRepository(db()).findByNumber(demoSession(db(), login, u"AMO"_s),
                                                                  k.dossierNumbers.first())
                                 .isEmpty());
            }
            QCOMPARE(statuses, (QSet<int>{int(ComplaintStatus::Open), int(ComplaintStatus::Waiting),
                                          int(ComplaintStatus::Answered), int(ComplaintStatus::Closed)}));
            for (const QString &kind : {u"intake"_s, u"assign"_s, u"pause"_s, u"resume"_s, u"note"_s, u"answer"_s,
                                        u"close"_s, u"reopen"_s})
                QVERIFY2(kinds.contains(kind), qPrintable(login + u": no " + kind));
            QVERIFY(escalated);
            QVERIFY(reopened);
            QVERIFY(internalNote);
            QVERIFY(resumed);
            QVERIFY(notOnFile);
            QVERIFY(letters >= 4);
            QVERIFY(closings >= 3);

            // The queues: what is left to do, what the counter took, and what is late.
            const QList<ComplaintQueueRow> queue = complaints.queuePage(counter, 0, false, {}, 0, 100);
            QVERIFY(queue.size() >= 5);
            QVERIFY(!complaints.queuePage(counter, 0, true, {}, 0, 100).isEmpty());
            const QList<ComplaintQueueRow> late = complaints.breachList(counter, 0, m_calendar, now);
            QVERIFY2(!late.isEmpty(), qPrintable(login));
            QVERIFY(late.size() < queue.size()); // not everything is late
        }
        // The legal division reads every mutuelle's, and took one from a division's queue.
        const Session legal = demoSession(db(), u"juriste.demo"_s, u"CPL"_s);
        const QList<ComplaintQueueRow> all = ComplaintRepository(db()).queuePage(legal, 0, false, {}, 0, 100);
        QVERIFY(all.size() >= 10);
        QVERIFY(!ComplaintRepository(db()).queuePage(legal, 0, true, {}, 0, 100).isEmpty());
    }

    // The legal division's cases: open ones with hearings past and to come and their reminders,
    // the hold each places; a closed one whose hold was lifted; and an audit hold.
    void litigationCasesWithHearingsAndHolds()
    {
        const QDateTime now = Clock::system().nowUtc();
        const Session legal = demoSession(db(), u"juriste.demo"_s, u"LEG"_s);
        LitigationRepository litigation(db());
        const QList<LitigationCase> open = litigation.openCases(legal);
        QVERIFY(open.size() >= 2);
        bool fromComplaint = false, pastAndComing = false, outcome = false;
        QSet<qint64> mutuelles;
        for (const LitigationCase &summary : open) {
            const LitigationCase c = litigation.load(legal, summary.id);
            QVERIFY(c.open);
            QVERIFY(!c.hearings.isEmpty());
            mutuelles.insert(c.organisationId);
            fromComplaint = fromComplaint || !c.complaintNumber.isEmpty();
            const bool past = std::any_of(c.hearings.cbegin(), c.hearings.cend(),
                                          [&](const LitigationHearing &h) { return h.at < now; });
            const bool coming = std::any_of(c.hearings.cbegin(), c.hearings.cend(),
                                            [&](const LitigationHearing &h) { return h.at > now; });
            pastAndComing = pastAndComing || (past && coming);
            outcome = outcome || std::any_of(c.hearings.cbegin(), c.hearings.cend(),
                                             [](const LitigationHearing &h) { return !h.outcome.isEmpty(); });
            for (const LitigationHearing &h : c.hearings)
                QVERIFY(m_calendar.isBusinessDay(m_calendar.localDate(h.at)));
            const QList<LegalHold> holds = litigation.holdsOn(c.personId);
            QVERIFY(std::any_of(holds.cbegin(), holds.cend(), [&](const LegalHold &h) {
                return h.kind == u"litigation"_s && h.sourceId == c.id;
            }));
        }
        QVERIFY(fromComplaint);
        QVERIFY(pastAndComing);
        QVERIFY(outcome);
        QCOMPARE(mutuelles.size(), 2);

        const QList<HearingReminder> reminders = litigation.reminders(legal, m_calendar, now);
        QVERIFY(std::any_of(reminders.cbegin(), reminders.cend(),
                            [](const HearingReminder &r) { return r.outcomeMissing; }));
        QVERIFY(std::any_of(reminders.cbegin(), reminders.cend(),
                            [](const HearingReminder &r) { return !r.outcomeMissing && r.businessDaysLeft > 0; }));

        const QVariant closedId = Sql::scalar(db(), u"SELECT id FROM litigation_cases WHERE status = 'closed'"_s);
        QVERIFY(closedId.isValid());
        const LitigationCase closed = litigation.load(legal, closedId.toLongLong());
        QVERIFY(!closed.open && !closed.outcome.isEmpty() && !closed.hearings.isEmpty());
        const QList<LegalHold> closedHolds = litigation.holdsOn(closed.personId);
        QVERIFY(std::none_of(closedHolds.cbegin(), closedHolds.cend(), [&](const LegalHold &h) {
            return h.kind == u"litigation"_s && h.sourceId == closed.id;
        }));

        const QString auditHolds = u"SELECT count(*) FROM legal_holds WHERE kind = 'audit' AND lifted_at IS NULL"_s;
        QCOMPARE(Sql::scalar(db(), auditHolds).toInt(), 1);
    }

    // The purge's dry run, as the data-protection officer runs it today, lists former members
    // and their families, each expired by the rules; not the one under an audit hold, nor the
    // one who left two years ago, nor anyone still covered.
    void thePurgeDryRunListsFormerMembers()
    {
        const QDate today = Clock::system().nowUtc().date();
        const Session dpo = demoSession(db(), u"dpo.demo"_s, u"AUD"_s);
        QVERIFY(dpo.isValid());
        PurgeRepository purge(db());
        const QList<PurgeCandidate> candidates = purge.dryRun(dpo, today, 0, 1000);
        QVERIFY(candidates.size() >= 5);
        QCOMPARE(purge.countDue(dpo, today), qint64(candidates.size()));
        QSet<QString> organisations;
        for (const PurgeCandidate &c : candidates) {
            organisations.insert(c.organisationCode);
            QVERIFY2(c.relationEnd.isValid() && c.relationEnd < today.addYears(-5), qPrintable(c.immatriculation));
            QVERIFY(purge.retentionOf(c.personId, today).mayGo(today));
            QCOMPARE(Sql::scalar(db(), u"SELECT status FROM persons WHERE id = ?"_s, {c.personId}).toString(),
                     u"ended"_s); // a former member's family
        }
        QVERIFY(organisations.contains(u"MGPAP"_s) && organisations.contains(u"OMFAM"_s));
        // One of them had a complaint, closed long ago: it goes with them.
        QVERIFY(Sql::scalar(db(), u"SELECT count(*) FROM complaints k WHERE k.status = 'closed' AND k.person_id IN "
                                  "(SELECT id FROM persons WHERE status = 'ended')"_s)
                    .toInt()
                > 0);
        // Kept: the former member under the audit hold, and the one who left two years ago.
        const qint64 held = Sql::scalar(db(), u"SELECT person_id FROM legal_holds WHERE kind = 'audit' "
                                              "AND lifted_at IS NULL"_s)
                                .toLongLong();
        QVERIFY(held > 0);
        QVERIFY(std::none_of(candidates.cbegin(), candidates.cend(),
                             [&](const PurgeCandidate &c) { return c.personId == held; }));
        QVERIFY(!purge.retentionOf(held, today).holds.isEmpty());
        const qint64 recent = Sql::scalar(db(), u"SELECT id FROM persons WHERE status = 'ended' AND relation_end > ?"_s,
                                          {today.addYears(-5).toString(Qt::ISODate)})
                                  .toLongLong();
        QVERIFY(recent > 0);
        QVERIFY(!purge.retentionOf(recent, today).mayGo(today));
    }
};

QTEST_MAIN(TestDemoSeeder)
#include "tst_demoseeder.moc"
