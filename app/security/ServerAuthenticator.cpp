#include "security/ServerAuthenticator.h"

#include "core/FieldRules.h"
#include "data/common/AuditLog.h"
#include "data/common/ConnectionMonitor.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/common/Migrator.h"
#include "data/common/Sql.h"

#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace guichet {

ServerAuthenticator::ServerAuthenticator(ConnectionSpec server, QString connectionName)
    : m_server(std::move(server)), m_connectionName(std::move(connectionName))
{
}

ServerAuthenticator::~ServerAuthenticator()
{
    Database::close(m_connectionName);
}

QSqlDatabase ServerAuthenticator::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString ServerAuthenticator::purposeRole(const QString &code)
{
    static const QRegularExpression valid(u"^[A-Z]{2,5}$"_s);
    return valid.match(code).hasMatch() ? u"p_"_s + code.toLower() : QString();
}

SignInResult ServerAuthenticator::tryConnect(const QString &login, const QString &password,
                                             const QString &connectionName)
{
    SignInResult result;
    const QString trimmed = normalizedLogin(login);
    if (std::optional<SignInResult> refused = refuseMalformed(trimmed, password))
        return *refused;
    ConnectionSpec spec = m_server;
    spec.user = trimmed;
    spec.password = password;
    try {
        Database::open(spec, connectionName);
    } catch (const DatabaseError &error) {
        const QString detail = error.detail().toLower();
        // Only these say "wrong login or password"; a missing CA file or database also "does not
        // exist", and must be said as it is.
        const bool unknownRole = detail.contains(u"role \""_s) && detail.contains(u"does not exist"_s);
        if (detail.contains(u"password authentication failed"_s) || unknownRole
            || detail.contains(u"not permitted to log in"_s)) {
            result.message = tr("The login or the password is wrong.");
        } else {
            result.status = SignInResult::Status::Unavailable;
            result.message = error.userMessage();
        }
        return result;
    }
    result.status = SignInResult::Status::Success;
    return result;
}

SignInResult ServerAuthenticator::signIn(const QString &login, const QString &password)
{
    SignInResult result = tryConnect(login, password, m_connectionName);
    if (result.status != SignInResult::Status::Success)
        return result;
    QSqlDatabase db = database();
    try {
        Migrator(db).requireUpToDate();
        QSqlQuery who = Sql::run(db, u"SELECT agent_id, login, full_name, organisation_id, organisation_code, "
                                     "organisation_name, is_cnops, role_code, role_name FROM guichet_whoami()"_s);
        if (!who.next()) {
            Database::close(m_connectionName);
            result.status = SignInResult::Status::Inactive;
            result.message = tr("This login is not an active Guichet agent. Ask your administrator.");
            return result;
        }
        Session &session = result.session;
        session.agentId = who.value(0).toLongLong();
        session.login = who.value(1).toString();
        session.fullName = who.value(2).toString();
        session.organisation = {who.value(3).toLongLong(), who.value(4).toString(), who.value(5).toString(),
                                who.value(6).toBool()};
        session.roleCode = who.value(7).toString();
        session.roleName = who.value(8).toString();
        session.workstation = QSysInfo::machineHostName();
        session.serverEnforced = true;
        QSqlQuery purposes = Sql::run(db, u"SELECT code, name, cndp_number, division, email, address, has_screens "
                                          "FROM guichet_my_purposes()"_s);
        while (purposes.next())
            session.purposes.append({purposes.value(0).toString(), purposes.value(1).toString(),
                                     purposes.value(2).toString(), purposes.value(3).toString(),
                                     purposes.value(4).toString(), purposes.value(5).toString(),
                                     purposes.value(6).toBool()});
        AuditLog(db).append(session, {u"sign-in"_s, u"agent"_s, QString::number(session.agentId), 0, {}});
    } catch (const DatabaseError &error) {
        Database::close(m_connectionName);
        result.status = SignInResult::Status::Unavailable;
        result.message = error.userMessage();
        result.session = {};
    }
    return result;
}

SignInResult ServerAuthenticator::signInDemoAgent(const QString &)
{
    SignInResult result;
    result.message = tr("Signing in without a password works only for the demo agents of a demo database.");
    return result;
}

void ServerAuthenticator::signOut(const Session &session)
{
    {
        // A connection lost meanwhile is opened again once, so that the sign-out is in the log.
        if (ConnectionMonitor::isLost(database()))
            reconnect(session);
        QSqlDatabase db = database();
        try {
            if (db.isOpen() && !ConnectionMonitor::isLost(db))
                AuditLog(db).append(session, {u"sign-out"_s, u"agent"_s, QString::number(session.agentId), 0, {}});
        } catch (const DatabaseError &) {
            // The server is away: the agent still leaves, and the log keeps the last action seen.
        }
    }
    Database::close(m_connectionName);
}

SignInResult ServerAuthenticator::verifyPassword(const Session &session, const QString &password)
{
    // A second, short-lived connection proves the password; the agent's own stays as it was.
    const QString probe = m_connectionName + u"-verify"_s;
    SignInResult result = tryConnect(session.login, password, probe);
    Database::close(probe);
    if (result.status == SignInResult::Status::Success) {
        result.session = session;
        AuditLog(database()).append(session, {u"unlock"_s, u"agent"_s, QString::number(session.agentId), 0, {}});
    }
    return result;
}

QString ServerAuthenticator::changePassword(const Session &session, const QString &current, const QString &next,
                                         bool *lockedOut)
{
    if (lockedOut)
        *lockedOut = false;
    if (const QString problem = refuseNewPassword(session.login, current, next); !problem.isEmpty())
        return problem;
    const QString probe = m_connectionName + u"-verify"_s;
    const SignInResult checked = tryConnect(session.login, current, probe);
    Database::close(probe);
    if (checked.status != SignInResult::Status::Success)
        return checked.status == SignInResult::Status::Unavailable ? checked.message
                                                                    : tr("The current password is wrong.");
    QSqlDatabase db = database();
    // Only the login role itself may change its password: step out of the purpose, and back in
    // whatever happens (a failure must not leave the agent working without its purpose).
    Sql::run(db, u"SELECT set_config('role', 'none', false)"_s);
    const auto backToPurpose = qScopeGuard([&db, &session] {
        if (session.activePurpose().isEmpty())
            return;
        QSqlQuery restore(db); // no exception from here: this runs while one may be in flight
        restore.prepare(u"SELECT set_config('role', ?, false)"_s);
        restore.addBindValue(purposeRole(session.activePurpose()));
        restore.exec();
    });
    Sql::run(db, u"SELECT guichet_change_my_password(?)"_s, {next});
    AuditLog(db).append(session, {u"password-change"_s, u"agent"_s, QString::number(session.agentId), 0, {}});
    return {};
}

bool ServerAuthenticator::reconnect(const Session &session)
{
    QSqlDatabase db = database();
    db.close();
    if (!db.open()) // the same login and password, kept by the connection
        return false;
    try {
        Sql::execute(db, u"SET TIME ZONE 'UTC'"_s);
        if (!session.activePurpose().isEmpty())
            Sql::run(db, u"SELECT set_config('role', ?, false)"_s, {purposeRole(session.activePurpose())});
        AuditLog(db).append(session, {u"reconnect"_s, u"agent"_s, QString::number(session.agentId), 0, {}});
    } catch (const DatabaseError &) {
        return false;
    }
    ConnectionMonitor::instance().reportRestored(m_connectionName);
    return true;
}

void ServerAuthenticator::usePurpose(Session &session, const QString &code)
{
    const QString role = purposeRole(code);
    if (role.isEmpty() || !session.hasPurpose(code))
        throw DatabaseError(DatabaseError::Kind::Refused, tr("Your role does not hold the purpose %1.").arg(code));
    // The server checks the membership: a purpose outside the agent's role is refused there too.
    Sql::run(database(), u"SELECT set_config('role', ?, false)"_s, {role});
    session.setActivePurpose(code);
}

} // namespace guichet
