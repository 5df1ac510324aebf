#include "core/AuditChain.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace guichet {

QByteArray AuditChain::genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray AuditChain::computeHash(const AuditRecord &r)
{
    // Unit separator between fields: it cannot be typed into any field of the application.
    const QChar sep(0x1f);
    const QString canonical = QString::fromLatin1(r.prevHash) + sep + r.at + sep + r.agent + sep + r.organisation
                              + sep + r.role + sep + r.purpose + sep + r.action + sep + r.entity + sep
                              + r.entityId + sep + r.personId + sep + r.workstation + sep + r.details;
    return QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QByteArray AuditChain::valuesDigest(const QByteArray &salt, const QByteArray &changeSet)
{
    const QByteArray input = salt + '\x1f' + changeSet;
    return QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex();
}

void AuditVerifier::addIssue(AuditIssue::Kind kind, qint64 seq, const QString &message)
{
    m_issues.append({kind, seq, message});
}

void AuditVerifier::feed(const AuditRecord &record)
{
    ++m_rows;
    if (AuditChain::computeHash(record) != record.hash)
        addIssue(AuditIssue::Kind::Altered, record.seq,
                 tr("Row %1 was altered: its content no longer matches its hash.").arg(record.seq));

    if (record.prevHash != m_lastHash) {
        const bool gap = m_lastSeq ? record.seq != *m_lastSeq + 1 : record.seq != 1;
        if (gap) {
            const qint64 from = m_lastSeq ? *m_lastSeq + 1 : 1;
            addIssue(AuditIssue::Kind::Removed, record.seq,
                     tr("Rows %1 to %2 were removed.").arg(from).arg(record.seq - 1));
        } else if (!m_beforeLastHash.isEmpty() && record.prevHash == m_beforeLastHash) {
            // This row still points at the row two places back: the row in between was slipped in.
            addIssue(AuditIssue::Kind::Inserted, *m_lastSeq,
                     tr("Row %1 was inserted: it is not part of the chain.").arg(*m_lastSeq));
        } else {
            addIssue(AuditIssue::Kind::Broken, record.seq,
                     tr("The chain is broken before row %1: a row was removed or replaced.").arg(record.seq));
        }
    } else if (m_lastSeq && record.seq != *m_lastSeq + 1) {
        addIssue(AuditIssue::Kind::Broken, record.seq,
                 tr("Row %1 was renumbered.").arg(record.seq));
    }

    m_beforeLastHash = m_lastHash;
    m_lastHash = record.hash;
    m_lastSeq = record.seq;
}

void AuditVerifier::finish(std::optional<qint64> headSeq, const QByteArray &headHash)
{
    if (!headSeq) {
        if (m_lastSeq)
            addIssue(AuditIssue::Kind::Broken, *m_lastSeq, tr("The head record of the log is missing."));
        return;
    }
    if (!m_lastSeq || *m_lastSeq < *headSeq) {
        const qint64 from = m_lastSeq ? *m_lastSeq + 1 : 1;
        addIssue(AuditIssue::Kind::TailRemoved, from,
                 tr("Rows %1 to %2 at the end of the log were removed.").arg(from).arg(*headSeq));
    } else if (*m_lastSeq > *headSeq) {
        addIssue(AuditIssue::Kind::Inserted, *headSeq + 1,
                 tr("Rows %1 to %2 were added behind the log's back.").arg(*headSeq + 1).arg(*m_lastSeq));
    } else if (m_lastHash != headHash) {
        addIssue(AuditIssue::Kind::Altered, *headSeq,
                 tr("Row %1, the newest, does not match the recorded head of the log.").arg(*headSeq));
    }
}

} // namespace guichet
