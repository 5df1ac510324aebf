#include "ExpectError.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "core/ControlSelection.h"
#include "core/PaymentOrder.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QTest>

#include <algorithm>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const FixedClock &testClock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    return fixed;
}

const QDate kToday(2026, 11, 23);
const QString kInpe = u"123456789"_s;
const QString kRib = u"011780000012345678901296"_s;

// A MGPAP family (member with a RIB, and a child), a counter agent under AMO, a controller under
// MCM; the random share of control is switched off so that each test knows where its dossiers go.
struct Fixture
{
    explicit Fixture(const QString &name) : t(name)
    {
        counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        QVERIFY2(counter.setActivePurpose(u"AMO"_s), "AMO");
        liquidator = t.createAgentSession(u"liquidator"_s, u"MGPAP"_s, u"LIQUIDATOR"_s);
        QVERIFY2(liquidator.setActivePurpose(u"AMO"_s), "AMO");
        controller = t.createAgentSession(u"doctor"_s, u"MGPAP"_s, u"MEDICAL"_s);
        QVERIFY2(controller.setActivePurpose(u"MCM"_s), "MCM");
        Session registrar = counter;
        registrar.setActivePurpose(u"REG"_s);
        PersonRepository persons(t.db(), testClock());
        Person m;
        m.lastName = u"Benali"_s;
        m.firstName = u"Karim"_s;
        m.immatriculation = u"700000001"_s;
        m.birthDate = QDate(1970, 3, 3);
        m.sex = u"M"_s;
        m.rib = kRib;
        memberId = persons.create(registrar, m);
        Person c = m;
        c.firstName = u"Salma"_s;
        c.immatriculation = u"700000001-01"_s;
        c.birthDate = QDate(2012, 5, 5);
        c.sex = u"F"_s;
        c.relation = u"child"_s;
        c.memberId = memberId;
        c.rib.clear();
        childId = persons.create(registrar, c);
        Sql::run(t.db(), u"UPDATE control_rules SET active = ? WHERE code = 'RANDOM'"_s, {false});
    }

    DossierRepository repo() { return DossierRepository(t.db(), testClock()); }

    // Deposits a dossier for the child with one line per (code, quantity, unit amount).
    Dossier entered(const QString &number, const QList<DossierLineInput> &lines, const QDate &care = kToday.addDays(-10))
    {
        DossierRepository r = repo();
        Dossier d = r.deposit(counter, {childId, number, care, {}});
        d = r.saveLines(counter, d.id, d.version, lines);
        return r.completeEntry(counter, d.id, d.version);
    }

    TestDatabase t;
    Session counter;
    Session liquidator;
    Session controller;
    qint64 memberId = 0;
    qint64 childId = 0;
};

DossierLineInput consultation(Centimes billed)
{
    return {u"C"_s, kInpe, 1, billed};
}

// `count` dossiers waiting for liquidation, two lines each, written directly.
void waitingForLiquidation(Fixture &f, int count)
{
    Transaction transaction(f.t.db());
    const qint64 organisation = f.counter.organisation.id;
    for (int i = 0; i < count; ++i) {
        const QString deposited = kToday.addDays(-(i % 50)).toString(Qt::ISODate);
        const qint64 id = Sql::scalar(f.t.db(),
            u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, "
            "deposited_on, deposited_at, deposited_by, payment_target, status, billed, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, 'AMO', ?, ?, 'now', 'test', ?, 'liquidation', ?, 'now', 'now') RETURNING id"_s,
            {organisation, u"M%1"_s.arg(i), f.childId, f.memberId, deposited, deposited,
             kToday.addDays(60 - (i % 50)).toString(Qt::ISODate), 8000 + 2000}).toLongLong();
        Sql::run(f.t.db(),
                 u"INSERT INTO dossier_lines (dossier_id, organisation_id, line_no, kind, code, label, category, "
                 "provider_inpe, quantity, billed_unit) VALUES (?, ?, 1, 'act', 'C', 'C', 'consultation', ?, 1, "
                 "8000), (?, ?, 2, 'act', 'CS', 'CS', 'consultation', ?, 1, 2000)"_s,
                 {id, organisation, kInpe, id, organisation, kInpe});
    }
    transaction.commit();
}

} // namespace

class TestDossierRepository : public QObject
{
    Q_OBJECT

private slots:
    void depositAndTimeline()
    {
        Fixture f(u"dossier_deposit"_s);
        DossierRepository repo = f.repo();
        const Dossier d = repo.deposit(f.counter, {f.childId, u" ab-1234 "_s, kToday.addDays(-60), {}});
        QCOMPARE(d.number, u"AB-1234"_s);
        QCOMPARE(d.status, DossierStatus::Entry);
        QCOMPARE(d.memberId, f.memberId);
        QCOMPARE(d.beneficiaryName, u"Benali Salma"_s);
        QCOMPARE(d.depositedOn, kToday);
        QCOMPARE(d.paymentTarget, kToday.addDays(60));
        QCOMPARE(d.timeline.size(), 1);
        QCOMPARE(d.timeline.first().agent, u"counter"_s);
        QCOMPARE(d.timeline.first().purpose, u"AMO"_s);
        QCOMPARE(d.timeline.first().toStatus, u"entry"_s);
        QCOMPARE(repo.findByNumber(f.counter, u"ab-1234"_s), QList<qint64>{d.id});
        QCOMPARE(repo.dossiersOfPerson(f.counter, f.memberId).size(), 1);
        // The deposit is audited as a creation; every opening as a read of the beneficiary's file.
        auto audited = [&](const QString &action) {
            return Sql::scalar(f.t.db(), u"SELECT COUNT(*) FROM audit_log WHERE action = ? AND entity = 'dossier' "
                                         "AND person_id = ?"_s,
                               {action, QString::number(f.childId)})
                .toInt();
        };
        QCOMPARE(audited(u"create"_s), 1);
        QCOMPARE(audited(u"read"_s), 0);
        repo.load(f.counter, d.id);
        QCOMPARE(audited(u"read"_s), 1);
    }

    void depositRefusals_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("care");
        QTest::newRow("empty number") << QString() << kToday;
        QTest::newRow("SQL in number") << u"1'; DROP TABLE dossiers; --"_s << kToday;
        QTest::newRow("Arabic number") << u"ملف١٢"_s << kToday;
        QTest::newRow("huge number") << QString(200, u'9') << kToday;
        QTest::newRow("future care") << u"N1"_s << kToday.addDays(1);
        QTest::newRow("impossible date") << u"N1"_s << QDate(2026, 2, 30);
        QTest::newRow("61 days old") << u"N1"_s << kToday.addDays(-61);
    }

    void depositRefusals()
    {
        QFETCH(QString, number);
        QFETCH(QDate, care);
        Fixture f(u"dossier_refusals"_s);
        DossierRepository repo = f.repo();
        expectRefused([&] { repo.deposit(f.counter, {f.childId, number, care, {}}); });
        QCOMPARE(Sql::scalar(f.t.db(), u"SELECT COUNT(*) FROM dossiers"_s).toInt(), 0);
        QVERIFY(Sql::scalar(f.t.db(), u"SELECT COUNT(*) FROM dossier_events"_s).toInt() == 0);
    }

    void lateDepositNeedsASupervisor()
    {
        Fixture f(u"dossier_late"_s);
        DossierRepository repo = f.repo();
        const DepositRequest late{f.childId, u"L1"_s, kToday.addDays(-90), u"Hospitalisé jusqu'au 10/11"_s};
        expectRefused([&] { repo.deposit(f.counter, late); }); // not a supervisor
        Sql::run(f.t.db(), u"UPDATE agents SET supervisor = ? WHERE id = ?"_s, {true, f.counter.agentId});
        expectRefused([&] { repo.deposit(f.counter, {f.childId, u"L1"_s, kToday.addDays(-90), u"  "_s}); });
        const Dossier d = repo.deposit(f.counter, late);
        QCOMPARE(d.lateJustification, late.lateJustification);
        QVERIFY(d.timeline.first().reason.contains(late.lateJustification));

        // A justification lifts the 60-day rule only: an impossible date stays refused, even for
        // a supervisor (the child was born on 5 May 2012).
        for (const QDate impossible : {QDate(1899, 12, 31), QDate(2012, 5, 4), QDate(1, 1, 1)}) {
            expectRefused([&] { repo.deposit(f.counter, {f.childId, u"L2"_s, impossible, late.lateJustification}); });
        }
        QCOMPARE(Sql::scalar(f.t.db(), u"SELECT COUNT(*) FROM dossiers WHERE number = 'L2'"_s).toInt(), 0);
        QCOMPARE(repo.deposit(f.counter, {f.childId, u"L2"_s, QDate(2012, 5, 5), late.lateJustification}).dateOfCare,
                 QDate(2012, 5, 5));
    }

    void purposesAndRegimes()
    {
        Fixture f(u"dossier_purposes"_s);
        DossierRepository repo = f.repo();
        Session student = f.counter;
        QVERIFY(student.setActivePurpose(u"STU"_s));
        // The family is in the AMO regime: the students' purpose cannot take its dossiers.
        expectRefused([&] { repo.deposit(student, {f.childId, u"S1"_s, kToday, {}}); });
        Session registrar = f.counter;
        QVERIFY(registrar.setActivePurpose(u"REG"_s));
        expectRefused([&] { repo.deposit(registrar, {f.childId, u"S1"_s, kToday, {}}); });
        const Dossier d = repo.deposit(f.counter, {f.childId, u"S1"_s, kToday, {}});
        expectRefused([&] { repo.load(registrar, d.id); });
        expectRefused([&] { repo.load(student, d.id); });
        // Another mutuelle sees nothing of it.
        Session other = f.t.createAgentSession(u"omfam"_s, u"OMFAM"_s, u"COUNTER"_s);
        QVERIFY(other.setActivePurpose(u"AMO"_s));
        expectRefused([&] { repo.load(other, d.id); });
        QVERIFY(repo.findByNumber(other, u"S1"_s).isEmpty());
        expectRefused([&] { repo.takeNextForControl(f.counter); });
    }

    void linesAreCheckedAndNothingIsLost()
    {
        Fixture f(u"dossier_lines"_s);
        DossierRepository repo = f.repo();

        Dossier d = repo.deposit(f.counter, {f.childId, u"E1"_s, kToday.addDays(-3), {}});
        const QVariant first = Sql::scalar(f.t.db(), u"SELECT MIN(id) FROM medicines"_s);
        const QString medicine = first.isNull() ? QString() : first.toString();
        if (medicine.isEmpty())
            Sql::run(f.t.db(), u"INSERT INTO medicines (id, name, reimbursable, name_key) VALUES (7, 'DOLIPRANE', ?, "
                               "'doliprane')"_s,
                     {true});
        const QString med = medicine.isEmpty() ? u"7"_s : medicine;
        d = repo.saveLines(f.counter, d.id, d.version,
                           {consultation(15000), {u"MED-"_s + med, kInpe, 2, 2350}, {med, u"987654321"_s, 1, 2350}});
        QCOMPARE(d.lines.size(), 3);
        QCOMPARE(d.lines.at(0).label, u"Consultation du médecin généraliste"_s);
        QCOMPARE(d.lines.at(1).kind, u"medicine"_s);
        QCOMPARE(d.lines.at(2).code, u"MED-"_s + med);
        QCOMPARE(d.billed, 15000 + 2 * 2350 + 2350);
        // An act whose code is digits only is that act, not the medicine with that id.
        Sql::run(f.t.db(), u"INSERT INTO acts (code, name, category, usual_quantity) VALUES (?, 'Acte numérique', "
                           "'act', 0)"_s,
                 {med});
        Dossier numeric = repo.saveLines(f.counter, d.id, d.version, {{med, kInpe, 1, 100}});
        QCOMPARE(numeric.lines.first().kind, u"act"_s);
        d = repo.saveLines(f.counter, d.id, numeric.version,
                           {consultation(15000), {u"MED-"_s + med, kInpe, 2, 2350}, {u"MED-"_s + med, u"987654321"_s, 1, 2350}});
        const int version = d.version;
        const QList<QList<DossierLineInput>> bad = {
            {{u"ZZZ"_s, kInpe, 1, 100}},            // unknown act
            {{u"C"_s, u"12345"_s, 1, 100}},         // INPE too short
            {{u"C"_s, kInpe, 0, 100}},              // no quantity
            {{u"C"_s, kInpe, 1, -100}},             // negative amount
            {{u"MED-99999999"_s, kInpe, 1, 100}},   // unknown medicine
            {{u"C'; DELETE FROM dossier_lines; --"_s, kInpe, 1, 100}},
        };
        for (const QList<DossierLineInput> &lines : bad)
            expectRefused([&] { repo.saveLines(f.counter, d.id, version, lines); });
        // A stale version is a conflict, not an overwrite.
        expectError(DatabaseError::Kind::Conflict, [&] { repo.saveLines(f.counter, d.id, version - 1, {consultation(1)}); });
        QCOMPARE(repo.load(f.counter, d.id).lines.size(), 3);
    }

    void incompleteAndResumed()
    {
        Fixture f(u"dossier_incomplete"_s);
        DossierRepository repo = f.repo();
        Dossier d = repo.deposit(f.counter, {f.childId, u"I1"_s, kToday.addDays(-3), {}});
        expectRefused([&] { repo.markIncomplete(f.counter, d.id, d.version, {u" "_s}); });
        d = repo.markIncomplete(f.counter, d.id, d.version, {u"Ordonnance"_s, u" Facture  de la pharmacie "_s});
        QCOMPARE(d.status, DossierStatus::Incomplete);
        QCOMPARE(d.missing, (QStringList{u"Ordonnance"_s, u"Facture de la pharmacie"_s}));
        expectRefused([&] { repo.completeEntry(f.counter, d.id, d.version); });
        d = repo.resumeEntry(f.counter, d.id, d.version);
        QCOMPARE(d.status, DossierStatus::Entry);
        QVERIFY(d.missing.isEmpty());
        expectRefused([&] { repo.completeEntry(f.counter, d.id, d.version); }); // no line yet
        QCOMPARE(d.timeline.size(), 3);
        // Papers that never come: the counter rejects it, saying why.
        expectRefused([&] { repo.reject(f.counter, d.id, d.version, u"  "_s); });
        d = repo.reject(f.counter, d.id, d.version, u"Pièces jamais fournies"_s);
        QCOMPARE(d.status, DossierStatus::Rejected);
        QCOMPARE(d.timeline.last().reason, u"Pièces jamais fournies"_s);
        expectRefused([&] { repo.resumeEntry(f.counter, d.id, d.version); });
    }

    void controlSelectionRoutes_data()
    {
        QTest::addColumn<QList<DossierLineInput>>("lines");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("plain consultation") << QList<DossierLineInput>{consultation(8000)} << QStringList();
        QTest::newRow("ALD always") << QList<DossierLineInput>{{u"ALDX"_s, kInpe, 1, 8000}} << QStringList{u"ALD"_s};
        QTest::newRow("over 5,000 DH") << QList<DossierLineInput>{{u"C"_s, kInpe, 1, 500001}}
                                       << QStringList{u"DEVIATION"_s, u"THRESHOLD"_s};
        QTest::newRow("150 % of the tariff") << QList<DossierLineInput>{consultation(12000)} << QStringList();
        QTest::newRow("above 150 %") << QList<DossierLineInput>{consultation(12001)} << QStringList{u"DEVIATION"_s};
    }

    void controlSelectionRoutes()
    {
        QFETCH(QList<DossierLineInput>, lines);
        QFETCH(QStringList, reasons);
        Fixture f(u"dossier_control"_s);
        Sql::run(f.t.db(), u"INSERT INTO acts (code, name, category, usual_quantity) VALUES ('ALDX', 'Séance ALD', "
                           "'ald', 0)"_s);
        const Dossier d = f.entered(u"K1"_s, lines);
        QCOMPARE(d.controlReasons, reasons);
        QCOMPARE(d.status, reasons.isEmpty() ? DossierStatus::Liquidation : DossierStatus::Control);
        // ALD/ALC is paid within 30 days of the deposit, the rest within 60.
        QCOMPARE(d.longTerm, reasons.contains(u"ALD"_s));
        QCOMPARE(d.paymentTarget, kToday.addDays(reasons.contains(u"ALD"_s) ? 30 : 60));
    }

    void randomShareUsesTheDatabaseKey()
    {
        Fixture f(u"dossier_random"_s);
        Sql::run(f.t.db(), u"UPDATE control_rules SET active = ?, parameter = 5000 WHERE code = 'RANDOM'"_s, {true});
        const QByteArray key = Sql::scalar(f.t.db(), u"SELECT key FROM control_key"_s).toString().toLatin1();
        QCOMPARE(key.size(), 64);
        const ControlSelector selector({{u"RANDOM"_s, ControlRule::Kind::RandomShare, 5000, {}}}, key);
        int selected = 0;
        for (int i = 0; i < 12; ++i) {
            const QString number = u"R%1"_s.arg(i);
            const bool expected = selector.select({number, {}}, [](const QString &) { return std::nullopt; }).selected();
            const Dossier d = f.entered(number, {consultation(8000 + i)});
            QCOMPARE(d.status == DossierStatus::Control, expected);
            selected += expected ? 1 : 0;
        }
        QVERIFY(selected > 0 && selected < 12); // 1 chance in 2,048 of a false failure
    }

    void fraudChecksFlagForTheController()
    {
        Fixture f(u"dossier_fraud"_s);
        const Dossier first = f.entered(u"F1"_s, {consultation(8000)});
        QCOMPARE(first.status, DossierStatus::Liquidation);
        // Same number again.
        const Dossier again = f.entered(u"F1"_s, {consultation(9000)}, kToday.addDays(-5));
        QCOMPARE(again.status, DossierStatus::Control);
        QCOMPARE(again.fraudFlags, QStringList{u"F1"_s});
        QVERIFY(again.controlReasons.contains(u"FRAUD"_s));
        // Same beneficiary, provider, date of care and amount under another number.
        const Dossier twin = f.entered(u"F2"_s, {consultation(8000)});
        QCOMPARE(twin.status, DossierStatus::Control);
        QCOMPARE(twin.fraudFlags, QStringList{u"F1"_s});
        // Another provider: not a twin.
        const Dossier other = f.entered(u"F3"_s, {{u"C"_s, u"111111111"_s, 1, 8000}});
        QCOMPARE(other.status, DossierStatus::Liquidation);
    }

    void controllerReviewsEveryLine()
    {
        Fixture f(u"dossier_review"_s);
        Sql::run(f.t.db(), u"INSERT INTO acts (code, name, category, usual_quantity) VALUES ('ALDX', 'Séance ALD', "
                           "'ald', 0)"_s);
        Sql::run(f.t.db(), u"INSERT INTO act_tariffs (act_code, valid_from, tariff) VALUES ('ALDX', '2006-01-01', 10000)"_s);
        const Dossier entered =
            f.entered(u"V1"_s, {{u"ALDX"_s, kInpe, 4, 10000}, consultation(8000), {u"C"_s, u"222222222"_s, 1, 8000}});
        QCOMPARE(entered.status, DossierStatus::Control);
        DossierRepository repo = f.repo();
        const std::optional<qint64> taken = repo.takeNextForControl(f.controller);
        QCOMPARE(taken, std::optional<qint64>(entered.id));
        // A second controller finds nothing left to take.
        Session second = f.t.createAgentSession(u"doctor2"_s, u"MGPAP"_s, u"MEDICAL"_s);
        QVERIFY(!repo.takeNextForControl(second).has_value());

        Dossier d = repo.load(f.controller, entered.id);
        const qint64 l1 = d.lines.at(0).id, l2 = d.lines.at(1).id, l3 = d.lines.at(2).id;
        using D = LineReview::Decision;
        // A reason for every adjusted or rejected line; every line reviewed; never more than billed.
        expectRefused([&] { repo.review(f.controller, d.id, d.version, {{l1, D::Adjusted, 2, 10000, {}}, {l2}, {l3}}); });
        expectRefused([&] { repo.review(f.controller, d.id, d.version, {{l1}, {l2}}); });
        expectRefused([&] { repo.review(f.controller, d.id, d.version,
                                        {{l1, D::Adjusted, 5, 10000, u"QUANTITY"_s}, {l2}, {l3}}); });
        expectError(DatabaseError::Kind::Conflict,
                    [&] { repo.review(second, d.id, d.version, {{l1}, {l2}, {l3}}); }); // taken by the first
        d = repo.review(f.controller, d.id, d.version,
                        {{l1, D::Adjusted, 2, 10000, u"QUANTITY"_s}, {l2}, {l3, D::Rejected, 0, 0, u"DUPLICATE"_s}});
        QCOMPARE(d.status, DossierStatus::Liquidation);
        QCOMPARE(d.lines.at(0).allowedQuantity, std::optional<int>(2));
        QCOMPARE(d.lines.at(0).decision, u"adjusted"_s);
        QCOMPARE(d.lines.at(2).reasonCode, u"DUPLICATE"_s);
        // The liquidator sees what was allowed, not the controller's reasons.
        const Dossier seen = repo.load(f.counter, d.id);
        QCOMPARE(seen.lines.at(0).allowedQuantity, std::optional<int>(2));
        QVERIFY(seen.lines.at(0).decision.isEmpty());
        QVERIFY(seen.lines.at(2).reasonCode.isEmpty());
        QVERIFY(seen.timeline.last().reason.contains(u'1'));

        // Liquidation is the liquidator's work, not the counter's, under the same purpose.
        expectRefused([&] { repo.liquidate(f.counter, seen.id, seen.version); });
        expectRefused([&] { repo.liquidateWaiting(f.counter); });

        // ALD at 100 % of 2 × 100 DH; the consultation at 80 % of 80 DH; the rejected line nothing.
        d = repo.liquidate(f.liquidator, seen.id, seen.version);
        QCOMPARE(d.status, DossierStatus::Liquidated);
        QCOMPARE(d.lines.at(0).reimbursed, 20000);
        QCOMPARE(d.lines.at(1).reimbursed, 6400);
        QCOMPARE(d.lines.at(2).reimbursed, 0);
        QCOMPARE(d.reimbursed, 26400);
        QCOMPARE(d.billed, 40000 + 8000 + 8000);
    }

    void allLinesRejectedRejectsTheDossier()
    {
        Fixture f(u"dossier_rejected"_s);
        Sql::run(f.t.db(), u"UPDATE control_rules SET parameter = 0 WHERE code = 'THRESHOLD'"_s);
        const Dossier entered = f.entered(u"X1"_s, {consultation(8000)});
        DossierRepository repo = f.repo();
        QCOMPARE(repo.takeNextForControl(f.controller), std::optional<qint64>(entered.id));
        const Dossier d = repo.load(f.controller, entered.id);
        const Dossier done = repo.review(f.controller, d.id, d.version,
                                         {{d.lines.first().id, LineReview::Decision::Rejected, 0, 0, u"NOT_COVERED"_s}});
        QCOMPARE(done.status, DossierStatus::Rejected);
        QVERIFY(!repo.takeNextForControl(f.controller).has_value());
    }

    void liquidationInChunksAndPayment()
    {
        Fixture f(u"dossier_payment"_s);
        QList<qint64> ids;
        for (int i = 0; i < 7; ++i)
            ids.append(f.entered(u"P%1"_s.arg(i), {consultation(8000 + i * 100)}, kToday.addDays(-20 + i)).id);
        DossierRepository repo = f.repo();
        QList<int> steps;
        QCOMPARE(repo.liquidateWaiting(f.liquidator, [&](int done) { steps.append(done); return true; }), 7);
        QCOMPARE(steps, QList<int>{7});
        QCOMPARE(repo.liquidateWaiting(f.liquidator), 0);
        for (qint64 id : ids)
            QCOMPARE(repo.load(f.counter, id).reimbursed, 6400); // 80 % of the 80 DH tariff
        // A dossier of a member without a RIB stays out of the batch, liquidated.
        Sql::run(f.t.db(), u"UPDATE persons SET rib = NULL WHERE id = ?"_s, {f.memberId});
        expectRefused([&] { repo.createBatch(f.liquidator, u"2026-11"_s); });
        Sql::run(f.t.db(), u"UPDATE persons SET rib = ? WHERE id = ?"_s, {kRib, f.memberId});
        expectRefused([&] { repo.createBatch(f.liquidator, u"2026-13"_s); });
        expectRefused([&] { repo.createBatch(f.liquidator, u"2027-01"_s); });
        expectRefused([&] { repo.createBatch(f.counter, u"2026-11"_s); }); // not the counter's work
        const PaymentBatch batch = repo.createBatch(f.liquidator, u"2026-11"_s);
        QCOMPARE(batch.dossierCount, 7);
        QCOMPARE(batch.total, 7 * 6400);
        const PaymentOrderContent read = PaymentOrder::read(batch.orderFile);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.lines.size(), 7);
        QCOMPARE(read.lines.first().rib, kRib);
        QCOMPARE(read.header.batchNumber, batch.number);
        QCOMPARE(batch.controlSum, PaymentOrder::control(read.lines));
        // Never in two batches.
        expectRefused([&] { repo.createBatch(f.liquidator, u"2026-11"_s); });
        QCOMPARE(repo.load(f.counter, ids.first()).status, DossierStatus::Batched);
        expectRefused([&] { repo.markBatchPaid(f.counter, batch.id); });
        repo.markBatchPaid(f.liquidator, batch.id);
        expectRefused([&] { repo.markBatchPaid(f.liquidator, batch.id); });
        const Dossier paid = repo.load(f.counter, ids.first());
        QCOMPARE(paid.status, DossierStatus::Paid);
        QStringList statuses;
        for (const DossierEvent &e : paid.timeline)
            statuses.append(e.toStatus);
        QCOMPARE(statuses, (QStringList{u"entry"_s, u"liquidation"_s, u"liquidated"_s, u"batched"_s, u"paid"_s}));
    }

    void liquidationOfManyDossiersIsSetBased()
    {
        Fixture f(u"dossier_many"_s);
        // 1,201 dossiers waiting, two lines each, written directly: more than two chunks.
        const int count = 1201;
        waitingForLiquidation(f, count);
        DossierRepository repo = f.repo();
        QList<int> steps;
        QCOMPARE(repo.liquidateWaiting(f.liquidator, [&](int done) { steps.append(done); return true; }), count);
        if (TestDatabase::isPostgres()) {
            // A helper connection liquidates alongside: the steps depend on which one is quicker.
            QVERIFY(std::is_sorted(steps.cbegin(), steps.cend()));
            QCOMPARE(steps.last(), count);
        } else {
            QCOMPARE(steps, (QList<int>{500, 1000, count}));
        }
        // 80 % of 80 DH, and 80 % of 20 DH (billed under the CS tariff).
        QCOMPARE(Sql::scalar(f.t.db(), u"SELECT COUNT(*) FROM dossiers WHERE status = 'liquidated' AND reimbursed = ?"_s,
                             {6400 + 1600})
                     .toInt(),
                 count);
        QCOMPARE(Sql::scalar(f.t.db(), u"SELECT COUNT(*) FROM dossier_lines WHERE reimbursed IS NULL"_s).toInt(), 0);
        // Each dossier liquidated once: one event, one new version.
        QCOMPARE(Sql::scalar(f.t.db(), u"SELECT COUNT(*) FROM dossier_events WHERE to_status = 'liquidated'"_s).toInt(),
                 count);
        QCOMPARE(Sql::scalar(f.t.db(), u"SELECT SUM(version) FROM dossiers"_s).toInt(), 2 * count);
        QCOMPARE(repo.liquidateWaiting(f.liquidator), 0);
    }

    void aStoppedLiquidationCountsAllItDidAndLeavesTheRest()
    {
        Fixture f(u"dossier_stopped"_s);
        const int count = 2501;
        waitingForLiquidation(f, count);
        DossierRepository repo = f.repo();
        const auto liquidated = [&f] {
            return Sql::scalar(f.t.db(), u"SELECT COUNT(*) FROM dossiers WHERE status = 'liquidated'"_s).toInt();
        };
        // Stopped after the first chunk: what was done (by the helper too, on PostgreSQL) is counted.
        const int first = repo.liquidateWaiting(f.liquidator, [](int) { return false; });
        QVERIFY(first >= 500);
        QVERIFY(first < count);
        QCOMPARE(liquidated(), first);
        QCOMPARE(repo.liquidateWaiting(f.liquidator), count - first);
        QCOMPARE(liquidated(), count);
        QCOMPARE(Sql::scalar(f.t.db(), u"SELECT COUNT(*) FROM dossier_events WHERE to_status = 'liquidated'"_s).toInt(),
                 count);
    }

    void archiveBoxes()
    {
        Fixture f(u"dossier_archive"_s);
        const Dossier d = f.entered(u"A1"_s, {consultation(8000)});
        DossierRepository repo = f.repo();
        Session archivist = f.counter;
        QVERIFY(archivist.setActivePurpose(u"ARM"_s));
        expectRefused([&] { repo.fileInBox(f.counter, d.id, d.version, u"B-1"_s, u"Salle 2"_s, u"1"_s); });
        expectRefused([&] { repo.fileInBox(archivist, d.id, d.version, u"B-1"_s, QString(), u"1"_s); });
        const Dossier filed = repo.fileInBox(archivist, d.id, d.version, u"b-1"_s, u"Salle 2, rayon 4"_s, u"12"_s);
        QCOMPARE(filed.archiveBox, u"B-1"_s);
        QCOMPARE(filed.archivePlace, u"12"_s);
        QCOMPARE(filed.status, d.status); // filing is not a step of the pipeline
        QVERIFY(filed.lines.isEmpty());   // the archives see no acts or medicines
        QCOMPARE(repo.load(f.counter, d.id).lines.size(), 1);
        QString place;
        const QList<ArchivedDossier> box = repo.boxContents(archivist, u"B-1"_s, &place);
        QCOMPARE(place, u"Salle 2, rayon 4"_s);
        QCOMPARE(box.size(), 1);
        QCOMPARE(box.first().dossierNumber, u"A1"_s);
        expectRefused([&] { repo.boxContents(archivist, u"B-404"_s); });
    }
};

QTEST_GUILESS_MAIN(TestDossierRepository)
#include "tst_dossierrepository.moc"
