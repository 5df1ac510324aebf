#pragma once

#include "data/common/DatabaseError.h"

#include <QObject>
#include <QSqlDatabase>

namespace guichet {

// Tells the screens that a connection to the database was lost, wherever the failure was seen
// (a list fetching a page, a save), so that one place can say so and reconnect.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    static ConnectionMonitor &instance();

    // The connection is gone, whatever its driver's message said: closed, or, on PostgreSQL,
    // libpq's own state of the socket (a server stopped or restarted). Never for SQLite's file.
    static bool isLost(const QSqlDatabase &db);
    // The error of a failed statement or transaction on `db`, as the agent reads it; a lost
    // connection is one whatever the text, and is reported (lost()) before it is returned.
    static DatabaseError failureOf(const QSqlDatabase &db, const QSqlError &error, const QString &context);

    void reportLost(const QString &connectionName);
    void reportRestored(const QString &connectionName);

signals:
    void lost(const QString &connectionName);
    // The connection is open again, with the agent's purpose re-applied: lists may reload.
    void restored(const QString &connectionName);
};

} // namespace guichet
