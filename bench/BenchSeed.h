#pragma once

// What the benchmarks' seeding shares: names to draw from, the statement filler, the SQL that
// differs between the dialects, and the dropping of secondary indexes while loading.

#include "data/common/Sql.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <initializer_list>
#include <utility>

namespace guichet::bench {

using namespace Qt::StringLiterals;

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Latin and Arabic spellings of common Moroccan names.
inline const QList<std::pair<QString, QString>> lastNames = {
    {u"Benani"_s, u"بناني"_s},     {u"El Amrani"_s, u"العمراني"_s}, {u"Alaoui"_s, u"العلوي"_s},
    {u"Idrissi"_s, u"الإدريسي"_s}, {u"Tazi"_s, u"التازي"_s},        {u"Fassi"_s, u"الفاسي"_s},
    {u"Berrada"_s, u"برادة"_s},    {u"Bennis"_s, u"بنيس"_s},        {u"Chraibi"_s, u"الشرايبي"_s},
    {u"Kettani"_s, u"الكتاني"_s},  {u"Ouazzani"_s, u"الوزاني"_s},   {u"Lahlou"_s, u"لحلو"_s},
    {u"Naciri"_s, u"الناصري"_s},   {u"Ait Ouarab"_s, u"آيت وعراب"_s}, {u"Zniber"_s, u"زنيبر"_s},
    {u"Mansouri"_s, u"المنصوري"_s}};
inline const QList<std::pair<QString, QString>> firstNames = {
    {u"Mohammed"_s, u"محمد"_s}, {u"Fatima"_s, u"فاطمة"_s}, {u"Ahmed"_s, u"أحمد"_s},   {u"Khadija"_s, u"خديجة"_s},
    {u"Youssef"_s, u"يوسف"_s},  {u"Amina"_s, u"أمينة"_s},  {u"Said"_s, u"سعيد"_s},    {u"Naima"_s, u"نعيمة"_s},
    {u"Omar"_s, u"عمر"_s},      {u"Salma"_s, u"سلمى"_s},   {u"Hicham"_s, u"هشام"_s},  {u"Meryem"_s, u"مريم"_s},
    {u"Karim"_s, u"كريم"_s},    {u"Houda"_s, u"هدى"_s},    {u"Rachid"_s, u"رشيد"_s},  {u"Zineb"_s, u"زينب"_s}};

inline QString dialectName(Dialect dialect)
{
    return dialect == Dialect::Sqlite ? u"SQLite"_s : u"PostgreSQL"_s;
}

// Puts the values in the statement's {name} placeholders, in one pass per name (QString::arg
// would also take the "%08d" of a printf for a placeholder).
inline QString fill(QString sql, std::initializer_list<std::pair<const char *, QString>> values)
{
    for (const auto &[name, value] : values)
        sql.replace(u'{' + QString::fromLatin1(name) + u'}', value);
    return sql;
}

// SQL fragments that differ between the dialects (each benchmark adds its own).
struct SeedDialect
{
    Dialect dialect;

    // `number` left-padded with zeros to `width` digits.
    QString pad(const QString &number, int width) const
    {
        return dialect == Dialect::Sqlite ? u"printf('%0"_s + QString::number(width) + u"d', "_s + number + u")"_s
                                          : u"lpad(("_s + number + u")::text, "_s + QString::number(width) + u", '0')"_s;
    }
    // The integers from … to - 1 as a table `name(column)`, for a FROM clause.
    QString series(const QString &name, const QString &column, qint64 from, qint64 to) const
    {
        return fill(dialect == Dialect::Sqlite
                        ? u"(WITH RECURSIVE s(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM s WHERE i + 1 < {to}) "
                          "SELECT i AS {column} FROM s) AS {name}"_s
                        : u"generate_series({from}::bigint, {to}::bigint - 1) AS {name}({column})"_s,
                    {{"from", QString::number(from)}, {"to", QString::number(to)}, {"name", name}, {"column", column}});
    }
};

// Secondary indexes of a table, dropped while seeding and built again after: building an index
// once from the whole table is much faster than maintaining it row by row. Primary keys, unique
// constraints and the target of the (person, organisation) foreign keys stay.
inline QStringList dropIndexes(const QSqlDatabase &db, Dialect dialect, const QString &table)
{
    QStringList definitions;
    QSqlQuery q = Sql::run(db, dialect == Dialect::Sqlite
                                   ? u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                     "AND sql IS NOT NULL AND name <> 'persons_id_organisation'"_s
                                   : u"SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ? "
                                     "AND indexname NOT LIKE '%\\_pkey' AND indexname NOT LIKE '%\\_key' "
                                     "AND indexname <> 'persons_id_organisation'"_s,
                           {table});
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        definitions << q.value(1).toString();
    }
    q.finish();
    for (const QString &name : names)
        Sql::execute(db, u"DROP INDEX "_s + name);
    return definitions;
}

} // namespace guichet::bench
