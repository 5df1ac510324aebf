#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace guichet {

// Numbered migrations from resources/sql: NNNN_name.sql for both dialects, or
// NNNN_name.sqlite.sql and NNNN_name.postgres.sql where they differ. Each step runs in one
// transaction together with the bump of the version row, so a failed step leaves no trace.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    explicit Migrator(QSqlDatabase db);

    // The newest schema this client knows.
    static int latestVersion();
    // 0 for an empty database.
    int currentVersion() const;
    bool isUpToDate() const { return currentVersion() == latestVersion(); }

    // Brings the schema to latestVersion(). Throws DatabaseError (Kind::Schema) on a database newer
    // than this client, which it never touches. Returns the version it started from.
    int migrate();
    // Throws unless the schema is exactly the one this client knows (used by clients that do not
    // migrate central databases themselves).
    void requireUpToDate() const;

private:
    QSqlDatabase m_db;
};

} // namespace guichet
