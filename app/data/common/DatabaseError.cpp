#include "data/common/DatabaseError.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

DatabaseError::DatabaseError(Kind kind, QString userMessage, QString detail)
    : std::runtime_error(userMessage.toStdString()), m_kind(kind), m_userMessage(std::move(userMessage)),
      m_detail(std::move(detail))
{
}

QString DatabaseError::fullMessage() const
{
    return m_detail.isEmpty() ? m_userMessage : m_userMessage + u" ("_s + m_detail + u')';
}

DatabaseError DatabaseError::connectionLost(const QString &detail)
{
    return DatabaseError(Kind::Connection,
                         QCoreApplication::translate("DatabaseError",
                                                     "The connection to the database was lost. Nothing was "
                                                     "saved; try again when it is back."),
                         detail);
}

DatabaseError DatabaseError::fromSql(const QSqlError &error, const QString &context)
{
    const QString detail = error.text().trimmed();
    const QString lower = detail.toLower();
    // Judged on the text: QSQLITE reports every failed step as a ConnectionError.
    static const QStringList lostConnection = {u"server closed the connection"_s, u"no connection to the server"_s,
                                               u"terminating connection"_s,        u"connection to server"_s,
                                               u"could not receive data from server"_s, u"connection not open"_s,
                                               u"ssl syscall error"_s};
    const bool lost = std::any_of(lostConnection.cbegin(), lostConnection.cend(),
                                  [&lower](const QString &needle) { return lower.contains(needle); });
    if (lost)
        return connectionLost(detail);
    if (lower.contains(u"file is not a database"_s) || lower.contains(u"database disk image is malformed"_s))
        return DatabaseError(Kind::Damaged,
                             QCoreApplication::translate("DatabaseError",
                                                         "The database file is damaged or is not a Guichet "
                                                         "database. It was left untouched."),
                             detail);
    if (lower.contains(u"permission denied"_s) || lower.contains(u"append-only"_s)
        || lower.contains(u"row-level security"_s))
        return DatabaseError(Kind::Refused,
                             QCoreApplication::translate("DatabaseError",
                                                         "The database refused this operation for your role."),
                             detail);
    return DatabaseError(Kind::Query,
                         QCoreApplication::translate("DatabaseError", "The database could not %1.").arg(context),
                         detail);
}

} // namespace guichet
