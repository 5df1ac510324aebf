#pragma once

#include "core/Clock.h"
#include "core/Complaints.h"
#include "core/ServiceClock.h"
#include "core/Session.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace guichet {

// A category of complaints (reference data) with its answering division and service levels.
struct ComplaintCategory
{
    QString code;
    QString name;
    QString nameAr;
    QString purposeCode; // the processing concerned
    qint64 divisionId = 0;
    QString divisionCode;
    QString divisionName;
    ServiceLevel firstResponse;
    ServiceLevel resolution;
};

struct ComplaintAttachment
{
    QString fileName;
    QByteArray content; // empty in a loaded complaint: read on demand
    qint64 size = 0;
};

// What the agent records at intake.
struct ComplaintIntake
{
    ComplaintChannel channel = ComplaintChannel::Counter;
    QDateTime receivedAt; // when it reached us (a letter's arrival, an e-mail's date)
    RequesterKind requester = RequesterKind::Member;
    qint64 personId = 0;      // the member or beneficiary on file; 0 for someone not on file
    QString requesterName;    // for someone not on file (else taken from the file)
    QString requesterContact; // phone, e-mail or address to answer
    QString categoryCode;
    QString description;
    QStringList dossierNumbers; // linked dossiers, of the same mutuelle
    QList<ComplaintAttachment> attachments;
};

struct ComplaintEvent
{
    QDateTime at;
    QString agent;
    QString agentName;
    QString purpose;
    QString kind; // intake, assign, pause, resume, note, answer, close, reopen
    bool internal = false; // an internal note, never sent to the member
    QString text;
};

struct Complaint
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString number;
    ComplaintChannel channel = ComplaintChannel::Counter;
    QDateTime receivedAt;
    RequesterKind requester = RequesterKind::Member;
    qint64 personId = 0;
    QString requesterName;
    QString requesterContact;
    ComplaintCategory category;
    qint64 divisionId = 0; // the category's at intake; another after an escalation
    ComplaintStatus status = ComplaintStatus::Open;
    QString description;
    QDateTime firstResponseAt;
    QDateTime closedAt;
    QString resolution;
    int reopened = 0;
    int version = 0;
    QStringList dossierNumbers;
    QList<ComplaintAttachment> attachments;
    QList<ClockPause> pauses;
    QList<ComplaintEvent> timeline;
};

// A row of a queue of complaints: what the queue shows and what its clocks need.
struct ComplaintQueueRow
{
    qint64 id = 0;
    QString number;
    QDateTime receivedAt;
    QString requesterName;
    ComplaintCategory category;
    ComplaintStatus status = ComplaintStatus::Open;
    QDateTime firstResponseAt;
    QString assignedTo; // login, empty when nobody took it
    QList<ClockPause> pauses;
};

// Complaints (processing CPL): intake by every channel, the pauses of the service-level clock,
// the timeline. Taken in and changed under CPL only, read under CPL and LEG; every read of a
// complaint and every change goes to the audit log.
class ComplaintRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRepository)

public:
    static constexpr int MaxDescriptionLength = 10000;
    static constexpr int MaxAttachments = 10;
    static constexpr qint64 MaxAttachmentBytes = 10 * 1024 * 1024;

    explicit ComplaintRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    // The active categories, by name.
    QList<ComplaintCategory> categories() const;

    // Records a complaint with its linked dossiers and attachments in one transaction. Refused
    // (DatabaseError::Kind::Refused, with a sentence for the agent) when anything is missing or
    // wrong; nothing is written then.
    Complaint intake(const Session &session, const ComplaintIntake &intake);
    // The complaint with its dossiers, attachments' names, pauses and timeline (an audited read).
    Complaint load(const Session &session, qint64 complaintId);
    QByteArray attachmentContent(const Session &session, qint64 complaintId, const QString &fileName);

    // The clock stops while the complaint waits for the member, and starts again.
    Complaint pause(const Session &session, qint64 complaintId, int version, const QString &reason);
    Complaint resume(const Session &session, qint64 complaintId, int version);
    // The first response sent to the member (the first-response clock stops), then the closing
    // with its resolution (the resolution clock stops), and a reopening, counted.
    Complaint answer(const Session &session, qint64 complaintId, int version, const QString &text);
    Complaint close(const Session &session, qint64 complaintId, int version, const QString &resolution);
    Complaint reopen(const Session &session, qint64 complaintId, int version, const QString &reason);
    // A note on the timeline: internal ones are never part of what the member receives.
    Complaint addNote(const Session &session, qint64 complaintId, int version, const QString &text, bool internal);

    // The divisions that answer complaints (those of the categories), by code.
    QList<std::pair<qint64, QString>> divisions() const;
    // A page of the queue of a division (0: every division), or of the agent's own complaints,
    // still to finish (open, waiting, answered), oldest first after (afterReceived, afterId).
    QList<ComplaintQueueRow> queuePage(const Session &session, qint64 divisionId, bool mineOnly,
                                       const QDateTime &afterReceived, qint64 afterId, int limit);
    // Those of a division (0: all) whose first response or resolution is late at `now`.
    QList<ComplaintQueueRow> breachList(const Session &session, qint64 divisionId,
                                        const BusinessCalendar &calendar, const QDateTime &now);
    // Takes the oldest complaint of the division that nobody took (atomically: two agents never
    // take the same one); nothing when none waits.
    std::optional<qint64> takeNext(const Session &session, qint64 divisionId);
    // Hands the complaint to another division, which takes it from its queue; the reason goes
    // on the timeline.
    Complaint escalate(const Session &session, qint64 complaintId, int version, qint64 divisionId,
                       const QString &reason);

    // Where the clocks of a complaint stand at `now`.
    static ServiceClockReading firstResponseClock(const Complaint &complaint, const BusinessCalendar &calendar,
                                                  const QDateTime &now);
    static ServiceClockReading resolutionClock(const Complaint &complaint, const BusinessCalendar &calendar,
                                               const QDateTime &now);
    static ServiceClockReading firstResponseClock(const ComplaintQueueRow &row, const BusinessCalendar &calendar,
                                                  const QDateTime &now);
    static ServiceClockReading resolutionClock(const ComplaintQueueRow &row, const BusinessCalendar &calendar,
                                               const QDateTime &now);

private:
    void requireHandling(const Session &session) const;
    // Checks the version and the mutuelle, sets the status, writes the timeline and the audit log.
    void change(const Session &session, qint64 complaintId, int version, const QString &status, const QString &kind,
                const QString &text, bool internal);
    Complaint fetch(const Session &session, qint64 complaintId);
    void recordEvent(const Session &session, qint64 complaintId, qint64 organisationId, const QString &kind,
                     const QString &text, bool internal);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
