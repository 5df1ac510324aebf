#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace guichet {

// Demo data for trying Guichet on the embedded database: one agent per role and a few hundred
// families across the mutuelles, with names in Latin and Arabic script. Deterministic, and done
// once: a database that already has demo data is left as it is.
class DemoSeeder
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeeder)

public:
    struct DemoAgent
    {
        QString login;
        QString fullName;
        QString organisationCode;
        QString roleCode;
    };

    // The password of every demo agent. Demo databases only: documented in README.md.
    static QString demoPassword();
    static QList<DemoAgent> demoAgents();

    explicit DemoSeeder(QSqlDatabase db);

    static bool isDemoDatabase(const QSqlDatabase &db);
    // Returns false (and changes nothing) when demo data is already there; throws DatabaseError
    // (Refused) on a database that holds real agents or persons.
    // `passwordHash` is the hash of demoPassword(), computed by the caller (security layer).
    bool seed(const QString &passwordHash, int families = 300);

private:
    QSqlDatabase m_db;
};

} // namespace guichet
