#include "data/registry/RegistryRepository.h"

#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/retention/PurgeRepository.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

using namespace Qt::StringLiterals;

namespace guichet {

RegistryRepository::RegistryRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

bool RegistryRepository::edits(const Session &session)
{
    return session.actsAsDataProtectionOfficer();
}

QList<RegistryEntry> RegistryRepository::entries(QDate on) const
{
    const QList<RetentionRule> rules = PurgeRepository(m_db, m_clock).rules(on);
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT p.code, p.name, p.cndp_number, p.data_categories, p.recipients, "
                           "COALESCE(d.code, ''), COALESCE(d.name, ''), COALESCE(d.head, ''), COALESCE(d.email, ''), "
                           "COALESCE(d.address, '') FROM purposes p LEFT JOIN divisions d ON d.id = p.division_id "
                           "ORDER BY p.sort_order, p.code"_s);
    QList<RegistryEntry> result;
    while (q.next()) {
        RegistryEntry e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), {}, q.value(5).toString(), q.value(6).toString(),
                        q.value(7).toString(), q.value(8).toString(), q.value(9).toString()};
        for (const RetentionRule &rule : rules)
            if (rule.purposeCode == e.code)
                e.retention = Retention::describe(rule);
        result.append(e);
    }
    return result;
}

void RegistryRepository::update(const Session &session, const QString &code, const QString &dataCategories,
                                const QString &recipients)
{
    if (!edits(session))
        throw DatabaseError::refused(tr("The registry is edited by the data-protection officer, under AUD, only."));
    const QString categories = dataCategories.simplified();
    const QString to = recipients.simplified();
    if (categories.isEmpty())
        throw DatabaseError::refused(tr("Say which categories of data the processing holds."));
    if (categories.size() > MaxTextLength || to.size() > MaxTextLength)
        throw DatabaseError::refused(tr("Each field has at most %1 characters.").arg(MaxTextLength));
    Transaction transaction(m_db);
    if (Sql::run(m_db, u"UPDATE purposes SET data_categories = ?, recipients = ? WHERE code = ?"_s,
                 {categories, Sql::text(to), code})
            .numRowsAffected()
        != 1)
        throw DatabaseError::refused(tr("There is no processing %1.").arg(code.left(10)));
    AuditLog(m_db, m_clock).appendInTransaction(session, {u"update"_s, u"registry"_s, code, 0, {}});
    transaction.commit();
}

QByteArray RegistryRepository::csv(QDate on) const
{
    const auto field = [](QString text) {
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u';'))
            text = u'"' + text.replace(u'"', u"\"\""_s) + u'"';
        return text;
    };
    QString out = u"code,processing,cndp_number,data_categories,recipients,retention,division,division_head,"
                  "division_email,division_address\r\n"_s;
    for (const RegistryEntry &e : entries(on))
        out += QStringList{e.code, field(e.name), e.cndpNumber, field(e.dataCategories), field(e.recipients),
                           field(e.retention), field(e.divisionName), field(e.divisionHead), e.divisionEmail,
                           field(e.divisionAddress)}
                   .join(u',')
               + u"\r\n"_s;
    return out.toUtf8();
}

} // namespace guichet
