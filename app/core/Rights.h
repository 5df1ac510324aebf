#pragma once

#include "core/BusinessCalendar.h"
#include "core/Retention.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace guichet {

// The rights a person exercises under law 09-08 (PRODUCT.md, "Rights requests").
enum class RightsKind { Access, Rectification, Opposition, Deletion };
// How the requester's identity was checked before anything else is done.
enum class IdentityCheck { CinShown, CinCopy, OnlineAccount, CallBack };
// Identity: waiting for the identity check; Open: being answered; Answered: the answer was sent.
enum class RightsStatus { Identity, Open, Answered };

// Codes as stored ("access", "cin_shown", …), never translated, and what an agent reads.
class Rights
{
    Q_DECLARE_TR_FUNCTIONS(Rights)

public:
    static QString code(RightsKind kind);
    static QString code(IdentityCheck check);
    static QString code(RightsStatus status);
    static std::optional<RightsKind> kindFromCode(const QString &code);
    static std::optional<IdentityCheck> identityFromCode(const QString &code);
    static std::optional<RightsStatus> statusFromCode(const QString &code);
    static QString label(RightsKind kind);
    static QString label(IdentityCheck check);
    static QString label(RightsStatus status);

    // Whether a request also covers a beneficiary of the requester (`relation` as stored: child,
    // spouse…): a parent is the legal representative of their children under 18 on `on`. A spouse
    // or an adult child exercises their own rights.
    static bool coversBeneficiary(const QString &relation, QDate birthDate, QDate on);
};

// What a session does with rights requests, from its active purpose (and, under AUD, its role).
// The repository refuses what is not allowed here; the screens offer only what is.
struct RightsWork
{
    // LEG: takes requests in, checks identities, answers the processings' parts, extends
    // deadlines, records oppositions, exports access reports.
    bool handles = false;
    // LEG and AUD: follow every request, read its letters, answer the requester.
    bool follows = false;
    // The data-protection officer (AUD): carries out deletions.
    bool carriesOutDeletions = false;
    // REG: a second agent approves a rectification and makes it.
    bool approvesRectifications = false;
    // Medical control: reviews and signs off the medical part of an access report.
    bool signsOffMedicalParts = false;

    bool reads() const { return follows || approvesRectifications || signsOffMedicalParts; }

    static RightsWork of(const Session &session);
};

// A request, as far as what may be done with it depends on it.
struct RightsRequestState
{
    RightsKind kind = RightsKind::Access;
    RightsStatus status = RightsStatus::Identity;
    bool onFile = false;           // the requester is a person on file
    bool partsPending = false;     // a division has still to answer its part
    bool approved = false;         // a rectification already approved
    bool medicalSignedOff = false; // an access report's medical part already signed off
};

// What a session may do with one request in its state: what the request's window offers.
struct RightsActions
{
    bool checkIdentity = false;
    bool answerPart = false;
    bool extend = false;
    bool answer = false;
    bool saveReport = false;
    bool oppose = false; // and withdraw the consent to prospecting
    bool checkDeletion = false;
    bool carryOutDeletion = false;
    bool approveRectification = false;
    bool readMedicalPart = false;
    bool signOffMedicalPart = false;

    static RightsActions of(const Session &session, const RightsRequestState &request);
};

// The deadlines of a request: one month from the day the request is complete (its identity
// checked), extendable with a reason, never beyond four months; a deadline that falls on a
// weekend or a holiday moves to the next business day, and the four months' bound back to the
// business day before it. A request completed on a day off counts from the next business day.
class RightsDeadlines
{
public:
    explicit RightsDeadlines(const BusinessCalendar &calendar) : m_calendar(calendar) {}

    // The first business day from `completedOn` on: when the month starts to run.
    QDate start(QDate completedOn) const;
    // One month after the start, on a business day.
    QDate due(QDate completedOn) const;
    // The latest deadline an extension may set: four months after the start, on a business day
    // no later than that.
    QDate latest(QDate completedOn) const;
    // Whether `to` may replace `current` as the deadline: later than it, a business day, no later
    // than latest().
    bool mayExtendTo(QDate completedOn, QDate current, QDate to) const;
    // The extension a screen proposes: a month after the current deadline, on the next business
    // day, and no later than latest(). Invalid when no extension is possible any more.
    QDate proposedExtension(QDate completedOn, QDate current) const;
    // Business days from `today` to `deadline` (0 on the day itself, negative once late).
    int daysLeft(QDate today, QDate deadline) const;

private:
    const BusinessCalendar &m_calendar;
};

} // namespace guichet
