#include "core/AuditChain.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

QList<AuditRecord> makeChain(int rows)
{
    QList<AuditRecord> chain;
    QByteArray prev = AuditChain::genesisHash();
    for (int i = 1; i <= rows; ++i) {
        AuditRecord r;
        r.seq = i;
        r.at = u"2026-11-22T10:00:0%1.000Z"_s.arg(i % 10);
        r.agent = u"guichet.demo"_s;
        r.organisation = u"MGPAP"_s;
        r.role = u"COUNTER"_s;
        r.purpose = u"REG"_s;
        r.action = u"read"_s;
        r.entity = u"person"_s;
        r.entityId = QString::number(100 + i);
        r.personId = r.entityId;
        r.workstation = u"guichet-01"_s;
        r.prevHash = prev;
        r.hash = AuditChain::computeHash(r);
        prev = r.hash;
        chain << r;
    }
    return chain;
}

AuditVerifier verify(const QList<AuditRecord> &rows, std::optional<qint64> headSeq, const QByteArray &headHash)
{
    AuditVerifier verifier;
    for (const AuditRecord &r : rows)
        verifier.feed(r);
    verifier.finish(headSeq, headHash);
    return verifier;
}

} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private slots:
    void intactChainPasses()
    {
        const auto chain = makeChain(6);
        const AuditVerifier v = verify(chain, 6, chain.last().hash);
        QVERIFY(v.isIntact());
        QCOMPARE(v.rowsChecked(), 6);
    }

    void emptyLogPasses()
    {
        QVERIFY(verify({}, std::nullopt, {}).isIntact());
    }

    void hashCoversEveryField()
    {
        const AuditRecord base = makeChain(1).first();
        const QByteArray original = AuditChain::computeHash(base);
        QString AuditRecord::*fields[] = {&AuditRecord::at,      &AuditRecord::agent,      &AuditRecord::organisation,
                                          &AuditRecord::role,    &AuditRecord::purpose,    &AuditRecord::action,
                                          &AuditRecord::entity,  &AuditRecord::entityId,   &AuditRecord::personId,
                                          &AuditRecord::workstation, &AuditRecord::details};
        for (auto field : fields) {
            AuditRecord changed = base;
            changed.*field += u"x"_s;
            QVERIFY(AuditChain::computeHash(changed) != original);
        }
        // Moving a character from one field to the next changes the hash too (the separator counts).
        AuditRecord shifted = base;
        shifted.agent = u"guichet.dem"_s;
        shifted.organisation = u"oMGPAP"_s;
        QVERIFY(AuditChain::computeHash(shifted) != original);
    }

    void alteredRowIsNamed()
    {
        auto chain = makeChain(5);
        chain[2].details = u"{\"forged\":true}"_s;
        const AuditVerifier v = verify(chain, 5, chain.last().hash);
        QCOMPARE(v.issues().size(), 1);
        QCOMPARE(v.issues().first().kind, AuditIssue::Kind::Altered);
        QCOMPARE(v.issues().first().seq, 3);
    }

    void removedRowIsNamed()
    {
        auto chain = makeChain(5);
        chain.removeAt(2); // seq 3 gone
        const AuditVerifier v = verify(chain, 5, chain.last().hash);
        QCOMPARE(v.issues().size(), 1);
        QCOMPARE(v.issues().first().kind, AuditIssue::Kind::Removed);
        QVERIFY(v.issues().first().message.contains(u"3"_s));
    }

    void insertedRowIsNamed()
    {
        auto chain = makeChain(5);
        // A forged row slipped in after row 2, with a valid hash of its own, later rows renumbered.
        AuditRecord forged = chain[1];
        forged.action = u"update"_s;
        forged.prevHash = chain[1].hash;
        forged.hash = AuditChain::computeHash(forged);
        chain.insert(2, forged);
        for (int i = 0; i < chain.size(); ++i)
            chain[i].seq = i + 1;
        const AuditVerifier v = verify(chain, 6, chain.last().hash);
        QCOMPARE(v.issues().size(), 1);
        QCOMPARE(v.issues().first().kind, AuditIssue::Kind::Inserted);
        QCOMPARE(v.issues().first().seq, 3);
    }

    void removedTailIsNamed()
    {
        auto chain = makeChain(5);
        const QByteArray head = chain.last().hash;
        chain.removeLast();
        const AuditVerifier v = verify(chain, 5, head);
        QCOMPARE(v.issues().size(), 1);
        QCOMPARE(v.issues().first().kind, AuditIssue::Kind::TailRemoved);
        QCOMPARE(v.issues().first().seq, 5);
    }

    void rowAddedBehindTheWritersBackIsNamed()
    {
        auto chain = makeChain(5);
        const AuditVerifier v = verify(chain, 4, chain[3].hash);
        QCOMPARE(v.issues().size(), 1);
        QCOMPARE(v.issues().first().kind, AuditIssue::Kind::Inserted);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
