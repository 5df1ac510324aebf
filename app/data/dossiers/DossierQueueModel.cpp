#include "data/dossiers/DossierQueueModel.h"

#include "core/DisplayDate.h"

#include "core/PurposeRules.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"

#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
// The stored yyyy-MM-dd, read without the general parser: a page reads three hundred of them.
QDate isoDate(const QVariant &value)
{
    const QString text = value.toString();
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return QDate::fromString(text, Qt::ISODate);
    auto number = [&text](int from, int length) {
        int n = 0;
        for (int i = from; i < from + length; ++i)
            n = n * 10 + (text.at(i).unicode() - u'0');
        return n;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2));
}
} // namespace

DossierQueueModel::DossierQueueModel(QSqlDatabase db, const Session &session, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db)), m_session(session), m_clock(clock)
{
}

void DossierQueueModel::setStatus(DossierStatus status)
{
    m_status = status;
    reload();
}

void DossierQueueModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_dates.clear(); // the language may have changed
    m_daysLeft.clear();
    m_dropped = 0;
    m_atEnd = false;
    try {
        m_rows = queryPage(nullptr, Direction::After);
        m_atEnd = m_rows.size() < PageSize;
    } catch (const DatabaseError &error) {
        m_atEnd = true;
        endResetModel();
        emit errorOccurred(error.userMessage());
        return;
    }
    endResetModel();
}

QList<DossierQueueModel::Row> DossierQueueModel::queryPage(const Row *from, Direction direction)
{
    const QString purpose = m_session.activePurpose();
    if (!PurposeRules::readsDossiers(purpose))
        throw DatabaseError(DatabaseError::Kind::Refused,
                            tr("Dossiers cannot be opened under the purpose \"%1\".").arg(purpose));
    // The statement follows the index column by column, so each filter is either bound or absent.
    QString sql = u"SELECT d.id, d.number, p.last_name, p.first_name, d.date_of_care, d.deposited_on, "
                  "d.billed, d.reimbursed, d.payment_target, d.long_term FROM dossiers d "
                  "JOIN persons p ON p.id = d.person_id WHERE d.status = ?"_s;
    QVariantList values{dossierStatusCode(m_status)};
    if (!m_session.seesAllOrganisations()) {
        sql += u" AND d.organisation_id = ?"_s;
        values.append(m_session.organisation.id);
    }
    const QString regime = PurposeRules::dossierRegime(purpose);
    if (!regime.isEmpty()) {
        sql += u" AND d.regime = ?"_s;
        values.append(regime);
    }
    const bool before = direction == Direction::Before;
    if (from) {
        sql += before ? u" AND (d.payment_target, d.id) < (?, ?)"_s : u" AND (d.payment_target, d.id) > (?, ?)"_s;
        values << from->paymentTarget.toString(Qt::ISODate) << from->id;
    }
    sql += before ? u" ORDER BY d.payment_target DESC, d.id DESC LIMIT ?"_s : u" ORDER BY d.payment_target, d.id LIMIT ?"_s;
    values.append(PageSize);
    m_today = m_clock.nowUtc().date();
    QSqlQuery q = Sql::run(m_db, sql, values);
    QList<Row> page;
    page.reserve(PageSize);
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.beneficiary = QString(q.value(2).toString() + u' ' + q.value(3).toString()).trimmed();
        r.dateOfCare = isoDate(q.value(4));
        r.depositedOn = isoDate(q.value(5));
        r.billed = q.value(6).toLongLong();
        r.reimbursed = q.value(7).toLongLong();
        r.paymentTarget = isoDate(q.value(8));
        r.longTerm = q.value(9).toBool();
        page.append(r);
    }
    if (before)
        std::reverse(page.begin(), page.end());
    return page;
}

bool DossierQueueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void DossierQueueModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy || m_rows.isEmpty())
        return;
    const QScopedValueRollback busy(m_busy, true);
    QList<Row> page;
    try {
        page = queryPage(&m_rows.constLast(), Direction::After);
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
    const qsizetype excess = m_rows.size() - WindowRows;
    if (excess > 0) {
        beginRemoveRows({}, 0, int(excess - 1));
        m_rows.remove(0, excess);
        m_dropped += excess;
        endRemoveRows();
    }
}

int DossierQueueModel::fetchPrevious()
{
    if (m_dropped == 0 || m_busy || m_rows.isEmpty())
        return 0;
    const QScopedValueRollback busy(m_busy, true);
    QList<Row> page;
    try {
        page = queryPage(&m_rows.constFirst(), Direction::Before);
    } catch (const DatabaseError &error) {
        emit errorOccurred(error.userMessage());
        return 0;
    }
    if (page.isEmpty()) {
        m_dropped = 0; // the queue changed meanwhile: nothing before any more
        return 0;
    }
    beginInsertRows({}, 0, int(page.size() - 1));
    m_rows = page + m_rows;
    m_dropped = std::max<qint64>(0, m_dropped - page.size());
    endInsertRows();
    const qsizetype excess = m_rows.size() - WindowRows;
    if (excess > 0) {
        beginRemoveRows({}, int(m_rows.size() - excess), int(m_rows.size() - 1));
        m_rows.resize(m_rows.size() - excess);
        m_atEnd = false;
        endRemoveRows();
    }
    return int(page.size());
}

qint64 DossierQueueModel::dossierId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DossierQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DossierQueueModel::dateText(const QDate &date) const
{
    auto it = m_dates.constFind(date.toJulianDay());
    if (it == m_dates.cend())
        it = m_dates.insert(date.toJulianDay(), displayDate(date));
    return *it;
}

QVariant DossierQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    switch (role) {
    case DossierIdRole:
    case UrgencyRole:
    case Qt::DisplayRole:
    case Qt::TextAlignmentRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {}; // a view asks for many roles per cell: answer the others at once
    }
    const Row &r = m_rows.at(index.row());
    const bool open = DossierRules::awaitsPayment(m_status);
    switch (role) {
    case DossierIdRole: return r.id;
    case UrgencyRole:
        return int(open ? DossierRules::urgency(r.depositedOn, r.longTerm, m_today) : DossierRules::Urgency::OnTime);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Number: return r.number;
        case Beneficiary: return r.beneficiary;
        case DateOfCare: return dateText(r.dateOfCare);
        case DepositedOn: return dateText(r.depositedOn);
        case Status: return dossierStatusLabel(m_status); // a queue is one status
        case Billed: return Money::format(r.billed);
        case Reimbursed: return Money::format(r.reimbursed);
        case DaysLeft: {
            if (!open)
                return QString();
            const int daysLeft = int(m_today.daysTo(r.paymentTarget));
            auto it = m_daysLeft.constFind(daysLeft);
            if (it == m_daysLeft.cend())
                it = m_daysLeft.insert(daysLeft, daysLeft < 0 ? tr("%n day(s) late", nullptr, -daysLeft)
                                                               : tr("%n day(s)", nullptr, daysLeft));
            return *it;
        }
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Billed || index.column() == Reimbursed || index.column() == DaysLeft)
            return QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DaysLeft && open)
            return tr("Payment expected by %1 (%2 days after the deposit)")
                .arg(dateText(r.paymentTarget))
                .arg(DossierRules::allowedDays(r.longTerm));
        return {};
    }
    return {};
}

QVariant DossierQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Dossier");
    case Beneficiary: return tr("Beneficiary");
    case DateOfCare: return tr("Date of care");
    case DepositedOn: return tr("Deposited");
    case Status: return tr("Status");
    case Billed: return tr("Billed");
    case Reimbursed: return tr("Reimbursed");
    case DaysLeft: return tr("Days left to pay");
    }
    return {};
}

} // namespace guichet
