#include "ExpectError.h"
#include "TestDatabase.h"
#include "data/common/AuditLog.h"
#include "data/registry/RegistryRepository.h"
#include "data/common/Sql.h"

#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

// The registry of processings: the fifteen of the CNOPS legal notice, read by all, edited by the
// data-protection officer only.
class TestRegistryRepository : public QObject
{
    Q_OBJECT

private slots:
    void theFifteenProcessings()
    {
        TestDatabase t(u"registry_read"_s);
        const QList<RegistryEntry> entries = RegistryRepository(t.db()).entries(QDate(2026, 11, 23));
        QCOMPARE(entries.size(), 15);
        const RegistryEntry &reg = entries.first();
        QCOMPARE(reg.code, u"REG"_s);
        QCOMPARE(reg.cndpNumber, u"A-GA-104/2016"_s);
        QCOMPARE(reg.divisionEmail, u"desdic@cnops.org.ma"_s);
        QCOMPARE(reg.divisionAddress, u"Rue Moulay Rachid Hassan Rabat"_s);
        QVERIFY(reg.dataCategories.contains(u"RIB"_s));
        QVERIFY(reg.recipients.contains(u"audit"_s));
        QCOMPARE(reg.retention, u"5 year(s) after the end of the relationship, then anonymised"_s);
        for (const RegistryEntry &e : entries) {
            QVERIFY2(!e.cndpNumber.isEmpty() && !e.dataCategories.isEmpty() && !e.retention.isEmpty(),
                     qPrintable(e.code));
        }
    }

    void theOfficerEditsAndNobodyElse()
    {
        TestDatabase t(u"registry_edit"_s);
        RegistryRepository registry(t.db());
        Session dpo = t.createAgentSession(u"dpo"_s, u"CNOPS"_s, u"DPO"_s);
        QVERIFY(dpo.setActivePurpose(u"AUD"_s));
        Session auditor = t.createAgentSession(u"auditor"_s, u"CNOPS"_s, u"AUDITOR"_s);
        QVERIFY(auditor.setActivePurpose(u"AUD"_s));
        const Session counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        expectRefused([&] { registry.update(counter, u"REG"_s, u"x"_s, u"y"_s); }, u"data-protection officer"_s);
        expectRefused([&] { registry.update(auditor, u"REG"_s, u"x"_s, u"y"_s); }, u"data-protection officer"_s);
        expectRefused([&] { registry.update(dpo, u"REG"_s, u"   "_s, u"y"_s); }, u"categories"_s);
        expectRefused([&] { registry.update(dpo, u"REG"_s, QString(3000, u'x'), u"y"_s); }, u"at most"_s);
        expectRefused([&] { registry.update(dpo, u"NOPE'; --"_s, u"x"_s, u"y"_s); }, u"no processing"_s);

        const QString categories = u"Identité ; \"coordonnées\", RIB — الهوية'); DROP TABLE purposes; --"_s;
        registry.update(dpo, u"CPL"_s, categories, u"Instances d'audit, sous-traitants"_s);
        const QList<RegistryEntry> entries = registry.entries(QDate(2026, 11, 23));
        const auto cpl = std::find_if(entries.cbegin(), entries.cend(), [](const RegistryEntry &e) {
            return e.code == u"CPL"_s;
        });
        QCOMPARE(cpl->dataCategories, categories);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'registry' AND entity_id = 'CPL'"_s)
                     .toInt(),
                 1);
        QVERIFY(AuditLog(t.db()).verify().isIntact());

        // The export: a header and one line per processing, the edited one quoted as CSV wants.
        const QString csv = QString::fromUtf8(registry.csv(QDate(2026, 11, 23)));
        QCOMPARE(csv.count(u"\r\n"_s), 16);
        QVERIFY(csv.startsWith(u"code,processing,cndp_number,data_categories,recipients,retention,"_s));
        QVERIFY(csv.contains(u"\"Identité ; \"\"coordonnées\"\", RIB — الهوية'); DROP TABLE purposes; --\""_s));
    }
};

QTEST_GUILESS_MAIN(TestRegistryRepository)
#include "tst_registryrepository.moc"
