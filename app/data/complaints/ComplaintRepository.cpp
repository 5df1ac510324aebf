#include "data/complaints/ComplaintRepository.h"

#include "core/PurposeRules.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int MaxNameLength = 200;
constexpr int MaxContactLength = 300;
constexpr int MaxNoteLength = 10000;

ServiceLevel levelOf(const QVariant &amount, const QVariant &unit)
{
    return {ServiceLevel::unitFromCode(unit.toString()).value_or(ServiceLevel::Unit::BusinessDays), amount.toInt()};
}

// Reads a category from `first` on: c.code, c.name, c.name_ar, c.purpose_code, v.id, v.code,
// v.name, c.first_response_amount, c.first_response_unit, c.resolution_amount, c.resolution_unit
// (c a category, v its division), as the statements below list them.
ComplaintCategory categoryOf(const QSqlQuery &q, int first)
{
    return {q.value(first).toString(),
            q.value(first + 1).toString(),
            q.value(first + 2).toString(),
            q.value(first + 3).toString(),
            q.value(first + 4).toLongLong(),
            q.value(first + 5).toString(),
            q.value(first + 6).toString(),
            levelOf(q.value(first + 7), q.value(first + 8)),
            levelOf(q.value(first + 9), q.value(first + 10))};
}

} // namespace

ComplaintRepository::ComplaintRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

QList<ComplaintCategory> ComplaintRepository::categories() const
{
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT c.code, c.name, c.name_ar, c.purpose_code, v.id, v.code, v.name, "
                           "c.first_response_amount, c.first_response_unit, c.resolution_amount, c.resolution_unit "
                           "FROM complaint_categories c JOIN purposes p ON p.code = c.purpose_code "
                           "JOIN divisions v ON v.id = p.division_id WHERE c.active = ? ORDER BY c.name"_s,
                           {true});
    QList<ComplaintCategory> result;
    while (q.next())
        result.append(categoryOf(q, 0));
    return result;
}

void ComplaintRepository::requireHandling(const Session &session) const
{
    if (!PurposeRules::handlesComplaints(session.activePurpose()))
        throw DatabaseError::refused(tr("Complaints are taken in and handled under the purpose CPL only."));
}

void ComplaintRepository::recordEvent(const Session &session, qint64 complaintId, qint64 organisationId,
                                      const QString &kind, const QString &text, bool internal)
{
    Sql::run(m_db,
             u"INSERT INTO complaint_events (complaint_id, organisation_id, at, agent, agent_name, purpose, kind, "
             "internal, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {complaintId, organisationId, toStoredTimestamp(m_clock.nowUtc()), session.login,
              Sql::text(session.fullName), session.activePurpose(), kind, internal, Sql::text(text)});
}

Complaint ComplaintRepository::intake(const Session &session, const ComplaintIntake &intake)
{
    requireHandling(session);
    const QDateTime now = m_clock.nowUtc();
    if (!intake.receivedAt.isValid())
        throw DatabaseError::refused(tr("Enter when the complaint was received."));
    if (intake.receivedAt > now.addSecs(5 * 60))
        throw DatabaseError::refused(tr("A complaint cannot be received in the future."));
    if (intake.receivedAt < now.addYears(-1))
        throw DatabaseError::refused(tr("A complaint received more than a year ago cannot be taken in: check the date."));
    const QString description = intake.description.trimmed();
    if (description.isEmpty())
        throw DatabaseError::refused(tr("Describe the complaint."));
    if (description.size() > MaxDescriptionLength)
        throw DatabaseError::refused(tr("The description has at most %1 characters.").arg(MaxDescriptionLength));
    const QString contact = intake.requesterContact.simplified();
    if (contact.size() > MaxContactLength)
        throw DatabaseError::refused(tr("The contact has at most %1 characters.").arg(MaxContactLength));
    if (intake.attachments.size() > MaxAttachments)
        throw DatabaseError::refused(tr("A complaint has at most %1 attachments.").arg(MaxAttachments));
    for (const ComplaintAttachment &attachment : intake.attachments) {
        const QString name = attachment.fileName.trimmed();
        if (name.isEmpty() || name.size() > MaxNameLength)
            throw DatabaseError::refused(tr("Each attachment needs a file name of at most %1 characters.").arg(MaxNameLength));
        if (attachment.content.isEmpty())
            throw DatabaseError::refused(tr("The attachment %1 is empty.").arg(name));
        if (attachment.content.size() > MaxAttachmentBytes)
            throw DatabaseError::refused(tr("The attachment %1 is larger than %2 MB.")
                              .arg(name)
                              .arg(MaxAttachmentBytes / (1024 * 1024)));
    }

    Transaction transaction(m_db);
    // The requester: a person of a mutuelle the agent sees, of the kind said, or someone not on file.
    qint64 organisationId = session.organisation.id;
    QString requesterName = intake.requesterName.simplified();
    if (intake.requester == RequesterKind::Other) {
        if (intake.personId != 0)
            throw DatabaseError::refused(tr("Someone not on file has no member file: choose member or beneficiary."));
        if (requesterName.isEmpty())
            throw DatabaseError::refused(tr("Enter the name of the person who complains."));
        if (requesterName.size() > MaxNameLength)
            throw DatabaseError::refused(tr("The name has at most %1 characters.").arg(MaxNameLength));
    } else {
        QSqlQuery p = Sql::run(m_db,
                               u"SELECT organisation_id, member_id, last_name, first_name FROM persons "
                               "WHERE id = ? AND (? = 0 OR organisation_id = ?)"_s,
                               {intake.personId, session.organisationFilter(),
                                session.organisation.id});
        if (!p.next())
            throw DatabaseError::refused(tr("Choose the member or beneficiary who complains."));
        const bool isMember = p.value(1).isNull();
        if (isMember != (intake.requester == RequesterKind::Member))
            throw DatabaseError::refused(isMember ? tr("This person is a member, not a beneficiary.")
                                   : tr("This person is a beneficiary, not a member."));
        organisationId = p.value(0).toLongLong();
        requesterName = QString(p.value(2).toString() + u' ' + p.value(3).toString()).trimmed();
    }

    QSqlQuery c = Sql::run(m_db,
                           u"SELECT c.code, c.name, c.name_ar, c.purpose_code, v.id, v.code, v.name, "
                           "c.first_response_amount, c.first_response_unit, c.resolution_amount, c.resolution_unit "
                           "FROM complaint_categories c JOIN purposes p ON p.code = c.purpose_code "
                           "JOIN divisions v ON v.id = p.division_id WHERE c.code = ? AND c.active = ?"_s,
                           {intake.categoryCode, true});
    if (!c.next())
        throw DatabaseError::refused(tr("Choose the category of the complaint."));
    const ComplaintCategory category = categoryOf(c, 0);
    c.finish();

    // Linked dossiers: of the complaint's mutuelle, each once.
    QList<qint64> dossierIds;
    for (const QString &typed : intake.dossierNumbers) {
        const QString number = typed.trimmed().toUpper();
        if (number.isEmpty())
            continue;
        const QVariant id = Sql::scalar(m_db, u"SELECT id FROM dossiers WHERE number = ? AND organisation_id = ? "
                                              "ORDER BY id DESC LIMIT 1"_s,
                                        {number, organisationId});
        if (!id.isValid())
            throw DatabaseError::refused(tr("No dossier %1 in this mutuelle.").arg(number.left(40)));
        if (!dossierIds.contains(id.toLongLong()))
            dossierIds.append(id.toLongLong());
    }

    const QString stamp = toStoredTimestamp(now);
    const qint64 id =
        Sql::scalar(m_db,
                    u"INSERT INTO complaints (organisation_id, number, channel, received_at, requester_kind, "
                    "person_id, requester_name, requester_contact, category_code, division_id, status, "
                    "description, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?) RETURNING id"_s,
                    {organisationId, QString(u"new-"_s + stamp + u'-' + session.login),
                     Complaints::code(intake.channel),
                     toStoredTimestamp(intake.receivedAt.toUTC()), Complaints::code(intake.requester),
                     intake.requester == RequesterKind::Other ? QVariant() : QVariant(intake.personId), requesterName,
                     Sql::text(contact), category.code, category.divisionId, description, stamp, stamp})
            .toLongLong();
    // The number says whose and when, and is unique by its id.
    const QString organisationCode =
        Sql::scalar(m_db, u"SELECT code FROM organisations WHERE id = ?"_s, {organisationId}).toString();
    Sql::run(m_db, u"UPDATE complaints SET number = ? WHERE id = ?"_s,
             {u"R-%1-%2-%3"_s.arg(organisationCode)
                  .arg(intake.receivedAt.toUTC().date().year())
                  .arg(id, 6, 10, QChar(u'0')),
              id});
    for (const qint64 dossierId : std::as_const(dossierIds))
        Sql::run(m_db, u"INSERT INTO complaint_dossiers (complaint_id, dossier_id, organisation_id) VALUES (?, ?, ?)"_s,
                 {id, dossierId, organisationId});
    for (const ComplaintAttachment &attachment : intake.attachments)
        Sql::run(m_db,
                 u"INSERT INTO complaint_attachments (complaint_id, organisation_id, file_name, content, added_at, "
                 "added_by) VALUES (?, ?, ?, ?, ?, ?)"_s,
                 {id, organisationId, attachment.fileName.trimmed(), attachment.content, stamp, session.login});
    recordEvent(session, id, organisationId, u"intake"_s, Complaints::label(intake.channel), false);
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"create"_s, u"complaint"_s, QString::number(id),
                                       intake.requester == RequesterKind::Other ? 0 : intake.personId,
                                       {{u"category"_s, category.code},
                                        {u"channel"_s, Complaints::code(intake.channel)}}});
    transaction.commit();
    return fetch(session, id);
}

Complaint ComplaintRepository::load(const Session &session, qint64 complaintId)
{
    const Complaint complaint = fetch(session, complaintId);
    AuditLog(m_db, m_clock)
        .append(session, {u"read"_s, u"complaint"_s, QString::number(complaint.id), complaint.personId, {}});
    return complaint;
}

Complaint ComplaintRepository::fetch(const Session &session, qint64 complaintId)
{
    if (!PurposeRules::readsComplaints(session.activePurpose()))
        throw DatabaseError::refused(tr("Complaints cannot be opened under the purpose \"%1\".").arg(session.activePurpose()));
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT k.id, k.organisation_id, k.number, k.channel, k.received_at, k.requester_kind, "
                           "k.person_id, k.requester_name, k.requester_contact, k.division_id, k.status, "
                           "k.description, k.first_response_at, k.closed_at, k.resolution, k.reopened, k.version, "
                           "c.code, c.name, c.name_ar, c.purpose_code, v.id, v.code, v.name, "
                           "c.first_response_amount, c.first_response_unit, c.resolution_amount, c.resolution_unit "
                           "FROM complaints k JOIN complaint_categories c ON c.code = k.category_code "
                           "JOIN purposes p ON p.code = c.purpose_code JOIN divisions v ON v.id = p.division_id "
                           "WHERE k.id = ? AND (? = 0 OR k.organisation_id = ?)"_s,
                           {complaintId, orgFilter, orgFilter});
    if (!q.next())
        throw DatabaseError::refused(tr("This complaint does not exist or is not yours to open."));
    Complaint k;
    k.id = q.value(0).toLongLong();
    k.organisationId = q.value(1).toLongLong();
    k.number = q.value(2).toString();
    k.channel = Complaints::channelFromCode(q.value(3).toString()).value_or(ComplaintChannel::Counter);
    k.receivedAt = instantOf(q.value(4));
    k.requester = Complaints::requesterFromCode(q.value(5).toString()).value_or(RequesterKind::Other);
    k.personId = q.value(6).toLongLong();
    k.requesterName = q.value(7).toString();
    k.requesterContact = q.value(8).toString();
    k.divisionId = q.value(9).toLongLong();
    k.status = Complaints::statusFromCode(q.value(10).toString()).value_or(ComplaintStatus::Open);
    k.description = q.value(11).toString();
    k.firstResponseAt = instantOf(q.value(12));
    k.closedAt = instantOf(q.value(13));
    k.resolution = q.value(14).toString();
    k.reopened = q.value(15).toInt();
    k.version = q.value(16).toInt();
    k.category = categoryOf(q, 17);
    q.finish();

    QSqlQuery d = Sql::run(m_db, u"SELECT d.number FROM complaint_dossiers l JOIN dossiers d ON d.id = l.dossier_id "
                                 "WHERE l.complaint_id = ? ORDER BY d.number"_s,
                           {k.id});
    while (d.next())
        k.dossierNumbers.append(d.value(0).toString());
    QSqlQuery a = Sql::run(m_db, u"SELECT file_name, length(content) FROM complaint_attachments WHERE complaint_id = ? "
                                 "ORDER BY id"_s,
                           {k.id});
    while (a.next())
        k.attachments.append({a.value(0).toString(), {}, a.value(1).toLongLong()});
    QSqlQuery p = Sql::run(m_db, u"SELECT paused_at, resumed_at FROM complaint_pauses WHERE complaint_id = ? "
                                 "ORDER BY id"_s,
                           {k.id});
    while (p.next())
        k.pauses.append({instantOf(p.value(0)), instantOf(p.value(1))});
    QSqlQuery e = Sql::run(m_db, u"SELECT at, agent, agent_name, purpose, kind, internal, text FROM complaint_events "
                                 "WHERE complaint_id = ? ORDER BY id"_s,
                           {k.id});
    while (e.next())
        k.timeline.append({instantOf(e.value(0)), e.value(1).toString(), e.value(2).toString(), e.value(3).toString(),
                           e.value(4).toString(), e.value(5).toBool(), e.value(6).toString()});
    return k;
}

QByteArray ComplaintRepository::attachmentContent(const Session &session, qint64 complaintId, const QString &fileName)
{
    const Complaint complaint = fetch(session, complaintId); // the purpose and mutuelle checked there
    const QVariant content = Sql::scalar(m_db, u"SELECT content FROM complaint_attachments WHERE complaint_id = ? "
                                               "AND file_name = ? ORDER BY id LIMIT 1"_s,
                                         {complaint.id, fileName});
    if (!content.isValid())
        throw DatabaseError::refused(tr("The complaint has no attachment %1.").arg(fileName.left(MaxNameLength)));
    AuditLog(m_db, m_clock)
        .append(session, {u"read"_s, u"complaint-attachment"_s, QString::number(complaint.id), complaint.personId,
                          {{u"file"_s, fileName}}});
    return content.toByteArray();
}

void ComplaintRepository::change(const Session &session, qint64 complaintId, int version, const QString &status,
                                 const QString &kind, const QString &text, bool internal)
{
    const QString stamp = toStoredTimestamp(m_clock.nowUtc());
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"UPDATE complaints SET status = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND version = ? AND (? = 0 OR organisation_id = ?) "
                           "RETURNING organisation_id, person_id"_s,
                           {status, stamp, complaintId, version, orgFilter, orgFilter});
    if (!q.next())
        throw DatabaseError(DatabaseError::Kind::Conflict,
                            tr("Someone else changed this complaint meanwhile: open it again."));
    const qint64 organisationId = q.value(0).toLongLong();
    const qint64 personId = q.value(1).toLongLong();
    q.finish();
    recordEvent(session, complaintId, organisationId, kind, text, internal);
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {kind, u"complaint"_s, QString::number(complaintId), personId,
                                       {{u"status"_s, status}}});
}

Complaint ComplaintRepository::pause(const Session &session, qint64 complaintId, int version, const QString &reason)
{
    requireHandling(session);
    const QString why = reason.simplified();
    if (why.isEmpty())
        throw DatabaseError::refused(tr("Say what the member is asked for."));
    if (why.size() > MaxNoteLength)
        throw DatabaseError::refused(tr("The reason has at most %1 characters.").arg(MaxNoteLength));
    const Complaint current = fetch(session, complaintId);
    if (current.status == ComplaintStatus::Waiting || current.status == ComplaintStatus::Closed)
        throw DatabaseError::refused(tr("Only a complaint being handled can wait for the member."));
    Transaction transaction(m_db);
    change(session, complaintId, version, Complaints::code(ComplaintStatus::Waiting), u"pause"_s, why, false);
    Sql::run(m_db,
             u"INSERT INTO complaint_pauses (complaint_id, organisation_id, paused_at, reason) VALUES (?, ?, ?, ?)"_s,
             {complaintId, current.organisationId, toStoredTimestamp(m_clock.nowUtc()), why});
    transaction.commit();
    return fetch(session, complaintId);
}

Complaint ComplaintRepository::resume(const Session &session, qint64 complaintId, int version)
{
    requireHandling(session);
    const Complaint current = fetch(session, complaintId);
    if (current.status != ComplaintStatus::Waiting)
        throw DatabaseError::refused(tr("This complaint is not waiting for the member."));
    const ComplaintStatus back = current.firstResponseAt.isValid() ? ComplaintStatus::Answered : ComplaintStatus::Open;
    Transaction transaction(m_db);
    change(session, complaintId, version, Complaints::code(back), u"resume"_s, QString(), false);
    Sql::run(m_db, u"UPDATE complaint_pauses SET resumed_at = ? WHERE complaint_id = ? AND resumed_at IS NULL"_s,
             {toStoredTimestamp(m_clock.nowUtc()), complaintId});
    transaction.commit();
    return fetch(session, complaintId);
}

namespace {
QString requiredText(const QString &text, const QString &missing, int maxLength)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw DatabaseError::refused(missing);
    if (trimmed.size() > maxLength)
        throw DatabaseError::refused(ComplaintRepository::tr("The text has at most %1 characters.").arg(maxLength));
    return trimmed;
}
} // namespace

Complaint ComplaintRepository::answer(const Session &session, qint64 complaintId, int version, const QString &text)
{
    requireHandling(session);
    const QString answer = requiredText(text, tr("Write the answer."), MaxDescriptionLength);
    const Complaint current = fetch(session, complaintId);
    if (current.status == ComplaintStatus::Closed || current.status == ComplaintStatus::Waiting)
        throw DatabaseError::refused(tr("Only a complaint being handled is answered (resume it first if it waits)."));
    Transaction transaction(m_db);
    change(session, complaintId, version, Complaints::code(ComplaintStatus::Answered), u"answer"_s, answer, false);
    Sql::run(m_db, u"UPDATE complaints SET first_response_at = COALESCE(first_response_at, ?) WHERE id = ?"_s,
             {toStoredTimestamp(m_clock.nowUtc()), complaintId});
    transaction.commit();
    return fetch(session, complaintId);
}

Complaint ComplaintRepository::close(const Session &session, qint64 complaintId, int version,
                                     const QString &resolution)
{
    requireHandling(session);
    const QString text = requiredText(resolution, tr("Write the resolution."), MaxDescriptionLength);
    const Complaint current = fetch(session, complaintId);
    if (current.status == ComplaintStatus::Closed)
        throw DatabaseError::refused(tr("This complaint is already closed."));
    const QString now = toStoredTimestamp(m_clock.nowUtc());
    Transaction transaction(m_db);
    change(session, complaintId, version, Complaints::code(ComplaintStatus::Closed), u"close"_s, text, false);
    // A pause still open ends with the complaint; closing answers it too.
    Sql::run(m_db, u"UPDATE complaint_pauses SET resumed_at = ? WHERE complaint_id = ? AND resumed_at IS NULL"_s,
             {now, complaintId});
    Sql::run(m_db,
             u"UPDATE complaints SET closed_at = ?, resolution = ?, first_response_at = COALESCE(first_response_at, ?) "
             "WHERE id = ?"_s,
             {now, text, now, complaintId});
    transaction.commit();
    return fetch(session, complaintId);
}

Complaint ComplaintRepository::reopen(const Session &session, qint64 complaintId, int version, const QString &reason)
{
    requireHandling(session);
    const QString why = requiredText(reason, tr("Say why the complaint is reopened."), MaxNoteLength);
    const Complaint current = fetch(session, complaintId);
    if (current.status != ComplaintStatus::Closed)
        throw DatabaseError::refused(tr("Only a closed complaint is reopened."));
    Transaction transaction(m_db);
    change(session, complaintId, version, Complaints::code(ComplaintStatus::Answered), u"reopen"_s, why, false);
    Sql::run(m_db, u"UPDATE complaints SET closed_at = NULL, reopened = reopened + 1 WHERE id = ?"_s, {complaintId});
    transaction.commit();
    return fetch(session, complaintId);
}

Complaint ComplaintRepository::addNote(const Session &session, qint64 complaintId, int version, const QString &text,
                                       bool internal)
{
    requireHandling(session);
    const QString note = text.trimmed();
    if (note.isEmpty())
        throw DatabaseError::refused(tr("Write the note."));
    if (note.size() > MaxNoteLength)
        throw DatabaseError::refused(tr("A note has at most %1 characters.").arg(MaxNoteLength));
    const Complaint current = fetch(session, complaintId);
    Transaction transaction(m_db);
    change(session, complaintId, version, Complaints::code(current.status), u"note"_s, note, internal);
    transaction.commit();
    return fetch(session, complaintId);
}

QList<std::pair<qint64, QString>> ComplaintRepository::divisions() const
{
    QSqlQuery q = Sql::run(m_db, u"SELECT DISTINCT v.id, v.code FROM complaint_categories c "
                                 "JOIN purposes p ON p.code = c.purpose_code JOIN divisions v ON v.id = p.division_id "
                                 "ORDER BY v.code"_s);
    QList<std::pair<qint64, QString>> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString()});
    return result;
}

QList<ComplaintQueueRow> ComplaintRepository::queuePage(const Session &session, qint64 divisionId, bool mineOnly,
                                                        const QDateTime &afterReceived, qint64 afterId, int limit)
{
    if (!PurposeRules::readsComplaints(session.activePurpose()))
        throw DatabaseError::refused(tr("Complaints cannot be opened under the purpose \"%1\".").arg(session.activePurpose()));
    const qint64 orgFilter = session.organisationFilter();
    const QString after = afterReceived.isValid() ? toStoredTimestamp(afterReceived) : QString();
    QSqlQuery q = Sql::run(
        m_db,
        u"SELECT k.id, k.number, k.received_at, k.requester_name, k.status, k.first_response_at, "
        "COALESCE(a.login, ''), c.code, c.name, c.name_ar, c.purpose_code, v.id, v.code, v.name, "
        "c.first_response_amount, c.first_response_unit, c.resolution_amount, c.resolution_unit "
        "FROM complaints k JOIN complaint_categories c ON c.code = k.category_code "
        "JOIN divisions v ON v.id = k.division_id LEFT JOIN agents a ON a.id = k.assigned_to "
        "WHERE k.status IN ('open', 'waiting', 'answered') AND (? = 0 OR k.organisation_id = ?) "
        "AND (? = 0 OR k.division_id = ?) AND (? = 0 OR k.assigned_to = ?) "
        "AND (k.received_at > ? OR (k.received_at = ? AND k.id > ?)) ORDER BY k.received_at, k.id LIMIT ?"_s,
        {orgFilter, orgFilter, divisionId, divisionId, mineOnly ? 1 : 0, session.agentId, Sql::text(after),
         Sql::text(after), afterId,
         limit});
    QList<ComplaintQueueRow> rows;
    QHash<qint64, qsizetype> indexOf;
    while (q.next()) {
        ComplaintQueueRow row;
        row.id = q.value(0).toLongLong();
        row.number = q.value(1).toString();
        row.receivedAt = instantOf(q.value(2));
        row.requesterName = q.value(3).toString();
        row.status = Complaints::statusFromCode(q.value(4).toString()).value_or(ComplaintStatus::Open);
        row.firstResponseAt = instantOf(q.value(5));
        row.assignedTo = q.value(6).toString();
        row.category = categoryOf(q, 7);
        indexOf.insert(row.id, rows.size());
        rows.append(row);
    }
    q.finish();
    if (rows.isEmpty())
        return rows;
    // The pauses of the page, in one statement.
    QVariantList ids;
    QString marks;
    for (const ComplaintQueueRow &row : std::as_const(rows)) {
        ids.append(row.id);
        marks += marks.isEmpty() ? u"?"_s : u", ?"_s;
    }
    QSqlQuery p = Sql::run(m_db,
                           u"SELECT complaint_id, paused_at, resumed_at FROM complaint_pauses WHERE complaint_id IN ("_s
                               + marks + u") ORDER BY id"_s,
                           ids);
    while (p.next())
        rows[indexOf.value(p.value(0).toLongLong())].pauses.append({instantOf(p.value(1)), instantOf(p.value(2))});
    return rows;
}

QList<ComplaintQueueRow> ComplaintRepository::breachList(const Session &session, qint64 divisionId,
                                                         const BusinessCalendar &calendar, const QDateTime &now)
{
    QList<ComplaintQueueRow> breached;
    QDateTime afterReceived;
    qint64 afterId = 0;
    for (;;) {
        const QList<ComplaintQueueRow> page = queuePage(session, divisionId, false, afterReceived, afterId, 500);
        for (const ComplaintQueueRow &row : page) {
            const bool firstLate = !row.firstResponseAt.isValid()
                                   && firstResponseClock(row, calendar, now).stage
                                          == ServiceClockReading::Stage::Breached;
            if (firstLate || resolutionClock(row, calendar, now).stage == ServiceClockReading::Stage::Breached)
                breached.append(row);
        }
        if (page.size() < 500)
            return breached;
        afterReceived = page.last().receivedAt;
        afterId = page.last().id;
    }
}

std::optional<qint64> ComplaintRepository::takeNext(const Session &session, qint64 divisionId)
{
    requireHandling(session);
    const qint64 orgFilter = session.organisationFilter();
    Transaction transaction(m_db);
    const QVariant id = Sql::scalar(
        m_db,
        u"SELECT id FROM complaints WHERE assigned_to IS NULL AND status IN ('open', 'waiting', 'answered') "
        "AND division_id = ? AND (? = 0 OR organisation_id = ?) ORDER BY received_at, id LIMIT 1"_s
            + Sql::lockClause(m_db, u"FOR UPDATE SKIP LOCKED"_s),
        {divisionId, orgFilter, orgFilter});
    if (!id.isValid())
        return std::nullopt;
    QSqlQuery q = Sql::run(m_db,
                           u"UPDATE complaints SET assigned_to = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND assigned_to IS NULL RETURNING organisation_id, person_id"_s,
                           {session.agentId, toStoredTimestamp(m_clock.nowUtc()), id});
    if (!q.next())
        return std::nullopt; // taken meanwhile (SQLite has one writer; this cannot happen there)
    const qint64 organisationId = q.value(0).toLongLong();
    const qint64 personId = q.value(1).toLongLong();
    q.finish();
    recordEvent(session, id.toLongLong(), organisationId, u"assign"_s,
                tr("Taken by %1").arg(session.fullName.isEmpty() ? session.login : session.fullName), false);
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"assign"_s, u"complaint"_s, id.toString(), personId,
                                       {{u"agent"_s, session.login}}});
    transaction.commit();
    return id.toLongLong();
}

Complaint ComplaintRepository::escalate(const Session &session, qint64 complaintId, int version, qint64 divisionId,
                                        const QString &reason)
{
    requireHandling(session);
    const QString why = reason.simplified();
    if (why.isEmpty())
        throw DatabaseError::refused(tr("Say why the complaint goes to another division."));
    if (why.size() > MaxNoteLength)
        throw DatabaseError::refused(tr("The reason has at most %1 characters.").arg(MaxNoteLength));
    const QVariant code = Sql::scalar(m_db, u"SELECT code FROM divisions WHERE id = ?"_s, {divisionId});
    if (!code.isValid())
        throw DatabaseError::refused(tr("Choose the division."));
    const Complaint current = fetch(session, complaintId);
    if (current.status == ComplaintStatus::Closed)
        throw DatabaseError::refused(tr("A closed complaint is reopened before it moves."));
    if (current.divisionId == divisionId)
        throw DatabaseError::refused(tr("The complaint is already with this division."));
    Transaction transaction(m_db);
    change(session, complaintId, version, Complaints::code(current.status), u"assign"_s,
           tr("To %1: %2").arg(code.toString(), why), false);
    // The new division takes it from its queue: nobody holds it there yet.
    Sql::run(m_db, u"UPDATE complaints SET division_id = ?, assigned_to = NULL WHERE id = ?"_s,
             {divisionId, complaintId});
    transaction.commit();
    return fetch(session, complaintId);
}

ServiceClockReading ComplaintRepository::firstResponseClock(const ComplaintQueueRow &row,
                                                            const BusinessCalendar &calendar, const QDateTime &now)
{
    const QDateTime until = row.firstResponseAt.isValid() ? row.firstResponseAt : now;
    return ServiceClock(calendar).read(row.category.firstResponse, row.receivedAt, row.pauses, until);
}

ServiceClockReading ComplaintRepository::resolutionClock(const ComplaintQueueRow &row, const BusinessCalendar &calendar,
                                                         const QDateTime &now)
{
    return ServiceClock(calendar).read(row.category.resolution, row.receivedAt, row.pauses, now);
}

ServiceClockReading ComplaintRepository::firstResponseClock(const Complaint &complaint,
                                                            const BusinessCalendar &calendar, const QDateTime &now)
{
    // Once answered, the clock stands where it stopped.
    const QDateTime until = complaint.firstResponseAt.isValid() ? complaint.firstResponseAt : now;
    return ServiceClock(calendar).read(complaint.category.firstResponse, complaint.receivedAt, complaint.pauses, until);
}

ServiceClockReading ComplaintRepository::resolutionClock(const Complaint &complaint, const BusinessCalendar &calendar,
                                                         const QDateTime &now)
{
    const QDateTime until = complaint.closedAt.isValid() ? complaint.closedAt : now;
    return ServiceClock(calendar).read(complaint.category.resolution, complaint.receivedAt, complaint.pauses, until);
}

} // namespace guichet
