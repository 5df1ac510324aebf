#pragma once

#include "core/ConnectionSpec.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace guichet {

// Opens and closes connections. Each thread or purpose of use has its own connection name.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The embedded database of this workstation, under the application data location.
    static QString defaultSqlitePath();

    // Opens the connection, or throws DatabaseError with a sentence saying what went wrong
    // (unreachable server, wrong credentials, damaged file). Never creates anything on a server,
    // and never overwrites an existing file.
    static QSqlDatabase open(const ConnectionSpec &spec, const QString &connectionName);
    static void close(const QString &connectionName);
    // What opens another connection like `db` (same file, or same server, login and password):
    // for a thread of its own, since a connection serves only the thread that opened it.
    static ConnectionSpec specOf(const QSqlDatabase &db);
};

} // namespace guichet
