#include "data/common/AuditLog.h"

#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guichet {

AuditLog::AuditLog(QSqlDatabase db, const Clock &clock) : m_db(std::move(db)), m_clock(clock) {}

Session AuditLog::anonymousSession(const QString &who)
{
    Session session;
    session.login = who.left(64);
    session.workstation = QSysInfo::machineHostName();
    return session;
}

namespace {

QByteArray randomSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return salt.toHex();
}

// {"field": ["before", "after"], …} in the order of the changes, compact: the digest covers it byte for byte.
QByteArray changeSetJson(const QList<FieldChange> &changes)
{
    QJsonObject set;
    for (const FieldChange &change : changes)
        set.insert(change.field, QJsonArray{change.before, change.after});
    return QJsonDocument(set).toJson(QJsonDocument::Compact);
}

} // namespace

void AuditLog::appendInTransaction(const Session &session, const AuditEvent &input)
{
    AuditEvent event = input;
    if (!event.changes.isEmpty()) {
        const QString ref = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray salt = randomSalt();
        const QByteArray changeSet = changeSetJson(event.changes);
        QStringList fields;
        for (const FieldChange &change : event.changes)
            fields << change.field;
        event.details.insert(u"fields"_s, fields);
        event.details.insert(u"values_ref"_s, ref);
        event.details.insert(u"values_digest"_s, QString::fromLatin1(AuditChain::valuesDigest(salt, changeSet)));
        Sql::run(m_db, u"INSERT INTO audit_values (ref, person_id, salt, change_set, created_at) VALUES (?, ?, ?, ?, ?)"_s,
                 {ref, event.personId, QString::fromLatin1(salt), QString::fromUtf8(changeSet),
                  toStoredTimestamp(m_clock.nowUtc())});
    }
    AuditRecord record;
    record.agent = session.login;
    record.organisation = session.organisation.code;
    record.role = session.roleCode;
    record.purpose = session.activePurpose();
    record.action = event.action;
    record.entity = event.entity;
    record.entityId = event.entityId;
    record.personId = event.personId > 0 ? QString::number(event.personId) : QString();
    record.workstation = session.workstation.isEmpty() ? QSysInfo::machineHostName() : session.workstation;
    record.details = event.details.isEmpty()
                         ? QString()
                         : QString::fromUtf8(
                               QJsonDocument(QJsonObject::fromVariantMap(event.details)).toJson(QJsonDocument::Compact));

    if (Sql::dialect(m_db) == Dialect::Postgres) {
        // The server numbers, stamps and chains the row (0003_security.postgres.sql); on an agent's
        // connection it also takes the agent and the purpose from the session, not from us.
        Sql::run(m_db,
                 u"INSERT INTO audit_log (agent, organisation, role, purpose, action, entity, entity_id, person_id, "
                 "workstation, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 {Sql::text(record.agent), Sql::text(record.organisation), Sql::text(record.role),
                  Sql::text(record.purpose), record.action, record.entity, Sql::text(record.entityId),
                  Sql::text(record.personId), Sql::text(record.workstation), Sql::text(record.details)});
        return;
    }

    // SQLite: this process holds the write lock (BEGIN IMMEDIATE), so it extends the chain itself.
    record.seq = 1;
    record.prevHash = AuditChain::genesisHash();
    QSqlQuery head = Sql::run(m_db, u"SELECT last_seq, last_hash FROM audit_head WHERE id = 1"_s);
    if (head.next()) {
        record.seq = head.value(0).toLongLong() + 1;
        record.prevHash = head.value(1).toString().toLatin1();
    }
    record.at = toStoredTimestamp(m_clock.nowUtc());
    record.hash = AuditChain::computeHash(record);
    Sql::run(m_db,
             u"INSERT INTO audit_log (seq, at, agent, organisation, role, purpose, action, entity, entity_id, "
             "person_id, workstation, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
             {record.seq, record.at, Sql::text(record.agent), Sql::text(record.organisation), Sql::text(record.role),
              Sql::text(record.purpose), record.action, record.entity, Sql::text(record.entityId),
              Sql::text(record.personId), Sql::text(record.workstation), Sql::text(record.details),
              QString::fromLatin1(record.prevHash), QString::fromLatin1(record.hash)});
    Sql::run(m_db,
             u"INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, ?, ?) "
             "ON CONFLICT (id) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash"_s,
             {record.seq, QString::fromLatin1(record.hash)});
}

void AuditLog::append(const Session &session, const AuditEvent &event)
{
    Transaction transaction(m_db);
    appendInTransaction(session, event);
    transaction.commit();
}

AuditVerification AuditLog::verify() const
{
    AuditVerifier verifier;
    struct Expected
    {
        qint64 seq;
        QByteArray digest;
    };
    QHash<QString, Expected> valueDigests; // values_ref → what its log row says of the values
    QSqlQuery rows = Sql::run(m_db, u"SELECT seq, at, agent, organisation, role, purpose, action, entity, entity_id, "
                                    "person_id, workstation, details, prev_hash, hash FROM audit_log ORDER BY seq"_s);
    while (rows.next()) {
        AuditRecord r;
        r.seq = rows.value(0).toLongLong();
        r.at = rows.value(1).toString();
        r.agent = rows.value(2).toString();
        r.organisation = rows.value(3).toString();
        r.role = rows.value(4).toString();
        r.purpose = rows.value(5).toString();
        r.action = rows.value(6).toString();
        r.entity = rows.value(7).toString();
        r.entityId = rows.value(8).toString();
        r.personId = rows.value(9).toString();
        r.workstation = rows.value(10).toString();
        r.details = rows.value(11).toString();
        r.prevHash = rows.value(12).toString().toLatin1();
        r.hash = rows.value(13).toString().toLatin1();
        verifier.feed(r);
        if (r.details.contains(u"\"values_ref\""_s)) {
            const QJsonObject details = QJsonDocument::fromJson(r.details.toUtf8()).object();
            valueDigests.insert(details.value(u"values_ref"_s).toString(),
                                {r.seq, details.value(u"values_digest"_s).toString().toLatin1()});
        }
    }
    QSqlQuery head = Sql::run(m_db, u"SELECT last_seq, last_hash FROM audit_head WHERE id = 1"_s);
    if (head.next())
        verifier.finish(head.value(0).toLongLong(), head.value(1).toString().toLatin1());
    else
        verifier.finish(std::nullopt, {});
    AuditVerification result{verifier.rowsChecked(), verifier.issues()};
    // The values of changes: those still kept must be the ones the log vouches for. Erased ones
    // (a purged person) are simply absent.
    QSqlQuery values = Sql::run(m_db, u"SELECT ref, salt, change_set FROM audit_values ORDER BY ref"_s);
    while (values.next()) {
        const QString ref = values.value(0).toString();
        const auto expected = valueDigests.constFind(ref);
        const QByteArray digest =
            AuditChain::valuesDigest(values.value(1).toString().toLatin1(), values.value(2).toString().toUtf8());
        if (expected == valueDigests.constEnd())
            result.issues.append({AuditIssue::Kind::ValuesAltered, 0,
                                  tr("The recorded values %1 belong to no row of the log.").arg(ref)});
        else if (expected->digest != digest)
            result.issues.append({AuditIssue::Kind::ValuesAltered, expected->seq,
                                  tr("The old and new values recorded for row %1 were altered.").arg(expected->seq)});
    }
    return result;
}

} // namespace guichet
