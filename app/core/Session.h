#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace guichet {

// A processing purpose declared to the CNDP (reference data).
struct Purpose
{
    QString code; // REG, AMO, …
    QString name;
    QString cndpNumber;
    QString division;
    QString divisionEmail;
    QString divisionAddress;
    bool hasScreens = false;
};

struct Organisation
{
    qint64 id = 0;
    QString code;
    QString name;
    bool isCnops = false;
};

// Who is working, for whom, and under which purpose. Every repository call takes it, and every
// audit row is stamped from it.
class Session
{
public:
    // The role of the data-protection officer (reference data `roles`).
    static constexpr QStringView DataProtectionOfficerRole = u"DPO";

    qint64 agentId = 0;
    QString login;
    QString fullName;
    Organisation organisation;
    QString roleCode;
    QString roleName;
    QList<Purpose> purposes;
    QString workstation;
    // Signed in with the agent's own PostgreSQL login role: the server enforces purposes and
    // organisation bounds by itself.
    bool serverEnforced = false;

    bool isValid() const { return agentId > 0; }
    bool hasPurpose(const QString &code) const;
    const Purpose *purpose(const QString &code) const;

    // The purpose the agent works under now; empty when the role has none (administrators).
    QString activePurpose() const { return m_activePurpose; }
    // Refuses (returns false) a purpose the role does not hold.
    bool setActivePurpose(const QString &code);

    // AUD is also the auditors' purpose: they read. Only the data-protection officer's role,
    // under AUD, purges, carries out deletions and edits the registry of processings (the cell
    // data.purge of core/Permissions).
    bool actsAsDataProtectionOfficer() const;

    // The CNOPS sees the persons of every mutuelle; a mutuelle only its own.
    bool seesAllOrganisations() const { return organisation.isCnops; }
    // The organisation a query is limited to, bound as a value: 0 when the agent sees them all.
    qint64 organisationFilter() const { return seesAllOrganisations() ? 0 : organisation.id; }

private:
    QString m_activePurpose;
};

} // namespace guichet
