#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace guichet {

// How a complaint reached the CNOPS or the mutuelle (PRODUCT.md, "Complaints and litigation").
enum class ComplaintChannel { CallCentre, Portal, Counter, Email, Post };
// Open: being handled; Waiting: for the member (the clock is paused); Answered: the first
// response was sent; Closed: resolved (a closed complaint can be reopened).
enum class ComplaintStatus { Open, Waiting, Answered, Closed };
// Who complains: a member, a beneficiary, or someone not on file.
enum class RequesterKind { Member, Beneficiary, Other };

// Codes as stored ("call_centre", "open", "member", …), never translated, and what an agent reads.
class Complaints
{
    Q_DECLARE_TR_FUNCTIONS(Complaints)

public:
    static QString code(ComplaintChannel channel);
    static QString code(ComplaintStatus status);
    static QString code(RequesterKind kind);
    static std::optional<ComplaintChannel> channelFromCode(const QString &code);
    static std::optional<ComplaintStatus> statusFromCode(const QString &code);
    static std::optional<RequesterKind> requesterFromCode(const QString &code);
    static QString label(ComplaintChannel channel);
    static QString label(ComplaintStatus status);
    static QString label(RequesterKind kind);
};

} // namespace guichet
