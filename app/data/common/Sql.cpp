#include "data/common/Sql.h"

#include "data/common/ConnectionMonitor.h"
#include "data/common/DatabaseError.h"

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
    return ConnectionMonitor::failureOf(db, error, QCoreApplication::translate("DatabaseError", context));
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

namespace {
// A PostgreSQL array literal of `values`: every element quoted (the server reads "12" into a
// bigint[] as well), with its backslashes and double quotes escaped; a null value is NULL.
QString arrayLiteral(const QList<QVariantList> &rows, qsizetype column)
{
    QString literal = u"{"_s;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0)
            literal += u',';
        const QVariant &value = rows.at(i).at(column);
        if (value.isNull()) {
            literal += u"NULL"_s;
            continue;
        }
        QString element = value.toString();
        element.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        literal += u'"';
        literal += element;
        literal += u'"';
    }
    return literal + u'}';
}
} // namespace

void bulk(const QSqlDatabase &db, const QString &sql, const QVariantList &leading, const QList<Column> &columns,
          const QList<QVariantList> &rows, const std::function<void(QSqlQuery &)> &eachRow)
{
    if (rows.isEmpty())
        return;
    // Names and types come from the enum, never from the caller's text; values are all bound.
    const auto typeName = [](Column column) { return column == Column::BigInt ? u"bigint"_s : u"text"_s; };
    QStringList names;
    for (qsizetype i = 1; i <= columns.size(); ++i)
        names.append(u"column%1"_s.arg(i));
    QString source;
    if (dialect(db) == Dialect::Postgres) {
        // One array a column: the statement's text, and so its parsing and planning, do not grow
        // with the rows (a multi-row VALUES of 2,500 rows took longer to plan than to run).
        QStringList arrays;
        QVariantList values = leading;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            arrays.append(u"CAST(? AS %1[])"_s.arg(typeName(columns.at(c))));
            values.append(arrayLiteral(rows, c));
        }
        source = u"unnest(%1) AS v(%2)"_s.arg(arrays.join(u", "_s), names.join(u", "_s));
        QSqlQuery query = run(db, QString(sql).replace(u"%1"_s, source), values);
        if (eachRow)
            while (query.next())
                eachRow(query);
        return;
    }
    // SQLite, in process, has no round trip to save: one prepared statement run for each row.
    QStringList row;
    for (qsizetype c = 0; c < columns.size(); ++c)
        row.append(u"CAST(? AS %1) AS %2"_s.arg(typeName(columns.at(c)), names.at(c)));
    source = u"(SELECT "_s;
    source += row.join(u", "_s);
    source += u") AS v"_s;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QString(sql).replace(u"%1"_s, source)))
        throw failure(db, query.lastError(), QT_TRANSLATE_NOOP("DatabaseError", "prepare a statement"));
    for (const QVariantList &values : rows) {
        int i = 0;
        for (const QVariant &value : leading)
            query.bindValue(i++, value);
        for (const QVariant &value : values)
            query.bindValue(i++, value);
        if (!query.exec())
            throw failure(db, query.lastError(), QT_TRANSLATE_NOOP("DatabaseError", "run a statement"));
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

QString withIdSet(const QSqlDatabase &db, QString sql)
{
    return sql.replace(u"%in_ids"_s, dialect(db) == Dialect::Postgres ? u"= ANY (CAST(? AS bigint[]))"_s
                                                                       : u"IN (SELECT value FROM json_each(?))"_s);
}

QVariant idSet(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    const QString joined = numbers.join(u',');
    const bool postgres = dialect(db) == Dialect::Postgres;
    return QString((postgres ? u'{' : u'[') + joined + (postgres ? u'}' : u']'));
}

} // namespace guichet::Sql
