// DossierRepository, payment batches (AMO/STU).
#include "data/dossiers/DossierRepository.h"
#include "data/dossiers/DossierSql.h"

#include "core/PaymentOrder.h"
#include "core/Rib.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

using namespace Qt::StringLiterals;

namespace guichet {

using namespace dossier_sql;

PaymentBatch DossierRepository::createBatch(const Session &session, const QString &period)
{
    const QString regime = requireRegimePurpose(session, Action::BatchBuild);
    const QDate month = QDate::fromString(period + u"-01"_s, Qt::ISODate);
    if (!month.isValid())
        throw DatabaseError::refused(tr("The period is a month, as YYYY-MM."));
    if (month > today())
        throw DatabaseError::refused(tr("A batch cannot be made for a month to come."));
    const QDate lastDay = month.addMonths(1).addDays(-1);
    Transaction transaction(m_db);
    const qint64 organisationId = session.organisation.id;
    // Locked so that two liquidators making a batch at once cannot put a dossier in both.
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT d.id, d.number, d.person_id, m.immatriculation, m.last_name, m.first_name, "
                           "COALESCE(m.rib, ''), d.reimbursed, d.version FROM dossiers d "
                           "JOIN persons m ON m.id = d.member_id WHERE d.organisation_id = ? AND d.regime = ? "
                           "AND d.status = 'liquidated' AND d.batch_id IS NULL AND d.deposited_on <= ? "
                           "ORDER BY d.id"_s
                               + Sql::lockClause(m_db, u"FOR UPDATE OF d"_s),
                           {organisationId, regime, iso(lastDay)});
    struct Row
    {
        qint64 id, personId;
        int version;
        PaymentOrderLine line;
    };
    QList<Row> rows;
    PaymentBatch batch;
    while (q.next()) {
        const QString rib = Rib::normalized(q.value(6).toString());
        const Centimes amount = q.value(7).toLongLong();
        if (!Rib::problem(rib).isEmpty()) {
            batch.leftOut.append(q.value(1).toString());
            continue;
        }
        if (amount <= 0)
            continue; // nothing to pay: stays liquidated, out of every batch
        rows.append({q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(8).toInt(),
                     {q.value(1).toString(), q.value(3).toString(), personName(q.value(4), q.value(5)), rib, amount}});
    }
    q.finish();
    if (rows.isEmpty())
        throw DatabaseError::refused(tr("No liquidated dossier with a valid RIB is waiting for payment up to %1.")
                          .arg(month.toString(u"MM/yyyy"_s)));

    const qint64 sequence =
        Sql::scalar(m_db, u"SELECT COUNT(*) FROM payment_batches WHERE organisation_id = ?"_s, {organisationId})
            .toLongLong()
        + 1;
    batch.number = u"%1-%2-%3-%4"_s.arg(session.organisation.code, regime, period).arg(sequence, 4, 10, QChar(u'0'));
    QList<PaymentOrderLine> lines;
    for (const Row &row : std::as_const(rows))
        lines.append(row.line);
    const QDateTime now = m_clock.nowUtc();
    const PaymentOrderFile file = PaymentOrder::write({session.organisation.code, batch.number, period, now.date()}, lines);
    if (!file.ok())
        throw DatabaseError::refused(file.error);
    for (const Row &row : std::as_const(rows))
        batch.total += row.line.amount;
    batch.controlSum = PaymentOrder::control(lines);
    batch.id = Sql::scalar(m_db,
                           u"INSERT INTO payment_batches (organisation_id, number, regime, period, created_at, created_by, "
                           "dossier_count, total, control_sum, order_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"_s,
                           {organisationId, batch.number, regime, period, toStoredTimestamp(now), session.login,
                            int(rows.size()), batch.total, batch.controlSum, QString::fromUtf8(file.bytes)})
                   .toLongLong();
    for (const Row &row : std::as_const(rows)) {
        Target t;
        t.id = row.id;
        t.organisationId = organisationId;
        t.personId = row.personId;
        t.number = row.line.dossierNumber;
        t.status = DossierStatus::Liquidated;
        t.version = row.version;
        Sql::run(m_db, u"UPDATE dossiers SET batch_id = ? WHERE id = ? AND batch_id IS NULL"_s, {batch.id, row.id});
        move(session, t, DossierStatus::Batched, batch.number, u"batch"_s, {{u"batch"_s, batch.number}});
    }
    transaction.commit();
    PaymentBatch result = this->batch(session, batch.id);
    result.leftOut = batch.leftOut;
    return result;
}

PaymentBatch DossierRepository::batch(const Session &session, qint64 batchId)
{
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT b.id, b.number, o.code, o.name, b.regime, b.period, b.created_at, b.created_by, "
                           "b.dossier_count, b.total, b.control_sum, b.order_file, b.paid_at FROM payment_batches b "
                           "JOIN organisations o ON o.id = b.organisation_id WHERE b.id = ? AND b.regime = ? "
                           "AND (? = 0 OR b.organisation_id = ?)"_s,
                           {batchId, requireRegimePurpose(session), orgFilter, orgFilter});
    if (!q.next())
        throw DatabaseError::refused(tr("This payment batch does not exist or is not yours."));
    PaymentBatch b;
    b.id = q.value(0).toLongLong();
    b.number = q.value(1).toString();
    b.organisationCode = q.value(2).toString();
    b.organisationName = q.value(3).toString();
    b.regime = q.value(4).toString();
    b.period = q.value(5).toString();
    b.createdAt = fromStoredTimestamp(q.value(6).toString());
    b.createdBy = q.value(7).toString();
    b.dossierCount = q.value(8).toInt();
    b.total = q.value(9).toLongLong();
    b.controlSum = q.value(10).toString();
    b.orderFile = q.value(11).toString().toUtf8();
    if (!q.value(12).isNull())
        b.paidAt = fromStoredTimestamp(q.value(12).toString());
    return b;
}

QList<PaymentBatch> DossierRepository::unpaidBatches(const Session &session)
{
    const QString regime = requireRegimePurpose(session);
    QSqlQuery q = Sql::run(m_db, u"SELECT id FROM payment_batches WHERE organisation_id = ? AND regime = ? "
                                 "AND paid_at IS NULL ORDER BY id"_s,
                           {session.organisation.id, regime});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    QList<PaymentBatch> list;
    for (qint64 id : ids)
        list.append(batch(session, id));
    return list;
}

QList<PaymentOrderLine> DossierRepository::batchLines(const Session &session, qint64 batchId)
{
    const PaymentOrderContent content = PaymentOrder::read(batch(session, batchId).orderFile);
    if (!content.ok())
        throw DatabaseError(DatabaseError::Kind::Damaged, content.error);
    return content.lines;
}

void DossierRepository::markBatchPaid(const Session &session, qint64 batchId)
{
    requireRegimePurpose(session, Action::BatchPay);
    Transaction transaction(m_db);
    const PaymentBatch b = batch(session, batchId);
    if (b.paidAt.isValid())
        throw DatabaseError::refused(tr("Batch %1 is already paid.").arg(b.number));
    const QString now = toStoredTimestamp(m_clock.nowUtc());
    Sql::run(m_db, u"UPDATE payment_batches SET paid_at = ?, paid_by = ? WHERE id = ? AND paid_at IS NULL"_s,
             {now, session.login, batchId});
    QSqlQuery q = Sql::run(m_db, u"SELECT id, organisation_id, person_id, number, version FROM dossiers "
                                 "WHERE batch_id = ? AND status = 'batched'"_s
                                     + Sql::lockClause(m_db, u"FOR UPDATE"_s),
                           {batchId});
    QList<Target> targets;
    while (q.next()) {
        Target t;
        t.id = q.value(0).toLongLong();
        t.organisationId = q.value(1).toLongLong();
        t.personId = q.value(2).toLongLong();
        t.number = q.value(3).toString();
        t.version = q.value(4).toInt();
        t.status = DossierStatus::Batched;
        targets.append(t);
    }
    q.finish();
    for (const Target &t : std::as_const(targets))
        move(session, t, DossierStatus::Paid, b.number, u"pay"_s, {{u"batch"_s, b.number}});
    transaction.commit();
}

} // namespace guichet
