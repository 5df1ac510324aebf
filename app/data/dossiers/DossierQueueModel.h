#pragma once

#include "core/Clock.h"
#include "core/DossierRules.h"
#include "core/Money.h"
#include "core/Session.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

namespace guichet {

// A work queue of dossiers in one status, nearest payment target first: keyset pages on the
// index (organisation, regime, status, payment target, id), and a sliding window of at most
// WindowRows rows, so that scrolling a queue of millions from top to bottom keeps memory flat.
// Rows that leave the window at the top come back with fetchPrevious() when the view scrolls up.
class DossierQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Beneficiary, DateOfCare, DepositedOn, Status, Billed, Reimbursed, DaysLeft, ColumnCount };
    // UrgencyRole: a DossierRules::Urgency, which the view colours (this layer has no GUI).
    enum Role { DossierIdRole = Qt::UserRole + 1, UrgencyRole };
    static constexpr int PageSize = 100;
    static constexpr int WindowRows = 1000;

    DossierQueueModel(QSqlDatabase db, const Session &session, const Clock &clock = Clock::system(),
                      QObject *parent = nullptr);

    // The queue shown; the regime is the session's (AMO, STU), or every regime under the
    // purposes that do not belong to one (medical control, archives).
    void setStatus(DossierStatus status);
    DossierStatus status() const { return m_status; }
    void reload();

    // True when rows before the first one shown left the window.
    bool hasRowsBefore() const { return m_dropped > 0; }
    // Brings back the page before the first row shown; returns how many rows came back.
    int fetchPrevious();
    // Rows of the queue above the window (for the view, to keep its place).
    qint64 rowsBefore() const { return m_dropped; }
    qint64 dossierId(int row) const;

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
        qint64 id = 0;
        QString number;
        QString beneficiary;
        QDate dateOfCare;
        QDate depositedOn;
        Centimes billed = 0;
        Centimes reimbursed = 0;
        QDate paymentTarget;
        bool longTerm = false;
    };
    enum class Direction { After, Before };

    QList<Row> queryPage(const Row *from, Direction direction);
    QString dateText(const QDate &date) const;

    QSqlDatabase m_db;
    Session m_session;
    const Clock &m_clock;
    DossierStatus m_status = DossierStatus::Entry;
    QList<Row> m_rows;
    qint64 m_dropped = 0;
    bool m_atEnd = false;
    bool m_busy = false;
    QDate m_today; // taken at each page: the days left do not change while a view paints
    // Dates shown, by day: a queue holds a few weeks of deposit and care dates.
    mutable QHash<qint64, QString> m_dates;
    mutable QHash<int, QString> m_daysLeft;
};

} // namespace guichet
