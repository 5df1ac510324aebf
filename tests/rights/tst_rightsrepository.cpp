#include "ExpectError.h"
#include "TestDatabase.h"
#include "data/common/CalendarRepository.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/MemberAccountRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/retention/PurgeRepository.h"
#include "data/rights/RightsRepository.h"
#include "data/common/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
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

// A MGPAP family: the member, his spouse, an adult son and a daughter of eleven, each with a
// dossier; the member consented to prospecting and his dossier went to a clinic. A jurist
// (LEGAL: CPL, LEG), a counter agent (REG, AMO), a medical controller and the CNOPS's DPO.
struct Fixture
{
    explicit Fixture(const QString &name) : t(name)
    {
        legal = t.createAgentSession(u"jurist"_s, u"MGPAP"_s, u"LEGAL"_s);
        QVERIFY(legal.setActivePurpose(u"LEG"_s));
        counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        QVERIFY(counter.setActivePurpose(u"REG"_s));
        doctor = t.createAgentSession(u"doctor"_s, u"MGPAP"_s, u"MEDICAL"_s);
        QVERIFY(doctor.setActivePurpose(u"MCM"_s));
        dpo = t.createAgentSession(u"dpo"_s, u"CNOPS"_s, u"DPO"_s);
        QVERIFY(dpo.setActivePurpose(u"AUD"_s));

        memberId = person(u"730000001"_s, u"Bennani"_s, u"Karim"_s, QDate(1970, 1, 1), u"M"_s);
        spouseId = person(u"730000002"_s, u"Alaoui"_s, u"Salma"_s, QDate(1975, 5, 5), u"F"_s, memberId, u"spouse"_s);
        adultId = person(u"730000003"_s, u"Bennani"_s, u"Youssef"_s, QDate(2001, 3, 3), u"M"_s, memberId, u"child"_s,
                         u"student"_s);
        minorId = person(u"730000004"_s, u"Bennani"_s, u"Nour"_s, QDate(2015, 9, 9), u"F"_s, memberId, u"child"_s);
        Session amo = counter;
        QVERIFY(amo.setActivePurpose(u"AMO"_s));
        DossierRepository dossiers(t.db(), testClock());
        for (const auto &[id, number] : {std::pair{memberId, u"D-100"_s}, std::pair{spouseId, u"D-200"_s},
                                         std::pair{adultId, u"D-300"_s}, std::pair{minorId, u"D-400"_s}})
            dossiers.deposit(amo, {id, number, QDate(2026, 11, 2), {}});
        MemberAccountRepository(t.db(), testClock()).giveConsent(counter, memberId, u"prospecting"_s);
        for (const qint64 id : {memberId, spouseId})
            Sql::run(t.db(), u"INSERT INTO medical_notes (person_id, organisation_id, diagnosis, created_at) "
                             "VALUES (?, (SELECT organisation_id FROM persons WHERE id = ?), ?, '2026-11-10T10:00:00.000Z')"_s,
                     {id, id, id == memberId ? u"Diabète de type 2"_s : u"Grossesse suivie"_s});
        repo().recordDisclosure(amo, memberId, u"care_network"_s, u"Clinique Al Amal"_s, u"Dossier D-100"_s);
    }

    qint64 person(const QString &immatriculation, const QString &last, const QString &first, QDate birth,
                  const QString &sex, qint64 member = 0, const QString &relation = u"member"_s,
                  const QString &condition = {})
    {
        Person p;
        p.immatriculation = immatriculation;
        p.lastName = last;
        p.firstName = first;
        p.birthDate = birth;
        p.sex = sex;
        p.memberId = member;
        p.relation = relation;
        p.childCondition = condition;
        return PersonRepository(t.db(), testClock()).create(counter, p);
    }

    RightsRepository repo() { return RightsRepository(t.db(), CalendarRepository(t.db()).calendar(), testClock()); }

    NewRightsRequest request(RightsKind kind, const QStringList &purposes, bool identified = true)
    {
        NewRightsRequest r;
        r.kind = kind;
        r.channel = ComplaintChannel::Counter;
        r.immatriculation = u"730000001"_s;
        r.requesterContact = u"12, rue d'Agadir, Rabat"_s;
        r.purposes = purposes;
        if (identified)
            r.identity = IdentityCheck::CinShown;
        r.identityNote = u"CIN AB123456"_s;
        return r;
    }

    LetterDraft letter() { return {u"fr"_s, u"Réponse"_s, u"<p>Madame, Monsieur,</p>"_s}; }

    int count(const QString &sql, const QVariantList &values = {})
    {
        return Sql::scalar(t.db(), sql, values).toInt();
    }

    TestDatabase t;
    Session legal, counter, doctor, dpo;
    qint64 memberId = 0, spouseId = 0, adultId = 0, minorId = 0;
};

// Every immatriculation, name and diagnosis the report holds, as one text.
QString textOf(const QJsonObject &report)
{
    return QString::fromUtf8(QJsonDocument(report).toJson());
}

} // namespace

class TestRightsRepository : public QObject
{
    Q_OBJECT

private slots:
    // Taken in without an identity check, a request goes no further; checked, its month runs from
    // that day and a legal hold covers the requester and the minor he represents.
    void nothingBeforeTheIdentityIsChecked()
    {
        Fixture f(u"rights_identity"_s);
        const RightsRequest r = f.repo().intake(f.legal, f.request(RightsKind::Access, {u"REG"_s}, false));
        QCOMPARE(r.status, RightsStatus::Identity);
        QVERIFY(r.number.startsWith(u"D-MGPAP-2026-"_s));
        QCOMPARE(r.requesterName, u"Bennani Karim"_s);
        QVERIFY(!r.dueOn.isValid());
        QCOMPARE(f.count(u"SELECT count(*) FROM legal_holds WHERE kind = 'rights_request'"_s), 0);
        expectRefused([&] { f.repo().accessReport(f.legal, r.id); }, u"identity"_s);
        expectRefused([&] { f.repo().answerPart(f.legal, r.id, u"REG"_s, u"ok"_s); }, u"identity"_s);

        const RightsRequest checked = f.repo().checkIdentity(f.legal, r.id, IdentityCheck::CinShown, u"CIN AB123456"_s);
        QCOMPARE(checked.status, RightsStatus::Open);
        QCOMPARE(checked.identityCheckedBy, u"jurist"_s);
        QCOMPARE(checked.dueOn, QDate(2026, 12, 23));
        QCOMPARE(f.count(u"SELECT count(*) FROM legal_holds WHERE kind = 'rights_request' AND source_id = ? "
                         "AND lifted_at IS NULL"_s, {r.id}),
                 2);
        for (const qint64 held : {f.memberId, f.minorId})
            QCOMPARE(f.count(u"SELECT count(*) FROM legal_holds WHERE person_id = ? AND lifted_at IS NULL"_s, {held}), 1);
        // The purge passes over what the request holds.
        QVERIFY(!PurgeRepository(f.t.db(), testClock()).retentionOf(f.memberId, QDate(2040, 1, 1), 0).holds.isEmpty());
        expectRefused([&] { f.repo().checkIdentity(f.legal, r.id, IdentityCheck::CinCopy, {}); }, u"already"_s);
        // Routed: REG is answered by the registration division.
        QCOMPARE(checked.parts.size(), 1);
        QCOMPARE(checked.parts.first().divisionCode, u"DIC"_s);
        // Nobody outside LEG takes requests in.
        expectRefused([&] { f.repo().intake(f.counter, f.request(RightsKind::Access, {u"REG"_s})); }, u"LEG"_s);
    }

    // The access report holds the requester and the minor he represents, field by field as the
    // database holds them, and nobody else: not the spouse, not the adult son. The medical part
    // comes only once a medical controller signed it off.
    void theAccessReportOfAFamily()
    {
        Fixture f(u"rights_access"_s);
        const RightsRequest r = f.repo().intake(f.legal, f.request(RightsKind::Access, {u"REG"_s, u"AMO"_s}));
        QJsonObject report = f.repo().accessReport(f.legal, r.id);
        const QJsonArray persons = report.value(u"persons"_s).toArray();
        QCOMPARE(persons.size(), 2);
        QCOMPARE(persons.at(0)[u"role"_s].toString(), u"requester"_s);
        QCOMPARE(persons.at(1)[u"role"_s].toString(), u"represented"_s);

        // The report's keys, in the order of the columns read back below.
        const QStringList keys{u"immatriculation"_s, u"cin"_s, u"lastName"_s, u"firstName"_s, u"birthDate"_s,
                               u"sex"_s, u"relation"_s, u"regime"_s, u"address"_s, u"phone"_s, u"email"_s, u"rib"_s,
                               u"status"_s, u"relationStart"_s, u"relationEnd"_s, u"childCondition"_s};
        const QList<qint64> ids{f.memberId, f.minorId};
        for (int i = 0; i < ids.size(); ++i) {
            const QJsonObject identity = persons.at(i)[u"identity"_s].toObject();
            QSqlQuery stored = Sql::run(f.t.db(),
                                        u"SELECT immatriculation, cin, last_name, first_name, birth_date, sex, relation, "
                                        "regime, address, phone, email, rib, status, relation_start, relation_end, "
                                        "child_condition FROM persons WHERE id = ?"_s,
                                        {ids.at(i)});
            QVERIFY(stored.next());
            for (int k = 0; k < keys.size(); ++k) {
                QCOMPARE(identity.value(keys.at(k)).isNull(), stored.value(k).isNull());
                if (!stored.value(k).isNull())
                    QCOMPARE(identity.value(keys.at(k)).toString(), stored.value(k).toString());
            }
            stored.finish();
            const QJsonArray dossiers = persons.at(i)[u"dossiers"_s].toArray();
            QCOMPARE(dossiers.size(), f.count(u"SELECT count(*) FROM dossiers WHERE person_id = ?"_s, {ids.at(i)}));
            const QJsonObject d = dossiers.first().toObject();
            QSqlQuery q = Sql::run(f.t.db(), u"SELECT number, status, date_of_care, billed, reimbursed FROM dossiers "
                                             "WHERE person_id = ?"_s,
                                   {ids.at(i)});
            QVERIFY(q.next());
            QCOMPARE(d[u"number"_s].toString(), q.value(0).toString());
            QCOMPARE(d[u"status"_s].toString(), q.value(1).toString());
            QCOMPARE(d[u"dateOfCare"_s].toString(), q.value(2).toString());
            QCOMPARE(d[u"billed"_s].toInteger(), q.value(3).toLongLong());
            QCOMPARE(d[u"reimbursed"_s].toInteger(), q.value(4).toLongLong());
        }
        const QJsonObject member = persons.at(0).toObject();
        QCOMPARE(member[u"consents"_s].toArray().size(), 1);
        QCOMPARE(member[u"consents"_s].toArray().first()[u"kind"_s].toString(), u"prospecting"_s);
        QCOMPARE(member[u"disclosures"_s].toArray().size(), 1);
        QCOMPARE(member[u"disclosures"_s].toArray().first()[u"recipient"_s].toString(), u"Clinique Al Amal"_s);
        const QJsonArray processings = report.value(u"processings"_s).toArray();
        QCOMPARE(processings.size(), 2);
        QCOMPARE(processings.at(0)[u"cndpNumber"_s].toString(), u"A-GA-104/2016"_s);
        QVERIFY(!processings.at(0)[u"retention"_s].toString().isEmpty());

        // Nobody else's data.
        const QString text = textOf(report);
        for (const QString &other : {u"730000002"_s, u"730000003"_s, u"Salma"_s, u"Youssef"_s, u"D-200"_s, u"D-300"_s,
                                     u"Grossesse"_s})
            QVERIFY2(!text.contains(other), qPrintable(other));
        // No medical detail before the sign-off.
        QVERIFY(!report[u"medical"_s][u"signedOff"_s].toBool());
        QVERIFY(!text.contains(u"Diabète"_s));
        expectRefused([&] { f.repo().signOffMedical(f.legal, r.id); }, u"medical"_s);

        const QJsonArray part = f.repo().medicalPart(f.doctor, r.id);
        QCOMPARE(part.size(), 1);
        f.repo().signOffMedical(f.doctor, r.id);
        report = f.repo().accessReport(f.legal, r.id);
        QVERIFY(report[u"medical"_s][u"signedOff"_s].toBool());
        QCOMPARE(report[u"medical"_s][u"signedBy"_s].toString(), u"doctor"_s);
        QVERIFY(textOf(report).contains(u"Diabète de type 2"_s));
        QVERIFY(!textOf(report).contains(u"Grossesse"_s));
        QVERIFY(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'access-report' AND action = 'read' "
                        "AND person_id = ?"_s, {QString::number(f.minorId)})
                >= 1);

        // The answer waits for every division, then lifts the hold and keeps the letter.
        expectRefused([&] { f.repo().answer(f.legal, r.id, u"granted"_s, f.letter()); }, u"DIC"_s);
        f.repo().answerPart(f.legal, r.id, u"REG"_s, u"Données d'immatriculation jointes."_s);
        f.repo().answerPart(f.legal, r.id, u"AMO"_s, u"Dossiers joints."_s);
        expectRefused([&] { f.repo().answer(f.legal, r.id, u"granted"_s, {}); }, u"letter"_s);
        const RightsRequest answered = f.repo().answer(f.legal, r.id, u"granted"_s, f.letter());
        QCOMPARE(answered.status, RightsStatus::Answered);
        QCOMPARE(answered.letters.size(), 1);
        QCOMPARE(answered.letters.first().html, f.letter().html);
        QCOMPARE(f.count(u"SELECT count(*) FROM legal_holds WHERE kind = 'rights_request' AND lifted_at IS NULL"_s), 0);
    }

    // A rectification: the value and its evidence; a second agent approves it under REG; the
    // change goes through the member file, old and new values in the log; the recipients to tell.
    void aRectificationApprovedByASecondAgent()
    {
        Fixture f(u"rights_rectify"_s);
        NewRightsRequest n = f.request(RightsKind::Rectification, {});
        n.field = u"address"_s;
        n.requestedValue = u"7, avenue Hassan II, Salé"_s;
        expectRefused([&] { f.repo().intake(f.legal, n); }, u"evidence"_s);
        n.evidence = u"Attestation de résidence du 2 novembre 2026"_s;
        const RightsRequest r = f.repo().intake(f.legal, n);
        QCOMPARE(r.parts.first().purposeCode, u"REG"_s);

        Session sameAgent = f.counter;
        sameAgent.login = u"jurist"_s;
        expectRefused([&] { f.repo().approveRectification(sameAgent, r.id); }, u"second agent"_s);
        expectRefused([&] { f.repo().approveRectification(f.legal, r.id); }, u"REG"_s);

        const int updatesBefore = f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'update'"_s);
        const QStringList recipients = f.repo().approveRectification(f.counter, r.id);
        QVERIFY(recipients.contains(u"Clinique Al Amal"_s));
        QCOMPARE(Sql::scalar(f.t.db(), u"SELECT address FROM persons WHERE id = ?"_s, {f.memberId}).toString(),
                 u"7, avenue Hassan II, Salé"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_log WHERE entity = 'person' AND action = 'update'"_s),
                 updatesBefore + 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM audit_values WHERE person_id = ? AND change_set LIKE ?"_s,
                         {f.memberId, u"%Hassan II%"_s}),
                 1);
        const RightsRequest approved = f.repo().load(f.legal, r.id);
        QCOMPARE(approved.approvedBy, u"counter"_s);
        QVERIFY(approved.pendingDivisions().isEmpty());
        expectRefused([&] { f.repo().approveRectification(f.counter, r.id); }, u"already"_s);
    }

    // An opposition: the member file is a legal obligation and the answer says so; the online
    // services record it; consent to prospecting is withdrawn at once.
    void anOppositionPerProcessing()
    {
        Fixture f(u"rights_oppose"_s);
        QVERIFY(f.repo().prospectingAllowed(f.memberId));
        NewRightsRequest n = f.request(RightsKind::Opposition, {u"REG"_s, u"WEB"_s});
        n.details = u"Je ne souhaite plus de suivi en ligne ni d'offres"_s;
        const RightsRequest r = f.repo().intake(f.legal, n);
        const RightsRequest done = f.repo().oppose(f.legal, r.id, true);
        QVERIFY(done.pendingDivisions().isEmpty());
        QVERIFY(done.parts.at(0).answer.contains(u"legal obligation"_s));
        QCOMPARE(done.parts.at(1).purposeCode, u"WEB"_s);
        QCOMPARE(done.parts.at(1).divisionCode, u"DAJ"_s); // WEB has no division of its own
        QCOMPARE(f.count(u"SELECT count(*) FROM oppositions WHERE person_id = ? AND purpose_code = 'WEB'"_s, {f.memberId}), 1);
        QCOMPARE(f.count(u"SELECT count(*) FROM oppositions WHERE person_id = ? AND purpose_code = 'REG'"_s, {f.memberId}), 0);
        QVERIFY(!f.repo().prospectingAllowed(f.memberId));
        f.repo().answer(f.legal, r.id, u"partly"_s, f.letter());
    }

    // A deletion: refused while the membership runs, or until the retention's day, with that
    // day; otherwise the data-protection officer anonymises the person, and the log keeps that it
    // happened without the data.
    void aDeletionRefusedThenCarriedOut()
    {
        Fixture f(u"rights_delete"_s);
        const RightsRequest active = f.repo().intake(f.legal, f.request(RightsKind::Deletion, {u"REG"_s, u"AMO"_s}));
        DeletionCheck check = f.repo().deletionCheck(f.legal, active.id);
        QVERIFY(!check.allowed);
        QVERIFY(!check.goesOn.isValid());
        QVERIFY(!check.reasons.isEmpty());
        expectRefused([&] { f.repo().carryOutDeletion(f.dpo, active.id); }, u"cannot be deleted"_s);
        expectRefused([&] { f.repo().carryOutDeletion(f.legal, active.id); }, u"data-protection officer"_s);
        f.repo().answer(f.legal, active.id, u"refused"_s, f.letter());

        // Relationships that ended: one in 2024 is kept until 5 years after; one in 2019 may go.
        Person recent;
        recent.immatriculation = u"730000010"_s;
        recent.lastName = u"Tazi"_s;
        recent.firstName = u"Omar"_s;
        recent.birthDate = QDate(1950, 2, 2);
        recent.sex = u"M"_s;
        recent.status = u"ended"_s;
        recent.relationStart = QDate(1980, 1, 1);
        recent.relationEnd = QDate(2024, 6, 30);
        PersonRepository(f.t.db(), testClock()).create(f.counter, recent);
        Person old = recent;
        old.immatriculation = u"730000011"_s;
        old.lastName = u"El Idrissi"_s;
        old.firstName = u"Fatima"_s;
        old.relationEnd = QDate(2019, 1, 31);
        const qint64 oldId = PersonRepository(f.t.db(), testClock()).create(f.counter, old);

        NewRightsRequest n = f.request(RightsKind::Deletion, {u"REG"_s});
        n.immatriculation = u"730000010"_s;
        const RightsRequest kept = f.repo().intake(f.legal, n);
        check = f.repo().deletionCheck(f.legal, kept.id);
        QVERIFY(!check.allowed);
        QCOMPARE(check.goesOn, QDate(2029, 7, 1));

        n.immatriculation = u"730000011"_s;
        const RightsRequest gone = f.repo().intake(f.legal, n);
        QVERIFY(f.repo().deletionCheck(f.legal, gone.id).allowed);
        const RightsRequest done = f.repo().carryOutDeletion(f.dpo, gone.id);
        QVERIFY(done.pendingDivisions().isEmpty());
        QCOMPARE(Sql::scalar(f.t.db(), u"SELECT last_name FROM persons WHERE id = ?"_s, {oldId}).toString(), QString());
        QVERIFY(!Sql::scalar(f.t.db(), u"SELECT anonymised_at FROM persons WHERE id = ?"_s, {oldId}).isNull());
        const QString logged = Sql::scalar(f.t.db(), u"SELECT details FROM audit_log WHERE action = 'anonymise' "
                                                     "AND entity = 'rights-request'"_s)
                                   .toString();
        QVERIFY(logged.contains(u"persons anonymised"_s));
        QVERIFY(!logged.contains(u"Idrissi"_s));
        f.repo().answer(f.dpo, gone.id, u"granted"_s, f.letter());
    }

    // An extension: a reason, a notice to the requester, a business day within four months.
    void anExtensionWithinFourMonths()
    {
        Fixture f(u"rights_extend"_s);
        const RightsRequest r = f.repo().intake(f.legal, f.request(RightsKind::Access, {u"REG"_s}));
        const LetterDraft notice{u"ar"_s, u"إشعار بالتمديد"_s, u"<p>سيدتي، سيدي</p>"_s};
        expectRefused([&] { f.repo().extend(f.legal, r.id, QDate(2027, 1, 22), {}, notice); }, u"reason"_s);
        expectRefused([&] { f.repo().extend(f.legal, r.id, QDate(2027, 3, 24), u"Volume"_s, notice); }, u"four months"_s);
        expectRefused([&] { f.repo().extend(f.legal, r.id, QDate(2027, 1, 23), u"Volume"_s, notice); }, u"business day"_s);
        const RightsRequest extended = f.repo().extend(f.legal, r.id, QDate(2027, 1, 22),
                                                       u"Archives à rapatrier de la délégation d'Oujda"_s, notice);
        QCOMPARE(extended.deadline(), QDate(2027, 1, 22));
        QCOMPARE(extended.letters.size(), 1);
        QCOMPARE(extended.letters.first().kind, u"extension"_s);
        QCOMPARE(extended.letters.first().language, u"ar"_s);
        const QList<RightsListRow> rows = f.repo().list(f.legal, false);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().deadline, QDate(2027, 1, 22));
        QVERIFY(rows.first().daysLeft > 30);
        QVERIFY(!rows.first().late);
        // Read on Wednesday 27 January 2027: three business days late, and said so.
        const FixedClock later(QDateTime(QDate(2027, 1, 27), QTime(9, 0), Qt::UTC));
        const QList<RightsListRow> lateRows =
            RightsRepository(f.t.db(), CalendarRepository(f.t.db()).calendar(), later).list(f.legal, false);
        QCOMPARE(lateRows.size(), 1);
        QVERIFY(lateRows.first().late);
        QCOMPARE(lateRows.first().daysLeft, -3);
    }

    // The list puts the late requests first, the latest first, then the others by the business
    // days left; the requests whose identity is still to check (their month has not started)
    // come after them, the answered ones last. Taken in out of that order, so that neither the
    // order of intake nor the ids give it.
    void lateRequestsComeFirst()
    {
        Fixture f(u"rights_order"_s);
        const BusinessCalendar calendar = CalendarRepository(f.t.db()).calendar();
        // Each request is checked on its own day (Rabat, 10:00): its month runs from then.
        const auto takenOn = [&](QDate day, bool identified = true) {
            const FixedClock clock(QDateTime(day, QTime(9, 0), Qt::UTC));
            NewRightsRequest n = f.request(RightsKind::Access, {u"REG"_s}, identified);
            n.receivedOn = day;
            return RightsRepository(f.t.db(), calendar, clock).intake(f.legal, n);
        };
        const RightsRequest soon = takenOn(QDate(2026, 11, 2));       // due early December
        const RightsRequest lateLess = takenOn(QDate(2026, 10, 1));   // due early November: late
        const RightsRequest waiting = takenOn(QDate(2026, 11, 20), false);
        const RightsRequest lateMost = takenOn(QDate(2026, 9, 15));   // due mid-October: latest
        const RightsRequest later = takenOn(QDate(2026, 11, 20));     // due late December
        const RightsRequest answered = takenOn(QDate(2026, 9, 1));    // was the latest, but answered
        f.repo().answerPart(f.legal, answered.id, u"REG"_s, u"Données jointes."_s);
        f.repo().answer(f.legal, answered.id, u"granted"_s, f.letter());

        const QList<RightsListRow> rows = f.repo().list(f.legal, true);
        QList<qint64> order;
        for (const RightsListRow &row : rows)
            order.append(row.id);
        QCOMPARE(order, (QList<qint64>{lateMost.id, lateLess.id, soon.id, later.id, waiting.id, answered.id}));
        QVERIFY(rows.at(0).late && rows.at(1).late);
        QVERIFY(rows.at(0).daysLeft < rows.at(1).daysLeft); // the most late first
        QVERIFY(rows.at(1).daysLeft < 0);
        QVERIFY(!rows.at(2).late && !rows.at(3).late);
        QVERIFY(0 <= rows.at(2).daysLeft && rows.at(2).daysLeft < rows.at(3).daysLeft);
        QCOMPARE(rows.at(4).status, RightsStatus::Identity);
        QCOMPARE(rows.at(5).status, RightsStatus::Answered);
        QVERIFY(!rows.at(5).late);
        // Without the answered ones, the same order.
        const QList<RightsListRow> open = f.repo().list(f.legal, false);
        QCOMPARE(open.size(), 5);
        QCOMPARE(open.first().id, lateMost.id);
        QCOMPARE(open.last().id, waiting.id);
    }

    // Requesters not on file, names in Arabic, apostrophes and SQL fragments are kept as typed.
    void oddInputIsKeptAsTyped()
    {
        Fixture f(u"rights_input"_s);
        NewRightsRequest n = f.request(RightsKind::Access, {u"CPL"_s});
        n.immatriculation.clear();
        n.requesterName = u"عبد الله بن عمر'); DROP TABLE persons; --"_s;
        const RightsRequest r = f.repo().intake(f.legal, n);
        QCOMPARE(r.requesterName, n.requesterName);
        QCOMPARE(r.personId, 0);
        QCOMPARE(f.repo().accessReport(f.legal, r.id)[u"persons"_s].toArray().size(), 0);
        n.purposes = {u"NOPE"_s};
        expectRefused([&] { f.repo().intake(f.legal, n); }, u"NOPE"_s);
        n.purposes.clear();
        expectRefused([&] { f.repo().intake(f.legal, n); }, u"processing"_s);
        n = f.request(RightsKind::Opposition, {u"WEB"_s});
        n.immatriculation.clear();
        n.requesterName = u"Quelqu'un"_s;
        expectRefused([&] { f.repo().intake(f.legal, n); }, u"immatriculation"_s);
        QVERIFY(f.count(u"SELECT count(*) FROM persons"_s) > 0);
    }
};

QTEST_GUILESS_MAIN(TestRightsRepository)
#include "tst_rightsrepository.moc"
