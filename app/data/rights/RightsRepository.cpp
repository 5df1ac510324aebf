#include "data/rights/RightsRepository.h"

#include "core/DisplayDate.h"

#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/persons/PersonRepository.h"
#include "data/retention/PurgeRepository.h"
#include "data/registry/RegistryRepository.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString checked(const QString &text, const QString &missing, int maxLength)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() && !missing.isEmpty())
        throw DatabaseError::refused(missing);
    if (trimmed.size() > maxLength)
        throw DatabaseError::refused(RightsRepository::tr("The text has at most %1 characters.").arg(maxLength));
    return trimmed;
}

// The member file's fields a rectification may change, with how each is set on a Person.
const QList<std::pair<QString, void (*)(Person &, const QString &)>> &rectifiable()
{
    static const QList<std::pair<QString, void (*)(Person &, const QString &)>> fields{
        {u"last_name"_s, [](Person &p, const QString &v) { p.lastName = v; }},
        {u"first_name"_s, [](Person &p, const QString &v) { p.firstName = v; }},
        {u"last_name_ar"_s, [](Person &p, const QString &v) { p.lastNameAr = v; }},
        {u"first_name_ar"_s, [](Person &p, const QString &v) { p.firstNameAr = v; }},
        {u"birth_date"_s, [](Person &p, const QString &v) { p.birthDate = QDate::fromString(v, Qt::ISODate); }},
        {u"cin"_s, [](Person &p, const QString &v) { p.cin = v; }},
        {u"address"_s, [](Person &p, const QString &v) { p.address = v; }},
        {u"phone"_s, [](Person &p, const QString &v) { p.phone = v; }},
        {u"email"_s, [](Person &p, const QString &v) { p.email = v; }},
        {u"rib"_s, [](Person &p, const QString &v) { p.rib = v; }},
    };
    return fields;
}

// Rows of a query as JSON objects, one key per column (named in `keys`, in order); integers stay
// integers (amounts in centimes), empty values are null.
QJsonArray rowsOf(QSqlQuery query, const QStringList &keys)
{
    QJsonArray rows;
    while (query.next()) {
        QJsonObject row;
        for (int i = 0; i < keys.size(); ++i) {
            const QVariant v = query.value(i);
            if (v.isNull())
                row.insert(keys.at(i), QJsonValue::Null);
            else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                row.insert(keys.at(i), v.toLongLong());
            else
                row.insert(keys.at(i), v.toString());
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

QDate RightsRequest::completedOn() const
{
    return identityCheckedAt.isValid()
               ? identityCheckedAt.toTimeZone(QTimeZone(QByteArrayLiteral("Africa/Casablanca"))).date()
               : QDate();
}

QStringList RightsRequest::pendingDivisions() const
{
    QStringList pending;
    for (const RightsPart &part : parts)
        if (!part.answered && !pending.contains(part.divisionCode))
            pending.append(part.divisionCode);
    return pending;
}

RightsRequestState RightsRequest::state() const
{
    return {kind, status, personId > 0, !pendingDivisions().isEmpty(), !approvedBy.isEmpty(), medicalSignedOff};
}

RightsRepository::RightsRepository(QSqlDatabase db, BusinessCalendar calendar, const Clock &clock)
    : m_db(std::move(db)), m_calendar(std::move(calendar)), m_clock(clock)
{
}

QStringList RightsRepository::rectifiableFields()
{
    QStringList fields;
    for (const auto &field : rectifiable())
        fields.append(field.first);
    return fields;
}

QStringList RightsRepository::recipientKinds()
{
    return {u"tiers_payant"_s, u"care_network"_s, u"professional"_s, u"auditor"_s};
}

QDate RightsRepository::today() const
{
    return m_calendar.localDate(m_clock.nowUtc());
}

void RightsRepository::requireHandling(const Session &session) const
{
    if (!RightsWork::of(session).handles)
        throw DatabaseError::refused(tr("Rights requests are handled under the purpose LEG only."));
}

void RightsRepository::requireAnswering(const Session &session) const
{
    if (!RightsWork::of(session).follows)
        throw DatabaseError::refused(tr("Rights requests are answered under the purposes LEG and AUD only."));
}

QList<std::pair<QString, QString>> RightsRepository::processings() const
{
    QList<std::pair<QString, QString>> result;
    QSqlQuery q = Sql::run(m_db, u"SELECT code, name FROM purposes ORDER BY sort_order"_s);
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString()});
    return result;
}

QString RightsRepository::divisionOf(const QString &purposeCode) const
{
    for (const RegistryEntry &e : RegistryRepository(m_db, m_clock).entries(today()))
        if (e.code == purposeCode)
            return e.divisionName;
    return {};
}

QList<qint64> RightsRepository::coveredPersons(qint64 personId, QDate on) const
{
    // The requester, and the beneficiaries of a member the request covers (Rights::coversBeneficiary).
    QList<qint64> ids{personId};
    QSqlQuery q = Sql::run(m_db, u"SELECT id, relation, birth_date FROM persons WHERE member_id = ? "
                                 "AND anonymised_at IS NULL ORDER BY id"_s,
                           {personId});
    while (q.next())
        if (Rights::coversBeneficiary(q.value(1).toString(), dateOf(q.value(2)), on))
            ids.append(q.value(0).toLongLong());
    return ids;
}

RightsRequest RightsRepository::intake(const Session &session, const NewRightsRequest &request)
{
    requireHandling(session);
    QString name = checked(request.requesterName, {}, MaxShortLength);
    const QString contact = checked(request.requesterContact, {}, MaxShortLength);
    const QString details = checked(request.details, {}, MaxTextLength);
    const QString identityNote = checked(request.identityNote, {}, MaxShortLength);
    const QDate received = request.receivedOn.isValid() ? request.receivedOn : today();
    if (received > today())
        throw DatabaseError::refused(tr("A request cannot be received after today."));
    QStringList purposes = request.purposes;
    purposes.removeDuplicates();
    QString field, value, evidence;
    if (request.kind == RightsKind::Rectification) {
        field = request.field.trimmed();
        if (!rectifiableFields().contains(field))
            throw DatabaseError::refused(tr("Choose the field of the member file to rectify."));
        value = checked(request.requestedValue, tr("Enter the value asked for."), MaxShortLength);
        evidence = checked(request.evidence, tr("Describe the evidence given for the rectification."), MaxTextLength);
        if (!purposes.contains(u"REG"_s))
            purposes.prepend(u"REG"_s); // the member file is REG's
    }
    if (purposes.isEmpty())
        throw DatabaseError::refused(tr("Choose at least one processing the request concerns."));

    Transaction transaction(m_db);
    const qint64 orgFilter = session.organisationFilter();
    QVariant personId;
    qint64 organisationId = session.organisation.id;
    const QString immatriculation = request.immatriculation.trimmed();
    if (!immatriculation.isEmpty()) {
        QSqlQuery q = Sql::run(m_db, u"SELECT id, organisation_id, last_name, first_name FROM persons "
                                     "WHERE immatriculation = ? AND (? = 0 OR organisation_id = ?) ORDER BY id LIMIT 1"_s,
                               {immatriculation, orgFilter, orgFilter});
        if (!q.next())
            throw DatabaseError::refused(tr("Nobody with the immatriculation %1 in this mutuelle.")
                                             .arg(immatriculation.left(40)));
        personId = q.value(0).toLongLong();
        organisationId = q.value(1).toLongLong();
        if (name.isEmpty())
            name = QString(q.value(2).toString() + u' ' + q.value(3).toString()).trimmed();
    } else if (request.kind == RightsKind::Rectification || request.kind == RightsKind::Opposition) {
        throw DatabaseError::refused(tr("A rectification or an opposition concerns someone on file: enter the "
                                        "immatriculation."));
    }
    if (name.isEmpty())
        throw DatabaseError::refused(tr("Enter the requester's name."));

    const QDateTime now = m_clock.nowUtc();
    const QString stamp = toStoredTimestamp(now);
    const qint64 id =
        Sql::scalar(m_db,
                    u"INSERT INTO rights_requests (organisation_id, number, kind, channel, person_id, requester_name, "
                    "requester_contact, details, received_on, field, requested_value, evidence, created_by, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {organisationId, QString(u"new-"_s + stamp + u'-' + session.login), Rights::code(request.kind),
                     Complaints::code(request.channel), personId, name, Sql::text(contact), Sql::text(details),
                     received.toString(Qt::ISODate), Sql::text(field), Sql::text(value), Sql::text(evidence),
                     session.login, stamp})
            .toLongLong();
    const QString organisationCode =
        Sql::scalar(m_db, u"SELECT code FROM organisations WHERE id = ?"_s, {organisationId}).toString();
    Sql::run(m_db, u"UPDATE rights_requests SET number = ? WHERE id = ?"_s,
             {u"D-%1-%2-%3"_s.arg(organisationCode).arg(received.year()).arg(id, 6, 10, QChar(u'0')), id});
    for (const QString &purpose : purposes) {
        // A processing without a division of its own (online services, video) is answered by the
        // legal division.
        QSqlQuery p = Sql::run(m_db, u"SELECT COALESCE(p.division_id, (SELECT id FROM divisions WHERE code = 'DAJ')) "
                                     "FROM purposes p WHERE p.code = ?"_s,
                               {purpose});
        if (!p.next())
            throw DatabaseError::refused(tr("There is no processing %1.").arg(purpose.left(20)));
        Sql::run(m_db, u"INSERT INTO rights_request_parts (request_id, organisation_id, purpose_code, division_id) "
                       "VALUES (?, ?, ?, ?)"_s,
                 {id, organisationId, purpose, p.value(0).toLongLong()});
    }
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"create"_s, u"rights-request"_s, QString::number(id), personId.toLongLong(),
                                       {{u"kind"_s, Rights::code(request.kind)}, {u"processings"_s, purposes.join(u',')}}});
    transaction.commit();
    if (request.identity)
        return checkIdentity(session, id, *request.identity, identityNote);
    return load(session, id);
}

RightsRequest RightsRepository::checkIdentity(const Session &session, qint64 id, IdentityCheck how, const QString &note)
{
    requireHandling(session);
    const QString text = checked(note, {}, MaxShortLength);
    Transaction transaction(m_db);
    const RightsRequest r = fetch(session, id);
    if (r.status != RightsStatus::Identity)
        throw DatabaseError::refused(tr("The identity of request %1 is already checked.").arg(r.number));
    const QDateTime now = m_clock.nowUtc();
    const QString stamp = toStoredTimestamp(now);
    const QDate due = RightsDeadlines(m_calendar).due(m_calendar.localDate(now));
    Sql::run(m_db, u"UPDATE rights_requests SET identity_method = ?, identity_note = ?, identity_checked_by = ?, "
                   "identity_checked_at = ?, status = 'open', due_on = ?, version = version + 1 WHERE id = ?"_s,
             {Rights::code(how), Sql::text(text), session.login, stamp, due.toString(Qt::ISODate), id});
    // Nothing the request covers is purged before it is answered.
    if (r.personId > 0) {
        for (const qint64 person : coveredPersons(r.personId, today()))
            Sql::run(m_db,
                     u"INSERT INTO legal_holds (organisation_id, person_id, kind, source_id, reason, placed_at, placed_by) "
                     "VALUES (?, ?, 'rights_request', ?, ?, ?, ?)"_s,
                     {r.organisationId, person, id, tr("Rights request %1 in progress").arg(r.number), stamp,
                      session.login});
    }
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"check-identity"_s, u"rights-request"_s, QString::number(id), r.personId,
                                       {{u"method"_s, Rights::code(how)}, {u"due"_s, due.toString(Qt::ISODate)}}});
    transaction.commit();
    return load(session, id);
}

RightsRequest RightsRepository::fetch(const Session &session, qint64 id) const
{
    const RightsWork work = RightsWork::of(session);
    if (!work.reads())
        throw DatabaseError::refused(tr("Rights requests are read under the purposes LEG, AUD, REG and medical control only."));
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(
        m_db,
        u"SELECT r.id, r.organisation_id, o.code, o.name, r.number, r.kind, r.channel, r.person_id, p.immatriculation, "
        "r.requester_name, r.requester_contact, r.details, r.identity_method, r.identity_note, r.identity_checked_by, "
        "r.identity_checked_at, r.received_on, r.due_on, r.extended_to, r.extension_reason, r.status, r.outcome, "
        "r.field, r.requested_value, r.evidence, r.approved_by, r.approved_at, r.medical_signed_by, "
        "r.medical_signed_at, r.created_by, r.created_at, r.answered_by, r.answered_at, r.version "
        "FROM rights_requests r JOIN organisations o ON o.id = r.organisation_id "
        "LEFT JOIN persons p ON p.id = r.person_id WHERE r.id = ? AND (? = 0 OR r.organisation_id = ?)"_s,
        {id, orgFilter, orgFilter});
    if (!q.next())
        throw DatabaseError::refused(tr("There is no such request in this mutuelle."));
    RightsRequest r;
    r.id = q.value(0).toLongLong();
    r.organisationId = q.value(1).toLongLong();
    r.organisationCode = q.value(2).toString();
    r.organisationName = q.value(3).toString();
    r.number = q.value(4).toString();
    r.kind = Rights::kindFromCode(q.value(5).toString()).value_or(RightsKind::Access);
    r.channel = Complaints::channelFromCode(q.value(6).toString()).value_or(ComplaintChannel::Counter);
    r.personId = q.value(7).toLongLong();
    r.immatriculation = q.value(8).toString();
    r.requesterName = q.value(9).toString();
    r.requesterContact = q.value(10).toString();
    r.details = q.value(11).toString();
    r.identity = Rights::identityFromCode(q.value(12).toString());
    r.identityNote = q.value(13).toString();
    r.identityCheckedBy = q.value(14).toString();
    r.identityCheckedAt = instantOf(q.value(15));
    r.receivedOn = dateOf(q.value(16));
    r.dueOn = dateOf(q.value(17));
    r.extendedTo = dateOf(q.value(18));
    r.extensionReason = q.value(19).toString();
    r.status = Rights::statusFromCode(q.value(20).toString()).value_or(RightsStatus::Identity);
    r.outcome = q.value(21).toString();
    r.field = q.value(22).toString();
    r.requestedValue = q.value(23).toString();
    r.evidence = q.value(24).toString();
    r.approvedBy = q.value(25).toString();
    r.approvedAt = instantOf(q.value(26));
    r.medicalSignedBy = q.value(27).toString();
    r.medicalSignedAt = instantOf(q.value(28));
    r.medicalSignedOff = r.medicalSignedAt.isValid();
    r.createdBy = q.value(29).toString();
    r.createdAt = instantOf(q.value(30));
    r.answeredBy = q.value(31).toString();
    r.answeredAt = instantOf(q.value(32));
    r.version = q.value(33).toLongLong();
    q.finish();

    QSqlQuery parts = Sql::run(m_db,
                               u"SELECT t.purpose_code, p.name, p.cndp_number, p.legal_obligation, d.code, d.name, "
                               "d.email, d.address, t.state, t.answer, t.answered_by, t.answered_at "
                               "FROM rights_request_parts t JOIN purposes p ON p.code = t.purpose_code "
                               "JOIN divisions d ON d.id = t.division_id WHERE t.request_id = ? ORDER BY p.sort_order"_s,
                               {id});
    while (parts.next()) {
        RightsPart part;
        part.purposeCode = parts.value(0).toString();
        part.purposeName = parts.value(1).toString();
        part.cndpNumber = parts.value(2).toString();
        part.legalObligation = parts.value(3).toBool();
        part.divisionCode = parts.value(4).toString();
        part.divisionName = parts.value(5).toString();
        part.divisionEmail = parts.value(6).toString();
        part.divisionAddress = parts.value(7).toString();
        part.answered = parts.value(8).toString() == u"answered"_s;
        part.answer = parts.value(9).toString();
        part.answeredBy = parts.value(10).toString();
        part.answeredAt = instantOf(parts.value(11));
        r.parts.append(part);
    }
    parts.finish();
    if (work.follows) { // the letters are the legal division's and the officer's
        QSqlQuery letters = Sql::run(m_db, u"SELECT id, kind, language, title, html, written_by, written_at "
                                           "FROM rights_letters WHERE request_id = ? ORDER BY id"_s,
                                     {id});
        while (letters.next())
            r.letters.append({letters.value(0).toLongLong(), letters.value(1).toString(), letters.value(2).toString(),
                              letters.value(3).toString(), letters.value(4).toString(), letters.value(5).toString(),
                              instantOf(letters.value(6))});
    }
    return r;
}

RightsRequest RightsRepository::fetchOpen(const Session &session, qint64 id) const
{
    RightsRequest r = fetch(session, id);
    if (r.status == RightsStatus::Identity)
        throw DatabaseError::refused(tr("Check the requester's identity first: request %1 goes no further until "
                                        "then.").arg(r.number));
    if (r.status == RightsStatus::Answered)
        throw DatabaseError::refused(tr("Request %1 is already answered.").arg(r.number));
    return r;
}

RightsRequest RightsRepository::load(const Session &session, qint64 id)
{
    const RightsRequest r = fetch(session, id);
    AuditLog(m_db, m_clock).append(session, {u"read"_s, u"rights-request"_s, QString::number(id), r.personId, {}});
    return r;
}

QList<RightsListRow> RightsRepository::list(const Session &session, bool withAnswered)
{
    // The legal division and the officer follow every request; REG sees the rectifications it
    // has to approve, medical control the access requests whose medical part awaits its review.
    const RightsWork does = RightsWork::of(session);
    QString work = u"all"_s;
    if (does.approvesRectifications)
        work = u"rectify"_s;
    else if (does.signsOffMedicalParts)
        work = u"medical"_s;
    else
        requireAnswering(session);
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT r.id, r.number, r.kind, r.status, r.requester_name, r.received_on, "
                           "COALESCE(r.extended_to, r.due_on), "
                           "(SELECT count(*) FROM rights_request_parts t WHERE t.request_id = r.id AND t.state = 'pending') "
                           "FROM rights_requests r WHERE (? = 0 OR r.organisation_id = ?) AND (? OR r.status <> 'answered') "
                           "AND (? = 'all' OR (? = 'rectify' AND r.kind = 'rectification' AND r.status = 'open' "
                           "AND r.approved_by IS NULL) OR (? = 'medical' AND r.kind = 'access' AND r.status = 'open' "
                           "AND r.person_id IS NOT NULL AND r.medical_signed_by IS NULL)) "
                           // Late first, the latest first: the earliest deadline is the one most
                           // late (days left are counted in business days, in the deadlines' order);
                           // then by days left; then the requests whose identity is still to check
                           // (their month has not started); the answered ones last.
                           "ORDER BY CASE WHEN r.status = 'answered' THEN 2 WHEN r.due_on IS NULL THEN 1 ELSE 0 END, "
                           "COALESCE(r.extended_to, r.due_on), r.received_on, r.id"_s,
                           {orgFilter, orgFilter, withAnswered, work, work, work});
    const QDate now = today();
    const RightsDeadlines deadlines(m_calendar);
    QList<RightsListRow> rows;
    while (q.next()) {
        RightsListRow row;
        row.id = q.value(0).toLongLong();
        row.number = q.value(1).toString();
        row.kind = Rights::kindFromCode(q.value(2).toString()).value_or(RightsKind::Access);
        row.status = Rights::statusFromCode(q.value(3).toString()).value_or(RightsStatus::Identity);
        row.requesterName = q.value(4).toString();
        row.receivedOn = dateOf(q.value(5));
        row.deadline = dateOf(q.value(6));
        row.pendingParts = q.value(7).toInt();
        if (row.deadline.isValid()) {
            row.daysLeft = deadlines.daysLeft(now, row.deadline);
            row.late = row.status != RightsStatus::Answered && now > row.deadline;
        }
        rows.append(row);
    }
    return rows;
}

void RightsRepository::keepLetter(const Session &session, const RightsRequest &request, const QString &kind,
                                  const LetterDraft &letter)
{
    if (letter.html.trimmed().isEmpty() || (letter.language != u"fr"_s && letter.language != u"ar"_s))
        throw DatabaseError::refused(tr("The letter to the requester is missing."));
    Sql::run(m_db, u"INSERT INTO rights_letters (request_id, organisation_id, kind, language, title, html, written_by, "
                   "written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {request.id, request.organisationId, kind, letter.language, Sql::text(letter.title), letter.html,
              session.login, toStoredTimestamp(m_clock.nowUtc())});
}

QDate RightsRepository::proposedExtension(const RightsRequest &request) const
{
    return request.deadline().isValid()
               ? RightsDeadlines(m_calendar).proposedExtension(request.completedOn(), request.deadline())
               : QDate();
}

RightsRequest RightsRepository::extend(const Session &session, qint64 id, QDate to, const QString &reason,
                                       const LetterDraft &notice)
{
    requireHandling(session);
    const QString why = checked(reason, tr("Give the reason of the extension: the requester is told it."), MaxTextLength);
    Transaction transaction(m_db);
    const RightsRequest r = fetchOpen(session, id);
    const RightsDeadlines deadlines(m_calendar);
    if (!deadlines.mayExtendTo(r.completedOn(), r.deadline(), to))
        throw DatabaseError::refused(tr("The new deadline must be a business day after %1 and no later than %2 "
                                        "(four months).")
                                         .arg(r.deadline().toString(Qt::ISODate),
                                              deadlines.latest(r.completedOn()).toString(Qt::ISODate)));
    Sql::run(m_db, u"UPDATE rights_requests SET extended_to = ?, extension_reason = ?, version = version + 1 "
                   "WHERE id = ?"_s,
             {to.toString(Qt::ISODate), why, id});
    keepLetter(session, r, u"extension"_s, notice);
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"extend"_s, u"rights-request"_s, QString::number(id), r.personId,
                                       {{u"to"_s, to.toString(Qt::ISODate)}},
                                       {{u"deadline"_s, r.deadline().toString(Qt::ISODate), to.toString(Qt::ISODate)}}});
    transaction.commit();
    return load(session, id);
}

RightsRequest RightsRepository::answerPart(const Session &session, qint64 id, const QString &purpose,
                                           const QString &answer)
{
    requireHandling(session);
    const QString text = checked(answer, tr("Write the division's answer."), MaxTextLength);
    Transaction transaction(m_db);
    const RightsRequest r = fetchOpen(session, id);
    if (Sql::run(m_db, u"UPDATE rights_request_parts SET state = 'answered', answer = ?, answered_by = ?, "
                       "answered_at = ? WHERE request_id = ? AND purpose_code = ? AND state = 'pending'"_s,
                 {text, session.login, toStoredTimestamp(m_clock.nowUtc()), id, purpose})
            .numRowsAffected()
        != 1)
        throw DatabaseError::refused(tr("The part of %1 is not waiting for an answer.").arg(purpose.left(20)));
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"answer-part"_s, u"rights-request"_s, QString::number(id), r.personId,
                                       {{u"processing"_s, purpose}}});
    transaction.commit();
    return load(session, id);
}

RightsRequest RightsRepository::answer(const Session &session, qint64 id, const QString &outcome,
                                       const LetterDraft &letter)
{
    requireAnswering(session);
    if (outcome != u"granted"_s && outcome != u"partly"_s && outcome != u"refused"_s)
        throw DatabaseError::refused(tr("Say whether the request is granted, partly granted or refused."));
    Transaction transaction(m_db);
    const RightsRequest r = fetchOpen(session, id);
    const QString stamp = toStoredTimestamp(m_clock.nowUtc());
    // A refusal answers for every division; otherwise each must have answered its part.
    if (outcome == u"refused"_s)
        Sql::run(m_db, u"UPDATE rights_request_parts SET state = 'answered', answer = ?, answered_by = ?, "
                       "answered_at = ? WHERE request_id = ? AND state = 'pending'"_s,
                 {tr("Refused with the request."), session.login, stamp, id});
    else if (const QStringList pending = r.pendingDivisions(); !pending.isEmpty())
        throw DatabaseError::refused(tr("Waiting for the answer of: %1.").arg(pending.join(u", "_s)));
    Sql::run(m_db, u"UPDATE rights_requests SET status = 'answered', outcome = ?, answered_by = ?, answered_at = ?, "
                   "version = version + 1 WHERE id = ?"_s,
             {outcome, session.login, stamp, id});
    Sql::run(m_db, u"UPDATE legal_holds SET lifted_at = ?, lifted_by = ? WHERE kind = 'rights_request' "
                   "AND source_id = ? AND lifted_at IS NULL"_s,
             {stamp, session.login, id});
    keepLetter(session, r, u"answer"_s, letter);
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"answer"_s, u"rights-request"_s, QString::number(id), r.personId,
                                       {{u"outcome"_s, outcome}, {u"hold"_s, u"lifted"_s}}});
    transaction.commit();
    return load(session, id);
}

QJsonObject RightsRepository::accessReport(const Session &session, qint64 id)
{
    requireHandling(session);
    const RightsRequest r = fetch(session, id);
    if (r.kind != RightsKind::Access)
        throw DatabaseError::refused(tr("Request %1 is not an access request.").arg(r.number));
    if (r.status == RightsStatus::Identity)
        throw DatabaseError::refused(tr("Check the requester's identity first: request %1 goes no further until "
                                        "then.").arg(r.number));

    QJsonObject report;
    report.insert(u"request"_s, QJsonObject{{u"number"_s, r.number},
                                             {u"receivedOn"_s, r.receivedOn.toString(Qt::ISODate)},
                                             {u"requester"_s, r.requesterName},
                                             {u"writtenOn"_s, today().toString(Qt::ISODate)}});
    report.insert(u"organisation"_s, QJsonObject{{u"code"_s, r.organisationCode}, {u"name"_s, r.organisationName}});

    // The processings concerned, as the registry declares them.
    QJsonArray processings;
    const QList<RegistryEntry> registry = RegistryRepository(m_db, m_clock).entries(today());
    for (const RightsPart &part : r.parts) {
        for (const RegistryEntry &e : registry) {
            if (e.code != part.purposeCode)
                continue;
            processings.append(QJsonObject{{u"code"_s, e.code},
                                           {u"name"_s, e.name},
                                           {u"cndpNumber"_s, e.cndpNumber},
                                           {u"dataCategories"_s, e.dataCategories},
                                           {u"recipients"_s, e.recipients},
                                           {u"retention"_s, e.retention},
                                           {u"division"_s, e.divisionName}});
        }
    }
    report.insert(u"processings"_s, processings);

    QJsonArray persons;
    const QList<qint64> covered = r.personId > 0 ? coveredPersons(r.personId, today()) : QList<qint64>{};
    for (const qint64 personId : covered) {
        QJsonObject person;
        person.insert(u"role"_s, personId == r.personId ? u"requester"_s : u"represented"_s);
        const QJsonArray identity = rowsOf(
            Sql::run(m_db,
                     u"SELECT p.immatriculation, p.cin, p.last_name, p.first_name, p.last_name_ar, p.first_name_ar, "
                     "p.birth_date, p.sex, p.relation, p.regime, p.address, p.phone, p.email, p.rib, p.status, "
                     "p.relation_start, p.relation_end, p.child_condition, o.code, m.immatriculation "
                     "FROM persons p JOIN organisations o ON o.id = p.organisation_id "
                     "LEFT JOIN persons m ON m.id = p.member_id WHERE p.id = ?"_s,
                     {personId}),
            {u"immatriculation"_s, u"cin"_s, u"lastName"_s, u"firstName"_s, u"lastNameAr"_s, u"firstNameAr"_s,
             u"birthDate"_s, u"sex"_s, u"relation"_s, u"regime"_s, u"address"_s, u"phone"_s, u"email"_s, u"rib"_s,
             u"status"_s, u"relationStart"_s, u"relationEnd"_s, u"childCondition"_s, u"organisation"_s,
             u"memberImmatriculation"_s});
        person.insert(u"identity"_s, identity.isEmpty() ? QJsonObject() : identity.first().toObject());
        QJsonArray dossiers = rowsOf(
            Sql::run(m_db,
                     u"SELECT id, number, regime, date_of_care, deposited_on, status, billed, amo, complementary, "
                     "reimbursed FROM dossiers WHERE person_id = ? ORDER BY deposited_at, id"_s,
                     {personId}),
            {u"id"_s, u"number"_s, u"regime"_s, u"dateOfCare"_s, u"depositedOn"_s, u"status"_s, u"billed"_s, u"amo"_s,
             u"complementary"_s, u"reimbursed"_s});
        for (auto it = dossiers.begin(); it != dossiers.end(); ++it) {
            QJsonObject dossier = it->toObject();
            dossier.insert(u"lines"_s,
                           rowsOf(Sql::run(m_db,
                                           u"SELECT line_no, kind, code, label, quantity, billed_unit, reimbursed "
                                           "FROM dossier_lines WHERE dossier_id = ? ORDER BY line_no"_s,
                                           {dossier.value(u"id"_s).toInteger()}),
                                  {u"line"_s, u"kind"_s, u"code"_s, u"label"_s, u"quantity"_s, u"billedUnit"_s,
                                   u"reimbursed"_s}));
            dossier.remove(u"id"_s);
            *it = dossier;
        }
        person.insert(u"dossiers"_s, dossiers);
        person.insert(u"contributionsDue"_s,
                      rowsOf(Sql::run(m_db, u"SELECT period, basis, income, employee, employer, total "
                                            "FROM contribution_dues WHERE person_id = ? ORDER BY period"_s,
                                      {personId}),
                             {u"period"_s, u"basis"_s, u"income"_s, u"employee"_s, u"employer"_s, u"total"_s}));
        person.insert(u"contributionsReceived"_s,
                      rowsOf(Sql::run(m_db, u"SELECT period, amount, received_on, reference "
                                            "FROM contribution_receipts WHERE person_id = ? ORDER BY period, id"_s,
                                      {personId}),
                             {u"period"_s, u"amount"_s, u"receivedOn"_s, u"reference"_s}));
        person.insert(u"complaints"_s,
                      rowsOf(Sql::run(m_db, u"SELECT number, channel, category_code, status, received_at, description, "
                                            "resolution, closed_at FROM complaints WHERE person_id = ? ORDER BY id"_s,
                                      {personId}),
                             {u"number"_s, u"channel"_s, u"category"_s, u"status"_s, u"receivedAt"_s, u"description"_s,
                              u"resolution"_s, u"closedAt"_s}));
        person.insert(u"consents"_s,
                      rowsOf(Sql::run(m_db, u"SELECT kind, given_at, withdrawn_at FROM consents WHERE person_id = ? "
                                            "ORDER BY id"_s,
                                      {personId}),
                             {u"kind"_s, u"givenAt"_s, u"withdrawnAt"_s}));
        person.insert(u"oppositions"_s,
                      rowsOf(Sql::run(m_db, u"SELECT purpose_code, reason, recorded_at FROM oppositions "
                                            "WHERE person_id = ? ORDER BY id"_s,
                                      {personId}),
                             {u"processing"_s, u"reason"_s, u"recordedAt"_s}));
        person.insert(u"disclosures"_s,
                      rowsOf(Sql::run(m_db, u"SELECT disclosed_at, purpose_code, recipient_kind, recipient, what "
                                            "FROM disclosures WHERE person_id = ? ORDER BY disclosed_at, id"_s,
                                      {personId}),
                             {u"disclosedAt"_s, u"processing"_s, u"recipientKind"_s, u"recipient"_s, u"what"_s}));
        persons.append(person);
    }
    report.insert(u"persons"_s, persons);

    // The medical part, only as the medical controller signed it off.
    QJsonObject medical{{u"signedOff"_s, r.medicalSignedOff}};
    if (r.medicalSignedOff) {
        medical.insert(u"signedBy"_s, r.medicalSignedBy);
        medical.insert(u"signedAt"_s, toStoredTimestamp(r.medicalSignedAt));
        const QString stored =
            Sql::scalar(m_db, u"SELECT medical_part FROM rights_requests WHERE id = ?"_s, {id}).toString();
        medical.insert(u"items"_s, QJsonDocument::fromJson(stored.toUtf8()).array());
    }
    report.insert(u"medical"_s, medical);

    Transaction transaction(m_db);
    for (const qint64 personId : covered)
        AuditLog(m_db, m_clock)
            .appendInTransaction(session, {u"read"_s, u"access-report"_s, QString::number(id), personId,
                                           {{u"medical"_s, r.medicalSignedOff}}});
    if (covered.isEmpty())
        AuditLog(m_db, m_clock).appendInTransaction(session, {u"read"_s, u"access-report"_s, QString::number(id), 0, {}});
    transaction.commit();
    return report;
}

QJsonArray RightsRepository::medicalPart(const Session &session, qint64 id)
{
    if (!RightsWork::of(session).signsOffMedicalParts)
        throw DatabaseError::refused(tr("The medical part is reviewed under medical control only."));
    const RightsRequest r = fetch(session, id);
    if (r.kind != RightsKind::Access || r.personId == 0)
        throw DatabaseError::refused(tr("Request %1 has no medical part to review.").arg(r.number));
    QJsonArray items;
    const QList<qint64> covered = coveredPersons(r.personId, today());
    for (const qint64 personId : covered) {
        const QString immatriculation =
            Sql::scalar(m_db, u"SELECT immatriculation FROM persons WHERE id = ?"_s, {personId}).toString();
        for (const QJsonValue note : rowsOf(Sql::run(m_db, u"SELECT diagnosis, decision, reason, created_at "
                                                        "FROM medical_notes WHERE person_id = ? ORDER BY id"_s,
                                                  {personId}),
                                         {u"diagnosis"_s, u"decision"_s, u"reason"_s, u"at"_s})) {
            QJsonObject o = note.toObject();
            o.insert(u"kind"_s, u"medical-note"_s);
            o.insert(u"immatriculation"_s, immatriculation);
            items.append(o);
        }
        for (const QJsonValue review :
             rowsOf(Sql::run(m_db, u"SELECT d.number, l.line_no, v.decision, v.reason_code, v.reviewed_at "
                                   "FROM line_reviews v JOIN dossiers d ON d.id = v.dossier_id "
                                   "JOIN dossier_lines l ON l.id = v.line_id WHERE d.person_id = ? "
                                   "ORDER BY d.id, l.line_no"_s,
                             {personId}),
                    {u"dossier"_s, u"line"_s, u"decision"_s, u"reason"_s, u"at"_s})) {
            QJsonObject o = review.toObject();
            o.insert(u"kind"_s, u"line-review"_s);
            o.insert(u"immatriculation"_s, immatriculation);
            items.append(o);
        }
    }
    Transaction transaction(m_db);
    for (const qint64 personId : covered)
        AuditLog(m_db, m_clock)
            .appendInTransaction(session, {u"read"_s, u"access-report-medical"_s, QString::number(id), personId, {}});
    transaction.commit();
    return items;
}

RightsRequest RightsRepository::signOffMedical(const Session &session, qint64 id)
{
    const QJsonArray items = medicalPart(session, id);
    Transaction transaction(m_db);
    const RightsRequest r = fetchOpen(session, id);
    if (r.medicalSignedOff)
        throw DatabaseError::refused(tr("The medical part of request %1 is already signed off.").arg(r.number));
    Sql::run(m_db, u"UPDATE rights_requests SET medical_part = ?, medical_signed_by = ?, medical_signed_at = ?, "
                   "version = version + 1 WHERE id = ?"_s,
             {QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact)), session.login,
              toStoredTimestamp(m_clock.nowUtc()), id});
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"sign-off"_s, u"rights-request"_s, QString::number(id), r.personId,
                                       {{u"medical_items"_s, qlonglong(items.size())}}});
    transaction.commit();
    return fetch(session, id);
}

QStringList RightsRepository::approveRectification(const Session &session, qint64 id)
{
    if (!RightsWork::of(session).approvesRectifications)
        throw DatabaseError::refused(tr("A rectification is approved and made under the purpose REG."));
    const RightsRequest r = fetchOpen(session, id);
    if (r.kind != RightsKind::Rectification)
        throw DatabaseError::refused(tr("Request %1 is not a rectification.").arg(r.number));
    if (session.login == r.createdBy || session.login == r.identityCheckedBy)
        throw DatabaseError::refused(tr("A second agent approves a rectification: not the one who took it in."));
    if (!r.approvedBy.isEmpty())
        throw DatabaseError::refused(tr("Request %1 is already approved.").arg(r.number));

    // The change goes the normal path: the member file's checks, its version, the old and new
    // values in the audit log. Made again after a failure below, it finds nothing to change.
    PersonRepository persons(m_db, m_clock);
    const std::optional<PersonFile> file = persons.openFile(session, r.personId);
    if (!file)
        throw DatabaseError::refused(tr("This person's file does not exist or is not yours to change."));
    Person changed = file->person;
    for (const auto &[field, set] : rectifiable())
        if (field == r.field)
            set(changed, r.requestedValue);
    if (r.field == u"birth_date"_s && !changed.birthDate.isValid())
        throw DatabaseError::refused(tr("The date asked for is not a valid date (YYYY-MM-DD)."));
    persons.update(session, changed);

    Transaction transaction(m_db);
    const QString stamp = toStoredTimestamp(m_clock.nowUtc());
    Sql::run(m_db, u"UPDATE rights_requests SET approved_by = ?, approved_at = ?, version = version + 1 "
                   "WHERE id = ?"_s,
             {session.login, stamp, id});
    Sql::run(m_db, u"UPDATE rights_request_parts SET state = 'answered', answer = ?, answered_by = ?, answered_at = ? "
                   "WHERE request_id = ? AND purpose_code = 'REG' AND state = 'pending'"_s,
             {tr("Rectified: %1.").arg(r.field), session.login, stamp, id});
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"approve"_s, u"rights-request"_s, QString::number(id), r.personId,
                                       {{u"field"_s, r.field}}});
    transaction.commit();

    // Whoever received the data is told of the correction: the disclosures, and the recipients
    // the registry declares for the member file.
    QStringList recipients;
    for (const Disclosure &d : disclosuresOf(r.personId))
        if (!recipients.contains(d.recipient))
            recipients.append(d.recipient);
    for (const RegistryEntry &e : RegistryRepository(m_db, m_clock).entries(today()))
        if (e.code == u"REG"_s && !e.recipients.isEmpty())
            recipients.append(e.recipients);
    return recipients;
}

RightsRequest RightsRepository::oppose(const Session &session, qint64 id, bool withdrawProspecting)
{
    requireHandling(session);
    Transaction transaction(m_db);
    const RightsRequest r = fetchOpen(session, id);
    if (r.kind != RightsKind::Opposition)
        throw DatabaseError::refused(tr("Request %1 is not an opposition.").arg(r.number));
    const QString stamp = toStoredTimestamp(m_clock.nowUtc());
    const QString reason = r.details.isEmpty() ? tr("Opposition request %1").arg(r.number) : r.details;
    QStringList recorded, refused;
    for (const RightsPart &part : r.parts) {
        if (part.answered)
            continue;
        QString answer;
        if (part.legalObligation) {
            answer = tr("The processing %1 (%2) is a legal obligation of compulsory health insurance: it cannot be "
                        "opposed.").arg(part.purposeName, part.cndpNumber);
            refused.append(part.purposeCode);
        } else {
            Sql::run(m_db, u"INSERT INTO oppositions (person_id, organisation_id, purpose_code, reason, recorded_at) "
                           "VALUES (?, ?, ?, ?, ?)"_s,
                     {r.personId, r.organisationId, part.purposeCode, reason, stamp});
            answer = tr("Opposition recorded: the data is no longer processed for %1.").arg(part.purposeName);
            recorded.append(part.purposeCode);
        }
        Sql::run(m_db, u"UPDATE rights_request_parts SET state = 'answered', answer = ?, answered_by = ?, "
                       "answered_at = ? WHERE request_id = ? AND purpose_code = ?"_s,
                 {answer, session.login, stamp, id, part.purposeCode});
    }
    if (withdrawProspecting) {
        Sql::run(m_db, u"UPDATE consents SET withdrawn_at = ? WHERE person_id = ? AND kind = 'prospecting' "
                       "AND withdrawn_at IS NULL"_s,
                 {stamp, r.personId});
        if (!Sql::scalar(m_db, u"SELECT 1 FROM oppositions WHERE person_id = ? AND purpose_code = 'PROSPECTING'"_s,
                         {r.personId})
                 .isValid())
            Sql::run(m_db, u"INSERT INTO oppositions (person_id, organisation_id, purpose_code, reason, recorded_at) "
                           "VALUES (?, ?, 'PROSPECTING', ?, ?)"_s,
                     {r.personId, r.organisationId, reason, stamp});
    }
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"oppose"_s, u"rights-request"_s, QString::number(id), r.personId,
                                       {{u"recorded"_s, recorded.join(u',')},
                                        {u"legal_obligation"_s, refused.join(u',')},
                                        {u"prospecting_withdrawn"_s, withdrawProspecting}}});
    transaction.commit();
    return load(session, id);
}

bool RightsRepository::prospectingAllowed(qint64 personId) const
{
    return Sql::scalar(m_db, u"SELECT 1 FROM consents WHERE person_id = ? AND kind = 'prospecting' "
                             "AND withdrawn_at IS NULL"_s,
                       {personId})
               .isValid()
           && !Sql::scalar(m_db, u"SELECT 1 FROM oppositions WHERE person_id = ? AND purpose_code = 'PROSPECTING'"_s,
                           {personId})
                   .isValid();
}

DeletionCheck RightsRepository::deletionCheck(const Session &session, qint64 id)
{
    const RightsRequest r = fetchOpen(session, id);
    if (r.kind != RightsKind::Deletion)
        throw DatabaseError::refused(tr("Request %1 is not a deletion.").arg(r.number));
    DeletionCheck check;
    if (r.personId == 0) {
        check.allowed = true; // nothing held about someone not on file
        return check;
    }
    const PersonRetention kept = PurgeRepository(m_db, m_clock).retentionOf(r.personId, today(), id);
    check.allowed = kept.mayGo(today());
    check.goesOn = kept.goesOn;
    check.reasons = kept.running;
    for (const QString &hold : kept.holds)
        check.reasons.append(tr("a legal hold: %1").arg(hold));
    if (kept.goesOn.isValid() && kept.goesOn > today())
        check.reasons.append(tr("kept by the retention rules until %1").arg(displayDate(kept.goesOn)));
    return check;
}

RightsRequest RightsRepository::carryOutDeletion(const Session &session, qint64 id)
{
    if (!RightsWork::of(session).carriesOutDeletions)
        throw DatabaseError::refused(tr("Only the data-protection officer carries out a deletion, under AUD."));
    const DeletionCheck check = deletionCheck(session, id);
    if (!check.allowed)
        throw DatabaseError::refused(tr("The data cannot be deleted now: %1.").arg(check.reasons.join(u"; "_s)));
    Transaction transaction(m_db);
    const RightsRequest r = fetchOpen(session, id);
    const QString stamp = toStoredTimestamp(m_clock.nowUtc());
    QVariantMap counts;
    if (r.personId > 0) {
        Sql::run(m_db, u"UPDATE legal_holds SET lifted_at = ?, lifted_by = ? WHERE kind = 'rights_request' "
                       "AND source_id = ? AND lifted_at IS NULL"_s,
                 {stamp, session.login, id});
        for (const PurgeCount &c : PurgeRepository::anonymise(m_db, {r.personId}, stamp))
            counts.insert(c.purposeCode + u' ' + c.what, c.count);
    }
    Sql::run(m_db, u"UPDATE rights_request_parts SET state = 'answered', answer = ?, answered_by = ?, answered_at = ? "
                   "WHERE request_id = ? AND state = 'pending'"_s,
             {tr("Deleted: the person is anonymised in every table."), session.login, stamp, id});
    // The log keeps that it happened, by its counts, never what went.
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"anonymise"_s, u"rights-request"_s, QString::number(id), r.personId, counts});
    transaction.commit();
    return load(session, id);
}

qint64 RightsRepository::recordDisclosure(const Session &session, qint64 personId, const QString &recipientKind,
                                          const QString &recipient, const QString &what)
{
    if (session.activePurpose().isEmpty())
        throw DatabaseError::refused(tr("A disclosure is recorded under the purpose that makes it."));
    if (!recipientKinds().contains(recipientKind))
        throw DatabaseError::refused(tr("Choose the kind of recipient."));
    const QString to = checked(recipient, tr("Enter the recipient."), MaxShortLength);
    const QString text = checked(what, tr("Say what was disclosed."), MaxTextLength);
    Transaction transaction(m_db);
    const qint64 orgFilter = session.organisationFilter();
    const QVariant organisationId =
        Sql::scalar(m_db, u"SELECT organisation_id FROM persons WHERE id = ? AND (? = 0 OR organisation_id = ?)"_s,
                    {personId, orgFilter, orgFilter});
    if (!organisationId.isValid())
        throw DatabaseError::refused(tr("This person's file does not exist or is not yours to read."));
    const qint64 id = Sql::scalar(m_db,
                                  u"INSERT INTO disclosures (organisation_id, person_id, purpose_code, recipient_kind, "
                                  "recipient, what, disclosed_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                  {organisationId, personId, session.activePurpose(), recipientKind, to, text,
                                   toStoredTimestamp(m_clock.nowUtc()), session.login})
                          .toLongLong();
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"disclose"_s, u"person"_s, QString::number(personId), personId,
                                       {{u"recipient_kind"_s, recipientKind}, {u"disclosure"_s, id}}});
    transaction.commit();
    return id;
}

QList<Disclosure> RightsRepository::disclosuresOf(qint64 personId) const
{
    QList<Disclosure> result;
    QSqlQuery q = Sql::run(m_db, u"SELECT id, person_id, purpose_code, recipient_kind, recipient, what, disclosed_at, "
                                 "recorded_by FROM disclosures WHERE person_id = ? ORDER BY disclosed_at, id"_s,
                           {personId});
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), instantOf(q.value(6)), q.value(7).toString()});
    return result;
}

} // namespace guichet
