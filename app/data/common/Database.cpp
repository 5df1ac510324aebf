#include "data/common/Database.h"

#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace guichet {

QString Database::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/guichet.sqlite"_s;
}

static QSqlDatabase openSqlite(const ConnectionSpec &spec, const QString &name)
{
    const QFileInfo file(spec.sqlitePath);
    if (file.exists() && !file.isFile())
        throw DatabaseError(DatabaseError::Kind::Connection,
                            Database::tr("%1 is not a file.").arg(spec.sqlitePath));
    if (!file.exists() && !QDir().mkpath(file.absolutePath()))
        throw DatabaseError(DatabaseError::Kind::Connection,
                            Database::tr("Cannot create the folder %1.").arg(file.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(spec.sqlitePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = {};
        QSqlDatabase::removeDatabase(name);
        throw DatabaseError(DatabaseError::Kind::Connection,
                            Database::tr("Cannot open the database file %1.").arg(spec.sqlitePath), detail);
    }
    try {
        // Reading the schema is the first thing to fail on a damaged or foreign file.
        Sql::scalar(db, u"SELECT count(*) FROM sqlite_master"_s);
        Sql::execute(db, u"PRAGMA foreign_keys = ON"_s);
        // Write-ahead logging: a crash never corrupts the file, and readers do not block the writer.
        Sql::execute(db, u"PRAGMA journal_mode = WAL"_s);
        Sql::execute(db, u"PRAGMA synchronous = NORMAL"_s);
    } catch (const DatabaseError &error) {
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(name);
        throw DatabaseError(DatabaseError::Kind::Damaged,
                            Database::tr("The file %1 is damaged or is not a Guichet database. It was left "
                                         "untouched: restore it from a backup or choose another file.")
                                .arg(spec.sqlitePath),
                            error.detail());
    }
    return db;
}

static QSqlDatabase openPostgres(const ConnectionSpec &spec, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(spec.host);
    db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    db.setUserName(spec.user);
    db.setPassword(spec.password);
    QStringList options = {u"connect_timeout=5"_s, u"application_name=guichet"_s};
    if (!spec.sslMode.isEmpty())
        options << u"sslmode="_s + spec.sslMode;
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QString detail = db.lastError().text().trimmed();
        db = {};
        QSqlDatabase::removeDatabase(name);
        const QString lower = detail.toLower();
        if (lower.contains(u"password authentication failed"_s) || lower.contains(u"no password supplied"_s))
            throw DatabaseError(DatabaseError::Kind::Connection,
                                Database::tr("The server %1 refused the login or password.").arg(spec.host), detail);
        if (lower.contains(u"does not exist"_s))
            throw DatabaseError(DatabaseError::Kind::Connection,
                                Database::tr("The server %1 has no database or login by that name.").arg(spec.host),
                                detail);
        throw DatabaseError(DatabaseError::Kind::Connection,
                            Database::tr("Cannot reach the database server %1 on port %2. Check the network "
                                         "and the server, then try again.")
                                .arg(spec.host)
                                .arg(spec.port),
                            detail);
    }
    Sql::execute(db, u"SET TIME ZONE 'UTC'"_s);
    return db;
}

QSqlDatabase Database::open(const ConnectionSpec &spec, const QString &connectionName)
{
    if (QSqlDatabase::contains(connectionName))
        close(connectionName);
    return spec.isPostgres() ? openPostgres(spec, connectionName) : openSqlite(spec, connectionName);
}

ConnectionSpec Database::specOf(const QSqlDatabase &db)
{
    ConnectionSpec spec;
    if (db.driverName() != u"QPSQL"_s) {
        spec.sqlitePath = db.databaseName();
        return spec;
    }
    spec.backend = ConnectionSpec::Backend::Postgres;
    spec.host = db.hostName();
    spec.port = db.port();
    spec.database = db.databaseName();
    spec.user = db.userName();
    spec.password = db.password();
    for (const QString &option : db.connectOptions().split(u';'))
        if (option.startsWith(u"sslmode="_s))
            spec.sslMode = option.mid(8);
    return spec;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace guichet
