// DossierRepository, deposit at the counter (AMO/STU).
#include "data/dossiers/DossierRepository.h"
#include "data/dossiers/DossierSql.h"

#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace dossier_sql;

Dossier DossierRepository::deposit(const Session &session, const DepositRequest &request)
{
    const QString regime = requireRegimePurpose(session, Action::DossierDeposit);
    const QString number = request.number.trimmed().toUpper();
    static const QRegularExpression numberRe(u"^[A-Z0-9][A-Z0-9/-]*$"_s);
    if (number.isEmpty())
        throw DatabaseError::refused(tr("Scan or type the dossier's number."));
    if (number.size() > MaxNumberLength || !numberRe.match(number).hasMatch())
        throw DatabaseError::refused(tr("A dossier number has at most %1 letters, digits, dashes or slashes.").arg(MaxNumberLength));
    const QDate depositedOn = today();

    Transaction transaction(m_db);
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery p = Sql::run(m_db,
                           u"SELECT organisation_id, COALESCE(member_id, id), regime, birth_date FROM persons "
                           "WHERE id = ? AND (? = 0 OR organisation_id = ?)"_s,
                           {request.personId, orgFilter, orgFilter});
    if (!p.next())
        throw DatabaseError::refused(tr("This person's file does not exist or is not yours to open."));
    const qint64 organisationId = p.value(0).toLongLong();
    const qint64 memberId = p.value(1).toLongLong();
    if (p.value(2).toString() != regime)
        throw DatabaseError::refused(tr("This person is in the regime %1: the dossier is deposited under that purpose.")
                          .arg(p.value(2).toString()));
    const QDate birthDate = dateOf(p.value(3));
    p.finish();

    // An impossible date is refused whoever asks: a justification lifts only the 60-day rule.
    if (const QString refusal = DossierRules::careDateRefusal(request.dateOfCare, depositedOn, birthDate);
        !refusal.isEmpty())
        throw DatabaseError::refused(refusal);
    const bool late = DossierRules::depositIsLate(request.dateOfCare, depositedOn);
    const QString justification = request.lateJustification.trimmed();
    if (late) {
        if (justification.isEmpty())
            throw DatabaseError::refused(tr("The care is more than %1 days old: the deposit is refused unless a supervisor records "
                             "a justification.")
                              .arg(DossierRules::DepositDays));
        const bool supervisor =
            Sql::scalar(m_db, u"SELECT supervisor FROM agents WHERE id = ?"_s, {session.agentId}).toBool();
        if (!supervisor)
            throw DatabaseError::refused(tr("Only a supervisor can accept a deposit more than %1 days after the care.")
                              .arg(DossierRules::DepositDays));
    }

    const QString now = toStoredTimestamp(m_clock.nowUtc());
    const QDate target = DossierRules::paymentTarget(depositedOn, false);
    const qint64 id =
        Sql::scalar(m_db,
                    u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, "
                    "deposited_on, deposited_at, deposited_by, late_justification, payment_target, status, created_at, "
                    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'entry', ?, ?) RETURNING id"_s,
                    {organisationId, number, request.personId, memberId, regime, iso(request.dateOfCare),
                     iso(depositedOn), now, session.login, Sql::nullIfEmpty(late ? justification : QString()),
                     iso(target), now, now})
            .toLongLong();
    recordEvent(session, id, organisationId, QString(), dossierStatusCode(DossierStatus::Entry),
                late ? tr("Late deposit accepted: %1").arg(justification) : QString());
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"create"_s, u"dossier"_s, QString::number(id), request.personId,
                                       {{u"number"_s, number}, {u"late"_s, late}}});
    transaction.commit();
    return fetch(session, id);
}

} // namespace guichet
