#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace guichet {

enum class Dialect { Sqlite, Postgres };

// Thin helpers over QSqlQuery that bind every value and throw DatabaseError on failure, so that
// repository code reads as the statements it runs.
namespace Sql {

Dialect dialect(const QSqlDatabase &db);

// Prepares `sql` (with ? placeholders), binds `values` in order and executes it.
QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// Runs and returns the first column of the first row, or an invalid QVariant when there is none.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});
// Runs a statement without bound values (DDL, pragmas, transaction control).
void execute(const QSqlDatabase &db, const QString &sql);

// Binds text so that a null QString is stored as '' (for NOT NULL text columns).
QVariant text(const QString &text);
// Binds text so that an empty string is stored as NULL.
QVariant nullIfEmpty(const QString &text);

} // namespace Sql
} // namespace guichet
