#include "data/complaints/ComplaintQueueModel.h"

#include "core/DisplayDate.h"

#include "data/common/DatabaseError.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace guichet {

ComplaintQueueModel::ComplaintQueueModel(QSqlDatabase db, const Session &session, const BusinessCalendar &calendar,
                                         const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_repository(std::move(db), clock), m_session(session), m_calendar(calendar),
      m_clock(clock)
{
}

void ComplaintQueueModel::setQueue(qint64 divisionId, bool mineOnly)
{
    m_divisionId = divisionId;
    m_mineOnly = mineOnly;
    reload();
}

void ComplaintQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

qint64 ComplaintQueueModel::complaintId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).complaint.id : 0;
}

int ComplaintQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ComplaintQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ComplaintQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    QList<ComplaintQueueRow> page;
    try {
        const bool first = m_rows.isEmpty();
        page = m_repository.queuePage(m_session, m_divisionId, m_mineOnly,
                                      first ? QDateTime() : m_rows.last().complaint.receivedAt,
                                      first ? 0 : m_rows.last().complaint.id, PageSize);
    } catch (const DatabaseError &error) {
        m_atEnd = true;
        emit errorOccurred(error.userMessage());
        return;
    }
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    const QDateTime now = m_clock.nowUtc();
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    for (const ComplaintQueueRow &row : std::as_const(page))
        m_rows.append({row, ComplaintRepository::firstResponseClock(row, m_calendar, now),
                       ComplaintRepository::resolutionClock(row, m_calendar, now)});
    endInsertRows();
}

QVariant ComplaintQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ComplaintIdRole)
        return row.complaint.id;
    if (role == StageRole) {
        // The first response counts until it is given.
        const auto first = row.complaint.firstResponseAt.isValid() ? ServiceClockReading::Stage::OnTime
                                                                     : row.firstResponse.stage;
        return int(std::max(first, row.resolution.stage));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number: return row.complaint.number;
    case Received: return displayDateTime(row.complaint.receivedAt);
    case Requester: return row.complaint.requesterName;
    case Category: return row.complaint.category.name;
    case Status: return Complaints::label(row.complaint.status);
    case TakenBy: return row.complaint.assignedTo;
    case FirstResponse:
        return row.complaint.firstResponseAt.isValid() ? tr("Given") : ServiceClock::describe(row.firstResponse);
    case Resolution: return ServiceClock::describe(row.resolution);
    default: return {};
    }
}

QVariant ComplaintQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Number");
    case Received: return tr("Received");
    case Requester: return tr("Requester");
    case Category: return tr("Category");
    case Status: return tr("Status");
    case TakenBy: return tr("Taken by");
    case FirstResponse: return tr("First response");
    case Resolution: return tr("Resolution");
    default: return {};
    }
}

} // namespace guichet
