#include "data/dossiers/MedicineImporter.h"

#include "core/CsvReader.h"
#include "core/Money.h"
#include "core/TextNormalizer.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace guichet {

MedicineImporter::MedicineImporter(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

MedicineImportReport MedicineImporter::run(const Session &session, const QByteArray &csv, const QDate &validFrom,
                                           Mode mode)
{
    MedicineImportReport report;
    auto skip = [&report](int line, const QString &why) { report.skipped.append({line, why}); };
    if (!validFrom.isValid()) {
        skip(0, tr("The date from which the prices apply is not a valid date."));
        return report;
    }
    const CsvReader::Result read = CsvReader::read(csv);
    if (!read.error.isEmpty()) {
        skip(read.errorLine, read.error);
        return report;
    }
    if (read.records.isEmpty()) {
        skip(1, tr("The file is empty."));
        return report;
    }
    const QHash<QString, int> column = CsvReader::columnsByName(read.records.first());
    for (const QString &required : {u"name"_s, u"ppv"_s, u"prix_br"_s}) {
        if (!column.contains(required)) {
            skip(1, tr("The column \"%1\" is missing.").arg(required));
            return report;
        }
    }

    Transaction transaction(m_db);
    QSet<QString> seen;
    for (qsizetype r = 1; r < read.records.size(); ++r) {
        const CsvRecord &record = read.records.at(r);
        ++report.rows;
        auto value = [&](const QString &name) { return CsvReader::field(record, column, name); };
        const QString name = value(u"name"_s);
        if (name.isEmpty() || name.size() > 200) {
            skip(record.line, tr("No name, or a name over 200 characters."));
            continue;
        }
        if (seen.contains(name)) {
            skip(record.line, tr("\"%1\" appears a second time; the first line is kept.").arg(name));
            continue;
        }
        const std::optional<Centimes> ppv = Money::parseData(value(u"ppv"_s));
        const std::optional<Centimes> base = Money::parseData(value(u"prix_br"_s));
        if (!ppv || !base) {
            skip(record.line, tr("\"%1\": the public price or the reimbursement base is not an amount.").arg(name));
            continue;
        }
        seen.insert(name);
        const QString dci = value(u"dci"_s);
        if (dci.isEmpty())
            ++report.withoutDci;
        const QString remboursable = value(u"remboursable"_s);
        const bool reimbursable = remboursable.isEmpty() || remboursable == u"1"_s;
        const QVariantList description = {Sql::nullIfEmpty(dci), Sql::text(value(u"dosage"_s)),
                                          Sql::text(value(u"forme"_s)), Sql::text(value(u"presentation"_s)),
                                          Sql::text(value(u"type"_s)), reimbursable};

        QSqlQuery existing = Sql::run(m_db,
                                      u"SELECT id, dci, dosage, form, presentation, kind, reimbursable FROM medicines "
                                      "WHERE name = ?"_s,
                                      {name});
        qint64 id = 0;
        if (existing.next()) {
            id = existing.value(0).toLongLong();
            const bool same = existing.value(1).toString() == dci && existing.value(2).toString() == value(u"dosage"_s)
                              && existing.value(3).toString() == value(u"forme"_s)
                              && existing.value(4).toString() == value(u"presentation"_s)
                              && existing.value(5).toString() == value(u"type"_s)
                              && existing.value(6).toBool() == reimbursable;
            existing.finish();
            if (!same) {
                Sql::run(m_db, u"UPDATE medicines SET dci = ?, dosage = ?, form = ?, presentation = ?, kind = ?, "
                               "reimbursable = ? WHERE id = ?"_s,
                         description + QVariantList{id});
                ++report.updated;
            }
        } else {
            existing.finish();
            id = Sql::scalar(m_db,
                             u"INSERT INTO medicines (dci, dosage, form, presentation, kind, reimbursable, name, name_key) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                             description + QVariantList{name, TextNormalizer::searchKey(name)})
                     .toLongLong();
            ++report.added;
        }
        // A new price row only when the price in force on validFrom differs.
        QSqlQuery current = Sql::run(m_db,
                                     u"SELECT ppv, base FROM medicine_prices WHERE medicine_id = ? AND valid_from <= ? "
                                     "ORDER BY valid_from DESC LIMIT 1"_s,
                                     {id, validFrom.toString(Qt::ISODate)});
        const bool samePrice = current.next() && current.value(0).toLongLong() == *ppv
                               && current.value(1).toLongLong() == *base;
        current.finish();
        if (!samePrice) {
            Sql::run(m_db,
                     u"INSERT INTO medicine_prices (medicine_id, valid_from, ppv, base) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT (medicine_id, valid_from) DO UPDATE SET ppv = excluded.ppv, base = excluded.base"_s,
                     {id, validFrom.toString(Qt::ISODate), *ppv, *base});
            ++report.pricesAdded;
        }
    }
    if (mode == Mode::Import) {
        AuditLog(m_db, m_clock)
            .appendInTransaction(session, {u"import"_s, u"medicines"_s, QString(), 0,
                                           {{u"rows"_s, report.rows},
                                            {u"added"_s, report.added},
                                            {u"updated"_s, report.updated},
                                            {u"prices"_s, report.pricesAdded},
                                            {u"skipped"_s, int(report.skipped.size())},
                                            {u"valid_from"_s, validFrom.toString(Qt::ISODate)}},
                                           {}});
        transaction.commit();
        report.committed = true;
    }
    return report;
}

} // namespace guichet
