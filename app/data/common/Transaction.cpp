#include "data/common/Transaction.h"

#include "data/common/ConnectionMonitor.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace guichet {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (Sql::dialect(m_db) == Dialect::Sqlite) {
        Sql::execute(m_db, u"BEGIN IMMEDIATE"_s);
    } else if (!m_db.transaction()) {
        throw ConnectionMonitor::failureOf(m_db, m_db.lastError(),
                                           QCoreApplication::translate("DatabaseError", "start a transaction"));
    }
    m_open = true;
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_open = false;
        throw ConnectionMonitor::failureOf(m_db, error, QCoreApplication::translate("DatabaseError", "save the change"));
    }
    m_open = false;
}

} // namespace guichet
