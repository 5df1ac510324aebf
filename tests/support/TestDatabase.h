#pragma once

#include "core/Session.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <memory>

namespace guichet::test {

// A fresh, migrated database for one test function, on the backend CTest chose through
// GUICHET_TEST_BACKEND: a SQLite file in a temporary folder, or a new database on the throwaway
// PostgreSQL cluster (GUICHET_TEST_PG_PORT).
class TestDatabase
{
public:
    explicit TestDatabase(const QString &name, bool migrate = true);
    ~TestDatabase();

    static bool isPostgres();
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    // What guichet and guichet-admin take as --database.
    QString url() const { return m_url; }
    QString connectionName() const { return m_connection; }
    // A second, independent connection to the same database (another workstation).
    QSqlDatabase openSecondConnection(const QString &suffix) const;

    // A signed-in session for an agent created on the spot with the Minimal hasher, password
    // "Correct-Horse-42", working under the first purpose of its role.
    Session createAgentSession(const QString &login, const QString &organisationCode, const QString &roleCode);
    static QString agentPassword() { return QStringLiteral("Correct-Horse-42"); }

private:
    QString m_connection;
    QString m_url;
    QString m_pgDatabase;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace guichet::test
