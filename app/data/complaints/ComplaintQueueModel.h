#pragma once

#include "core/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Session.h"
#include "data/complaints/ComplaintRepository.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace guichet {

// The queue of a division (or the agent's own complaints) still to finish, oldest first, in
// keyset pages of PageSize rows, with where each clock stands: the time left to the first
// response and to the resolution, and the stage (50 %, 75 %, breached) that the view colours.
class ComplaintQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Received, Requester, Category, Status, TakenBy, FirstResponse, Resolution, ColumnCount };
    // StageRole: the later ServiceClockReading::Stage of the two clocks.
    enum Role { ComplaintIdRole = Qt::UserRole + 1, StageRole };
    static constexpr int PageSize = 100;

    ComplaintQueueModel(QSqlDatabase db, const Session &session, const BusinessCalendar &calendar,
                        const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // divisionId 0: every division; mineOnly: the complaints the agent took.
    void setQueue(qint64 divisionId, bool mineOnly);
    void reload();
    qint64 complaintId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        ComplaintQueueRow complaint;
        ServiceClockReading firstResponse;
        ServiceClockReading resolution;
    };

    ComplaintRepository m_repository;
    Session m_session;
    BusinessCalendar m_calendar;
    const Clock &m_clock;
    qint64 m_divisionId = 0;
    bool m_mineOnly = false;
    QList<Row> m_rows;
    bool m_atEnd = true;
};

} // namespace guichet
