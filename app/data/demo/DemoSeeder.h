#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

namespace guichet {

// Demo data for trying Guichet on the embedded database: one agent per role, a few hundred
// families across the mutuelles, with names in Latin and Arabic script, and former members whose
// data has expired (the purge's dry run lists them); a dozen medicines of the published list;
// some 300 ambulatory dossiers of the MGPAP families at every step of the pipeline over the last
// 90 days, and a few in every queue of the other demo agents (the MGPAP's students, the OMFAM's
// two regimes), with payment batches and an archive box; rights requests; complaints of the MGPAP
// and the OMFAM in every state, with their timelines; litigation cases with their hearings, and
// an audit hold. Deterministic, and done once: a database that already has demo data is left as
// it is.
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
        bool supervisor = false; // may accept a deposit more than 60 days after the care
    };

    // The password of every demo agent. Demo databases only: documented in README.md.
    static QString demoPassword();
    static QList<DemoAgent> demoAgents();

    explicit DemoSeeder(QSqlDatabase db);

    static bool isDemoDatabase(const QSqlDatabase &db);
    // Returns false (and changes nothing) when demo data is already there; throws DatabaseError
    // (Refused) on a database that holds real agents or persons.
    // `passwordHash` is the hash of demoPassword(), computed by the caller (security layer).
    // The agents and families are one transaction, which also marks the database as a demo; the
    // medicines, the dossiers, the rights requests, the complaints and the cases then go through
    // their repositories, one transaction per step as at the counter. Should that second part
    // fail, the database is a demo with part of its data: delete the file and seed again.
    bool seed(const QString &passwordHash, int families = 300);

private:
    bool seedPeople(const QString &passwordHash, int families);
    // Returns how many dossiers were deposited.
    int seedDossiers();
    // Returns how many rights requests were taken in.
    int seedRightsRequests();
    // Returns how many complaints were taken in.
    int seedComplaints();
    // Returns how many litigation cases were opened.
    int seedLitigation();

    QSqlDatabase m_db;
};

} // namespace guichet
