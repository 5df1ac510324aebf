#pragma once

#include "core/AuditChain.h"
#include "core/Clock.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVariantMap>

namespace guichet {

// One field of a change: its value before and after, as text.
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

// What happened, to what and to whom; who and under which purpose come from the session.
struct AuditEvent
{
    QString action;   // sign-in, sign-out, read, create, update, …
    QString entity;   // person, agent, session, …
    QString entityId; // empty when none
    qint64 personId = 0;
    QVariantMap details; // stored as compact JSON; never passwords, never personal values
    // The old and new values of a change: kept in audit_values, erasable with the person's data,
    // and tied to the chained row by a salted digest (see AuditChain::valuesDigest).
    QList<FieldChange> changes;
};

struct AuditVerification
{
    qint64 rowsChecked = 0;
    QList<AuditIssue> issues;
    bool isIntact() const { return issues.isEmpty(); }
};

// The append-only, hash-chained log of every sign-in, every read of a person's file and every change.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(QSqlDatabase db, const Clock &clock = Clock::system());

    // Appends inside the caller's open transaction, so the change and its record commit together.
    void appendInTransaction(const Session &session, const AuditEvent &event);
    // Appends in a transaction of its own (sign-in, reads).
    void append(const Session &session, const AuditEvent &event);

    // For events before anyone is signed in (a failed sign-in) or from the command line.
    static Session anonymousSession(const QString &who);

    AuditVerification verify() const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
