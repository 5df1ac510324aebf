#include "TestDatabase.h"

#include "core/ConnectionSpec.h"
#include "data/common/AgentRepository.h"
#include "data/common/AuditLog.h"
#include "data/common/Database.h"
#include "data/common/Migrator.h"
#include "data/common/Sql.h"
#include "security/EmbeddedAuthenticator.h"
#include "security/PasswordHasher.h"

#include <QSqlError>
#include <QTest>
#include <QUuid>

namespace guichet::test {

using namespace Qt::StringLiterals;

namespace {
QString pgPort()
{
    return qEnvironmentVariable("GUICHET_TEST_PG_PORT", u"55433"_s);
}

QSqlDatabase maintenanceConnection()
{
    const QString name = u"pg-maintenance"_s;
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(u"127.0.0.1"_s);
    db.setPort(pgPort().toInt());
    db.setUserName(u"postgres"_s);
    db.setDatabaseName(u"postgres"_s);
    if (!db.open())
        qFatal("Cannot reach the test PostgreSQL cluster on port %s: %s", qPrintable(pgPort()),
               qPrintable(db.lastError().text()));
    return db;
}
} // namespace

bool TestDatabase::isPostgres()
{
    return qEnvironmentVariable("GUICHET_TEST_BACKEND") == u"postgres"_s;
}

TestDatabase::TestDatabase(const QString &name, bool migrate)
{
    const QString unique = name.toLower() + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(8);
    m_connection = u"test-"_s + unique;
    if (isPostgres()) {
        m_pgDatabase = u"t_"_s + unique;
        Sql::execute(maintenanceConnection(), u"CREATE DATABASE "_s % m_pgDatabase % u" TEMPLATE template0 ENCODING 'UTF8'"_s);
        m_url = u"postgresql://postgres@127.0.0.1:"_s % pgPort() % u'/' % m_pgDatabase;
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        m_url = m_dir->filePath(u"guichet.sqlite"_s);
    }
    QString error;
    const auto spec = ConnectionSpecParser::parse(m_url, &error);
    QSqlDatabase db = Database::open(*spec, m_connection);
    if (migrate)
        Migrator(db).migrate();
}

TestDatabase::~TestDatabase()
{
    const QStringList connections = QSqlDatabase::connectionNames();
    for (const QString &connection : connections) {
        if (connection.startsWith(m_connection))
            Database::close(connection);
    }
    if (!m_pgDatabase.isEmpty())
        Sql::execute(maintenanceConnection(), u"DROP DATABASE IF EXISTS "_s % m_pgDatabase % u" WITH (FORCE)"_s);
}

QSqlDatabase TestDatabase::openSecondConnection(const QString &suffix) const
{
    QString error;
    const auto spec = ConnectionSpecParser::parse(m_url, &error);
    return Database::open(*spec, m_connection + u'-' + suffix);
}

Session TestDatabase::createAgentSession(const QString &login, const QString &organisationCode,
                                         const QString &roleCode)
{
    const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
    AgentRepository(db()).create(AuditLog::anonymousSession(u"test"_s),
                                 {login, u"Agent "_s + login, organisationCode, roleCode, hasher.hash(agentPassword())});
    const SignInResult result = EmbeddedAuthenticator(db(), hasher).signIn(login, agentPassword());
    if (result.status != SignInResult::Status::Success)
        qFatal("Test agent %s could not sign in: %s", qPrintable(login), qPrintable(result.message));
    Session session = result.session;
    if (!session.purposes.isEmpty()) // as the main window does: the role's first purpose
        session.setActivePurpose(session.purposes.constFirst().code);
    return session;
}

} // namespace guichet::test
