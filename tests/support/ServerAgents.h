#pragma once

// Agents with their own PostgreSQL login, as the tests of what the server enforces need them:
// created through AgentRepository (so with their login role), connected with plain QtSql as
// someone bypassing the client would be.
#include "TestDatabase.h"
#include "core/ConnectionSpec.h"
#include "data/common/AgentRepository.h"
#include "data/common/AuditLog.h"
#include "data/common/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace guichet::test {

inline const QString &agentPassword()
{
    static const QString password = QStringLiteral("Agent-Password-2026");
    return password;
}

// Login roles are cluster-wide: each test run gets logins of its own.
inline QString uniqueLogin(const QString &base)
{
    return base + u'.' + QUuid::createUuid().toString(QUuid::Id128).left(6);
}

inline QString createServerAgent(TestDatabase &t, const QString &base, const QString &organisation, const QString &role)
{
    const QString login = uniqueLogin(base);
    NewAgent agent{login, QStringLiteral("Agent ") + base, organisation, role, {}, agentPassword()};
    AgentRepository(t.db()).create(AuditLog::anonymousSession(QStringLiteral("test-admin")), agent);
    return login;
}

inline QSqlDatabase connectAs(TestDatabase &t, const QString &login, const QString &password = agentPassword())
{
    QString error;
    auto spec = ConnectionSpecParser::parse(t.url(), &error);
    spec->user = login;
    spec->password = password;
    return Database::open(*spec, t.connectionName() + u'-' + login);
}

// SET ROLE, as the client does for the purpose an agent works under.
inline bool setPurposeRole(const QSqlDatabase &db, const QString &role)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT set_config('role', ?, false)"));
    q.addBindValue(role);
    return q.exec();
}

// What the server answered to `sql`: empty when it ran, else its error message.
inline QString serverError(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        ok = q.exec();
    }
    return ok ? QString() : q.lastError().databaseText().trimmed();
}

} // namespace guichet::test
