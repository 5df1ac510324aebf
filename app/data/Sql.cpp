#include "data/Sql.h"

#include "data/ConnectionMonitor.h"
#include "data/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace guichet::Sql {

Dialect dialect(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? Dialect::Postgres : Dialect::Sqlite;
}

namespace {
// Every failed statement goes through here: a lost connection is reported once, centrally.
DatabaseError failure(const QSqlDatabase &db, const QSqlError &error, const char *context)
{
    DatabaseError failure = DatabaseError::fromSql(error, QCoreApplication::translate("DatabaseError", context));
    if (failure.kind() == DatabaseError::Kind::Connection)
        ConnectionMonitor::instance().reportLost(db.connectionName());
    return failure;
}
} // namespace

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw failure(db, query.lastError(), QT_TRANSLATE_NOOP("DatabaseError", "prepare a statement"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw failure(db, query.lastError(), QT_TRANSLATE_NOOP("DatabaseError", "run a statement"));
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = run(db, sql, values);
    return query.next() ? query.value(0) : QVariant();
}

void execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw failure(db, query.lastError(), QT_TRANSLATE_NOOP("DatabaseError", "run a statement"));
}

void bulk(const QSqlDatabase &db, const QString &sql, const QVariantList &leading, const QString &rowTemplate,
          const QList<QVariantList> &rows, const std::function<void(QSqlQuery &)> &eachRow)
{
    if (rows.isEmpty())
        return;
    if (dialect(db) == Dialect::Sqlite) {
        // In process there is no round trip to save, and SQLite plans a join with a long VALUES
        // list badly: one prepared statement, run row by row.
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql.arg(rowTemplate)))
            throw failure(db, query.lastError(), QT_TRANSLATE_NOOP("DatabaseError", "prepare a statement"));
        for (const QVariantList &row : rows) {
            int i = 0;
            for (const QVariant &value : leading)
                query.bindValue(i++, value);
            for (const QVariant &value : row)
                query.bindValue(i++, value);
            if (!query.exec())
                throw failure(db, query.lastError(), QT_TRANSLATE_NOOP("DatabaseError", "run a statement"));
            if (eachRow)
                while (query.next())
                    eachRow(query);
        }
        return;
    }
    constexpr qsizetype MaxValues = 8000; // PostgreSQL takes 65,535
    const qsizetype perRow = std::max<qsizetype>(1, rows.first().size());
    const qsizetype slice = std::max<qsizetype>(1, MaxValues / perRow);
    for (qsizetype start = 0; start < rows.size(); start += slice) {
        const qsizetype count = std::min(slice, rows.size() - start);
        QStringList tuples;
        tuples.reserve(count);
        QVariantList values = leading;
        values.reserve(leading.size() + count * perRow);
        for (qsizetype i = start; i < start + count; ++i) {
            tuples.append(rowTemplate);
            values.append(rows.at(i));
        }
        QSqlQuery query = run(db, sql.arg(tuples.join(u", "_s)), values);
        if (eachRow)
            while (query.next())
                eachRow(query);
    }
}

QString lockClause(const QSqlDatabase &db, const QString &clause)
{
    return dialect(db) == Dialect::Postgres ? u' ' + clause : QString();
}

QVariant text(const QString &text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace guichet::Sql
