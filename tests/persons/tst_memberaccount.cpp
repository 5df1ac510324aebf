#include "ExpectError.h"
#include "TestDatabase.h"
#include "core/Clock.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/persons/MemberAccountRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Sql.h"

#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const FixedClock &testClock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
    return fixed;
}

Person person(const QString &first, const QString &immatriculation, const QDate &birth)
{
    Person p;
    p.lastName = u"Fassi"_s;
    p.firstName = first;
    p.immatriculation = immatriculation;
    p.birthDate = birth;
    p.sex = u"M"_s;
    return p;
}

} // namespace

class TestMemberAccount : public QObject
{
    Q_OBJECT

private slots:
    void ledgerArrearsAndEntitlement()
    {
        TestDatabase t(u"account_ledger"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        PersonRepository persons(t.db(), testClock());
        Person m = person(u"Omar"_s, u"600000001"_s, QDate(1975, 4, 4));
        m.relationStart = QDate(2026, 1, 15);
        const qint64 memberId = persons.create(session, m);
        Person child = person(u"Yassine"_s, u"600000001-01"_s, QDate(2010, 6, 1));
        child.relation = u"child"_s;
        child.memberId = memberId;
        const qint64 childId = persons.create(session, child);

        MemberAccountRepository account(t.db(), testClock());
        // 5 % of 10,000 DH is 500 DH: the ceiling of 400 DH applies, half each.
        const LedgerEntry july = account.recordDue(session, memberId, QDate(2026, 7, 1),
                                                   ContributionRule::Basis::Salary, 1000000);
        QCOMPARE(july.due, 40000);
        QCOMPARE(july.employee, 20000);
        QCOMPARE(july.employer, 20000);
        // 5 % of 1,000 DH is 50 DH: the floor of 70 DH applies.
        QCOMPARE(account.recordDue(session, memberId, QDate(2026, 8, 1), ContributionRule::Basis::Salary, 100000).due,
                 7000);
        account.recordReceipt(session, memberId, QDate(2026, 8, 1), 7000, QDate(2026, 9, 5), u"VIR-0825"_s);
        account.recordReceipt(session, memberId, QDate(2026, 7, 1), 10000, QDate(2026, 8, 5), QString());

        const QList<LedgerEntry> entries = account.ledger(session, memberId);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).month, QDate(2026, 7, 1));
        QCOMPARE(entries.at(0).received, 10000);
        QCOMPARE(entries.at(1).received, 7000);

        // July's 300 DH are past the grace period on 22 November: the family's benefits are suspended.
        const auto memberResult = account.entitlement(session, memberId, testClock().nowUtc().date());
        QCOMPARE(memberResult.status, Entitlement::Status::InArrears);
        QCOMPARE(memberResult.arrears, 30000);
        QCOMPARE(memberResult.overdueSince, QDate(2026, 7, 1));
        QCOMPARE(account.entitlement(session, childId, testClock().nowUtc().date()).status,
                 Entitlement::Status::InArrears);

        account.recordReceipt(session, memberId, QDate(2026, 7, 1), 30000, QDate(2026, 11, 20), u"REGUL"_s);
        QVERIFY(account.entitlement(session, memberId, testClock().nowUtc().date()).entitled());
        QVERIFY(account.entitlement(session, childId, testClock().nowUtc().date()).entitled());

        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE entity LIKE 'contribution%' "
                                     "AND person_id = ?"_s,
                             {QString::number(memberId)})
                     .toInt(),
                 5);
        QVERIFY(AuditLog(t.db()).verify().isIntact());
    }

    void theReferenceRulesAreThePublishedOnes()
    {
        TestDatabase t(u"account_rules"_s);
        const QList<ContributionRule> rules = ReferenceRepository(t.db()).contributionRules();
        QCOMPARE(rules.size(), 2);
        const ContributionRule &pension = rules.at(0); // ordered by date, then basis
        const ContributionRule &salary = rules.at(1);
        QCOMPARE(salary.validFrom, QDate(2005, 9, 1));
        QCOMPARE(salary.basis, ContributionRule::Basis::Salary);
        QCOMPARE(salary.rateBasisPoints, 500);
        QCOMPARE(salary.floor, 7000);
        QCOMPARE(salary.ceiling, 40000);
        QCOMPARE(salary.employerShareBasisPoints, 5000);
        QCOMPARE(pension.basis, ContributionRule::Basis::Pension);
        QCOMPARE(pension.rateBasisPoints, 250);
        QCOMPARE(pension.employerShareBasisPoints, 0);
        // A new dated row changes the months from its date on, not before.
        Sql::run(t.db(), u"INSERT INTO contribution_rules (valid_from, basis, rate_bp, floor, ceiling, "
                         "employer_share_bp) VALUES ('2026-07-01', 'salary', 600, 7000, 40000, 5000)"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 id =
            PersonRepository(t.db(), testClock()).create(session, person(u"Anas"_s, u"630000001"_s, QDate(1980, 1, 1)));
        MemberAccountRepository account(t.db(), testClock());
        QCOMPARE(account.recordDue(session, id, QDate(2026, 6, 1), ContributionRule::Basis::Salary, 500000).due, 25000);
        QCOMPARE(account.recordDue(session, id, QDate(2026, 7, 1), ContributionRule::Basis::Salary, 500000).due, 30000);
    }

    void refusesWhatTheLedgerCannotHold()
    {
        TestDatabase t(u"account_refused"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        PersonRepository persons(t.db(), testClock());
        Person m = person(u"Driss"_s, u"610000001"_s, QDate(1970, 1, 1));
        m.relationStart = QDate(2026, 3, 1);
        const qint64 memberId = persons.create(session, m);
        Person spouse = person(u"Leila"_s, u"610000001-01"_s, QDate(1972, 1, 1));
        spouse.relation = u"spouse"_s;
        spouse.memberId = memberId;
        const qint64 spouseId = persons.create(session, spouse);
        MemberAccountRepository account(t.db(), testClock());
        using B = ContributionRule::Basis;
        account.recordDue(session, memberId, QDate(2026, 4, 1), B::Pension, 800000);
        expectRefused([&] { account.recordDue(session, memberId, QDate(2026, 4, 1), B::Pension, 800000); });
        expectRefused([&] { account.recordDue(session, memberId, QDate(2026, 12, 1), B::Salary, 800000); });
        expectRefused([&] { account.recordDue(session, memberId, QDate(2026, 2, 1), B::Salary, 800000); });
        expectRefused([&] { account.recordDue(session, memberId, QDate(2026, 5, 1), B::Salary, -1); });
        expectRefused([&] { account.recordDue(session, spouseId, QDate(2026, 5, 1), B::Salary, 800000); });
        // 2.5 % of 8,000 DH = 200 DH due for April: 201 DH is more than that.
        expectRefused([&] { account.recordReceipt(session, memberId, QDate(2026, 4, 1), 20100, QDate(2026, 5, 1), {}); });
        expectRefused([&] { account.recordReceipt(session, memberId, QDate(2026, 4, 1), 0, QDate(2026, 5, 1), {}); });
        expectRefused([&] { account.recordReceipt(session, memberId, QDate(2026, 4, 1), -500, QDate(2026, 5, 1), {}); });
        expectRefused([&] { account.recordReceipt(session, memberId, QDate(2026, 5, 1), 100, QDate(2026, 5, 1), {}); });
        expectRefused([&] { account.recordReceipt(session, memberId, QDate(2026, 4, 1), 100, QDate(2027, 1, 1), {}); });
        account.recordReceipt(session, memberId, QDate(2026, 4, 1), 20000, QDate(2026, 5, 1), u"l'avance"_s);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM contribution_dues"_s).toInt(), 1);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM contribution_receipts"_s).toInt(), 1);

        // Another mutuelle's agent sees nothing of this account; a liquidator reads, never writes.
        const Session other = t.createAgentSession(u"other"_s, u"OMFAM"_s, u"COUNTER"_s);
        expectRefused([&] { account.ledger(other, memberId); });
        Session liquidator = t.createAgentSession(u"liquidator"_s, u"MGPAP"_s, u"LIQUIDATOR"_s);
        QCOMPARE(account.ledger(liquidator, memberId).size(), 1);
        expectRefused([&] { account.recordDue(liquidator, memberId, QDate(2026, 5, 1), B::Salary, 800000); });
    }

    void consentsAreGivenAndWithdrawn()
    {
        TestDatabase t(u"account_consents"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 id =
            PersonRepository(t.db(), testClock()).create(session, person(u"Hind"_s, u"620000001"_s, QDate(1988, 8, 8)));
        MemberAccountRepository account(t.db(), testClock());
        account.giveConsent(session, id, u"prospecting"_s);
        expectRefused([&] { account.giveConsent(session, id, u"prospecting"_s); });
        expectRefused([&] { account.giveConsent(session, id, u"'; DROP TABLE consents; --"_s); });
        QList<Consent> consents = account.consents(session, id);
        QCOMPARE(consents.size(), 1);
        QVERIFY(consents.first().withdrawnAt.isEmpty());
        account.withdrawConsent(session, id, consents.first().id);
        expectRefused([&] { account.withdrawConsent(session, id, consents.first().id); });
        consents = account.consents(session, id);
        QVERIFY(!consents.first().withdrawnAt.isEmpty());
        account.giveConsent(session, id, u"prospecting"_s); // given again later: a new consent
        QCOMPARE(account.consents(session, id).size(), 2);
        QVERIFY(account.oppositions(session, id).isEmpty());
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'consent'"_s).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMemberAccount)
#include "tst_memberaccount.moc"
