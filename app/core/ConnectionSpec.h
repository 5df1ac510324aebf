#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace guichet {

// Where the data lives: an embedded SQLite file or a central PostgreSQL server.
struct ConnectionSpec
{
    enum class Backend { Sqlite, Postgres };

    Backend backend = Backend::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode; // disable, allow, prefer, require, verify-ca, verify-full; empty = driver default

    bool isPostgres() const { return backend == Backend::Postgres; }
    // For messages and logs: never shows the password.
    QString displayName() const;
};

class ConnectionSpecParser
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpecParser)

public:
    // Accepts a file path (or sqlite:PATH) or postgresql://user[:password]@host[:port]/database[?sslmode=…].
    // On failure returns nothing and sets *error to a sentence for the user.
    static std::optional<ConnectionSpec> parse(const QString &argument, QString *error);
};

} // namespace guichet
