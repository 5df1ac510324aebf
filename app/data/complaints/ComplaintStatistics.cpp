#include "data/complaints/ComplaintStatistics.h"

#include "core/PurposeRules.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <numeric>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr std::array<ComplaintChannel, 5> AllChannels{ComplaintChannel::CallCentre, ComplaintChannel::Portal,
                                                      ComplaintChannel::Counter, ComplaintChannel::Email,
                                                      ComplaintChannel::Post};

ServiceLevel levelOf(const QVariant &amount, const QVariant &unit)
{
    return {ServiceLevel::unitFromCode(unit.toString()).value_or(ServiceLevel::Unit::BusinessDays), amount.toInt()};
}

bool breached(const ServiceClockReading &reading)
{
    return reading.stage == ServiceClockReading::Stage::Breached;
}

void add(ComplaintCounts &counts, bool open, bool late, bool breach)
{
    counts.open += open ? 1 : 0;
    counts.late += late ? 1 : 0;
    counts.breached += breach ? 1 : 0;
}

} // namespace

ComplaintStatistics::ComplaintStatistics(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

QDate ComplaintStatistics::firstMonth(QDate today)
{
    return QDate(today.year(), today.month(), 1).addMonths(-(Months - 1));
}

double ComplaintStatistics::median(QList<qint64> minutes)
{
    if (minutes.isEmpty())
        return 0;
    std::sort(minutes.begin(), minutes.end());
    const qsizetype middle = minutes.size() / 2;
    return minutes.size() % 2 == 1 ? double(minutes.at(middle))
                                   : (double(minutes.at(middle - 1)) + double(minutes.at(middle))) / 2;
}

ComplaintFigures ComplaintStatistics::dashboard(const Session &session, qint64 divisionId,
                                                const BusinessCalendar &calendar, const QDateTime &at) const
{
    if (!PurposeRules::readsComplaints(session.activePurpose()))
        throw DatabaseError::refused(
            tr("The complaints dashboard cannot be opened under the purpose \"%1\".").arg(session.activePurpose()));
    ComplaintFigures figures;
    figures.at = (at.isValid() ? at : m_clock.nowUtc()).toUTC();
    figures.divisionId = divisionId;
    const QDateTime &now = figures.at;
    const QDate first = firstMonth(calendar.localDate(now));
    for (int i = 0; i < Months; ++i)
        figures.months.append({first.addMonths(i), 0, 0, 0});
    for (ComplaintChannel channel : AllChannels)
        figures.byChannel.append({channel, {}});

    // The complaints the agent's queues show: the mutuelle's own, every mutuelle's for the CNOPS
    // (row-level security is the second lock on PostgreSQL). What may count: every complaint still open, and those received or
    // closed since the first month. The bound is a day early in UTC; the local month is checked
    // exactly below.
    const QString since = toStoredTimestamp(QDateTime(first.addDays(-1), QTime(0, 0), QTimeZone::utc()));
    const qint64 organisation = session.organisationFilter();
    const QVariantList values{organisation, organisation, divisionId, divisionId, since, since};

    // The pauses first, in one statement, so that each complaint's clocks are read as it comes.
    // Both statements select the same complaints: keep their conditions in step.
    QHash<qint64, QList<ClockPause>> pauses;
    QSqlQuery p = Sql::run(m_db,
                           u"SELECT p.complaint_id, p.paused_at, p.resumed_at FROM complaint_pauses p "
                           "JOIN complaints k ON k.id = p.complaint_id "
                           "WHERE (? = 0 OR k.organisation_id = ?) AND (? = 0 OR k.division_id = ?) "
                           "AND (k.status <> 'closed' OR k.received_at >= ? OR k.closed_at >= ?) "
                           "ORDER BY p.complaint_id, p.id"_s,
                           values);
    while (p.next())
        pauses[p.value(0).toLongLong()].append({instantOf(p.value(1)), instantOf(p.value(2))});
    p.finish();

    QHash<QString, ComplaintCounts> byCategory;
    QList<QList<qint64>> minutesByMonth(Months);
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT k.id, k.channel, k.status, k.received_at, k.first_response_at, k.closed_at, "
                           "k.category_code, c.first_response_amount, c.first_response_unit, c.resolution_amount, "
                           "c.resolution_unit FROM complaints k JOIN complaint_categories c ON c.code = k.category_code "
                           "WHERE (? = 0 OR k.organisation_id = ?) AND (? = 0 OR k.division_id = ?) "
                           "AND (k.status <> 'closed' OR k.received_at >= ? OR k.closed_at >= ?)"_s,
                           values);
    while (q.next()) {
        // Only what the clocks need.
        Complaint k;
        k.id = q.value(0).toLongLong();
        k.channel = Complaints::channelFromCode(q.value(1).toString()).value_or(ComplaintChannel::Counter);
        k.status = Complaints::statusFromCode(q.value(2).toString()).value_or(ComplaintStatus::Open);
        k.receivedAt = instantOf(q.value(3));
        k.firstResponseAt = instantOf(q.value(4));
        k.closedAt = instantOf(q.value(5));
        k.category.code = q.value(6).toString();
        k.category.firstResponse = levelOf(q.value(7), q.value(8));
        k.category.resolution = levelOf(q.value(9), q.value(10));
        k.pauses = pauses.value(k.id);

        const ServiceClockReading firstResponse = ComplaintRepository::firstResponseClock(k, calendar, now);
        const ServiceClockReading resolution = ComplaintRepository::resolutionClock(k, calendar, now);
        const bool open = k.status != ComplaintStatus::Closed;
        // As the breach list: a first response already given is no longer awaited.
        const bool late = open && ((!k.firstResponseAt.isValid() && breached(firstResponse)) || breached(resolution));
        const bool recent = k.receivedAt <= now && calendar.localDate(k.receivedAt) >= first;
        // A clock stopped (answered, closed) reads where it stopped; a running one at `now`.
        const bool breach = recent && (breached(firstResponse) || breached(resolution));
        add(figures.total, open, late, breach);
        add(byCategory[k.category.code], open, late, breach);
        add(figures.byChannel[qsizetype(std::find(AllChannels.begin(), AllChannels.end(), k.channel)
                                        - AllChannels.begin())]
                .counts,
            open, late, breach);

        if (!open && k.closedAt.isValid() && k.closedAt <= now) {
            const QDate closedOn = calendar.localDate(k.closedAt);
            const int month = (closedOn.year() - first.year()) * 12 + closedOn.month() - first.month();
            if (month >= 0 && month < Months)
                minutesByMonth[month].append(resolution.usedMinutes);
        }
    }

    const double dayMinutes = BusinessCalendar::dayStart().secsTo(BusinessCalendar::dayEnd()) / 60.0;
    for (int i = 0; i < Months; ++i) {
        const QList<qint64> &minutes = minutesByMonth.at(i);
        MonthFigures &month = figures.months[i];
        month.closed = int(minutes.size());
        if (minutes.isEmpty())
            continue;
        month.meanDays = double(std::accumulate(minutes.begin(), minutes.end(), qint64(0))) / minutes.size()
                         / dayMinutes;
        month.medianDays = median(minutes) / dayMinutes;
    }

    // The active categories answered by the division (all for every division), so that the
    // chart keeps its rows when they are at zero, and any other that has a complaint here (an
    // escalated one, a category since retired).
    QSqlQuery c = Sql::run(m_db,
                           u"SELECT c.code, c.name, c.name_ar, c.active, p.division_id FROM complaint_categories c "
                           "JOIN purposes p ON p.code = c.purpose_code ORDER BY c.name, c.code"_s);
    while (c.next()) {
        const QString code = c.value(0).toString();
        const bool answered = c.value(3).toBool() && (divisionId == 0 || c.value(4).toLongLong() == divisionId);
        const ComplaintCounts counts = byCategory.value(code);
        if (answered || !counts.isEmpty())
            figures.byCategory.append({code, c.value(1).toString(), c.value(2).toString(), counts});
    }
    return figures;
}

} // namespace guichet
