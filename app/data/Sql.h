#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
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

// Runs `sql` once per slice of `rows`, with its %1 replaced by `rowTemplate` ("(?, ?)", or with
// CASTs where the server cannot infer the types, as in UPDATE … FROM (VALUES …)) repeated for the
// rows of the slice: the multi-row VALUES of a set-based statement. `leading` are bound first in
// each statement (they must come before %1 in `sql`). Slices keep every statement under the
// databases' limits on bound values. `eachRow` reads what a RETURNING gives back. On SQLite, in
// process, the statement is prepared once with one row and run for each.
void bulk(const QSqlDatabase &db, const QString &sql, const QVariantList &leading, const QString &rowTemplate,
          const QList<QVariantList> &rows, const std::function<void(QSqlQuery &)> &eachRow = {});

// " FOR UPDATE …" (the clause given) on PostgreSQL; nothing on SQLite, where the transaction
// already holds the only write lock.
QString lockClause(const QSqlDatabase &db, const QString &clause);

// Binds text so that a null QString is stored as '' (for NOT NULL text columns).
QVariant text(const QString &text);
// Binds text so that an empty string is stored as NULL.
QVariant nullIfEmpty(const QString &text);

} // namespace Sql
} // namespace guichet
