#pragma once

#include <QStringList>

namespace guichet {

// Splits a migration script into statements: on ';' outside quotes, comments and PostgreSQL
// dollar-quoted bodies, and, for SQLite triggers, only at the END that closes the trigger.
class SqlScript
{
public:
    static QStringList split(const QString &script);
};

} // namespace guichet
