#include "data/common/WorkQueue.h"

#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
QVariant organisationFilter(const Session &session)
{
    return session.seesAllOrganisations() ? qint64(0) : session.organisation.id;
}
} // namespace

WorkQueue::WorkQueue(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

qint64 WorkQueue::enqueue(const Session &session, const QString &entity, const QString &entityId, const QDate &dueDate)
{
    if (session.activePurpose().isEmpty() || !dueDate.isValid())
        throw DatabaseError(DatabaseError::Kind::Refused, tr("Work needs a purpose and a due date."));
    Transaction transaction(m_db);
    const qint64 id = Sql::scalar(m_db,
                                  u"INSERT INTO work_items (purpose, organisation_id, entity, entity_id, due_date, "
                                  "created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                  {session.activePurpose(), session.organisation.id, entity, entityId,
                                   dueDate.toString(Qt::ISODate), toStoredTimestamp(m_clock.nowUtc())})
                          .toLongLong();
    AuditLog(m_db, m_clock).appendInTransaction(session, {u"enqueue"_s, entity, entityId, 0, {{u"item"_s, id}}});
    transaction.commit();
    return id;
}

std::optional<WorkItem> WorkQueue::takeNext(const Session &session)
{
    // PostgreSQL: SKIP LOCKED lets each agent pass over the row another one is taking.
    // SQLite: the transaction holds the only write lock, so the inner SELECT cannot race.
    const QString lock = Sql::lockClause(m_db, u"FOR UPDATE SKIP LOCKED"_s);
    const QString sql = u"UPDATE work_items SET taken_by = ?, taken_at = ?, version = version + 1 WHERE id = "
                        "(SELECT id FROM work_items WHERE purpose = ? AND taken_by IS NULL AND done_at IS NULL "
                        "AND (? = 0 OR organisation_id = ?) ORDER BY due_date, id LIMIT 1"_s
                        % lock % u") AND taken_by IS NULL RETURNING id, purpose, entity, entity_id, due_date"_s;
    Transaction transaction(m_db);
    const QVariant organisation = organisationFilter(session);
    QSqlQuery q = Sql::run(m_db, sql,
                           {session.agentId, toStoredTimestamp(m_clock.nowUtc()), session.activePurpose(),
                            organisation, organisation});
    if (!q.next())
        return std::nullopt;
    WorkItem item{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                  QDate::fromString(q.value(4).toString(), Qt::ISODate), session.agentId};
    q.finish();
    AuditLog(m_db, m_clock).appendInTransaction(session, {u"take"_s, item.entity, item.entityId, 0,
                                                          {{u"item"_s, item.id}}});
    transaction.commit();
    return item;
}

void WorkQueue::finish(const Session &session, qint64 itemId, bool done)
{
    Transaction transaction(m_db);
    const QString sql = done ? u"UPDATE work_items SET done_at = ?, version = version + 1 "
                               "WHERE id = ? AND taken_by = ? AND done_at IS NULL RETURNING entity, entity_id"_s
                             : u"UPDATE work_items SET taken_by = NULL, taken_at = NULL, version = version + 1 "
                               "WHERE id = ? AND taken_by = ? AND done_at IS NULL RETURNING entity, entity_id"_s;
    QVariantList values = {itemId, session.agentId};
    if (done)
        values.prepend(toStoredTimestamp(m_clock.nowUtc()));
    QSqlQuery q = Sql::run(m_db, sql, values);
    if (!q.next())
        throw DatabaseError(DatabaseError::Kind::Conflict, tr("This work item is not yours, or is already done."));
    const QString entity = q.value(0).toString();
    const QString entityId = q.value(1).toString();
    q.finish();
    AuditLog(m_db, m_clock).appendInTransaction(session, {done ? u"complete"_s : u"release"_s, entity, entityId, 0,
                                                          {{u"item"_s, itemId}}});
    transaction.commit();
}

void WorkQueue::release(const Session &session, qint64 itemId)
{
    finish(session, itemId, false);
}

void WorkQueue::complete(const Session &session, qint64 itemId)
{
    finish(session, itemId, true);
}

int WorkQueue::waitingCount(const Session &session) const
{
    const QVariant organisation = organisationFilter(session);
    return Sql::scalar(m_db, u"SELECT count(*) FROM work_items WHERE purpose = ? AND taken_by IS NULL "
                             "AND done_at IS NULL AND (? = 0 OR organisation_id = ?)"_s,
                       {session.activePurpose(), organisation, organisation})
        .toInt();
}

} // namespace guichet
