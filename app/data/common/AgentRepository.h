#pragma once

#include "core/LockoutPolicy.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace guichet {

struct AgentRecord
{
    qint64 id = 0;
    QString login;
    QString fullName;
    Organisation organisation;
    QString roleCode;
    QString roleName;
    QString passwordHash;
    LockoutPolicy::State lockout;
    bool active = true;
};

struct NewAgent
{
    QString login;
    QString fullName;
    QString organisationCode;
    QString roleCode;
    QString passwordHash;   // embedded database: the Argon2id hash
    QString serverPassword; // PostgreSQL: the password of the agent's login role (never stored by us)
};

class AgentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AgentRepository)

public:
    explicit AgentRepository(QSqlDatabase db);

    std::optional<AgentRecord> findByLogin(const QString &login) const;
    // Validates, inserts and records the creation in the audit log, in one transaction.
    // Throws DatabaseError (Kind::Refused) with a sentence for the user on invalid input.
    qint64 create(const Session &actor, const NewAgent &agent);
    // Deactivates the agent; on PostgreSQL its login role can no longer connect.
    void deactivate(const Session &actor, const QString &login);
    // The lock-out state, read inside the caller's transaction and locked until it ends.
    LockoutPolicy::State lockoutForUpdate(qint64 agentId);
    void saveLockout(qint64 agentId, const LockoutPolicy::State &state);
    void savePasswordHash(qint64 agentId, const QString &hash, const QString &changedAt);

private:
    QSqlDatabase m_db;
};

} // namespace guichet
