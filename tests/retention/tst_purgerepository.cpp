#include "ExpectError.h"
#include "TestDatabase.h"
#include "data/common/AuditLog.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/DossierRepository.h"
#include "data/litigation/LitigationRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/persons/PersonTableModel.h"
#include "data/retention/PurgeRepository.h"
#include "data/common/Sql.h"

#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

// Monday 23 November 2026: the purge runs as of that day; REG keeps data five years after the
// end of the relationship, so what ended before 23 November 2021 goes.
const QDate AsOf(2026, 11, 23);

const FixedClock &testClock()
{
    static const FixedClock fixed(QDateTime(AsOf, QTime(9, 0), Qt::UTC));
    return fixed;
}

struct Fixture
{
    explicit Fixture(const QString &name) : t(name)
    {
        registrar = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        QVERIFY(registrar.setActivePurpose(u"REG"_s));
        dpo = t.createAgentSession(u"dpo"_s, u"CNOPS"_s, u"DPO"_s);
        QVERIFY(dpo.setActivePurpose(u"AUD"_s));
    }

    // A member (and a child) whose relationship ended on `ended` (never when invalid).
    qint64 member(const QString &number, const QString &lastName, QDate ended, qint64 *child = nullptr)
    {
        PersonRepository persons(t.db(), testClock());
        Person p;
        p.lastName = lastName;
        p.firstName = u"Amina"_s;
        p.immatriculation = number;
        p.cin = u"AB"_s + number.right(6);
        p.birthDate = QDate(1960, 7, 17);
        p.sex = u"F"_s;
        p.address = u"12, rue d'Alger, Rabat"_s;
        p.phone = u"0612345678"_s;
        const qint64 id = persons.create(registrar, p);
        if (child) {
            Person c = p;
            c.firstName = u"Yassine"_s;
            c.immatriculation = number + u"-01"_s;
            c.cin.clear();
            c.birthDate = QDate(2012, 3, 9);
            c.sex = u"M"_s;
            c.relation = u"child"_s;
            c.memberId = id;
            c.address.clear();
            c.phone.clear();
            *child = persons.create(registrar, c);
        }
        if (ended.isValid())
            Sql::run(t.db(), u"UPDATE persons SET status = 'ended', relation_end = ? WHERE id = ?"_s,
                     {ended.toString(Qt::ISODate), id});
        return id;
    }

    // A dossier of the person, in `status` since `closed`.
    qint64 dossier(qint64 personId, const QString &number, const QString &status, QDate closed)
    {
        Session amo = registrar;
        amo.setActivePurpose(u"AMO"_s);
        const qint64 id = DossierRepository(t.db(), testClock()).deposit(amo, {personId, number, QDate(2026, 11, 2), {}}).id;
        Sql::run(t.db(), u"UPDATE dossiers SET status = ?, updated_at = ?, date_of_care = '2021-03-17', "
                         "deposited_on = '2021-03-20', deposited_at = '2021-03-20T10:11:12.000Z', reimbursed = 0, "
                         "billed = 15000 WHERE id = ?"_s,
                 {status, toStoredTimestamp(QDateTime(closed, QTime(12, 0), Qt::UTC)), id});
        return id;
    }

    // A complaint of the person (0: someone not on file), closed on `closed`, with a document.
    qint64 complaint(qint64 personId, QDate closed)
    {
        Session cpl = registrar;
        cpl.setActivePurpose(u"CPL"_s);
        ComplaintIntake intake;
        intake.channel = ComplaintChannel::Post;
        intake.receivedAt = testClock().nowUtc().addDays(-1);
        intake.requester = personId ? RequesterKind::Member : RequesterKind::Other;
        intake.personId = personId;
        intake.requesterName = personId ? QString() : u"Karim Étranger"_s;
        intake.requesterContact = u"karim@example.ma"_s;
        intake.categoryCode = u"OTHER"_s;
        intake.description = u"Mon adresse est 5, avenue Hassan II."_s;
        intake.attachments = {{u"cin.pdf"_s, QByteArray("%PDF-1.4 scan"), 0}};
        const qint64 id = ComplaintRepository(t.db(), testClock()).intake(cpl, intake).id;
        Sql::run(t.db(), u"UPDATE complaints SET status = 'closed', closed_at = ?, resolution = 'Réglé avec Mme X' "
                         "WHERE id = ?"_s,
                 {toStoredTimestamp(QDateTime(closed, QTime(12, 0), Qt::UTC)), id});
        return id;
    }

    PurgeRepository repo(const Clock &clock = testClock()) { return PurgeRepository(t.db(), clock); }

    // Runs the purge to its end in batches; returns the batches that purged someone.
    int purgeAll(int batchSize = 500)
    {
        PurgeRepository purge = repo();
        const PurgeRun run = purge.start(dpo, AsOf);
        int batches = 0;
        while (purge.runBatch(dpo, run.id, batchSize) > 0)
            ++batches;
        return batches;
    }

    QString text(const QString &sql, const QVariantList &values = {})
    {
        return Sql::scalar(t.db(), sql, values).toString();
    }
    int count(const QString &sql, const QVariantList &values = {})
    {
        return Sql::scalar(t.db(), sql, values).toInt();
    }

    TestDatabase t;
    Session registrar;
    Session dpo;
};

qint64 countOf(const PurgeRun &run, const QString &purpose, const QString &what)
{
    for (const PurgeCount &c : run.counts)
        if (c.purposeCode == purpose && c.what == what)
            return c.count;
    return 0;
}

} // namespace

class TestPurgeRepository : public QObject
{
    Q_OBJECT

private slots:
    void theRulesOfTheFifteenProcessings()
    {
        Fixture f(u"purge_rules"_s);
        const QList<RetentionRule> rules = f.repo().rules(AsOf);
        QCOMPARE(rules.size(), 15);
        for (const RetentionRule &rule : rules)
            QVERIFY(rule.inForce(AsOf));
        QCOMPARE(rules.first().purposeCode, u"AMO"_s);
        // A dated change: from 2027, REG keeps ten years; before, five.
        Sql::run(f.t.db(), u"UPDATE retention_rules SET valid_to = '2027-01-01' WHERE purpose_code = 'REG'"_s);
        Sql::run(f.t.db(), u"INSERT INTO retention_rules (purpose_code, starts_with, keep_months, action, valid_from) "
                           "VALUES ('REG', 'relationship_end', 120, 'anonymise', '2027-01-01')"_s);
        const auto reg = [&](QDate on) {
            for (const RetentionRule &rule : f.repo().rules(on))
                if (rule.purposeCode == u"REG"_s)
                    return rule.keepMonths;
            return 0;
        };
        QCOMPARE(reg(QDate(2026, 12, 31)), 60);
        QCOMPARE(reg(QDate(2027, 1, 1)), 120);
    }

    // Who goes and who stays: five years and a day goes; four years, exactly five years, a
    // legal hold (on the person or the member), an open dossier, an active member stay.
    void whoGoesAndWhoStays()
    {
        Fixture f(u"purge_who"_s);
        qint64 childOfGone = 0, childOfHeld = 0;
        const qint64 gone = f.member(u"800000001"_s, u"Partie"_s, QDate(2021, 11, 22), &childOfGone);
        const qint64 fourYears = f.member(u"800000002"_s, u"Quatre"_s, QDate(2022, 11, 23));
        const qint64 fiveYears = f.member(u"800000003"_s, u"Cinq"_s, QDate(2021, 11, 23));
        const qint64 held = f.member(u"800000004"_s, u"Tenue"_s, QDate(2019, 1, 1), &childOfHeld);
        const qint64 openDossier = f.member(u"800000005"_s, u"Ouvert"_s, QDate(2019, 1, 1));
        const qint64 active = f.member(u"800000006"_s, u"Active"_s, QDate());
        const qint64 recentDossier = f.member(u"800000007"_s, u"Recent"_s, QDate(2019, 1, 1));
        f.dossier(gone, u"D-1"_s, u"paid"_s, QDate(2021, 10, 1));
        f.dossier(openDossier, u"D-2"_s, u"liquidation"_s, QDate(2020, 1, 1));
        f.dossier(recentDossier, u"D-3"_s, u"paid"_s, QDate(2022, 2, 1));
        Session leg = f.t.createAgentSession(u"jurist"_s, u"MGPAP"_s, u"LEGAL"_s);
        QVERIFY(leg.setActivePurpose(u"LEG"_s));
        LitigationRepository(f.t.db(), testClock()).open(leg, {{}, u"800000004"_s, u"Tribunal de Rabat"_s, u"9/2026"_s,
                                                                u"Tenue c/ MGPAP"_s, {}});

        const QList<PurgeCandidate> due = f.repo().dryRun(f.dpo, AsOf, 0, 100);
        QList<qint64> ids;
        for (const PurgeCandidate &c : due)
            ids.append(c.personId);
        QCOMPARE(ids, (QList<qint64>{gone, childOfGone}));
        QCOMPARE(due.first().relationEnd, QDate(2021, 11, 22));
        QCOMPARE(due.last().relationEnd, QDate(2021, 11, 22)); // the member's, for the child
        QCOMPARE(f.repo().countDue(f.dpo, AsOf), 2);
        // The dry run wrote nothing but its audited read.
        QCOMPARE(f.count(u"SELECT count(*) FROM persons WHERE anonymised_at IS NOT NULL"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'purge-dry-run'"_s), 1);

        QCOMPARE(f.purgeAll(), 1);
        for (const qint64 kept : {fourYears, fiveYears, held, childOfHeld, openDossier, active, recentDossier})
            QVERIFY2(f.text(u"SELECT last_name FROM persons WHERE id = ?"_s, {kept}) != QString(),
                     qPrintable(QString::number(kept)));
        QCOMPARE(f.count(u"SELECT count(*) FROM persons WHERE anonymised_at IS NOT NULL"_s), 2);
    }

    // Everything that identifies the person goes, in every table; what the statistics need
    // stays; a search by the CIN finds nothing; the audit log still verifies and says what went
    // by counts only.
    void anonymisedInEveryTable()
    {
        Fixture f(u"purge_tables"_s);
        const qint64 gone = f.member(u"810000001"_s, u"Bennis"_s, QDate(2020, 6, 30));
        const qint64 dossier = f.dossier(gone, u"D-10"_s, u"paid"_s, QDate(2020, 9, 1));
        const qint64 complaint = f.complaint(gone, QDate(2020, 10, 1));
        const qint64 stranger = f.complaint(0, QDate(2020, 10, 2));
        const qint64 recentStranger = f.complaint(0, QDate(2024, 10, 2));
        Sql::run(f.t.db(), u"INSERT INTO medical_notes (person_id, organisation_id, diagnosis, created_at) "
                           "SELECT id, organisation_id, 'diabète', '2020-01-01' FROM persons WHERE id = ?"_s,
                 {gone});
        Sql::run(f.t.db(), u"INSERT INTO audit_values (ref, person_id, salt, change_set, created_at) "
                           "VALUES ('v1', ?, 'salt', '{\"address\":\"12, rue d''Alger\"}', '2020-01-01')"_s,
                 {gone});
        Session leg = f.t.createAgentSession(u"jurist"_s, u"MGPAP"_s, u"LEGAL"_s);
        QVERIFY(leg.setActivePurpose(u"LEG"_s));
        LitigationRepository litigation(f.t.db(), testClock());
        const LitigationCase c = litigation.open(leg, {{}, u"810000001"_s, u"Tribunal de Rabat"_s, u"3/2020"_s,
                                                       u"Mme Bennis c/ MGPAP"_s, u"Remboursement"_s});
        litigation.close(leg, c.id, c.version, u"Rejet de la demande de Mme Bennis"_s);
        Sql::run(f.t.db(), u"UPDATE litigation_cases SET closed_at = '2020-12-01T00:00:00.000Z' WHERE id = ?"_s, {c.id});

        PersonTableModel search(f.t.db(), f.registrar);
        search.setFilterText(u"AB000001"_s);
        QCOMPARE(search.rowCount(), 1);

        QCOMPARE(f.purgeAll(), 1);

        // The person: nothing that identifies, the month of birth kept.
        QCOMPARE(f.text(u"SELECT last_name || '|' || first_name || '|' || COALESCE(cin, '-') || '|' || "
                        "COALESCE(address, '-') || '|' || COALESCE(phone, '-') || '|' || birth_date || '|' || "
                        "relation_end || '|' || immatriculation FROM persons WHERE id = ?"_s,
                        {gone}),
                 u"||-|-|-|1960-07-01|2020-06-01|ANON-%1"_s.arg(gone));
        search.reload();
        QCOMPARE(search.rowCount(), 0);
        search.setFilterText(u"Bennis"_s);
        QCOMPARE(search.rowCount(), 0);
        // The dossier: amounts and status kept, dates to the month.
        QCOMPARE(f.text(u"SELECT date_of_care || '|' || deposited_on || '|' || deposited_at || '|' || status || '|' || "
                        "CAST(billed AS TEXT) FROM dossiers WHERE id = ?"_s,
                        {dossier}),
                 u"2021-03-01|2021-03-01|2021-03-01T00:00:00.000Z|paid|15000"_s);
        // The complaints: category, channel and dates kept; texts and documents gone.
        for (const qint64 k : {complaint, stranger}) {
            QCOMPARE(f.text(u"SELECT requester_name || requester_contact || description || resolution FROM complaints "
                            "WHERE id = ?"_s,
                            {k}),
                     QString());
            QCOMPARE(f.text(u"SELECT category_code || '|' || channel FROM complaints WHERE id = ?"_s, {k}), u"OTHER|post"_s);
            QCOMPARE(f.count(u"SELECT count(*) FROM complaint_attachments WHERE complaint_id = ?"_s, {k}), 0);
            QCOMPARE(f.count(u"SELECT count(*) FROM complaint_events WHERE complaint_id = ? AND text <> ''"_s, {k}), 0);
        }
        QCOMPARE(f.text(u"SELECT requester_name FROM complaints WHERE id = ?"_s, {recentStranger}), u"Karim Étranger"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM medical_notes"_s), 0);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_values WHERE person_id = ?"_s, {gone}), 0);
        QCOMPARE(f.text(u"SELECT parties || subject || outcome || '|' || court FROM litigation_cases WHERE id = ?"_s, {c.id}),
                 u"|Tribunal de Rabat"_s);

        // The report, by processing, counts only.
        const PurgeRun run = *f.repo().latestDone();
        QCOMPARE(countOf(run, u"REG"_s, u"persons anonymised"_s), 1);
        QCOMPARE(countOf(run, u"AMO"_s, u"dossiers anonymised"_s), 1);
        QCOMPARE(countOf(run, u"CPL"_s, u"complaints anonymised"_s), 2);
        QCOMPARE(countOf(run, u"CPL"_s, u"attachments deleted"_s), 2);
        QCOMPARE(countOf(run, u"MCM"_s, u"medical notes deleted"_s), 1);
        QCOMPARE(countOf(run, u"LEG"_s, u"cases anonymised"_s), 1);
        QCOMPARE(countOf(run, u"AUD"_s, u"values of changes deleted"_s), 2); // the registration's, and one more

        // The audit log: intact, and its purge rows hold no personal data.
        QVERIFY(AuditLog(f.t.db()).verify().isIntact());
        QSqlQuery q = Sql::run(f.t.db(), u"SELECT details, entity_id, person_id FROM audit_log "
                                         "WHERE entity = 'purge'"_s);
        int rows = 0;
        while (q.next()) {
            ++rows;
            const QString row = q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
            for (const QString &secret : {u"Bennis"_s, u"810000001"_s, u"AB000001"_s, u"Alger"_s})
                QVERIFY2(!row.contains(secret), qPrintable(row));
        }
        QCOMPARE(rows, 3); // start, the batch, the end
        // Nothing is purged twice: a second run finds nobody.
        QCOMPARE(f.purgeAll(), 0);
        QCOMPARE(f.repo().latestDone()->counts.size(), 0);
    }

    // An interrupted run (a batch that fails halfway, a program stopped between batches)
    // resumes where it stood, as of its own date, and does nothing twice.
    void anInterruptedRunResumes()
    {
        Fixture f(u"purge_resume"_s);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids.append(f.member(u"82000000%1"_s.arg(i), u"Nom%1"_s.arg(i), QDate(2019, 1, 1)));
        // The fourth person's anonymisation fails, once.
        const bool postgres = TestDatabase::isPostgres();
        if (postgres) {
            Sql::execute(f.t.db(), u"CREATE FUNCTION test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                   "IF OLD.immatriculation = '820000003' THEN RAISE EXCEPTION 'power cut'; END IF; "
                                   "RETURN NEW; END $$"_s);
            Sql::execute(f.t.db(), u"CREATE TRIGGER test_fail BEFORE UPDATE ON persons FOR EACH ROW "
                                   "EXECUTE FUNCTION test_fail()"_s);
        } else {
            Sql::execute(f.t.db(), u"CREATE TRIGGER test_fail BEFORE UPDATE ON persons "
                                   "WHEN OLD.immatriculation = '820000003' BEGIN SELECT RAISE(ABORT, 'power cut'); END"_s);
        }
        PurgeRepository purge = f.repo();
        const PurgeRun run = purge.start(f.dpo, AsOf);
        QCOMPARE(purge.runBatch(f.dpo, run.id, 2), 2);
        expectError([&] { purge.runBatch(f.dpo, run.id, 2); }, u"power cut"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM persons WHERE anonymised_at IS NOT NULL"_s), 2);
        QCOMPARE(purge.run(run.id).lastPersonId, ids.at(1));
        const QString firstStamp = f.text(u"SELECT anonymised_at FROM persons WHERE id = ?"_s, {ids.first()});
        Sql::execute(f.t.db(), u"DROP TRIGGER test_fail"_s + (postgres ? u" ON persons"_s : QString()));

        // Later (another day, another program), the officer starts again: the same run goes on.
        const FixedClock later(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        PurgeRepository resumed = f.repo(later);
        QCOMPARE(resumed.unfinished()->id, run.id);
        const PurgeRun again = resumed.start(f.dpo, QDate(2026, 11, 30));
        QCOMPARE(again.id, run.id);
        QCOMPARE(again.asOf, AsOf);
        int done = 0;
        while (const int n = resumed.runBatch(f.dpo, run.id, 2))
            done += n;
        QCOMPARE(done, 3);
        QCOMPARE(f.count(u"SELECT count(*) FROM persons WHERE anonymised_at IS NOT NULL"_s), 5);
        QCOMPARE(f.text(u"SELECT anonymised_at FROM persons WHERE id = ?"_s, {ids.first()}), firstStamp);
        const PurgeRun finished = resumed.run(run.id);
        QVERIFY(finished.done);
        QCOMPARE(countOf(finished, u"REG"_s, u"persons anonymised"_s), 5);
        QCOMPARE(finished.batches, 3);
        QVERIFY(!resumed.unfinished());
        QVERIFY(AuditLog(f.t.db()).verify().isIntact());
    }

    // An audit holds a person's data: the purge leaves it until the hold is lifted.
    void anAuditHoldKeepsThePersonUntilLifted()
    {
        Fixture f(u"purge_audit_hold"_s);
        const qint64 id = f.member(u"850000001"_s, u"Auditee"_s, QDate(2019, 1, 1));
        LitigationRepository holds(f.t.db(), testClock());
        expectRefused([&] { holds.placeAuditHold(f.registrar, u"850000001"_s, u"Audit IGF 2026"_s); }, u"AUD"_s);
        expectRefused([&] { holds.placeAuditHold(f.dpo, u"850000001"_s, u"  "_s); }, u"audit"_s);
        expectRefused([&] { holds.placeAuditHold(f.dpo, u"' OR 1=1 --"_s, u"Audit"_s); }, u"Nobody"_s);
        holds.placeAuditHold(f.dpo, u"850000001"_s, u"Audit IGF 2026"_s);
        QCOMPARE(holds.holdsOn(id).first().kind, u"audit"_s);
        QCOMPARE(f.repo().countDue(f.dpo, AsOf), 0);
        QCOMPARE(holds.liftAuditHolds(f.dpo, u"850000001"_s), 1);
        QCOMPARE(holds.liftAuditHolds(f.dpo, u"850000001"_s), 0);
        QCOMPARE(f.repo().countDue(f.dpo, AsOf), 1);
        QCOMPARE(f.purgeAll(), 1);
    }

    void onlyTheDataProtectionOfficerPurges()
    {
        Fixture f(u"purge_who_may"_s);
        expectRefused([&] { f.repo().dryRun(f.registrar, AsOf, 0, 10); }, u"AUD"_s);
        expectRefused([&] { f.repo().start(f.registrar, AsOf); }, u"AUD"_s);
        Session auditor = f.t.createAgentSession(u"auditor"_s, u"CNOPS"_s, u"AUDITOR"_s);
        QVERIFY(auditor.setActivePurpose(u"AUD"_s));
        expectRefused([&] { f.repo().start(auditor, AsOf); }, u"data-protection officer"_s);
        expectRefused([&] { f.repo().start(f.dpo, AsOf.addDays(1)); }, u"to come"_s);
        expectRefused([&] { f.repo().start(f.dpo, QDate()); }, u"date"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM purge_runs"_s), 0);
    }

    // Archive boxes whose every dossier expired are listed for destruction, then recorded as
    // destroyed; a box with a recent dossier, or a held person's, stays.
    void expiredArchiveBoxes()
    {
        Fixture f(u"purge_boxes"_s);
        const qint64 a = f.member(u"830000001"_s, u"Boite"_s, QDate(2019, 1, 1));
        const qint64 b = f.member(u"830000002"_s, u"Recente"_s, QDate());
        const qint64 org = Sql::scalar(f.t.db(), u"SELECT id FROM organisations WHERE code = 'MGPAP'"_s).toLongLong();
        const auto box = [&](const QString &number) {
            return Sql::scalar(f.t.db(), u"INSERT INTO archive_boxes (organisation_id, number, place, created_at) "
                                         "VALUES (?, ?, 'Salle 2', '2020-01-01') RETURNING id"_s,
                               {org, number})
                .toLongLong();
        };
        const qint64 oldBox = box(u"B-OLD"_s);
        const qint64 mixedBox = box(u"B-MIXED"_s);
        const auto file = [&](qint64 dossier, qint64 boxId) {
            Sql::run(f.t.db(), u"UPDATE dossiers SET archive_box_id = ? WHERE id = ?"_s, {boxId, dossier});
        };
        file(f.dossier(a, u"D-20"_s, u"paid"_s, QDate(2020, 5, 1)), oldBox);
        file(f.dossier(a, u"D-21"_s, u"rejected"_s, QDate(2020, 6, 1)), oldBox);
        file(f.dossier(a, u"D-22"_s, u"paid"_s, QDate(2020, 6, 1)), mixedBox);
        file(f.dossier(b, u"D-23"_s, u"paid"_s, QDate(2023, 6, 1)), mixedBox);
        const QList<ExpiredBox> boxes = f.repo().expiredBoxes(f.dpo, AsOf);
        QCOMPARE(boxes.size(), 1);
        QCOMPARE(boxes.first().number, u"B-OLD"_s);
        QCOMPARE(boxes.first().dossiers, 2);
        expectRefused([&] { f.repo().markDestroyed(f.dpo, {oldBox, mixedBox}, AsOf); }, u"expired"_s);
        f.repo().markDestroyed(f.dpo, {oldBox}, AsOf);
        QCOMPARE(f.text(u"SELECT destroyed_by FROM archive_boxes WHERE id = ?"_s, {oldBox}), u"dpo"_s);
        QVERIFY(f.repo().expiredBoxes(f.dpo, AsOf).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPurgeRepository)
#include "tst_purgerepository.moc"
