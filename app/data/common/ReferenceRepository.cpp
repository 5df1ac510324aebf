#include "data/common/ReferenceRepository.h"

#include "core/TextNormalizer.h"
#include "data/common/Sql.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
Purpose purposeFrom(const QSqlQuery &q)
{
    return Purpose{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                   q.value(4).toString(), q.value(5).toString(),  q.value(6).toBool()};
}

Organisation organisationFrom(const QSqlQuery &q)
{
    return Organisation{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
}
} // namespace

ReferenceRepository::ReferenceRepository(QSqlDatabase db) : m_db(std::move(db)) {}

QList<Organisation> ReferenceRepository::organisations() const
{
    QList<Organisation> result;
    QSqlQuery q = Sql::run(m_db, u"SELECT id, code, name, is_cnops FROM organisations ORDER BY is_cnops DESC, code"_s);
    while (q.next())
        result.append(organisationFrom(q));
    return result;
}

QList<ContributionRule> ReferenceRepository::contributionRules() const
{
    QList<ContributionRule> rules;
    QSqlQuery q = Sql::run(m_db, u"SELECT valid_from, basis, rate_bp, floor, ceiling, employer_share_bp "
                                 "FROM contribution_rules ORDER BY valid_from, basis"_s);
    while (q.next())
        rules.append({QDate::fromString(q.value(0).toString(), Qt::ISODate),
                      q.value(1).toString() == u"pension"_s ? ContributionRule::Basis::Pension
                                                            : ContributionRule::Basis::Salary,
                      q.value(2).toInt(), q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toInt()});
    return rules;
}

QString ReferenceRepository::medicineCode(qint64 medicineId)
{
    return u"MED-"_s + QString::number(medicineId);
}

Liquidator ReferenceRepository::liquidator() const
{
    QList<TariffRow> tariffs;
    QSqlQuery acts = Sql::run(m_db, u"SELECT t.act_code, t.valid_from, t.tariff, a.usual_quantity FROM act_tariffs t "
                                    "JOIN acts a ON a.code = t.act_code"_s);
    while (acts.next())
        tariffs.append({acts.value(0).toString(), QDate::fromString(acts.value(1).toString(), Qt::ISODate),
                        acts.value(2).toLongLong(), acts.value(3).toInt()});
    QSqlQuery medicines = Sql::run(m_db, u"SELECT p.medicine_id, p.valid_from, p.base FROM medicine_prices p "
                                         "JOIN medicines m ON m.id = p.medicine_id WHERE m.reimbursable = ?"_s,
                                   {true});
    while (medicines.next())
        tariffs.append({medicineCode(medicines.value(0).toLongLong()),
                        QDate::fromString(medicines.value(1).toString(), Qt::ISODate), medicines.value(2).toLongLong(), 0});
    QList<RateRow> rates;
    QSqlQuery r = Sql::run(m_db, u"SELECT category, regime, valid_from, rate_bp FROM care_rates"_s);
    while (r.next())
        rates.append({r.value(0).toString(), r.value(1).toString(), QDate::fromString(r.value(2).toString(), Qt::ISODate),
                      r.value(3).toInt()});
    QList<ComplementaryRow> complementary;
    QSqlQuery c = Sql::run(m_db, u"SELECT o.code, c.category, c.valid_from, c.rate_bp FROM complementary_rates c "
                                 "JOIN organisations o ON o.id = c.organisation_id"_s);
    while (c.next())
        complementary.append({c.value(0).toString(), c.value(1).toString(),
                              QDate::fromString(c.value(2).toString(), Qt::ISODate), c.value(3).toInt()});
    return Liquidator(std::move(tariffs), std::move(rates), std::move(complementary));
}

std::optional<Organisation> ReferenceRepository::organisation(const QString &code) const
{
    QSqlQuery q = Sql::run(m_db, u"SELECT id, code, name, is_cnops FROM organisations WHERE code = ?"_s, {code});
    if (!q.next())
        return std::nullopt;
    return organisationFrom(q);
}

QList<Purpose> ReferenceRepository::purposes() const
{
    QList<Purpose> result;
    QSqlQuery q = Sql::run(m_db, u"SELECT p.code, p.name, p.cndp_number, d.name, d.email, d.address, p.has_screens "
                                 "FROM purposes p LEFT JOIN divisions d ON d.id = p.division_id "
                                 "ORDER BY p.sort_order"_s);
    while (q.next())
        result.append(purposeFrom(q));
    return result;
}

QList<Purpose> ReferenceRepository::purposesOfRole(const QString &roleCode) const
{
    QList<Purpose> result;
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT p.code, p.name, p.cndp_number, d.name, d.email, d.address, p.has_screens "
                           "FROM purposes p LEFT JOIN divisions d ON d.id = p.division_id "
                           "JOIN role_purposes rp ON rp.purpose_id = p.id JOIN roles r ON r.id = rp.role_id "
                           "WHERE r.code = ? ORDER BY p.sort_order"_s,
                           {roleCode});
    while (q.next())
        result.append(purposeFrom(q));
    return result;
}

QList<std::pair<QString, QString>> ReferenceRepository::roles() const
{
    QList<std::pair<QString, QString>> result;
    QSqlQuery q = Sql::run(m_db, u"SELECT code, name FROM roles ORDER BY id"_s);
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

std::optional<Centimes> ReferenceRepository::CareItem::priceOn(const QDate &date) const
{
    std::optional<Centimes> price;
    for (const auto &[from, amount] : prices)
        if (from.isValid() && from <= date)
            price = amount;
    return price;
}

QList<ReferenceRepository::CareItem> ReferenceRepository::findCareItems(const QString &typed, int limit) const
{
    QList<CareItem> items;
    const QString code = typed.trimmed().toUpper();
    if (code.isEmpty())
        return items;
    // Index ranges, as for persons: [prefix, prefix + U+10FFFF); the dated amounts of each item
    // found come in the same statement, in order.
    const QString end = QString(QChar::highSurrogate(0x10FFFF)) + QChar::lowSurrogate(0x10FFFF);
    QSqlQuery acts = Sql::run(m_db, u"SELECT a.code, a.name, t.valid_from, t.tariff FROM "
                                    "(SELECT code, name FROM acts WHERE code >= ? AND code < ? ORDER BY code LIMIT ?) a "
                                    "LEFT JOIN act_tariffs t ON t.act_code = a.code ORDER BY a.code, t.valid_from"_s,
                              {code, QString(code + end), limit});
    while (acts.next()) {
        if (items.isEmpty() || items.constLast().code != acts.value(0).toString())
            items.append({acts.value(0).toString(), acts.value(1).toString(), {}});
        if (!acts.value(2).isNull())
            items.last().prices.append({QDate::fromString(acts.value(2).toString(), Qt::ISODate),
                                        acts.value(3).toLongLong()});
    }
    acts.finish();
    // Rows of medicines, each followed by its dated prices; `skip`: a medicine already listed.
    auto readMedicines = [&items](QSqlQuery &medicines, const QString &skip) {
        QString current;
        while (medicines.next()) {
            const QString medicine = medicineCode(medicines.value(0).toLongLong());
            if (medicine == skip)
                continue; // the medicine of the code typed, met again by its name
            if (medicine != current) {
                QStringList parts{medicines.value(1).toString()};
                for (int i = 2; i <= 4; ++i)
                    if (!medicines.value(i).toString().isEmpty())
                        parts.append(medicines.value(i).toString());
                items.append({medicine, parts.join(u' '), {}});
                current = medicine;
            }
            if (!medicines.value(5).isNull())
                items.last().prices.append({QDate::fromString(medicines.value(5).toString(), Qt::ISODate),
                                            medicines.value(6).toLongLong()});
        }
        medicines.finish();
    };
    // A medicine's code, as saving a line reads it: MED-<id>, or the id alone.
    QString byIdCode;
    static const QRegularExpression medicineId(u"^(?:MED-)?([0-9]{1,18})$"_s);
    if (const QRegularExpressionMatch match = medicineId.match(code); match.hasMatch()) {
        QSqlQuery byId = Sql::run(m_db,
                                  u"SELECT m.id, m.name, m.dosage, m.form, m.presentation, p.valid_from, p.ppv "
                                  "FROM medicines m LEFT JOIN medicine_prices p ON p.medicine_id = m.id "
                                  "WHERE m.id = ? ORDER BY p.valid_from"_s,
                                  {match.captured(1).toLongLong()});
        readMedicines(byId, {});
        if (!items.isEmpty() && items.constLast().code.startsWith(u"MED-"_s))
            byIdCode = items.constLast().code;
    }
    const QString key = TextNormalizer::searchKey(typed);
    if (key.isEmpty())
        return items;
    QSqlQuery medicines = Sql::run(m_db,
                                   u"SELECT m.id, m.name, m.dosage, m.form, m.presentation, p.valid_from, p.ppv FROM "
                                   "(SELECT id, name, dosage, form, presentation, name_key FROM medicines "
                                   "WHERE name_key >= ? AND name_key < ? ORDER BY name_key, id LIMIT ?) m "
                                   "LEFT JOIN medicine_prices p ON p.medicine_id = m.id "
                                   "ORDER BY m.name_key, m.id, p.valid_from"_s,
                                   {key, QString(key + end), limit});
    readMedicines(medicines, byIdCode);
    return items;
}

} // namespace guichet
