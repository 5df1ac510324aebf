#include "data/persons/PersonTableModel.h"

#include "core/DisplayDate.h"

#include "core/PersonSearch.h"
#include "core/PurposeRules.h"
#include "core/TextNormalizer.h"
#include "data/common/ConnectionMonitor.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"

#include <QLocale>
#include <QSqlDriver>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// Sort keys come from this fixed map, never from the user: they are the indexed columns.
QString sortExpression(PersonTableModel::Column column)
{
    switch (column) {
    case PersonTableModel::Immatriculation: return u"p.immatriculation"_s;
    case PersonTableModel::ArabicName: return u"p.name_ar_key"_s;
    case PersonTableModel::BirthDate: return u"p.birth_date"_s;
    case PersonTableModel::Cin: return u"p.cin"_s;
    default: return u"p.name_key"_s;
    }
}

} // namespace

PersonTableModel::PersonTableModel(QSqlDatabase db, const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_session(session)
{
    // Several changes in a burst (an import, a family registered) make one reload.
    m_reloadDelay.setSingleShot(true);
    m_reloadDelay.setInterval(300);
    connect(&m_reloadDelay, &QTimer::timeout, this, &PersonTableModel::reload);
    reload();
}

bool PersonTableModel::watchChanges()
{
    if (Sql::dialect(m_db) != Dialect::Postgres)
        return false; // the embedded database has one workstation: nobody else changes it
    QSqlDriver *driver = m_db.driver(); // the same driver object across reconnections
    if (!m_watching) {
        m_watching = true;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    if (name != u"guichet_persons"_s)
                        return;
                    if (m_session.seesAllOrganisations()
                        || payload.toString() == QString::number(m_session.organisation.id))
                        m_reloadDelay.start();
                });
        // A new connection has no subscription: take it again, and show what changed meanwhile.
        connect(&ConnectionMonitor::instance(), &ConnectionMonitor::restored, this, [this](const QString &name) {
            if (name != m_db.connectionName())
                return;
            watchChanges();
            reload();
        });
    }
    return driver->subscribedToNotifications().contains(u"guichet_persons"_s)
           || driver->subscribeToNotification(u"guichet_persons"_s);
}

bool PersonTableModel::isSortable(int column)
{
    return column == Immatriculation || column == LastName || column == ArabicName || column == BirthDate;
}

PersonTableModel::Column PersonTableModel::effectiveSortColumn() const
{
    switch (PersonSearch::parse(m_filter).kind()) {
    case PersonSearch::Kind::Immatriculation: return Immatriculation;
    case PersonSearch::Kind::Cin: return Cin;
    case PersonSearch::Kind::LatinName: return LastName;
    case PersonSearch::Kind::ArabicName: return ArabicName;
    case PersonSearch::Kind::Everything: break;
    }
    return m_sortColumn;
}

Qt::SortOrder PersonTableModel::effectiveSortOrder() const
{
    return m_filter.isEmpty() ? m_sortOrder : Qt::AscendingOrder;
}

void PersonTableModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed().left(200);
    if (trimmed == m_filter)
        return;
    m_filter = trimmed;
    reload();
}

void PersonTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = static_cast<Column>(column);
    m_sortOrder = order;
    reload();
}

void PersonTableModel::reload()
{
    // Views and testers may ask for more rows while a change is being announced: they get them on
    // their next request, not in the middle of this one.
    const QScopedValueRollback resetting(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    try {
        m_rows = queryPage(nullptr);
        m_atEnd = m_rows.size() < PageSize;
    } catch (const DatabaseError &error) {
        m_atEnd = true;
        endResetModel();
        emit errorOccurred(error.userMessage());
        return;
    }
    endResetModel();
}

bool PersonTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void PersonTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy || m_rows.isEmpty())
        return;
    const QScopedValueRollback busy(m_busy, true);
    QList<Row> page;
    try {
        page = queryPage(&m_rows.constLast());
    } catch (const DatabaseError &error) {
        m_atEnd = true;
        emit errorOccurred(error.userMessage());
        return;
    }
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

QList<PersonTableModel::Row> PersonTableModel::queryPage(const Row *after)
{
    if (!PurposeRules::readsPersons(m_session.activePurpose()))
        throw DatabaseError(DatabaseError::Kind::Refused,
                            tr("The persons list is not open under the purpose \"%1\".").arg(m_session.activePurpose()));
    // While searching, the list is in the order of the key searched: the first page is then the
    // start of one index range, as fast on millions of persons as on a few.
    const QString sortKey = sortExpression(effectiveSortColumn());
    const bool descending = effectiveSortOrder() == Qt::DescendingOrder;
    QStringList conditions;
    QVariantList values;
    if (!m_session.seesAllOrganisations()) {
        conditions << u"p.organisation_id = ?"_s;
        values << m_session.organisation.id;
    }
    const PersonSearch search = PersonSearch::parse(m_filter);
    if (search.kind() != PersonSearch::Kind::Everything) {
        // A prefix as a range [key, keyEnd): both databases compare these columns byte-wise
        // (BINARY, C collation), so the b-tree index serves it, and no character is a wildcard.
        conditions << (sortKey % u" >= ? AND "_s % sortKey % u" < ?"_s);
        values << search.key() << search.keyEnd();
    }
    if (after) {
        conditions << (u"("_s % sortKey % u", p.id) "_s % (descending ? u"<"_s : u">"_s) % u" (?, ?)"_s);
        values << after->sortKey << after->id;
    }
    const QString direction = descending ? u" DESC"_s : u" ASC"_s;
    QString sql = u"SELECT p.id, p.immatriculation, p.last_name, p.first_name, p.last_name_ar, p.first_name_ar, "
                  "p.birth_date, p.cin, p.relation, o.code, "_s
                  % sortKey % u" FROM persons p JOIN organisations o ON o.id = p.organisation_id"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s % conditions.join(u" AND "_s);
    sql += u" ORDER BY "_s % sortKey % direction % u", p.id"_s % direction % u" LIMIT ?"_s;
    values << PageSize;

    ++m_roundTrips;
    QSqlQuery q = Sql::run(m_db, sql, values);
    QList<Row> page;
    page.reserve(PageSize);
    while (q.next()) {
        Row row;
        row.id = q.value(0).toLongLong();
        row.immatriculation = q.value(1).toString();
        row.lastName = q.value(2).toString();
        row.firstName = q.value(3).toString();
        row.lastNameAr = q.value(4).toString();
        row.firstNameAr = q.value(5).toString();
        row.birthDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        row.cin = q.value(7).toString();
        row.relation = q.value(8).toString();
        row.organisationCode = q.value(9).toString();
        row.sortKey = q.value(10);
        page.append(row);
    }
    return page;
}

int PersonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PersonTableModel::relationLabel(const QString &relation)
{
    if (relation == u"member"_s)
        return tr("Member");
    if (relation == u"spouse"_s)
        return tr("Spouse");
    if (relation == u"child"_s)
        return tr("Child");
    return tr("Other");
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == PersonIdRole)
        return row.id;
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Immatriculation: return row.immatriculation;
    case LastName: return row.lastName;
    case FirstName: return row.firstName;
    case ArabicName: return QStringList{row.lastNameAr, row.firstNameAr}.join(u' ').trimmed();
    case BirthDate:
        if (role == RawValueRole)
            return row.birthDate;
        return displayDate(row.birthDate);
    case Cin: return row.cin;
    case Relation: return role == RawValueRole ? QVariant(row.relation) : QVariant(relationLabel(row.relation));
    case OrganisationCode: return row.organisationCode;
    default: return {};
    }
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Immatriculation: return tr("Immatriculation");
    case LastName: return tr("Last name");
    case FirstName: return tr("First name");
    case ArabicName: return tr("Name in Arabic");
    case BirthDate: return tr("Birth date");
    case Cin: return tr("CIN");
    case Relation: return tr("Relation");
    case OrganisationCode: return tr("Organisation");
    default: return {};
    }
}

} // namespace guichet
