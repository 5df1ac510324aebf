#include "data/common/Migrator.h"

#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/SqlScript.h"
#include "data/common/Transaction.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const QString kMigrationDir = u":/sql"_s;

// version → file name, for the given dialect.
QMap<int, QString> migrationFiles(Dialect dialect)
{
    static const QRegularExpression nameRe(u"^(\\d{4})_[a-z0-9_]+(\\.(sqlite|postgres))?\\.sql$"_s);
    const QString wanted = dialect == Dialect::Sqlite ? u"sqlite"_s : u"postgres"_s;
    QMap<int, QString> files;
    const QStringList entries = QDir(kMigrationDir).entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        const QRegularExpressionMatch m = nameRe.match(entry);
        if (!m.hasMatch())
            continue;
        const QString fileDialect = m.captured(3);
        if (!fileDialect.isEmpty() && fileDialect != wanted)
            continue;
        files.insert(m.captured(1).toInt(), entry);
    }
    return files;
}

bool versionTableExists(const QSqlDatabase &db)
{
    return db.tables().contains(u"schema_version"_s);
}

} // namespace

Migrator::Migrator(QSqlDatabase db) : m_db(std::move(db)) {}

int Migrator::latestVersion()
{
    const QMap<int, QString> files = migrationFiles(Dialect::Sqlite);
    return files.isEmpty() ? 0 : files.lastKey();
}

int Migrator::currentVersion() const
{
    if (!versionTableExists(m_db))
        return 0;
    return Sql::scalar(m_db, u"SELECT max(version) FROM schema_version"_s).toInt();
}

void Migrator::requireUpToDate() const
{
    const int current = currentVersion();
    if (current > latestVersion())
        throw DatabaseError(DatabaseError::Kind::Schema,
                            tr("The database is at version %1, newer than this Guichet (version %2 of the "
                               "schema). Install the newer Guichet; the database was not changed.")
                                .arg(current)
                                .arg(latestVersion()));
    if (current < latestVersion())
        throw DatabaseError(DatabaseError::Kind::Schema,
                            tr("The database is at version %1 and this Guichet needs version %2. Ask the "
                               "administrator to run \"guichet-admin migrate\".")
                                .arg(current)
                                .arg(latestVersion()));
}

int Migrator::migrate()
{
    const Dialect dialect = Sql::dialect(m_db);
    const int start = currentVersion();
    const int latest = latestVersion();
    if (start > latest)
        requireUpToDate(); // throws the "newer than this client" error

    if (!versionTableExists(m_db))
        Sql::execute(m_db, u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, "
                           "applied_at TEXT NOT NULL)"_s);

    const QMap<int, QString> files = migrationFiles(dialect);
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (it.key() <= start)
            continue;
        QFile file(kMigrationDir + u'/' + it.value());
        if (!file.open(QIODevice::ReadOnly))
            throw DatabaseError(DatabaseError::Kind::Schema, tr("Migration %1 is missing.").arg(it.value()));
        const QString script = QString::fromUtf8(file.readAll());

        Transaction transaction(m_db);
        // One migrating client at a time (SQLite: BEGIN IMMEDIATE already holds the write lock).
        if (dialect == Dialect::Postgres)
            Sql::run(m_db, u"SELECT pg_advisory_xact_lock(7455464365366637570)"_s);
        // Re-check inside the lock: another client may have migrated meanwhile.
        if (Sql::scalar(m_db, u"SELECT count(*) FROM schema_version WHERE version >= ?"_s, {it.key()}).toInt() > 0)
            continue;
        for (const QString &statement : SqlScript::split(script)) {
            try {
                Sql::execute(m_db, statement);
            } catch (const DatabaseError &error) {
                throw DatabaseError(DatabaseError::Kind::Schema,
                                    tr("Migration %1 failed; the database was left at version %2.")
                                        .arg(it.value())
                                        .arg(it.key() - 1),
                                    error.detail() + u" — "_s + statement.left(200));
            }
        }
        Sql::run(m_db, u"INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"_s,
                 {it.key(), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        transaction.commit();
    }
    return start;
}

} // namespace guichet
