#include "data/common/ConnectionMonitor.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace guichet {

ConnectionMonitor &ConnectionMonitor::instance()
{
    static ConnectionMonitor monitor;
    return monitor;
}

bool ConnectionMonitor::isLost(const QSqlDatabase &db)
{
    if (!db.isValid() || db.driverName() != u"QPSQL"_s)
        return false;
    if (!db.isOpen())
        return true;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    auto *connection = *static_cast<PGconn *const *>(handle.data());
    return !connection || PQstatus(connection) != CONNECTION_OK;
}

DatabaseError ConnectionMonitor::failureOf(const QSqlDatabase &db, const QSqlError &error, const QString &context)
{
    DatabaseError failure = DatabaseError::fromSql(error, context);
    if (failure.kind() != DatabaseError::Kind::Connection && isLost(db))
        failure = DatabaseError::connectionLost(failure.detail());
    if (failure.kind() == DatabaseError::Kind::Connection)
        instance().reportLost(db.connectionName());
    return failure;
}

void ConnectionMonitor::reportLost(const QString &connectionName)
{
    emit lost(connectionName);
}

void ConnectionMonitor::reportRestored(const QString &connectionName)
{
    emit restored(connectionName);
}

} // namespace guichet
