#include "core/Complaints.h"

#include <array>
#include <utility>

namespace guichet {

namespace {

template <typename E, std::size_t N>
QString codeIn(const std::array<std::pair<E, const char *>, N> &codes, E value)
{
    for (const auto &[v, code] : codes)
        if (v == value)
            return QString::fromLatin1(code);
    Q_UNREACHABLE();
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, const char *>, N> &codes, const QString &code)
{
    for (const auto &[v, c] : codes)
        if (code == QLatin1StringView(c))
            return v;
    return std::nullopt;
}

constexpr std::array<std::pair<ComplaintChannel, const char *>, 5> channels{{
    {ComplaintChannel::CallCentre, "call_centre"},
    {ComplaintChannel::Portal, "portal"},
    {ComplaintChannel::Counter, "counter"},
    {ComplaintChannel::Email, "email"},
    {ComplaintChannel::Post, "post"},
}};
constexpr std::array<std::pair<ComplaintStatus, const char *>, 4> statuses{{
    {ComplaintStatus::Open, "open"},
    {ComplaintStatus::Waiting, "waiting"},
    {ComplaintStatus::Answered, "answered"},
    {ComplaintStatus::Closed, "closed"},
}};
constexpr std::array<std::pair<RequesterKind, const char *>, 3> requesters{{
    {RequesterKind::Member, "member"},
    {RequesterKind::Beneficiary, "beneficiary"},
    {RequesterKind::Other, "other"},
}};

} // namespace

QString Complaints::code(ComplaintChannel channel) { return codeIn(channels, channel); }
QString Complaints::code(ComplaintStatus status) { return codeIn(statuses, status); }
QString Complaints::code(RequesterKind kind) { return codeIn(requesters, kind); }
std::optional<ComplaintChannel> Complaints::channelFromCode(const QString &code) { return valueIn(channels, code); }
std::optional<ComplaintStatus> Complaints::statusFromCode(const QString &code) { return valueIn(statuses, code); }
std::optional<RequesterKind> Complaints::requesterFromCode(const QString &code) { return valueIn(requesters, code); }

QString Complaints::label(ComplaintChannel channel)
{
    switch (channel) {
    case ComplaintChannel::CallCentre: return tr("Call centre");
    case ComplaintChannel::Portal: return tr("Online portal");
    case ComplaintChannel::Counter: return tr("Counter");
    case ComplaintChannel::Email: return tr("E-mail to a division");
    case ComplaintChannel::Post: return tr("Post");
    }
    Q_UNREACHABLE();
    return {};
}

QString Complaints::label(ComplaintStatus status)
{
    switch (status) {
    case ComplaintStatus::Open: return tr("Open");
    case ComplaintStatus::Waiting: return tr("Waiting for the member");
    case ComplaintStatus::Answered: return tr("Answered");
    case ComplaintStatus::Closed: return tr("Closed");
    }
    Q_UNREACHABLE();
    return {};
}

QString Complaints::label(RequesterKind kind)
{
    switch (kind) {
    case RequesterKind::Member: return tr("Member");
    case RequesterKind::Beneficiary: return tr("Beneficiary");
    case RequesterKind::Other: return tr("Someone not on file");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace guichet
