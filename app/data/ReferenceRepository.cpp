#include "data/ReferenceRepository.h"

#include "core/TextNormalizer.h"
#include "data/Sql.h"

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

QList<ReferenceRepository::CareItem> ReferenceRepository::findCareItems(const QString &typed, int limit) const
{
    QList<CareItem> items;
    const QString code = typed.trimmed().toUpper();
    if (code.isEmpty())
        return items;
    // Index ranges, as for persons: [prefix, prefix + U+10FFFF).
    const QString end = QString(QChar::highSurrogate(0x10FFFF)) + QChar::lowSurrogate(0x10FFFF);
    QSqlQuery acts = Sql::run(m_db, u"SELECT code, name FROM acts WHERE code >= ? AND code < ? ORDER BY code LIMIT ?"_s,
                              {code, QString(code + end), limit});
    while (acts.next())
        items.append({acts.value(0).toString(), acts.value(1).toString()});
    acts.finish();
    const QString key = TextNormalizer::searchKey(typed);
    if (key.isEmpty())
        return items;
    QSqlQuery medicines = Sql::run(m_db,
                                   u"SELECT id, name, dosage, form, presentation FROM medicines "
                                   "WHERE name_key >= ? AND name_key < ? ORDER BY name_key, id LIMIT ?"_s,
                                   {key, QString(key + end), limit});
    while (medicines.next()) {
        QStringList parts{medicines.value(1).toString()};
        for (int i = 2; i <= 4; ++i)
            if (!medicines.value(i).toString().isEmpty())
                parts.append(medicines.value(i).toString());
        items.append({medicineCode(medicines.value(0).toLongLong()), parts.join(u' ')});
    }
    return items;
}

} // namespace guichet
