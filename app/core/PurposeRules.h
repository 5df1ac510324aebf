#pragma once

#include <QString>

namespace guichet {

// What each processing purpose may do with persons' data. The embedded database applies these
// rules in the data layer; the central database grants the same to the purposes' roles
// (resources/sql/0003_security.postgres.sql): keep the two in step.
class PurposeRules
{
public:
    static bool readsPersons(const QString &purpose);
    static bool changesPersons(const QString &purpose);
    static bool readsMedicalDetails(const QString &purpose);
    static bool readsAuditLog(const QString &purpose);
    // The regime whose dossiers a purpose deposits, enters, liquidates and pays (AMO → AMO,
    // STU → STU); empty for the others.
    static QString dossierRegime(const QString &purpose);
    static bool controlsDossiers(const QString &purpose);
    static bool archivesDossiers(const QString &purpose);
    // The purposes that work on dossiers and have their dossier screens.
    static bool worksOnDossiers(const QString &purpose);
    // Every purpose that may open a dossier: those, and complaints and litigation, which read them.
    static bool readsDossiers(const QString &purpose);
    // Complaints are taken in and handled under CPL; litigation (LEG) reads them.
    static bool handlesComplaints(const QString &purpose);
    static bool readsComplaints(const QString &purpose);
    // Litigation cases, their hearings and the legal holds they place: LEG.
    static bool handlesLitigation(const QString &purpose);
    // Requests of people exercising their rights (law 09-08): taken in and answered under LEG.
    static bool handlesRightsRequests(const QString &purpose);
    // The purge of expired data and the destruction of archive boxes: AUD (the data-protection
    // officer).
    static bool purgesData(const QString &purpose);
};

} // namespace guichet
