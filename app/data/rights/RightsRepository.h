#pragma once

#include "core/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Complaints.h"
#include "core/Rights.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace guichet {

// A processing a request concerns, and the division that answers for it.
struct RightsPart
{
    QString purposeCode;
    QString purposeName;
    QString cndpNumber;
    bool legalObligation = true;
    QString divisionCode;
    QString divisionName;
    QString divisionEmail;
    QString divisionAddress;
    bool answered = false;
    QString answer;
    QString answeredBy;
    QDateTime answeredAt;
};

// A letter sent to the requester, kept as it was sent.
struct RightsLetter
{
    qint64 id = 0;
    QString kind; // extension, answer
    QString language; // fr, ar
    QString title;
    QString html;
    QString writtenBy;
    QDateTime writtenAt;
};

struct RightsRequest
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString organisationCode;
    QString organisationName;
    QString number;
    RightsKind kind = RightsKind::Access;
    ComplaintChannel channel = ComplaintChannel::Counter;
    qint64 personId = 0; // 0: not on file
    QString immatriculation;
    QString requesterName;
    QString requesterContact;
    QString details;
    std::optional<IdentityCheck> identity; // none: not checked yet, the request goes no further
    QString identityNote;
    QString identityCheckedBy;
    QDateTime identityCheckedAt;
    QDate receivedOn;
    QDate dueOn;
    QDate extendedTo;
    QString extensionReason;
    RightsStatus status = RightsStatus::Identity;
    QString outcome; // granted, partly, refused
    QString field; // rectification
    QString requestedValue;
    QString evidence;
    QString approvedBy;
    QDateTime approvedAt;
    bool medicalSignedOff = false; // access
    QString medicalSignedBy;
    QDateTime medicalSignedAt;
    QString createdBy;
    QDateTime createdAt;
    QString answeredBy;
    QDateTime answeredAt;
    qint64 version = 0;
    QList<RightsPart> parts;
    QList<RightsLetter> letters;

    QDate deadline() const { return extendedTo.isValid() ? extendedTo : dueOn; }
    // The day the month started to run from (the identity check, in Rabat).
    QDate completedOn() const;
    QStringList pendingDivisions() const;
    // What the rules of what may be done with it (RightsActions) read from it.
    RightsRequestState state() const;
};

struct NewRightsRequest
{
    RightsKind kind = RightsKind::Access;
    ComplaintChannel channel = ComplaintChannel::Counter;
    QString immatriculation; // empty: the requester is not on file
    QString requesterName;   // taken from the file when on file and left empty
    QString requesterContact;
    QString details; // what is asked, the reason of an opposition
    QStringList purposes; // the processings concerned (codes)
    std::optional<IdentityCheck> identity;
    QString identityNote;
    QDate receivedOn; // invalid: today
    // Rectification: the field of the member file, the value asked for, and its evidence.
    QString field;
    QString requestedValue;
    QString evidence;
};

// A line of the lists: what is open, with the days left (business days; negative once late).
struct RightsListRow
{
    qint64 id = 0;
    QString number;
    RightsKind kind = RightsKind::Access;
    RightsStatus status = RightsStatus::Identity;
    QString requesterName;
    QDate receivedOn;
    QDate deadline; // invalid until the identity is checked
    int daysLeft = 0;
    bool late = false;
    int pendingParts = 0;
};

// Whether a person's data may be deleted now: not while a retention obligation or a legal hold
// (other than the request's own) keeps it; `goesOn` is the day it will go when that day is known.
struct DeletionCheck
{
    bool allowed = false;
    QDate goesOn;        // invalid: not known yet (a relationship or a file still running)
    QStringList reasons; // why not, for the letter and the agent
};

struct Disclosure
{
    qint64 id = 0;
    qint64 personId = 0;
    QString purposeCode;
    QString recipientKind; // tiers_payant, care_network, professional, auditor
    QString recipient;
    QString what;
    QDateTime disclosedAt;
    QString recordedBy;
};

// The letter a step produces, as the screen filled it from its template.
struct LetterDraft
{
    QString language; // fr, ar
    QString title;
    QString html;
};

// Requests of people exercising their rights under law 09-08 (PRODUCT.md, "Rights requests").
// The legal division takes them in and answers them under LEG; each processing concerned routes
// a part to its division. Nothing goes further before the requester's identity is checked; from
// then on the month runs (RightsDeadlines) and a legal hold keeps what the request covers from
// the purge until it is answered. The data-protection officer carries out deletions under AUD; a
// second agent approves a rectification and makes it under REG; a medical controller signs off
// the medical part of an access report under MCM or MCC. Every read and change is audited.
class RightsRepository
{
    Q_DECLARE_TR_FUNCTIONS(RightsRepository)

public:
    static constexpr int MaxTextLength = 2000;
    static constexpr int MaxShortLength = 200;

    RightsRepository(QSqlDatabase db, BusinessCalendar calendar, const Clock &clock = Clock::system());

    // The fields of the member file a rectification may ask to change.
    static QStringList rectifiableFields();
    // The processings a request may concern (code, name), in the registry's order.
    QList<std::pair<QString, QString>> processings() const;
    // The division that answers for a processing, as letters sign it.
    QString divisionOf(const QString &purposeCode) const;

    RightsRequest intake(const Session &session, const NewRightsRequest &request);
    RightsRequest checkIdentity(const Session &session, qint64 id, IdentityCheck how, const QString &note);
    RightsRequest load(const Session &session, qint64 id);
    // Requests of the agent's mutuelle (the CNOPS: all), the open ones or every one: under LEG and
    // AUD all of them; under REG the rectifications awaiting approval; under medical control the
    // access requests whose medical part awaits sign-off.
    QList<RightsListRow> list(const Session &session, bool withAnswered);

    // The later deadline an extension of `request` may take by default (RightsDeadlines).
    QDate proposedExtension(const RightsRequest &request) const;
    // A later deadline, with its reason and the notice to the requester.
    RightsRequest extend(const Session &session, qint64 id, QDate to, const QString &reason, const LetterDraft &notice);
    // A division answers its part.
    RightsRequest answerPart(const Session &session, qint64 id, const QString &purpose, const QString &answer);
    // The answer to the requester: every part answered first; lifts the request's hold.
    RightsRequest answer(const Session &session, qint64 id, const QString &outcome, const LetterDraft &letter);

    // Access: everything held about the requester (and the minors they represent), as the export
    // and the letter show it. The medical part only once signed off.
    QJsonObject accessReport(const Session &session, qint64 id);
    // The medical part a controller reviews and signs off (MCM or MCC).
    QJsonArray medicalPart(const Session &session, qint64 id);
    RightsRequest signOffMedical(const Session &session, qint64 id);

    // Rectification: a second agent (not the one who took it in) approves it under REG and the
    // change goes through PersonRepository. Returns the recipients to inform of the correction.
    QStringList approveRectification(const Session &session, qint64 id);

    // Opposition: each processing concerned is answered; a legal obligation is said to be one,
    // others record the opposition; consent to prospecting is withdrawn at once when asked.
    RightsRequest oppose(const Session &session, qint64 id, bool withdrawProspecting);
    bool prospectingAllowed(qint64 personId) const;

    // Deletion: whether the person's data may go now, and its carrying out (AUD, the
    // data-protection officer): the person anonymised in every table.
    DeletionCheck deletionCheck(const Session &session, qint64 id);
    RightsRequest carryOutDeletion(const Session &session, qint64 id);

    // Disclosures to third parties, recorded by the purpose that makes them.
    qint64 recordDisclosure(const Session &session, qint64 personId, const QString &recipientKind,
                            const QString &recipient, const QString &what);
    QList<Disclosure> disclosuresOf(qint64 personId) const;
    static QStringList recipientKinds();

private:
    void requireHandling(const Session &session) const;
    void requireAnswering(const Session &session) const;
    RightsRequest fetch(const Session &session, qint64 id) const;
    RightsRequest fetchOpen(const Session &session, qint64 id) const;
    void keepLetter(const Session &session, const RightsRequest &request, const QString &kind, const LetterDraft &letter);
    QList<qint64> coveredPersons(qint64 personId, QDate today) const;
    QDate today() const;

    QSqlDatabase m_db;
    BusinessCalendar m_calendar;
    const Clock &m_clock;
};

} // namespace guichet
