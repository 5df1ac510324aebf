#include "data/dossiers/ActImporter.h"

#include "core/CsvReader.h"
#include "core/Money.h"
#include "data/common/AuditLog.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace guichet {

ActImporter::ActImporter(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

MedicineImportReport ActImporter::run(const Session &session, const QByteArray &csv, const QDate &validFrom,
                                      MedicineImporter::Mode mode)
{
    MedicineImportReport report;
    auto skip = [&report](int line, const QString &why) { report.skipped.append({line, why}); };
    if (!validFrom.isValid()) {
        skip(0, tr("The date from which the tariffs apply is not a valid date."));
        return report;
    }
    const CsvReader::Result read = CsvReader::read(csv);
    if (!read.error.isEmpty() || read.records.isEmpty()) {
        skip(read.errorLine ? read.errorLine : 1, read.error.isEmpty() ? tr("The file is empty.") : read.error);
        return report;
    }
    const QHash<QString, int> column = CsvReader::columnsByName(read.records.first());
    for (const QString &required : {u"code"_s, u"name"_s, u"category"_s, u"tariff"_s}) {
        if (!column.contains(required)) {
            skip(1, tr("The column \"%1\" is missing.").arg(required));
            return report;
        }
    }
    QSet<QString> categories;
    QSqlQuery known = Sql::run(m_db, u"SELECT code FROM care_categories"_s);
    while (known.next())
        categories.insert(known.value(0).toString());
    known.finish();

    static const QRegularExpression codeFormat(u"^[A-Za-z0-9-]{1,20}$"_s);
    Transaction transaction(m_db);
    QSet<QString> seen;
    for (qsizetype r = 1; r < read.records.size(); ++r) {
        const CsvRecord &record = read.records.at(r);
        ++report.rows;
        auto value = [&](const QString &name) { return CsvReader::field(record, column, name); };
        const QString code = value(u"code"_s).toUpper();
        const QString name = value(u"name"_s);
        const QString category = value(u"category"_s).toLower();
        const std::optional<Centimes> tariff = Money::parseData(value(u"tariff"_s));
        bool quantityOk = true;
        const int usual = value(u"usual_quantity"_s).isEmpty() ? 0 : value(u"usual_quantity"_s).toInt(&quantityOk);
        if (!codeFormat.match(code).hasMatch()) {
            skip(record.line, tr("The act code is 1 to 20 letters, digits or dashes."));
            continue;
        }
        if (seen.contains(code)) {
            skip(record.line, tr("\"%1\" appears a second time; the first line is kept.").arg(code));
            continue;
        }
        if (name.isEmpty() || name.size() > 200) {
            skip(record.line, tr("No name, or a name over 200 characters."));
            continue;
        }
        if (!categories.contains(category)) {
            skip(record.line, tr("Unknown category \"%1\".").arg(category.left(40)));
            continue;
        }
        if (!tariff) {
            skip(record.line, tr("\"%1\": the tariff is not an amount.").arg(code));
            continue;
        }
        if (!quantityOk || usual < 0 || usual > 999) {
            skip(record.line, tr("\"%1\": the usual quantity is a whole number from 0 (no limit) to 999.").arg(code));
            continue;
        }
        seen.insert(code);
        QSqlQuery existing = Sql::run(m_db, u"SELECT name, category, usual_quantity FROM acts WHERE code = ?"_s, {code});
        if (existing.next()) {
            const bool same = existing.value(0).toString() == name && existing.value(1).toString() == category
                              && existing.value(2).toInt() == usual;
            existing.finish();
            if (!same) {
                Sql::run(m_db, u"UPDATE acts SET name = ?, category = ?, usual_quantity = ? WHERE code = ?"_s,
                         {name, category, usual, code});
                ++report.updated;
            }
        } else {
            existing.finish();
            Sql::run(m_db, u"INSERT INTO acts (code, name, category, usual_quantity) VALUES (?, ?, ?, ?)"_s,
                     {code, name, category, usual});
            ++report.added;
        }
        const QVariant current = Sql::scalar(m_db,
                                             u"SELECT tariff FROM act_tariffs WHERE act_code = ? AND valid_from <= ? "
                                             "ORDER BY valid_from DESC LIMIT 1"_s,
                                             {code, validFrom.toString(Qt::ISODate)});
        if (!current.isValid() || current.toLongLong() != *tariff) {
            Sql::run(m_db,
                     u"INSERT INTO act_tariffs (act_code, valid_from, tariff) VALUES (?, ?, ?) "
                     "ON CONFLICT (act_code, valid_from) DO UPDATE SET tariff = excluded.tariff"_s,
                     {code, validFrom.toString(Qt::ISODate), *tariff});
            ++report.pricesAdded;
        }
    }
    if (mode == MedicineImporter::Mode::Import) {
        AuditLog(m_db, m_clock)
            .appendInTransaction(session, {u"import"_s, u"acts"_s, QString(), 0,
                                           {{u"rows"_s, report.rows},
                                            {u"added"_s, report.added},
                                            {u"updated"_s, report.updated},
                                            {u"tariffs"_s, report.pricesAdded},
                                            {u"skipped"_s, int(report.skipped.size())},
                                            {u"valid_from"_s, validFrom.toString(Qt::ISODate)}},
                                           {}});
        transaction.commit();
        report.committed = true;
    }
    return report;
}

} // namespace guichet
