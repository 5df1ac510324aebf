#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

// One row of the append-only audit log.
struct AuditRecord
{
    qint64 seq = 0;
    QString at; // stored timestamp, see Clock.h
    QString agent;
    QString organisation;
    QString role;
    QString purpose;
    QString action;
    QString entity;
    QString entityId;
    QString personId;
    QString workstation;
    QString details;
    QByteArray prevHash; // hex SHA-256 of the previous row, or the genesis value
    QByteArray hash;     // hex SHA-256 of prevHash and this row's fields
};

// The hash chain: each row's hash covers the previous row's hash and every field but seq, so that
// altering, inserting or removing a row breaks the chain from that row on.
class AuditChain
{
public:
    static QByteArray genesisHash();
    static QByteArray computeHash(const AuditRecord &record);
    // The digest that a log row keeps of the old and new values of a change, which are stored
    // apart (and erasable) with their random salt: without the salt it tells nothing about them.
    static QByteArray valuesDigest(const QByteArray &salt, const QByteArray &changeSet);
};

struct AuditIssue
{
    enum class Kind { Altered, Inserted, Removed, Broken, TailRemoved, ValuesAltered };
    Kind kind;
    qint64 seq; // the row named by the issue (for Removed: the first row after the gap)
    QString message;
};

// Walks the log in seq order, one row at a time (the log can hold millions of rows), and names
// every row where the chain does not hold.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    void feed(const AuditRecord &record);
    // The head is what the log last recorded as its newest row; a missing tail shows there.
    void finish(std::optional<qint64> headSeq, const QByteArray &headHash);

    qint64 rowsChecked() const { return m_rows; }
    const QList<AuditIssue> &issues() const { return m_issues; }
    bool isIntact() const { return m_issues.isEmpty(); }

private:
    void addIssue(AuditIssue::Kind kind, qint64 seq, const QString &message);

    qint64 m_rows = 0;
    std::optional<qint64> m_lastSeq;
    QByteArray m_lastHash = AuditChain::genesisHash();
    QByteArray m_beforeLastHash;
    QList<AuditIssue> m_issues;
};

} // namespace guichet
