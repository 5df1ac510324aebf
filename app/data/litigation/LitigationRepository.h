#pragma once

#include "core/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace guichet {

struct LitigationHearing
{
    qint64 id = 0;
    QDateTime at;
    QString purpose;    // what the hearing is for (pleadings, expert's report, judgment...)
    int remindDays = 3; // business days before, when it shows among the reminders
    QString outcome;    // empty until recorded
};

struct LitigationCase
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString number; // ours: C-<mutuelle>-<year>-<id>
    qint64 complaintId = 0;
    QString complaintNumber;
    qint64 personId = 0;
    QString personName;
    QString personImmatriculation;
    QString court;
    QString caseNumber; // the court's
    QString parties;
    QString subject;
    bool open = true;
    QString outcome;
    QDateTime openedAt;
    QString openedBy;
    QDateTime closedAt;
    int version = 0;
    QList<LitigationHearing> hearings;
};

// What the legal division records to open a case: from a complaint (whose requester on file is
// the person), or for a person found by immatriculation.
struct NewLitigationCase
{
    QString complaintNumber;
    QString immatriculation;
    QString court;
    QString caseNumber;
    QString parties;
    QString subject;
};

// A hearing to prepare (within its reminder days) or whose outcome is still to record.
struct HearingReminder
{
    qint64 caseId = 0;
    QString caseNumber;
    QString court;
    QString courtCaseNumber;
    QString personName;
    QDateTime at;
    QString purpose;
    int businessDaysLeft = 0; // 0 on the day; negative once past
    bool outcomeMissing = false;
};

// A legal hold in force on a person: nothing of the person's (the person, the dossiers where
// the person is the beneficiary or the member, the complaints) is deleted or purged meanwhile.
struct LegalHold
{
    qint64 id = 0;
    QString kind; // litigation, audit, rights_request
    qint64 sourceId = 0;
    QString reason;
    QDateTime placedAt;
    QString placedBy;
};

// Litigation cases (processing LEG): opened from a complaint or for a person, with the court,
// the court's case number, the parties, the hearings and their reminders, the outcome. An open
// case holds the person's data (legal_holds; the database refuses deletions while it stands);
// closing the case lifts its hold. Every read of a case and every change goes to the audit log.
class LitigationRepository
{
    Q_DECLARE_TR_FUNCTIONS(LitigationRepository)

public:
    static constexpr int MaxTextLength = 10000;

    explicit LitigationRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    LitigationCase open(const Session &session, const NewLitigationCase &request);
    LitigationCase load(const Session &session, qint64 caseId);
    // The open cases of the agent's mutuelle (the CNOPS: of all), oldest first.
    QList<LitigationCase> openCases(const Session &session);
    // A hearing on a business day, within five years either way.
    LitigationCase addHearing(const Session &session, qint64 caseId, int version, const QDateTime &at,
                              const QString &purpose, int remindDays, const BusinessCalendar &calendar);
    LitigationCase recordHearingOutcome(const Session &session, qint64 caseId, int version, qint64 hearingId,
                                        const QString &outcome);
    // Closes the case with its outcome and lifts the legal hold it placed.
    LitigationCase close(const Session &session, qint64 caseId, int version, const QString &outcome);

    // Hearings of open cases within their reminder days of `now`, and past ones without an
    // outcome, soonest first.
    QList<HearingReminder> reminders(const Session &session, const BusinessCalendar &calendar, const QDateTime &now);

    // The holds in force on a person (read under LEG on PostgreSQL).
    QList<LegalHold> holdsOn(qint64 personId) const;
    // Whether a hold stands on the person: any purpose may ask, before deleting anything of theirs.
    bool isHeld(qint64 personId) const;

    // A hold for an audit (under AUD: the data-protection officer or an auditor, or
    // guichet-admin), on the person found by immatriculation, and its lifting. Returns the hold's
    // id; lifting returns how many audit holds of the person were lifted.
    qint64 placeAuditHold(const Session &session, const QString &immatriculation, const QString &reason);
    int liftAuditHolds(const Session &session, const QString &immatriculation);

private:
    void requireHandling(const Session &session) const;
    // The person of that immatriculation in the agent's reach, and their mutuelle; refused if none.
    std::pair<qint64, qint64> personByImmatriculation(const Session &session, const QString &immatriculation) const;
    LitigationCase fetch(const Session &session, qint64 caseId);
    // Checks the version and the mutuelle and counts the change; returns the case's person.
    qint64 bump(const Session &session, qint64 caseId, int version);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
