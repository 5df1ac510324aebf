#include "data/Sql.h"

#include "data/DatabaseError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace guichet::Sql {

using namespace Qt::StringLiterals;

Dialect dialect(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s ? Dialect::Postgres : Dialect::Sqlite;
}

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw DatabaseError::fromSql(query.lastError(),
                                     QCoreApplication::translate("DatabaseError", "prepare a statement"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        throw DatabaseError::fromSql(query.lastError(),
                                     QCoreApplication::translate("DatabaseError", "run a statement"));
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
        throw DatabaseError::fromSql(query.lastError(),
                                     QCoreApplication::translate("DatabaseError", "run a statement"));
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
