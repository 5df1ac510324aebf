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

// The type of a column of the rows given to `bulk`.
enum class Column { BigInt, Text };

// Runs `sql` for a set of rows given as a table: its %1 stands for `v`, a table whose columns
// column1…columnN have the types of `columns` and the values of each
// row of `rows`, as in `UPDATE t SET a = v.column2 FROM %1 WHERE t.id = v.column1` or
// `INSERT INTO t (a, b) SELECT * FROM %1`. `leading` are bound first (they must come before %1
// in `sql`); `eachRow` reads what a RETURNING gives back. PostgreSQL gets one statement with an
// array a column (unnest), whatever the number of rows; SQLite, in process, runs the statement
// once per row.
void bulk(const QSqlDatabase &db, const QString &sql, const QVariantList &leading, const QList<Column> &columns,
          const QList<QVariantList> &rows, const std::function<void(QSqlQuery &)> &eachRow = {});

// A set of ids bound as one value, whatever its size, so that the statement's text stays the
// same: in `sql`, each "%in_ids" follows a column ("WHERE person_id %in_ids") and takes one
// idSet() value. PostgreSQL reads an array (= ANY), SQLite a JSON array (json_each).
QString withIdSet(const QSqlDatabase &db, QString sql);
QVariant idSet(const QSqlDatabase &db, const QList<qint64> &ids);

// " FOR UPDATE …" (the clause given) on PostgreSQL; nothing on SQLite, where the transaction
// already holds the only write lock.
QString lockClause(const QSqlDatabase &db, const QString &clause);

// Binds text so that a null QString is stored as '' (for NOT NULL text columns).
QVariant text(const QString &text);
// Binds text so that an empty string is stored as NULL.
QVariant nullIfEmpty(const QString &text);

} // namespace Sql
} // namespace guichet
