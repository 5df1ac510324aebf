#pragma once

#include "core/Clock.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace guichet {

struct WorkItem
{
    qint64 id = 0;
    QString purpose;
    QString entity;
    QString entityId;
    QDate dueDate;
    qint64 takenBy = 0;
};

// The work of one purpose waiting for an agent, oldest deadline first. Taking an item is atomic:
// several agents on the same queue never take the same item and never wait on each other.
class WorkQueue
{
    Q_DECLARE_TR_FUNCTIONS(WorkQueue)

public:
    explicit WorkQueue(QSqlDatabase db, const Clock &clock = Clock::system());

    // Adds work for the session's active purpose and organisation.
    qint64 enqueue(const Session &session, const QString &entity, const QString &entityId, const QDate &dueDate);
    // Takes the waiting item with the nearest deadline, or nothing when the queue is empty.
    std::optional<WorkItem> takeNext(const Session &session);
    // Puts an item back in the queue (the agent could not finish it).
    void release(const Session &session, qint64 itemId);
    void complete(const Session &session, qint64 itemId);
    int waitingCount(const Session &session) const;

private:
    void finish(const Session &session, qint64 itemId, bool done);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
