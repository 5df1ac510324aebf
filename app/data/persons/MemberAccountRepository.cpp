#include "data/persons/MemberAccountRepository.h"

#include "core/PurposeRules.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString periodOf(const QDate &month)
{
    return month.toString(u"yyyy-MM"_s);
}

QDate monthOf(const QString &period)
{
    return QDate::fromString(period + u"-01"_s, Qt::ISODate);
}

} // namespace

MemberAccountRepository::MemberAccountRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db)), m_clock(clock)
{
}

const Contributions &MemberAccountRepository::rules()
{
    if (!m_rules)
        m_rules.emplace(ReferenceRepository(m_db).contributionRules());
    return *m_rules;
}

qint64 MemberAccountRepository::organisationOf(const Session &session, qint64 personId, bool changing,
                                              bool memberOnly)
{
    const QString purpose = session.activePurpose();
    if (changing ? !PurposeRules::changesPersons(purpose) : !PurposeRules::readsPersons(purpose))
        throw DatabaseError(DatabaseError::Kind::Refused,
                            changing ? tr("Contributions and consents are recorded under the purpose REG only.")
                                     : tr("Persons' files cannot be opened under the purpose \"%1\".").arg(purpose));
    const qint64 organisationFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT organisation_id, relation FROM persons WHERE id = ? AND (? = 0 OR organisation_id = ?)"_s,
                           {personId, organisationFilter, organisationFilter});
    if (!q.next())
        throw DatabaseError(DatabaseError::Kind::Refused, tr("This person's file does not exist or is not yours to open."));
    if (memberOnly && q.value(1).toString() != u"member"_s)
        throw DatabaseError(DatabaseError::Kind::Refused, tr("Contributions are recorded on the member's file."));
    return q.value(0).toLongLong();
}

QList<LedgerEntry> MemberAccountRepository::ledger(const Session &session, qint64 memberId)
{
    organisationOf(session, memberId, false, true);
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT d.period, d.basis, d.income, d.employee, d.employer, d.total, "
                           "COALESCE((SELECT SUM(r.amount) FROM contribution_receipts r "
                           "WHERE r.person_id = d.person_id AND r.period = d.period), 0) "
                           "FROM contribution_dues d WHERE d.person_id = ? ORDER BY d.period"_s,
                           {memberId});
    QList<LedgerEntry> entries;
    while (q.next()) {
        LedgerEntry e;
        e.month = monthOf(q.value(0).toString());
        e.basis = q.value(1).toString();
        e.income = q.value(2).toLongLong();
        e.employee = q.value(3).toLongLong();
        e.employer = q.value(4).toLongLong();
        e.due = q.value(5).toLongLong();
        e.received = q.value(6).toLongLong();
        entries.append(e);
    }
    return entries;
}

LedgerEntry MemberAccountRepository::recordDue(const Session &session, qint64 memberId, const QDate &monthIn,
                                               ContributionRule::Basis basis, Centimes income)
{
    if (!monthIn.isValid())
        throw DatabaseError(DatabaseError::Kind::Refused, tr("The month is not a valid date."));
    const QDate month(monthIn.year(), monthIn.month(), 1);
    const QDate today = m_clock.nowUtc().date();
    if (month > today)
        throw DatabaseError(DatabaseError::Kind::Refused, tr("A contribution cannot be recorded for a month to come."));
    QString error;
    const std::optional<MonthlyContribution> amount = rules().monthly(basis, income, month, &error);
    if (!amount)
        throw DatabaseError(DatabaseError::Kind::Refused, error);

    Transaction transaction(m_db);
    const qint64 organisationId = organisationOf(session, memberId, true, true);
    const QVariant start = Sql::scalar(m_db, u"SELECT relation_start FROM persons WHERE id = ?"_s, {memberId});
    const QDate relationStart = QDate::fromString(start.toString(), Qt::ISODate);
    if (relationStart.isValid() && month < QDate(relationStart.year(), relationStart.month(), 1))
        throw DatabaseError(DatabaseError::Kind::Refused, tr("The month is before the start of the relationship."));
    if (Sql::scalar(m_db, u"SELECT 1 FROM contribution_dues WHERE person_id = ? AND period = ?"_s,
                    {memberId, periodOf(month)})
            .isValid())
        throw DatabaseError(DatabaseError::Kind::Refused,
                            tr("The contribution of %1 is already recorded.").arg(month.toString(u"MM/yyyy"_s)));
    const QString basisText = basis == ContributionRule::Basis::Pension ? u"pension"_s : u"salary"_s;
    const qint64 id =
        Sql::scalar(m_db,
                    u"INSERT INTO contribution_dues (person_id, organisation_id, period, basis, income, employee, "
                    "employer, total, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {memberId, organisationId, periodOf(month), basisText, income, amount->employee, amount->employer,
                     amount->total, toStoredTimestamp(m_clock.nowUtc())})
            .toLongLong();
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"create"_s, u"contribution-due"_s, QString::number(id), memberId,
                                       {{u"period"_s, periodOf(month)}},
                                       {{u"basis"_s, {}, basisText}, {u"income"_s, {}, QString::number(income)}}});
    transaction.commit();
    return {month, basisText, income, amount->employee, amount->employer, amount->total, 0};
}

void MemberAccountRepository::recordReceipt(const Session &session, qint64 memberId, const QDate &monthIn,
                                            Centimes amount, const QDate &receivedOn, const QString &reference)
{
    if (amount <= 0)
        throw DatabaseError(DatabaseError::Kind::Refused, tr("The amount received must be more than zero."));
    if (!monthIn.isValid() || !receivedOn.isValid())
        throw DatabaseError(DatabaseError::Kind::Refused, tr("The month is not a valid date."));
    if (receivedOn > m_clock.nowUtc().date())
        throw DatabaseError(DatabaseError::Kind::Refused, tr("A payment cannot be received in the future."));
    if (reference.size() > 100)
        throw DatabaseError(DatabaseError::Kind::Refused, tr("The reference has at most 100 characters."));
    const QDate month(monthIn.year(), monthIn.month(), 1);
    Transaction transaction(m_db);
    const qint64 organisationId = organisationOf(session, memberId, true, true);
    const QVariant due = Sql::scalar(m_db, u"SELECT total FROM contribution_dues WHERE person_id = ? AND period = ?"_s,
                                     {memberId, periodOf(month)});
    if (!due.isValid())
        throw DatabaseError(DatabaseError::Kind::Refused,
                            tr("No contribution is due for %1: record it first.").arg(month.toString(u"MM/yyyy"_s)));
    const Centimes received =
        Sql::scalar(m_db, u"SELECT COALESCE(SUM(amount), 0) FROM contribution_receipts WHERE person_id = ? AND period = ?"_s,
                    {memberId, periodOf(month)})
            .toLongLong();
    if (received + amount > due.toLongLong())
        throw DatabaseError(DatabaseError::Kind::Refused,
                            tr("This payment is more than what remains due for %1 (%2).")
                                .arg(month.toString(u"MM/yyyy"_s), Money::format(due.toLongLong() - received)));
    const qint64 id =
        Sql::scalar(m_db,
                    u"INSERT INTO contribution_receipts (person_id, organisation_id, period, amount, received_on, "
                    "reference, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {memberId, organisationId, periodOf(month), amount, receivedOn.toString(Qt::ISODate),
                     Sql::text(reference.trimmed()), toStoredTimestamp(m_clock.nowUtc())})
            .toLongLong();
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"create"_s, u"contribution-receipt"_s, QString::number(id), memberId,
                                       {{u"period"_s, periodOf(month)}},
                                       {{u"amount"_s, {}, QString::number(amount)},
                                        {u"received_on"_s, {}, receivedOn.toString(Qt::ISODate)},
                                        {u"reference"_s, {}, reference.trimmed()}}});
    transaction.commit();
}

Entitlement::Result MemberAccountRepository::entitlement(const Session &session, qint64 personId, const QDate &on)
{
    organisationOf(session, personId, false, false);
    QSqlQuery p = Sql::run(m_db,
                           u"SELECT member_id, relation, child_condition, birth_date, relation_end, status, "
                           "relation_start FROM persons WHERE id = ?"_s,
                           {personId});
    p.next();
    const qint64 memberId = p.value(0).isNull() ? personId : p.value(0).toLongLong();
    Entitlement::Beneficiary beneficiary{p.value(1).toString(), p.value(2).toString(),
                                         QDate::fromString(p.value(3).toString(), Qt::ISODate),
                                         QDate::fromString(p.value(4).toString(), Qt::ISODate)};
    p.finish();
    QSqlQuery m = Sql::run(m_db, u"SELECT status, relation_start, relation_end FROM persons WHERE id = ?"_s, {memberId});
    m.next();
    Entitlement::Member member;
    member.status = m.value(0).toString();
    member.relationStart = QDate::fromString(m.value(1).toString(), Qt::ISODate);
    member.relationEnd = QDate::fromString(m.value(2).toString(), Qt::ISODate);
    m.finish();
    QSqlQuery l = Sql::run(m_db,
                           u"SELECT d.period, d.total, COALESCE((SELECT SUM(r.amount) FROM contribution_receipts r "
                           "WHERE r.person_id = d.person_id AND r.period = d.period), 0) "
                           "FROM contribution_dues d WHERE d.person_id = ?"_s,
                           {memberId});
    while (l.next())
        member.ledger.append({monthOf(l.value(0).toString()), l.value(1).toLongLong(), l.value(2).toLongLong()});
    const Entitlement::Result memberResult = Entitlement::forMember(member, on);
    return memberId == personId ? memberResult : Entitlement::forBeneficiary(memberResult, beneficiary, on);
}

QStringList MemberAccountRepository::consentKinds()
{
    return {u"prospecting"_s, u"sms"_s, u"online"_s};
}

QString MemberAccountRepository::consentLabel(const QString &kind)
{
    if (kind == u"prospecting"_s)
        return tr("Direct prospecting");
    if (kind == u"sms"_s)
        return tr("Notices by SMS");
    if (kind == u"online"_s)
        return tr("Online dossier tracking");
    return kind;
}

QList<Consent> MemberAccountRepository::consents(const Session &session, qint64 personId)
{
    organisationOf(session, personId, false, false);
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT id, kind, given_at, withdrawn_at FROM consents WHERE person_id = ? ORDER BY id"_s,
                           {personId});
    QList<Consent> found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return found;
}

QList<Opposition> MemberAccountRepository::oppositions(const Session &session, qint64 personId)
{
    organisationOf(session, personId, false, false);
    QSqlQuery q = Sql::run(
        m_db, u"SELECT id, purpose_code, reason, recorded_at FROM oppositions WHERE person_id = ? ORDER BY id"_s,
        {personId});
    QList<Opposition> found;
    while (q.next())
        found.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return found;
}

void MemberAccountRepository::giveConsent(const Session &session, qint64 personId, const QString &kind)
{
    if (!consentKinds().contains(kind))
        throw DatabaseError(DatabaseError::Kind::Refused, tr("Choose the kind of consent."));
    Transaction transaction(m_db);
    const qint64 organisationId = organisationOf(session, personId, true, false);
    if (Sql::scalar(m_db, u"SELECT 1 FROM consents WHERE person_id = ? AND kind = ? AND withdrawn_at IS NULL"_s,
                    {personId, kind})
            .isValid())
        throw DatabaseError(DatabaseError::Kind::Refused, tr("This consent is already in force."));
    const qint64 id = Sql::scalar(m_db,
                                  u"INSERT INTO consents (person_id, organisation_id, kind, given_at) VALUES (?, ?, ?, ?) "
                                  "RETURNING id"_s,
                                  {personId, organisationId, kind, toStoredTimestamp(m_clock.nowUtc())})
                          .toLongLong();
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"give"_s, u"consent"_s, QString::number(id), personId, {{u"kind"_s, kind}},
                                       {{kind, {}, u"given"_s}}});
    transaction.commit();
}

void MemberAccountRepository::withdrawConsent(const Session &session, qint64 personId, qint64 consentId)
{
    Transaction transaction(m_db);
    organisationOf(session, personId, true, false);
    QSqlQuery q = Sql::run(m_db,
                           u"UPDATE consents SET withdrawn_at = ? WHERE id = ? AND person_id = ? AND withdrawn_at IS NULL "
                           "RETURNING kind"_s,
                           {toStoredTimestamp(m_clock.nowUtc()), consentId, personId});
    if (!q.next())
        throw DatabaseError(DatabaseError::Kind::Refused, tr("This consent is no longer in force."));
    const QString kind = q.value(0).toString();
    q.finish();
    AuditLog(m_db, m_clock)
        .appendInTransaction(session,
                             {u"withdraw"_s, u"consent"_s, QString::number(consentId), personId, {{u"kind"_s, kind}},
                              {{kind, u"given"_s, u"withdrawn"_s}}});
    transaction.commit();
}

} // namespace guichet
