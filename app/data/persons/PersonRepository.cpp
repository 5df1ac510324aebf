#include "data/persons/PersonRepository.h"

#include "core/Entitlement.h"
#include "core/FieldRules.h"
#include "core/PurposeRules.h"
#include "core/Rib.h"
#include "core/TextNormalizer.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// Every column of a person, in the order personFrom() reads them.
const QString personColumns =
    u"p.id, p.organisation_id, o.code, p.member_id, p.relation, p.immatriculation, p.cin, p.last_name, "
    "p.first_name, p.last_name_ar, p.first_name_ar, p.birth_date, p.sex, p.regime, p.version, p.address, p.phone, "
    "p.email, p.status, p.relation_start, p.relation_end, p.rib, p.child_condition "
    "FROM persons p JOIN organisations o ON o.id = p.organisation_id "_s;

QDate dateFrom(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant storedDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

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
    p.birthDate = dateFrom(q.value(11));
    p.sex = q.value(12).toString();
    p.regime = q.value(13).toString();
    p.version = q.value(14).toLongLong();
    p.address = q.value(15).toString();
    p.phone = q.value(16).toString();
    p.email = q.value(17).toString();
    p.status = q.value(18).toString();
    p.relationStart = dateFrom(q.value(19));
    p.relationEnd = dateFrom(q.value(20));
    p.rib = q.value(21).toString();
    p.childCondition = q.value(22).toString();
    return p;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The fields an agent edits, by their column name, as text.
QList<std::pair<QString, QString>> editableFields(const Person &p)
{
    return {{u"last_name"_s, p.lastName},
            {u"first_name"_s, p.firstName},
            {u"last_name_ar"_s, p.lastNameAr},
            {u"first_name_ar"_s, p.firstNameAr},
            {u"cin"_s, p.cin},
            {u"birth_date"_s, dateText(p.birthDate)},
            {u"sex"_s, p.sex},
            {u"address"_s, p.address},
            {u"phone"_s, p.phone},
            {u"email"_s, p.email},
            {u"status"_s, p.status},
            {u"relation_start"_s, dateText(p.relationStart)},
            {u"relation_end"_s, dateText(p.relationEnd)},
            {u"rib"_s, p.rib},
            {u"child_condition"_s, p.childCondition}};
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

Person PersonRepository::normalized(Person p)
{
    p.lastName = p.lastName.trimmed();
    p.firstName = p.firstName.trimmed();
    p.lastNameAr = p.lastNameAr.trimmed();
    p.firstNameAr = p.firstNameAr.trimmed();
    p.cin = p.cin.trimmed().toUpper();
    p.immatriculation = p.immatriculation.trimmed();
    p.address = p.address.trimmed();
    p.phone = FieldRules::normalizedPhone(p.phone);
    p.email = p.email.trimmed();
    p.rib = p.rib.trimmed().isEmpty() ? QString() : Rib::normalized(p.rib);
    if (p.relation != u"child"_s)
        p.childCondition.clear();
    return p;
}

QList<FieldChange> PersonRepository::changes(const Person &before, const Person &after)
{
    const auto a = editableFields(before);
    const auto b = editableFields(after);
    QList<FieldChange> found;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].second != b[i].second)
            found.append({a[i].first, a[i].second, b[i].second});
    }
    return found;
}

QList<FieldChange> PersonRepository::initialValues(const Person &p)
{
    QList<FieldChange> values = {{u"immatriculation"_s, {}, p.immatriculation},
                                 {u"relation"_s, {}, p.relation},
                                 {u"regime"_s, {}, p.regime}};
    for (const auto &[field, value] : editableFields(p)) {
        if (!value.isEmpty())
            values.append({field, {}, value});
    }
    return values;
}

QString PersonRepository::statusLabel(const QString &status)
{
    if (status == u"retired"_s)
        return tr("Retired");
    if (status == u"ended"_s)
        return tr("Ended");
    return tr("Active");
}

QString PersonRepository::childConditionLabel(const QString &condition)
{
    if (condition == u"student"_s)
        return tr("Student (to 26)");
    if (condition == u"disabled"_s)
        return tr("Disabled (no age limit)");
    return tr("None (to 21)");
}

PersonRepository::PersonRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

QStringList PersonRepository::problems(const Person &p, const QDate &today)
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
    check(FieldRules::checkCin(p.cin));
    if (!p.birthDate.isValid())
        found << tr("The birth date is not a valid date.");
    else if (p.birthDate > today || p.birthDate.year() < 1900)
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
    static const QStringList conditions = {QString(), u"student"_s, u"disabled"_s};
    if (!conditions.contains(p.childCondition))
        found << tr("Choose the child's condition.");
    if (p.relation == u"child"_s && p.birthDate.isValid() && p.birthDate <= today && p.status != u"ended"_s) {
        const int limit = Entitlement::ageLimit(p.childCondition);
        if (limit > 0 && Entitlement::ageOn(p.birthDate, today) >= limit)
            found << tr("A child of %1 or more is a beneficiary only as a student (to 26) or when disabled.").arg(limit);
    }
    check(FieldRules::checkAddress(p.address));
    check(FieldRules::checkPhone(p.phone));
    check(FieldRules::checkEmail(p.email));
    static const QStringList statuses = {u"active"_s, u"retired"_s, u"ended"_s};
    if (!statuses.contains(p.status))
        found << tr("Choose the status.");
    if (p.relationStart.isValid() && p.birthDate.isValid() && p.relationStart < p.birthDate)
        found << tr("The relationship cannot start before the birth date.");
    if (p.relationEnd.isValid() && p.relationStart.isValid() && p.relationEnd < p.relationStart)
        found << tr("The relationship cannot end before it starts.");
    if (p.status == u"ended"_s && !p.relationEnd.isValid())
        found << tr("An ended relationship needs its end date.");
    if (p.status != u"ended"_s && p.relationEnd.isValid() && p.relationEnd < today)
        found << tr("A relationship that ended in the past has the status \"Ended\".");
    if (!p.rib.isEmpty())
        check(Rib::problem(p.rib));
    return found;
}

std::optional<PersonFile> PersonRepository::openFile(const Session &session, qint64 personId)
{
    if (!PurposeRules::readsPersons(session.activePurpose()))
        throw DatabaseError(DatabaseError::Kind::Refused,
                            tr("Persons' files cannot be opened under the purpose \"%1\".").arg(session.activePurpose()));
    const qint64 organisationFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db, u"SELECT "_s % personColumns % u"WHERE p.id = ? AND (? = 0 OR p.organisation_id = ?)"_s,
                           {personId, organisationFilter, organisationFilter});
    if (!q.next())
        return std::nullopt;
    PersonFile file;
    file.person = personFrom(q);
    q.finish();
    if (file.person.relation == u"member"_s) {
        QSqlQuery b = Sql::run(m_db, u"SELECT "_s % personColumns % u"WHERE p.member_id = ? ORDER BY p.birth_date, p.id"_s,
                               {personId});
        while (b.next())
            file.beneficiaries.append(personFrom(b));
    }
    AuditLog(m_db, m_clock).append(session, {u"read"_s, u"person"_s, QString::number(personId), personId, {}, {}});
    return file;
}

qint64 PersonRepository::update(const Session &session, const Person &input)
{
    if (!PurposeRules::changesPersons(session.activePurpose()))
        throw DatabaseError(DatabaseError::Kind::Refused, tr("Persons are changed under the purpose REG only."));
    const Person p = normalized(input);
    if (const QStringList found = problems(p, m_clock.nowUtc().date()); !found.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Refused, found.join(u'\n'));

    const qint64 organisationFilter = session.organisationFilter();
    Transaction transaction(m_db);
    QSqlQuery before = Sql::run(m_db, u"SELECT "_s % personColumns % u"WHERE p.id = ? AND (? = 0 OR p.organisation_id = ?)"_s,
                                {p.id, organisationFilter, organisationFilter});
    if (!before.next())
        throw DatabaseError(DatabaseError::Kind::Refused, tr("This person's file does not exist or is not yours to change."));
    const Person saved = personFrom(before);
    before.finish();
    if (saved.version != p.version)
        throw PersonConflict(p, saved);
    const QList<FieldChange> changed = changes(saved, p);
    if (changed.isEmpty())
        return saved.version;

    // The version in the WHERE clause makes the check and the write one step, whatever runs
    // between the read above and here on another workstation.
    QSqlQuery q = Sql::run(m_db,
                           u"UPDATE persons SET last_name = ?, first_name = ?, last_name_ar = ?, first_name_ar = ?, "
                           "cin = ?, birth_date = ?, sex = ?, name_key = ?, name_ar_key = ?, address = ?, phone = ?, "
                           "email = ?, status = ?, relation_start = ?, relation_end = ?, rib = ?, child_condition = ?, "
                           "updated_at = ?, version = version + 1 WHERE id = ? AND version = ? RETURNING version"_s,
                           {p.lastName, p.firstName, Sql::nullIfEmpty(p.lastNameAr), Sql::nullIfEmpty(p.firstNameAr),
                            Sql::nullIfEmpty(p.cin), p.birthDate.toString(Qt::ISODate), p.sex,
                            TextNormalizer::searchKey(p.lastName + u' ' + p.firstName),
                            TextNormalizer::searchKey(p.lastNameAr + u' ' + p.firstNameAr), Sql::nullIfEmpty(p.address),
                            Sql::nullIfEmpty(p.phone), Sql::nullIfEmpty(p.email), p.status, storedDate(p.relationStart),
                            storedDate(p.relationEnd), Sql::nullIfEmpty(p.rib), Sql::text(p.childCondition),
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
        .appendInTransaction(session, {u"update"_s, u"person"_s, QString::number(p.id), p.id, {}, changed});
    transaction.commit();
    return version;
}

qint64 PersonRepository::create(const Session &session, const Person &input)
{
    Person p = normalized(input);
    if (!PurposeRules::changesPersons(session.activePurpose()))
        throw DatabaseError(DatabaseError::Kind::Refused,
                            tr("Persons are registered under the purpose REG only."));
    if (const QStringList found = problems(p, m_clock.nowUtc().date()); !found.isEmpty())
        throw DatabaseError(DatabaseError::Kind::Refused, found.join(u'\n'));
    // A mutuelle registers its own members only.
    if (!session.seesAllOrganisations())
        p.organisationId = session.organisation.id;

    Transaction transaction(m_db);
    const qint64 id = insertInTransaction(session, p);
    transaction.commit();
    return id;
}

qint64 PersonRepository::insertInTransaction(const Session &session, const Person &p)
{
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
    if (const qint64 existing = findDuplicate(session, p))
        throw DuplicatePerson(existing);
    const QString nameKey = TextNormalizer::searchKey(p.lastName + u' ' + p.firstName);
    const QString now = toStoredTimestamp(m_clock.nowUtc());
    const qint64 id =
        Sql::scalar(m_db,
                    u"INSERT INTO persons (organisation_id, member_id, relation, immatriculation, cin, last_name, "
                    "first_name, last_name_ar, first_name_ar, birth_date, sex, regime, name_key, name_ar_key, "
                    "address, phone, email, status, relation_start, relation_end, rib, child_condition, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?) RETURNING id"_s,
                    {p.organisationId, p.memberId ? QVariant(p.memberId) : QVariant(QMetaType::fromType<qlonglong>()),
                     p.relation, p.immatriculation, Sql::nullIfEmpty(p.cin), p.lastName, p.firstName,
                     Sql::nullIfEmpty(p.lastNameAr), Sql::nullIfEmpty(p.firstNameAr),
                     p.birthDate.toString(Qt::ISODate), p.sex, p.regime, nameKey,
                     TextNormalizer::searchKey(p.lastNameAr + u' ' + p.firstNameAr), Sql::nullIfEmpty(p.address),
                     Sql::nullIfEmpty(p.phone), Sql::nullIfEmpty(p.email), p.status, storedDate(p.relationStart),
                     storedDate(p.relationEnd), Sql::nullIfEmpty(p.rib), Sql::text(p.childCondition), now, now})
            .toLongLong();
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"create"_s, u"person"_s, QString::number(id), id, {}, initialValues(p)});
    return id;
}

qint64 PersonRepository::findDuplicate(const Session &session, const Person &p)
{
    const qint64 organisationFilter = session.organisationFilter();
    const QVariant existing =
        Sql::scalar(m_db,
                    u"SELECT id FROM persons WHERE (? = 0 OR organisation_id = ?) AND "
                    "((cin IS NOT NULL AND cin = ?) OR (name_key = ? AND birth_date = ?)) ORDER BY id LIMIT 1"_s,
                    {organisationFilter, organisationFilter, Sql::text(p.cin),
                     TextNormalizer::searchKey(p.lastName + u' ' + p.firstName), p.birthDate.toString(Qt::ISODate)});
    return existing.isValid() ? existing.toLongLong() : 0;
}

} // namespace guichet
