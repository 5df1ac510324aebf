#pragma once

#include "core/Session.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>
#include <QTimer>

namespace guichet {

// The persons an agent may see, a page at a time: keyset pagination on indexed columns, sorting
// and filtering in SQL, so memory and latency stay flat whatever the size of the table.
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Immatriculation, LastName, FirstName, ArabicName, BirthDate, Cin, Relation, OrganisationCode,
                  ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, PersonIdRole };
    static constexpr int PageSize = 100;

    PersonTableModel(QSqlDatabase db, const Session &session, QObject *parent = nullptr);

    // Matches the start of the immatriculation number, of the CIN, or of the name (Latin "last
    // first" or Arabic, case and accents ignored), whichever PersonSearch reads in the text.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    static bool isSortable(int column);
    // member, spouse, child, other → words for the agent.
    static QString relationLabel(const QString &relation);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The order of the rows shown: while searching, the order of the key searched (see
    // PersonSearch); otherwise the one chosen with sort().
    Column effectiveSortColumn() const;
    Qt::SortOrder effectiveSortOrder() const;
    // Reloads the first page (after a change made elsewhere).
    void reload();
    // On the central database, reloads by itself when another agent changes the persons this
    // agent may see (LISTEN/NOTIFY). Returns false where the database cannot tell.
    bool watchChanges();
    // Number of SQL round trips since construction, for the tests of slow links.
    int roundTrips() const { return m_roundTrips; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        qint64 id = 0;
        QString immatriculation;
        QString lastName;
        QString firstName;
        QString lastNameAr;
        QString firstNameAr;
        QDate birthDate;
        QString cin;
        QString relation;
        QString organisationCode;
        QVariant sortKey;
    };

    QList<Row> queryPage(const Row *after);

    QSqlDatabase m_db;
    Session m_session;
    QString m_filter;
    Column m_sortColumn = LastName;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QList<Row> m_rows;
    bool m_atEnd = false;
    bool m_busy = false;
    int m_roundTrips = 0;
    QTimer m_reloadDelay;
    bool m_watching = false;
};

} // namespace guichet
