#include "security/EmbeddedAuthenticator.h"

#include "core/FieldRules.h"
#include "core/LockoutPolicy.h"
#include "data/common/AgentRepository.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/demo/DemoSeeder.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Transaction.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace guichet {

EmbeddedAuthenticator::EmbeddedAuthenticator(QSqlDatabase db, const PasswordHasher &hasher, const Clock &clock)
    : m_db(std::move(db)), m_hasher(hasher), m_clock(clock)
{
    m_hasher.prepare();
}

Session EmbeddedAuthenticator::sessionFor(const AgentRecord &agent) const
{
    Session session;
    session.agentId = agent.id;
    session.login = agent.login;
    session.fullName = agent.fullName;
    session.organisation = agent.organisation;
    session.roleCode = agent.roleCode;
    session.roleName = agent.roleName;
    session.purposes = ReferenceRepository(m_db).purposesOfRole(agent.roleCode);
    session.workstation = QSysInfo::machineHostName();
    return session;
}

SignInResult EmbeddedAuthenticator::check(const QString &login, const QString &password, const QString &auditAction)
{
    SignInResult result;
    const QString trimmedLogin = normalizedLogin(login);
    if (std::optional<SignInResult> refused = refuseMalformed(trimmedLogin, password))
        return *refused;

    AgentRepository agents(m_db);
    AuditLog audit(m_db, m_clock);
    const QDateTime now = m_clock.nowUtc();
    const std::optional<AgentRecord> agent = agents.findByLogin(trimmedLogin);
    if (!agent) {
        m_hasher.spendVerificationTime(password);
        // What was typed may be a password typed in the wrong field: the log keeps a digest only,
        // enough to see repeated attempts with the same text.
        const QString digest = QString::fromLatin1(
            QCryptographicHash::hash(trimmedLogin.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
        audit.append(AuditLog::anonymousSession(u"unknown:"_s + digest),
                     {auditAction + u"-failed"_s, u"agent"_s, QString(), 0, {{u"reason"_s, u"unknown login"_s}}});
        result.message = tr("The login or the password is wrong.");
        return result;
    }
    const Session actor = sessionFor(*agent);
    if (!agent->active) {
        m_hasher.spendVerificationTime(password); // answers as slowly as a password check
        audit.append(actor, {auditAction + u"-failed"_s, u"agent"_s, QString::number(agent->id), 0,
                             {{u"reason"_s, u"inactive"_s}}});
        result.status = SignInResult::Status::Inactive;
        result.message = tr("This account is deactivated. Ask your administrator.");
        return result;
    }
    auto lockedMessage = [](const QDateTime &until) {
        return tr("Too many wrong passwords: this account is locked until %1.")
            .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat));
    };
    if (LockoutPolicy::isLocked(agent->lockout, now)) {
        m_hasher.spendVerificationTime(password);
        audit.append(actor, {auditAction + u"-failed"_s, u"agent"_s, QString::number(agent->id), 0,
                             {{u"reason"_s, u"locked"_s}}});
        result.status = SignInResult::Status::LockedOut;
        result.lockedUntil = agent->lockout.lockedUntil;
        result.message = lockedMessage(result.lockedUntil);
        return result;
    }

    // Hash outside the transaction: the write lock is not held while Argon2id works.
    const bool passwordMatches = m_hasher.verify(agent->passwordHash, password);
    Transaction transaction(m_db);
    if (!passwordMatches) {
        // Counted from the state read under the write lock, so that parallel attempts all count.
        const LockoutPolicy::State state = LockoutPolicy::afterFailure(agents.lockoutForUpdate(agent->id), now);
        agents.saveLockout(agent->id, state);
        const bool locked = LockoutPolicy::isLocked(state, now);
        audit.appendInTransaction(actor, {auditAction + u"-failed"_s, u"agent"_s, QString::number(agent->id), 0,
                                          {{u"reason"_s, u"wrong password"_s},
                                           {u"failed_attempts"_s, state.failedAttempts},
                                           {u"locked"_s, locked}}});
        transaction.commit();
        result.status = locked ? SignInResult::Status::LockedOut : SignInResult::Status::WrongCredentials;
        result.lockedUntil = state.lockedUntil;
        result.message = locked ? lockedMessage(state.lockedUntil) : tr("The login or the password is wrong.");
        return result;
    }
    agents.saveLockout(agent->id, LockoutPolicy::afterSuccess());
    audit.appendInTransaction(actor, {auditAction, u"agent"_s, QString::number(agent->id), 0, {}});
    transaction.commit();
    result.status = SignInResult::Status::Success;
    result.session = actor;
    return result;
}

SignInResult EmbeddedAuthenticator::signIn(const QString &login, const QString &password)
{
    return check(login, password, u"sign-in"_s);
}

SignInResult EmbeddedAuthenticator::signInDemoAgent(const QString &login)
{
    SignInResult result;
    const std::optional<AgentRecord> agent = AgentRepository(m_db).findByLogin(login);
    bool isDemoAgent = false;
    for (const auto &demo : DemoSeeder::demoAgents())
        isDemoAgent = isDemoAgent || demo.login == login;
    if (!DemoSeeder::isDemoDatabase(m_db) || !isDemoAgent || !agent || !agent->active) {
        result.message = tr("Signing in without a password works only for the demo agents of a demo database.");
        return result;
    }
    result.session = sessionFor(*agent);
    AuditLog(m_db, m_clock).append(result.session, {u"sign-in"_s, u"agent"_s, QString::number(agent->id), 0,
                                                    {{u"demo"_s, true}}});
    result.status = SignInResult::Status::Success;
    return result;
}

void EmbeddedAuthenticator::usePurpose(Session &session, const QString &code)
{
    // One workstation: the data layer bounds every call by the session (PersonRepository, …).
    if (!session.setActivePurpose(code))
        throw DatabaseError(DatabaseError::Kind::Refused, tr("Your role does not hold the purpose %1.").arg(code));
}

bool EmbeddedAuthenticator::reconnect(const Session &)
{
    return m_db.isOpen() || m_db.open();
}

void EmbeddedAuthenticator::signOut(const Session &session)
{
    AuditLog(m_db, m_clock).append(session, {u"sign-out"_s, u"agent"_s, QString::number(session.agentId), 0, {}});
}

SignInResult EmbeddedAuthenticator::verifyPassword(const Session &session, const QString &password)
{
    return check(session.login, password, u"unlock"_s);
}

QString EmbeddedAuthenticator::changePassword(const Session &session, const QString &current, const QString &next,
                                         bool *lockedOut)
{
    if (lockedOut)
        *lockedOut = false;
    if (const QString problem = refuseNewPassword(session.login, current, next); !problem.isEmpty())
        return problem;
    const SignInResult checked = check(session.login, current, u"password-check"_s);
    if (checked.status == SignInResult::Status::LockedOut) {
        if (lockedOut)
            *lockedOut = true;
        return checked.message;
    }
    if (checked.status != SignInResult::Status::Success)
        return tr("The current password is wrong.");
    const QString hash = m_hasher.hash(next);
    if (hash.isEmpty())
        return tr("The password could not be protected (not enough memory). Nothing was changed.");
    Transaction transaction(m_db);
    AgentRepository(m_db).savePasswordHash(session.agentId, hash, toStoredTimestamp(m_clock.nowUtc()));
    AuditLog(m_db, m_clock).appendInTransaction(session, {u"password-change"_s, u"agent"_s,
                                                          QString::number(session.agentId), 0, {}});
    transaction.commit();
    return {};
}

} // namespace guichet
