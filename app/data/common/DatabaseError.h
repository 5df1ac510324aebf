#pragma once

#include <QSqlError>
#include <QString>

#include <stdexcept>

namespace guichet {

// A failure of the database, carrying a sentence for the agent (translated) and the driver's
// technical detail for the log.
class DatabaseError : public std::runtime_error
{
public:
    enum class Kind { Connection, Query, Schema, Damaged, Conflict, Refused };

    DatabaseError(Kind kind, QString userMessage, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString &userMessage() const { return m_userMessage; }
    const QString &detail() const { return m_detail; }
    // Both, for the command line and the log.
    QString fullMessage() const;

    static DatabaseError fromSql(const QSqlError &error, const QString &context);
    // What the agent asked is refused: bad input, or a purpose or mutuelle that may not.
    static DatabaseError refused(const QString &userMessage) { return {Kind::Refused, userMessage}; }
    // The connection to the server is gone: nothing was saved.
    static DatabaseError connectionLost(const QString &detail);

private:
    Kind m_kind;
    QString m_userMessage;
    QString m_detail;
};

} // namespace guichet
