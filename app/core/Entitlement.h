#pragma once

#include "core/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace guichet {

// One month of a member's contributions ledger: what was due and what was received for it.
struct LedgerMonth
{
    QDate month; // the first day of the month
    Centimes due = 0;
    Centimes received = 0;
    Centimes outstanding() const { return due - received; }
};

// The arrears of a ledger on a date, and the entitlement to benefits that follows from them
// (docs/contributions.md). A contribution unpaid for longer than the grace period suspends the
// entitlement of the member and of every beneficiary until it is paid.
class Entitlement
{
    Q_DECLARE_TR_FUNCTIONS(Entitlement)

public:
    // Months after the end of a month before its unpaid contribution suspends the benefits.
    static constexpr int GraceMonths = 3;
    static constexpr int ChildAgeLimit = 21;
    static constexpr int StudentAgeLimit = 26;

    enum class Status { Entitled, NotYetStarted, Ended, InArrears, OverAgeLimit };

    struct Member
    {
        QString status;          // active, retired, ended
        QDate relationStart;     // empty: since registration
        QDate relationEnd;       // empty: still running
        QList<LedgerMonth> ledger;
    };

    struct Beneficiary
    {
        QString relation;        // spouse, child, other
        QString childCondition;  // "", student, disabled
        QDate birthDate;
        QDate relationEnd;
    };

    struct Result
    {
        Status status = Status::Entitled;
        Centimes arrears = 0;        // all that is outstanding on the date
        Centimes overdueArrears = 0; // the part past the grace period
        QDate overdueSince;          // the oldest month in overdueArrears
        bool entitled() const { return status == Status::Entitled; }
    };

    static Result forMember(const Member &member, const QDate &on);
    // A beneficiary's entitlement is the member's, within the beneficiary's own limits.
    static Result forBeneficiary(const Result &memberResult, const Beneficiary &beneficiary, const QDate &on);
    // The age beyond which a child is no longer a beneficiary (0: no limit).
    static int ageLimit(const QString &childCondition);
    static int ageOn(const QDate &birthDate, const QDate &on);
    // One sentence for the agent.
    static QString describe(const Result &result);
};

} // namespace guichet
