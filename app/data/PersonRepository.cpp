#include "data/PersonRepository.h"

#include "core/FieldRules.h"
#include "core/PurposeRules.h"
#include "core/TextNormalizer.h"
#include "data/AuditLog.h"
#include "data/DatabaseError.h"
#include "data/Sql.h"
#include "data/Transaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

Person personFrom(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.organisationId = q.value(1).toLongLong();
    p.organisationCode = q.value(2).toString();
    p.memberId = q.value(3).toLongLong();
    p.relation = q.value(4).toString();
    p.immatriculation = q.value(5).toString();
    p.cin = q.value(6).toString();
    p.lastName = q.value(7).toString();
    p.firstName = q.value(8).toString();
    p.lastNameAr = q.value(9).toString();
    p.firstNameAr = q.value(10).toString();
    p.birthDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    p.sex = q.value(12).toString();
    p.regime = q.value(13).toString();
    p.version = q.value(14).toLongLong();
    return p;
}

// What is stored: names without surrounding spaces, the CIN in capitals.
Person normalized(Person p)
{
    p.lastName = p.lastName.trimmed();
    p.firstName = p.firstName.trimmed();
    p.lastNameAr = p.lastNameAr.trimmed();
    p.firstNameAr = p.firstNameAr.trimmed();
    p.cin = p.cin.trimmed().toUpper();
    return p;
}

} // namespace

PersonConflict::PersonConflict(Person mine, Person saved)
    : DatabaseError(Kind::Conflict,
                    PersonRepository::tr("Someone else saved this person's file while you were editing it. "
                                         "Compare the two versions before saving again.")),
      m_mine(std::move(mine)), m_saved(std::move(saved))
{
}

DuplicatePerson::DuplicatePerson(qint64 existingId)
    : DatabaseError(Kind::Conflict, PersonRepository::tr("This person is already registered (same CIN, or same names "
                                                         "and birth date): open the existing file instead.")),
      m_existingId(existingId)
{
}

QStringList PersonRepository::changedFields(const Person &a, const Person &b)
{
    QStringList fields;
    auto compare = [&fields](const QString &name, const auto &x, const auto &y) {
        if (x != y)
            fields << name;
    };
    compare(u"last_name"_s, a.lastName, b.lastName);
    compare(u"first_name"_s, a.firstName, b.firstName);
    compare(u"last_name_ar"_s, a.lastNameAr, b.lastNameAr);
    compare(u"first_name_ar"_s, a.firstNameAr, b.firstNameAr);
    compare(u"cin"_s, a.cin, b.cin);
    compare(u"birth_date"_s, a.birthDate, b.birthDate);
    compare(u"sex"_s, a.sex, b.sex);
    return fields;
}

PersonRepository::PersonRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

QStringList PersonRepository::problems(const Person &p)
{
    QStringList found;
    auto check = [&found](const QString &problem) {
        if (!problem.isEmpty())
            found << problem;
    };
    check(FieldRules::checkPersonName(tr("The last name"), p.lastName, true));
    check(FieldRules::checkPersonName(tr("The first name"), p.firstName, true));
    check(FieldRules::checkPersonName(tr("The last name in Arabic"), p.lastNameAr, false));
    check(FieldRules::checkPersonName(tr("The first name in Arabic"), p.firstNameAr, false));
    static const QRegularExpression immatriculationRe(u"^[0-9]{6,12}(-[0-9]{2})?$"_s);
    if (!immatriculationRe.match(p.immatriculation).hasMatch())
        found << tr("The immatriculation number has 6 to 12 digits.");
    static const QRegularExpression cinRe(u"^[A-Z]{1,2}[0-9]{1,6}$"_s);
    if (!p.cin.isEmpty() && !cinRe.match(p.cin).hasMatch())
        found << tr("A CIN is one or two capital letters followed by up to six digits, as in AB123456.");
    if (!p.birthDate.isValid())
        found << tr("The birth date is not a valid date.");
    else if (p.birthDate > QDate::currentDate() || p.birthDate.year() < 1900)
        found << tr("The birth date must be between 1900 and today.");
    if (p.sex != u"F"_s && p.sex != u"M"_s)
        found << tr("Choose the sex.");
    static const QStringList relations = {u"member"_s, u"spouse"_s, u"child"_s, u"other"_s};
    if (!relations.contains(p.relation))
        found << tr("Choose the relation to the member.");
    if ((p.relation == u"member"_s) != (p.memberId == 0))
        found << tr("A beneficiary is attached to a member, and a member to nobody.");
    if (p.regime != u"AMO"_s && p.regime != u"STU"_s)
        found << tr("Choose the regime.");
    return found;
}

std::optional<PersonFile> PersonRepository::openFile(const Session &session, qint64 personId)
{
    if (!PurposeRules::readsPersons(session.activePurpose()))
        throw DatabaseError(DatabaseError::Kind::Refused,
                            tr("Persons' files cannot be opened under the purpose \"%1\".").arg(session.activePurpose()));
    const qint64 organisationFilter = session.seesAllOrganisations() ? 0 : session.organisation.id;
    static const QString columns =
        u"p.id, p.organisation_id, o.code, p.member_id, p.relation, p.immatriculation, p.cin, p.last_name, "
        "p.first_name, p.last_name_ar, p.first_name_ar, p.birth_date, p.sex, p.regime, p.version "
        "FROM persons p JOIN organisations o ON o.id = p.organisation_id "_s;
    QSqlQuery q = Sql::run(m_db, u"SELECT "_s % columns % u"WHERE p.id = ? AND (? = 0 OR p.organisation_id = ?)"_s,
                           {personId, organisationFilter, organisationFilter});
    if (!q.next())
        return std::nullopt;
    PersonFile file;
    file.person = personFrom(q);
    if (file.person.relation == u"member"_s) {
        QSqlQuery b = Sql::run(m_db, u"SELECT "_s % columns % u"WHERE p.member_id = ? ORDER BY p.birth_date, p.id"_s,
                               {personId});
        while (b.next())
            file.beneficiaries.append(personFrom(b));
    }
    AuditLog(m_db, m_clock).append(session, {u"read"_s, u"person"_s, QString::number(personId), personId, {}});
    return file;
}

qint64 PersonRepository::update(const Session &session, const Person &input)
{
    if (!PurposeRules::changesPersons(session.activePurpose()))
        throw DatabaseError(DatabaseError::Kind::Refused, tr("Persons are changed under the purpose REG only."));
    const Person p = normalized(input);
    if (const QStringList found = problems(p); !found.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Refused, found.join(u'\n'));

    const qint64 organisationFilter = session.seesAllOrganisations() ? 0 : session.organisation.id;
    Transaction transaction(m_db);
    QSqlQuery before = Sql::run(m_db, u"SELECT p.id, p.organisation_id, o.code, p.member_id, p.relation, "
                                      "p.immatriculation, p.cin, p.last_name, p.first_name, p.last_name_ar, "
                                      "p.first_name_ar, p.birth_date, p.sex, p.regime, p.version FROM persons p "
                                      "JOIN organisations o ON o.id = p.organisation_id "
                                      "WHERE p.id = ? AND (? = 0 OR p.organisation_id = ?)"_s,
                                  {p.id, organisationFilter, organisationFilter});
    if (!before.next())
        throw DatabaseError(DatabaseError::Kind::Refused, tr("This person's file does not exist or is not yours to change."));
    const Person saved = personFrom(before);
    before.finish();
    if (saved.version != p.version)
        throw PersonConflict(p, saved);
    const QStringList fields = changedFields(saved, p);
    if (fields.isEmpty())
        return saved.version;

    // The version in the WHERE clause makes the check and the write one step, whatever runs
    // between the read above and here on another workstation.
    QSqlQuery q = Sql::run(m_db,
                           u"UPDATE persons SET last_name = ?, first_name = ?, last_name_ar = ?, first_name_ar = ?, "
                           "cin = ?, birth_date = ?, sex = ?, name_key = ?, name_ar_key = ?, updated_at = ?, "
                           "version = version + 1 WHERE id = ? AND version = ? RETURNING version"_s,
                           {p.lastName, p.firstName, Sql::nullIfEmpty(p.lastNameAr), Sql::nullIfEmpty(p.firstNameAr),
                            Sql::nullIfEmpty(p.cin), p.birthDate.toString(Qt::ISODate), p.sex,
                            TextNormalizer::searchKey(p.lastName + u' ' + p.firstName),
                            TextNormalizer::searchKey(p.lastNameAr + u' ' + p.firstNameAr),
                            toStoredTimestamp(m_clock.nowUtc()), p.id, p.version});
    if (!q.next()) {
        q.finish();
        transaction.commit(); // nothing written; ends the read
        const std::optional<PersonFile> current = openFile(session, p.id);
        throw PersonConflict(p, current ? current->person : saved);
    }
    const qint64 version = q.value(0).toLongLong();
    q.finish();
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"update"_s, u"person"_s, QString::number(p.id), p.id, {{u"fields"_s, fields}}});
    transaction.commit();
    return version;
}

qint64 PersonRepository::create(const Session &session, const Person &input)
{
    Person p = normalized(input);
    if (!PurposeRules::changesPersons(session.activePurpose()))
        throw DatabaseError(DatabaseError::Kind::Refused,
                            tr("Persons are registered under the purpose REG only."));
    if (const QStringList found = problems(p); !found.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Refused, found.join(u'\n'));
    // A mutuelle registers its own members only.
    if (!session.seesAllOrganisations())
        p.organisationId = session.organisation.id;

    Transaction transaction(m_db);
    if (p.memberId != 0) {
        const QVariant memberOrg =
            Sql::scalar(m_db, u"SELECT organisation_id FROM persons WHERE id = ? AND relation = 'member'"_s, {p.memberId});
        if (!memberOrg.isValid() || memberOrg.toLongLong() != p.organisationId)
            throw DatabaseError(DatabaseError::Kind::Refused, tr("The member of this beneficiary was not found."));
    }
    // Checked under a lock, so that two counters cannot register the same person at once (SQLite:
    // the write lock of BEGIN IMMEDIATE; PostgreSQL: an advisory lock per organisation). Among the
    // persons this agent may see (on PostgreSQL, row-level security decides).
    if (Sql::dialect(m_db) == Dialect::Postgres)
        Sql::run(m_db, u"SELECT pg_advisory_xact_lock(7455, ?)"_s, {int(p.organisationId)});
    const QString nameKey = TextNormalizer::searchKey(p.lastName + u' ' + p.firstName);
    const qint64 organisationFilter = session.seesAllOrganisations() ? 0 : session.organisation.id;
    const QVariant existing =
        Sql::scalar(m_db,
                    u"SELECT id FROM persons WHERE (? = 0 OR organisation_id = ?) AND "
                    "((cin IS NOT NULL AND cin = ?) OR (name_key = ? AND birth_date = ?)) ORDER BY id LIMIT 1"_s,
                    {organisationFilter, organisationFilter, Sql::text(p.cin), nameKey,
                     p.birthDate.toString(Qt::ISODate)});
    if (existing.isValid())
        throw DuplicatePerson(existing.toLongLong());
    const QString now = toStoredTimestamp(m_clock.nowUtc());
    const qint64 id =
        Sql::scalar(m_db,
                    u"INSERT INTO persons (organisation_id, member_id, relation, immatriculation, cin, last_name, "
                    "first_name, last_name_ar, first_name_ar, birth_date, sex, regime, name_key, name_ar_key, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {p.organisationId, p.memberId ? QVariant(p.memberId) : QVariant(QMetaType::fromType<qlonglong>()),
                     p.relation, p.immatriculation, Sql::nullIfEmpty(p.cin), p.lastName, p.firstName,
                     Sql::nullIfEmpty(p.lastNameAr), Sql::nullIfEmpty(p.firstNameAr),
                     p.birthDate.toString(Qt::ISODate), p.sex, p.regime,
                     nameKey, TextNormalizer::searchKey(p.lastNameAr + u' ' + p.firstNameAr), now, now})
            .toLongLong();
    // The log says what was set, not the values: it is kept for ever, personal data is not
    // (the values themselves are in the person's row, which a purge can reach).
    QStringList fields = {u"immatriculation"_s, u"last_name"_s, u"first_name"_s, u"birth_date"_s, u"sex"_s,
                          u"relation"_s, u"regime"_s};
    if (!p.cin.isEmpty())
        fields << u"cin"_s;
    if (!p.lastNameAr.isEmpty())
        fields << u"last_name_ar"_s;
    if (!p.firstNameAr.isEmpty())
        fields << u"first_name_ar"_s;
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"create"_s, u"person"_s, QString::number(id), id, {{u"fields"_s, fields}}});
    transaction.commit();
    return id;
}

} // namespace guichet
