#pragma once

#include "core/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Complaints.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace guichet {

// How many complaints are open, late and breached (definitions in ComplaintStatistics).
struct ComplaintCounts
{
    int open = 0;
    int late = 0;
    int breached = 0;

    bool isEmpty() const { return open == 0 && late == 0 && breached == 0; }
    friend bool operator==(const ComplaintCounts &, const ComplaintCounts &) = default;
};

struct CategoryFigures
{
    QString code;
    QString name;   // French
    QString nameAr; // Arabic, may be empty: the screen picks the one of its language
    ComplaintCounts counts;
};

struct ChannelFigures
{
    ComplaintChannel channel = ComplaintChannel::Counter;
    ComplaintCounts counts;
};

// The complaints closed in one calendar month (Africa/Casablanca) and how long they took, in
// business days (working minutes used, pauses left out, over the minutes of a business day).
struct MonthFigures
{
    QDate month; // its first day
    int closed = 0;
    double meanDays = 0;   // 0 when none was closed
    double medianDays = 0;
};

// The dashboard of a division (or of every division): aggregates only, no name, no number.
struct ComplaintFigures
{
    QDateTime at; // the instant the figures stand at (UTC)
    qint64 divisionId = 0;
    ComplaintCounts total;
    QList<CategoryFigures> byCategory; // by French name
    QList<ChannelFigures> byChannel;   // every channel, in the order of the enum
    QList<MonthFigures> months;        // the twelve months ending with the month of `at`, oldest first
};

// The figures of the complaints dashboard, read under a purpose that reads complaints (CPL,
// LEG), over the complaints the agent's queues show (the mutuelle's own; all for the CNOPS).
//
// Definitions (docs/complaints.md, "Dashboard"):
// - open: not closed (open, waiting for the member, answered);
// - late: open now, and the first response not given with its clock breached at `now`, or the
//   resolution clock breached at `now` (exactly the queue's breach list);
// - breached: received in the twelve months shown, and whose first response or resolution came
//   (or, not come yet, stands at `now`) at or after its deadline; closed ones included;
// - resolution times: the complaints closed in each of the twelve calendar months ending with
//   the month of `now` (a reopened one counts when closed again), the business days from receipt
//   to closing, pauses left out.
// The clocks are those of the queue (ComplaintRepository::firstResponseClock and
// resolutionClock), so pauses, weekends and holidays count the same everywhere.
class ComplaintStatistics
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintStatistics)

public:
    static constexpr int Months = 12;

    explicit ComplaintStatistics(QSqlDatabase db, const Clock &clock = Clock::system());

    // The figures of the complaints now with division `divisionId` (0: every division), at `now`
    // (the clock's now when invalid), counted with `calendar`. Refused (DatabaseError::Kind::Refused)
    // unless the active purpose reads complaints.
    ComplaintFigures dashboard(const Session &session, qint64 divisionId, const BusinessCalendar &calendar,
                               const QDateTime &now = QDateTime()) const;

    // The first day of the oldest month shown at `now` (local date `today`).
    static QDate firstMonth(QDate today);
    // The median of minutes (mean of the two middle ones for an even count); 0 for none.
    static double median(QList<qint64> minutes);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
