#include "data/common/AgentRepository.h"

#include "core/Clock.h"
#include "core/FieldRules.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

using namespace Qt::StringLiterals;

namespace guichet {

AgentRepository::AgentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<AgentRecord> AgentRepository::findByLogin(const QString &login) const
{
    QSqlQuery q = Sql::run(m_db,
                           u"SELECT a.id, a.login, a.full_name, o.id, o.code, o.name, o.is_cnops, r.code, r.name, "
                           "a.password_hash, a.failed_attempts, a.locked_until, a.active "
                           "FROM agents a JOIN organisations o ON o.id = a.organisation_id "
                           "JOIN roles r ON r.id = a.role_id WHERE a.login = ?"_s,
                           {login});
    if (!q.next())
        return std::nullopt;
    AgentRecord agent;
    agent.id = q.value(0).toLongLong();
    agent.login = q.value(1).toString();
    agent.fullName = q.value(2).toString();
    agent.organisation = {q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(), q.value(6).toBool()};
    agent.roleCode = q.value(7).toString();
    agent.roleName = q.value(8).toString();
    agent.passwordHash = q.value(9).toString();
    agent.lockout.failedAttempts = q.value(10).toInt();
    agent.lockout.lockedUntil = fromStoredTimestamp(q.value(11).toString());
    agent.active = q.value(12).toBool();
    return agent;
}

qint64 AgentRepository::create(const Session &actor, const NewAgent &agent)
{
    auto refuse = [](const QString &message) { return DatabaseError(DatabaseError::Kind::Refused, message); };
    if (const QString problem = FieldRules::checkLogin(agent.login); !problem.isEmpty())
        throw refuse(problem);
    if (const QString problem = FieldRules::checkPersonName(tr("The full name"), agent.fullName, true);
        !problem.isEmpty())
        throw refuse(problem);

    Transaction transaction(m_db);
    if (Sql::scalar(m_db, u"SELECT count(*) FROM agents WHERE login = ?"_s, {agent.login}).toInt() > 0)
        throw refuse(tr("An agent with the login \"%1\" already exists.").arg(agent.login));
    const QVariant organisationId =
        Sql::scalar(m_db, u"SELECT id FROM organisations WHERE code = ?"_s, {agent.organisationCode});
    if (!organisationId.isValid())
        throw refuse(tr("Unknown organisation \"%1\".").arg(agent.organisationCode.left(20)));
    const QVariant roleId = Sql::scalar(m_db, u"SELECT id FROM roles WHERE code = ?"_s, {agent.roleCode});
    if (!roleId.isValid())
        throw refuse(tr("Unknown role \"%1\".").arg(agent.roleCode.left(20)));

    const QString now = toStoredTimestamp(Clock::system().nowUtc());
    const qint64 id = Sql::scalar(m_db,
                                  u"INSERT INTO agents (login, full_name, organisation_id, role_id, password_hash, "
                                  "created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                  {agent.login, agent.fullName.trimmed(), organisationId, roleId,
                                   Sql::nullIfEmpty(agent.passwordHash), now, now})
                          .toLongLong();
    AuditLog(m_db).appendInTransaction(actor, {u"create"_s,
                                               u"agent"_s,
                                               QString::number(id),
                                               0,
                                               {{u"login"_s, agent.login},
                                                {u"organisation"_s, agent.organisationCode},
                                                {u"role"_s, agent.roleCode}}});
    // On PostgreSQL each agent is a login role of its own, member of its role's purpose roles.
    if (Sql::dialect(m_db) == Dialect::Postgres && !agent.serverPassword.isEmpty())
        Sql::run(m_db, u"SELECT guichet_set_agent_login(?, ?)"_s, {agent.login, agent.serverPassword});
    transaction.commit();
    return id;
}

void AgentRepository::deactivate(const Session &actor, const QString &login)
{
    Transaction transaction(m_db);
    const QVariant id = Sql::scalar(m_db, u"SELECT id FROM agents WHERE login = ?"_s, {login});
    if (!id.isValid())
        throw DatabaseError(DatabaseError::Kind::Refused, tr("No agent has the login \"%1\".").arg(login.left(64)));
    if (Sql::dialect(m_db) == Dialect::Postgres)
        Sql::run(m_db, u"SELECT guichet_disable_agent_login(?)"_s, {login});
    else
        Sql::run(m_db, u"UPDATE agents SET active = ? WHERE id = ?"_s, {false, id});
    AuditLog(m_db).appendInTransaction(actor, {u"deactivate"_s, u"agent"_s, id.toString(), 0, {{u"login"_s, login}}});
    transaction.commit();
}

LockoutPolicy::State AgentRepository::lockoutForUpdate(qint64 agentId)
{
    // SQLite: the transaction holds the write lock already; PostgreSQL: lock the row.
    const QString sql = Sql::dialect(m_db) == Dialect::Postgres
                            ? u"SELECT failed_attempts, locked_until FROM agents WHERE id = ? FOR UPDATE"_s
                            : u"SELECT failed_attempts, locked_until FROM agents WHERE id = ?"_s;
    QSqlQuery q = Sql::run(m_db, sql, {agentId});
    LockoutPolicy::State state;
    if (q.next()) {
        state.failedAttempts = q.value(0).toInt();
        state.lockedUntil = fromStoredTimestamp(q.value(1).toString());
    }
    return state;
}

void AgentRepository::saveLockout(qint64 agentId, const LockoutPolicy::State &state)
{
    Sql::run(m_db, u"UPDATE agents SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s,
             {state.failedAttempts,
              state.lockedUntil.isValid() ? QVariant(toStoredTimestamp(state.lockedUntil))
                                          : QVariant(QMetaType::fromType<QString>()),
              agentId});
}

void AgentRepository::savePasswordHash(qint64 agentId, const QString &hash, const QString &changedAt)
{
    Sql::run(m_db,
             u"UPDATE agents SET password_hash = ?, password_changed_at = ?, version = version + 1 WHERE id = ?"_s,
             {hash, changedAt, agentId});
}

} // namespace guichet
