#include "data/litigation/LitigationRepository.h"

#include "core/PurposeRules.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QLocale>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int MaxShortLength = 200;

QString required(const QString &text, const QString &missing, int maxLength)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw DatabaseError::refused(missing);
    if (trimmed.size() > maxLength)
        throw DatabaseError::refused(LitigationRepository::tr("The text has at most %1 characters.").arg(maxLength));
    return trimmed;
}

} // namespace

LitigationRepository::LitigationRepository(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

void LitigationRepository::requireHandling(const Session &session) const
{
    if (!PurposeRules::handlesLitigation(session.activePurpose()))
        throw DatabaseError::refused(tr("Litigation cases are handled under the purpose LEG only."));
}

std::pair<qint64, qint64> LitigationRepository::personByImmatriculation(const Session &session,
                                                                      const QString &immatriculation) const
{
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db, u"SELECT id, organisation_id FROM persons WHERE immatriculation = ? "
                                 "AND (? = 0 OR organisation_id = ?) ORDER BY id LIMIT 1"_s,
                           {immatriculation.trimmed(), orgFilter, orgFilter});
    if (!q.next())
        throw DatabaseError::refused(tr("Nobody with the immatriculation %1 in this mutuelle.")
                                         .arg(immatriculation.trimmed().left(40)));
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

LitigationCase LitigationRepository::open(const Session &session, const NewLitigationCase &request)
{
    requireHandling(session);
    const QString court = required(request.court, tr("Enter the court."), MaxShortLength);
    const QString caseNumber = required(request.caseNumber, tr("Enter the court's case number."), MaxShortLength);
    const QString parties = required(request.parties, tr("Enter the parties."), MaxTextLength);
    const QString subject = request.subject.trimmed();
    if (subject.size() > MaxTextLength)
        throw DatabaseError::refused(tr("The subject has at most %1 characters.").arg(MaxTextLength));

    Transaction transaction(m_db);
    const qint64 orgFilter = session.organisationFilter();
    qint64 personId = 0;
    qint64 organisationId = 0;
    QVariant complaintId;
    const QString complaintNumber = request.complaintNumber.trimmed().toUpper();
    if (!complaintNumber.isEmpty()) {
        QSqlQuery q = Sql::run(m_db, u"SELECT id, organisation_id, person_id FROM complaints WHERE number = ? "
                                     "AND (? = 0 OR organisation_id = ?)"_s,
                               {complaintNumber, orgFilter, orgFilter});
        if (!q.next())
            throw DatabaseError::refused(tr("No complaint %1 in this mutuelle.").arg(complaintNumber.left(40)));
        if (q.value(2).isNull())
            throw DatabaseError::refused(tr("The requester of complaint %1 is not on file: open the case for the "
                                            "member by immatriculation.").arg(complaintNumber));
        complaintId = q.value(0).toLongLong();
        organisationId = q.value(1).toLongLong();
        personId = q.value(2).toLongLong();
    } else {
        if (request.immatriculation.trimmed().isEmpty())
            throw DatabaseError::refused(tr("Enter the complaint or the immatriculation of the person concerned."));
        std::tie(personId, organisationId) = personByImmatriculation(session, request.immatriculation);
    }
    if (Sql::scalar(m_db, u"SELECT count(*) FROM litigation_cases WHERE organisation_id = ? AND court = ? "
                          "AND case_number = ?"_s,
                    {organisationId, court, caseNumber})
            .toInt()
        > 0)
        throw DatabaseError::refused(tr("The case %1 of %2 is already recorded.").arg(caseNumber, court));

    const QDateTime now = m_clock.nowUtc();
    const QString stamp = toStoredTimestamp(now);
    const qint64 id =
        Sql::scalar(m_db,
                    u"INSERT INTO litigation_cases (organisation_id, number, complaint_id, person_id, court, "
                    "case_number, parties, subject, status, opened_at, opened_by) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id"_s,
                    {organisationId, QString(u"new-"_s + stamp + u'-' + session.login), complaintId, personId, court,
                     caseNumber, parties, Sql::text(subject), stamp, session.login})
            .toLongLong();
    const QString organisationCode =
        Sql::scalar(m_db, u"SELECT code FROM organisations WHERE id = ?"_s, {organisationId}).toString();
    Sql::run(m_db, u"UPDATE litigation_cases SET number = ? WHERE id = ?"_s,
             {u"C-%1-%2-%3"_s.arg(organisationCode).arg(now.date().year()).arg(id, 6, 10, QChar(u'0')), id});
    Sql::run(m_db,
             u"INSERT INTO legal_holds (organisation_id, person_id, kind, source_id, reason, placed_at, placed_by) "
             "VALUES (?, ?, 'litigation', ?, ?, ?, ?)"_s,
             {organisationId, personId, id, tr("Case %1 before %2").arg(caseNumber, court), stamp, session.login});
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"create"_s, u"litigation-case"_s, QString::number(id), personId,
                                       {{u"court"_s, court}, {u"hold"_s, u"placed"_s}}});
    transaction.commit();
    return fetch(session, id);
}

LitigationCase LitigationRepository::load(const Session &session, qint64 caseId)
{
    const LitigationCase c = fetch(session, caseId);
    AuditLog(m_db, m_clock).append(session, {u"read"_s, u"litigation-case"_s, QString::number(c.id), c.personId, {}});
    return c;
}

LitigationCase LitigationRepository::fetch(const Session &session, qint64 caseId)
{
    requireHandling(session);
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT c.id, c.organisation_id, c.number, c.complaint_id, k.number, c.person_id, "
                           "p.last_name, p.first_name, p.immatriculation, c.court, c.case_number, c.parties, "
                           "c.subject, c.status, c.outcome, c.opened_at, c.opened_by, c.closed_at, c.version "
                           "FROM litigation_cases c JOIN persons p ON p.id = c.person_id "
                           "LEFT JOIN complaints k ON k.id = c.complaint_id "
                           "WHERE c.id = ? AND (? = 0 OR c.organisation_id = ?)"_s,
                           {caseId, orgFilter, orgFilter});
    if (!q.next())
        throw DatabaseError::refused(tr("This case does not exist or is not yours to open."));
    LitigationCase c;
    c.id = q.value(0).toLongLong();
    c.organisationId = q.value(1).toLongLong();
    c.number = q.value(2).toString();
    c.complaintId = q.value(3).toLongLong();
    c.complaintNumber = q.value(4).toString();
    c.personId = q.value(5).toLongLong();
    c.personName = QString(q.value(6).toString() + u' ' + q.value(7).toString()).trimmed();
    c.personImmatriculation = q.value(8).toString();
    c.court = q.value(9).toString();
    c.caseNumber = q.value(10).toString();
    c.parties = q.value(11).toString();
    c.subject = q.value(12).toString();
    c.open = q.value(13).toString() == u"open"_s;
    c.outcome = q.value(14).toString();
    c.openedAt = instantOf(q.value(15));
    c.openedBy = q.value(16).toString();
    c.closedAt = instantOf(q.value(17));
    c.version = q.value(18).toInt();
    q.finish();
    QSqlQuery h = Sql::run(m_db, u"SELECT id, at, purpose, remind_days, outcome FROM litigation_hearings "
                                 "WHERE case_id = ? ORDER BY at, id"_s,
                           {c.id});
    while (h.next())
        c.hearings.append({h.value(0).toLongLong(), instantOf(h.value(1)), h.value(2).toString(), h.value(3).toInt(),
                           h.value(4).toString()});
    return c;
}

QList<LitigationCase> LitigationRepository::openCases(const Session &session)
{
    requireHandling(session);
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT c.id, c.number, c.court, c.case_number, p.last_name, p.first_name, c.opened_at, "
                           "(SELECT min(h.at) FROM litigation_hearings h WHERE h.case_id = c.id AND h.at >= ?) "
                           "FROM litigation_cases c JOIN persons p ON p.id = c.person_id "
                           "WHERE c.status = 'open' AND (? = 0 OR c.organisation_id = ?) ORDER BY c.opened_at, c.id"_s,
                           {toStoredTimestamp(m_clock.nowUtc()), orgFilter, orgFilter});
    QList<LitigationCase> result;
    while (q.next()) {
        LitigationCase c;
        c.id = q.value(0).toLongLong();
        c.number = q.value(1).toString();
        c.court = q.value(2).toString();
        c.caseNumber = q.value(3).toString();
        c.personName = QString(q.value(4).toString() + u' ' + q.value(5).toString()).trimmed();
        c.openedAt = instantOf(q.value(6));
        if (!q.value(7).isNull())
            c.hearings.append({0, instantOf(q.value(7)), {}, 0, {}}); // the next hearing only
        result.append(c);
    }
    return result;
}

qint64 LitigationRepository::bump(const Session &session, qint64 caseId, int version)
{
    const qint64 orgFilter = session.organisationFilter();
    QSqlQuery q = Sql::run(m_db,
                           u"UPDATE litigation_cases SET version = version + 1 WHERE id = ? AND version = ? "
                           "AND status = 'open' AND (? = 0 OR organisation_id = ?) RETURNING person_id"_s,
                           {caseId, version, orgFilter, orgFilter});
    if (!q.next())
        throw DatabaseError(DatabaseError::Kind::Conflict,
                            tr("Someone else changed or closed this case meanwhile: open it again."));
    return q.value(0).toLongLong();
}

LitigationCase LitigationRepository::addHearing(const Session &session, qint64 caseId, int version,
                                                const QDateTime &at, const QString &purpose, int remindDays,
                                                const BusinessCalendar &calendar)
{
    requireHandling(session);
    const QDateTime now = m_clock.nowUtc();
    if (!at.isValid())
        throw DatabaseError::refused(tr("Enter the date and time of the hearing."));
    if (at < now.addYears(-5) || at > now.addYears(5))
        throw DatabaseError::refused(tr("A hearing is within five years of today: check the date."));
    const QDate day = calendar.localDate(at);
    if (!calendar.isBusinessDay(day))
        throw DatabaseError::refused(tr("Courts do not sit on %1: it is not a business day.")
                                         .arg(QLocale().toString(day, QLocale::LongFormat)));
    if (remindDays < 0 || remindDays > 60)
        throw DatabaseError::refused(tr("The reminder comes 0 to 60 business days before the hearing."));
    const QString what = purpose.trimmed();
    if (what.size() > MaxShortLength)
        throw DatabaseError::refused(tr("The purpose of the hearing has at most %1 characters.").arg(MaxShortLength));
    const LitigationCase current = fetch(session, caseId);
    Transaction transaction(m_db);
    const qint64 personId = bump(session, caseId, version);
    const qint64 id = Sql::scalar(m_db,
                                  u"INSERT INTO litigation_hearings (case_id, organisation_id, at, purpose, remind_days) "
                                  "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                                  {caseId, current.organisationId, toStoredTimestamp(at.toUTC()), Sql::text(what),
                                   remindDays})
                          .toLongLong();
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"update"_s, u"litigation-case"_s, QString::number(caseId), personId,
                                       {{u"hearing"_s, QString::number(id)}, {u"at"_s, toStoredTimestamp(at.toUTC())}}});
    transaction.commit();
    return fetch(session, caseId);
}

LitigationCase LitigationRepository::recordHearingOutcome(const Session &session, qint64 caseId, int version,
                                                          qint64 hearingId, const QString &outcome)
{
    requireHandling(session);
    const QString text = required(outcome, tr("Write what came of the hearing."), MaxTextLength);
    const LitigationCase current = fetch(session, caseId);
    const auto hearing = std::find_if(current.hearings.cbegin(), current.hearings.cend(),
                                      [&](const LitigationHearing &h) { return h.id == hearingId; });
    if (hearing == current.hearings.cend())
        throw DatabaseError::refused(tr("Choose a hearing of this case."));
    if (hearing->at > m_clock.nowUtc())
        throw DatabaseError::refused(tr("The outcome of a hearing is recorded once it has taken place."));
    Transaction transaction(m_db);
    const qint64 personId = bump(session, caseId, version);
    Sql::run(m_db, u"UPDATE litigation_hearings SET outcome = ? WHERE id = ? AND case_id = ?"_s,
             {text, hearingId, caseId});
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"update"_s, u"litigation-case"_s, QString::number(caseId), personId,
                                       {{u"hearing"_s, QString::number(hearingId)}, {u"outcome"_s, u"recorded"_s}}});
    transaction.commit();
    return fetch(session, caseId);
}

LitigationCase LitigationRepository::close(const Session &session, qint64 caseId, int version, const QString &outcome)
{
    requireHandling(session);
    const QString text = required(outcome, tr("Write the outcome of the case."), MaxTextLength);
    fetch(session, caseId); // the purpose and mutuelle checked there
    const QString stamp = toStoredTimestamp(m_clock.nowUtc());
    Transaction transaction(m_db);
    const qint64 personId = bump(session, caseId, version);
    Sql::run(m_db, u"UPDATE litigation_cases SET status = 'closed', outcome = ?, closed_at = ? WHERE id = ?"_s,
             {text, stamp, caseId});
    Sql::run(m_db, u"UPDATE legal_holds SET lifted_at = ?, lifted_by = ? WHERE kind = 'litigation' AND source_id = ? "
                   "AND lifted_at IS NULL"_s,
             {stamp, session.login, caseId});
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"close"_s, u"litigation-case"_s, QString::number(caseId), personId,
                                       {{u"hold"_s, u"lifted"_s}}});
    transaction.commit();
    return fetch(session, caseId);
}

QList<HearingReminder> LitigationRepository::reminders(const Session &session, const BusinessCalendar &calendar,
                                                       const QDateTime &now)
{
    requireHandling(session);
    const qint64 orgFilter = session.organisationFilter();
    // At most 60 business days ahead (the longest reminder): three months of calendar days cover it.
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT c.id, c.number, c.court, c.case_number, p.last_name, p.first_name, h.at, "
                           "h.purpose, h.remind_days, h.outcome FROM litigation_hearings h "
                           "JOIN litigation_cases c ON c.id = h.case_id JOIN persons p ON p.id = c.person_id "
                           "WHERE c.status = 'open' AND (? = 0 OR c.organisation_id = ?) AND h.at <= ? "
                           "AND (h.at >= ? OR h.outcome = '') ORDER BY h.at, h.id"_s,
                           {orgFilter, orgFilter, toStoredTimestamp(now.addDays(92)), toStoredTimestamp(now)});
    QList<HearingReminder> result;
    const QDate today = calendar.localDate(now);
    while (q.next()) {
        HearingReminder r;
        r.caseId = q.value(0).toLongLong();
        r.caseNumber = q.value(1).toString();
        r.court = q.value(2).toString();
        r.courtCaseNumber = q.value(3).toString();
        r.personName = QString(q.value(4).toString() + u' ' + q.value(5).toString()).trimmed();
        r.at = instantOf(q.value(6));
        r.purpose = q.value(7).toString();
        const int remindDays = q.value(8).toInt();
        r.businessDaysLeft = calendar.businessDaysBetween(today, calendar.localDate(r.at));
        r.outcomeMissing = r.at < now && q.value(9).toString().isEmpty();
        if (r.outcomeMissing || r.businessDaysLeft <= remindDays)
            result.append(r);
    }
    return result;
}

QList<LegalHold> LitigationRepository::holdsOn(qint64 personId) const
{
    QSqlQuery q = Sql::run(m_db, u"SELECT id, kind, source_id, reason, placed_at, placed_by FROM legal_holds "
                                 "WHERE person_id = ? AND lifted_at IS NULL ORDER BY id"_s,
                           {personId});
    QList<LegalHold> result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                       instantOf(q.value(4)), q.value(5).toString()});
    return result;
}

bool LitigationRepository::isHeld(qint64 personId) const
{
    // On PostgreSQL only LEG reads the holds: the others ask the server's function.
    if (Sql::dialect(m_db) == Dialect::Postgres)
        return Sql::scalar(m_db, u"SELECT guichet_person_held(?)"_s, {personId}).toBool();
    return Sql::scalar(m_db, u"SELECT count(*) FROM legal_holds WHERE person_id = ? AND lifted_at IS NULL"_s, {personId})
               .toInt()
           > 0;
}

namespace {

void requireAudit(const Session &session)
{
    if (!PurposeRules::purgesData(session.activePurpose()))
        throw DatabaseError::refused(LitigationRepository::tr("Audit holds are placed and lifted under the purpose AUD."));
}

} // namespace

qint64 LitigationRepository::placeAuditHold(const Session &session, const QString &immatriculation,
                                            const QString &reason)
{
    requireAudit(session);
    const QString why = required(reason, tr("Say which audit holds the data."), MaxShortLength);
    const auto [personId, organisationId] = personByImmatriculation(session, immatriculation);
    Transaction transaction(m_db);
    // The source of an audit hold is the person (one audit hold at a time per person).
    const qint64 id =
        Sql::scalar(m_db,
                    u"INSERT INTO legal_holds (organisation_id, person_id, kind, source_id, reason, placed_at, placed_by) "
                    "VALUES (?, ?, 'audit', ?, ?, ?, ?) RETURNING id"_s,
                    {organisationId, personId, personId, why, toStoredTimestamp(m_clock.nowUtc()), session.login})
            .toLongLong();
    AuditLog(m_db, m_clock)
        .appendInTransaction(session, {u"create"_s, u"legal-hold"_s, QString::number(id), personId,
                                       {{u"kind"_s, u"audit"_s}}});
    transaction.commit();
    return id;
}

int LitigationRepository::liftAuditHolds(const Session &session, const QString &immatriculation)
{
    requireAudit(session);
    const qint64 personId = personByImmatriculation(session, immatriculation).first;
    Transaction transaction(m_db);
    const int lifted = Sql::run(m_db,
                                u"UPDATE legal_holds SET lifted_at = ?, lifted_by = ? WHERE person_id = ? "
                                "AND kind = 'audit' AND lifted_at IS NULL"_s,
                                {toStoredTimestamp(m_clock.nowUtc()), session.login, personId})
                           .numRowsAffected();
    if (lifted > 0)
        AuditLog(m_db, m_clock)
            .appendInTransaction(session, {u"lift"_s, u"legal-hold"_s, QString(), personId,
                                           {{u"kind"_s, u"audit"_s}, {u"holds"_s, lifted}}});
    transaction.commit();
    return lifted;
}

} // namespace guichet
