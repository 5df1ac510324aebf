#include "TestDatabase.h"
#include "data/dossiers/ActImporter.h"
#include "data/common/AuditLog.h"
#include "data/dossiers/MedicineImporter.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Sql.h"

#include <QFile>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray header = "name,dci,dosage,forme,presentation,ppv,prix_br,type,remboursable\n";

qint64 priceOn(const TestDatabase &t, const QString &name, const QString &column, const QString &date)
{
    // `column` is one of two fixed names, never input.
    const QString sql = column == u"base"_s
                            ? u"SELECT p.base FROM medicine_prices p JOIN medicines m ON m.id = p.medicine_id "
                              "WHERE m.name = ? AND p.valid_from <= ? ORDER BY p.valid_from DESC LIMIT 1"_s
                            : u"SELECT p.ppv FROM medicine_prices p JOIN medicines m ON m.id = p.medicine_id "
                              "WHERE m.name = ? AND p.valid_from <= ? ORDER BY p.valid_from DESC LIMIT 1"_s;
    const QVariant v = Sql::scalar(t.db(), sql, {name, date});
    return v.isValid() ? v.toLongLong() : -1;
}

} // namespace

class TestMedicineImporter : public QObject
{
    Q_OBJECT

private slots:
    void thePublishedListIsImportedWithItsGaps()
    {
        TestDatabase t(u"medicines_real"_s);
        QFile file(QStringLiteral(GUICHET_SOURCE_DIR "/resources/data/medicaments-ma.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        const Session admin = AuditLog::anonymousSession(u"test-admin"_s);
        MedicineImporter importer(t.db());

        const MedicineImportReport dry = importer.run(admin, csv, QDate(2026, 1, 1), MedicineImporter::Mode::DryRun);
        QCOMPARE(dry.rows, 4678);
        QCOMPARE(dry.added, 4678);
        QVERIFY(!dry.committed);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM medicines"_s).toInt(), 0);

        const MedicineImportReport report = importer.run(admin, csv, QDate(2026, 1, 1), MedicineImporter::Mode::Import);
        QVERIFY(report.committed);
        QCOMPARE(report.added, 4678);
        QCOMPARE(report.withoutDci, 1939); // kept, as the real list has them
        QVERIFY(report.skipped.isEmpty());
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM medicines WHERE dci IS NULL"_s).toInt(), 1939);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM medicine_prices WHERE base <> ppv"_s).toInt(), 138);
        QCOMPARE(priceOn(t, u"A-GRAM"_s, u"ppv"_s, u"2026-06-01"_s), 3270);
        QCOMPARE(priceOn(t, u"ABILIFY 10 MG"_s, u"base"_s, u"2026-06-01"_s), 150000);

        // The same list again changes nothing.
        const MedicineImportReport again = importer.run(admin, csv, QDate(2026, 3, 1), MedicineImporter::Mode::Import);
        QCOMPARE(again.added + again.updated + again.pricesAdded, 0);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE entity = 'medicines'"_s).toInt(), 2);
        QVERIFY(AuditLog(t.db()).verify().isIntact());
    }

    void unreadableLinesAreLeftOutAndReported()
    {
        TestDatabase t(u"medicines_gaps"_s);
        const QByteArray csv = header
            + "DOLIPRANE 500,PARACETAMOL,500 MG,COMPRIME,1 BOITE 16,15.6,15.6,Princeps,1\n" // line 2
              ",IBUPROFENE,400 MG,COMPRIME,1 BOITE 20,20,20,Générique,1\n"                 // 3: no name
              "ADVIL,IBUPROFENE,400 MG,COMPRIME,1 BOITE 20,douze,20,Princeps,1\n"          // 4: price
              "DOLIPRANE 500,PARACETAMOL,500 MG,COMPRIME,1 BOITE 16,16,16,Princeps,1\n"    // 5: twice
              "\"SIROP O'NEIL; DROP TABLE medicines\",,,,,-3,2,,0\n"                       // 6: negative
              "دواء تجريبي,,,,,10.5,9,Générique,0\n";                                      // 7: kept
        const MedicineImportReport report = MedicineImporter(t.db()).run(
            AuditLog::anonymousSession(u"test-admin"_s), csv, QDate(2026, 1, 1), MedicineImporter::Mode::Import);
        QVERIFY(report.committed);
        QCOMPARE(report.added, 2);
        QCOMPARE(report.withoutDci, 1);
        QList<int> lines;
        for (const ImportProblem &p : report.skipped) {
            lines << p.line;
            QVERIFY(!p.message.isEmpty());
        }
        QCOMPARE(lines, (QList<int>{3, 4, 5, 6}));
        QCOMPARE(priceOn(t, u"DOLIPRANE 500"_s, u"ppv"_s, u"2026-01-01"_s), 1560); // the first line is kept
        QCOMPARE(Sql::scalar(t.db(), u"SELECT reimbursable FROM medicines WHERE name = 'دواء تجريبي'"_s).toBool(),
                 false);
    }

    void aNewPriceIsDatedAndTheOldOneStaysInForceBefore()
    {
        TestDatabase t(u"medicines_dated"_s);
        const Session admin = AuditLog::anonymousSession(u"test-admin"_s);
        MedicineImporter importer(t.db());
        importer.run(admin, header + "A-GRAM,AMOXICILLINE,250 MG,POUDRE,1 FLACON,32.7,32.7,Générique,1\n",
                     QDate(2026, 1, 1), MedicineImporter::Mode::Import);
        const MedicineImportReport change =
            importer.run(admin, header + "A-GRAM,AMOXICILLINE,250 MG,POUDRE,1 FLACON 60 ML,30,28.5,Générique,1\n",
                         QDate(2026, 7, 1), MedicineImporter::Mode::Import);
        QCOMPARE(change.updated, 1);
        QCOMPARE(change.pricesAdded, 1);
        QCOMPARE(priceOn(t, u"A-GRAM"_s, u"base"_s, u"2026-06-30"_s), 3270);
        QCOMPARE(priceOn(t, u"A-GRAM"_s, u"base"_s, u"2026-07-01"_s), 2850);
        QCOMPARE(priceOn(t, u"A-GRAM"_s, u"base"_s, u"2025-12-31"_s), -1); // before the list
    }

    void liquidationIsPricedWithTheReferenceInForce()
    {
        TestDatabase t(u"medicines_liquidation"_s);
        const Session admin = AuditLog::anonymousSession(u"test-admin"_s);
        MedicineImporter importer(t.db());
        importer.run(admin, header + "A-GRAM,AMOXICILLINE,250 MG,POUDRE,1 FLACON,32.7,32.7,Générique,1\n"
                                     "COSMETIQUE,,,CREME,1 TUBE,99,99,,0\n",
                     QDate(2026, 1, 1), MedicineImporter::Mode::Import);
        importer.run(admin, header + "A-GRAM,AMOXICILLINE,250 MG,POUDRE,1 FLACON,30,28.5,Générique,1\n",
                     QDate(2026, 7, 1), MedicineImporter::Mode::Import);
        const qint64 mgpap = Sql::scalar(t.db(), u"SELECT id FROM organisations WHERE code = 'MGPAP'"_s).toLongLong();
        Sql::run(t.db(), u"INSERT INTO complementary_rates (organisation_id, category, valid_from, rate_bp) "
                         "VALUES (?, 'consultation', '2026-01-01', 5000)"_s,
                 {mgpap});
        const Liquidator liquidator = ReferenceRepository(t.db()).liquidator();
        const auto code = [&t](const QString &name) {
            return ReferenceRepository::medicineCode(
                Sql::scalar(t.db(), u"SELECT id FROM medicines WHERE name = ?"_s, {name}).toLongLong());
        };
        // A general practitioner's consultation billed 100 DH: 80 % of the 80 DH tariff, and half
        // of the remaining 16 DH from the mutuelle.
        const Liquidation june = liquidator.liquidate(
            u"AMO"_s, u"MGPAP"_s, QDate(2026, 6, 30),
            {{u"C"_s, u"consultation"_s, 1, 10000}, {code(u"A-GRAM"_s), u"medicine"_s, 2, 3270},
             {code(u"COSMETIQUE"_s), u"medicine"_s, 1, 9900}});
        QCOMPARE(june.lines.at(0).reimbursed, 6400 + 800);
        QCOMPARE(june.lines.at(1).base, 6540);
        QCOMPARE(june.lines.at(1).amo, 4578);
        QCOMPARE(june.lines.at(2).notes, int(LiquidatedLine::NoTariff)); // not reimbursable
        // From 1 July the new base applies.
        const Liquidation july = liquidator.liquidate(u"AMO"_s, u"MGPAP"_s, QDate(2026, 7, 1),
                                                      {{code(u"A-GRAM"_s), u"medicine"_s, 2, 3000}});
        QCOMPARE(july.lines.at(0).base, 5700);
        QCOMPARE(july.lines.at(0).amo, 3990);
    }

    void actsAndTheirTariffsAreImportedAndDated()
    {
        TestDatabase t(u"acts_import"_s);
        const Session admin = AuditLog::anonymousSession(u"test-admin"_s);
        ActImporter importer(t.db());
        const QByteArray csv = "code;name;category;tariff;usual_quantity\n"
                               "CS;Consultation du médecin spécialiste;consultation;150;1\n"   // seeded: unchanged
                               "CNPSY;Consultation du neuropsychiatre;consultation;190;1\n"    // line 3: new
                               "B;Biologie, lettre clé;biology;1,10;0\n"                      // line 4: new
                               "K'; DROP;Acte;act;10;0\n"                                      // line 5: bad code
                               "Z1;Acte inconnu;surgery;10;0\n"                                // line 6: category
                               "Z2;Acte;act;-5;0\n"                                            // line 7: tariff
                               "Z3;Acte;act;5;beaucoup\n"                                      // line 8: quantity
                               "CNPSY;Doublon;consultation;200;1\n";                           // line 9: twice
        const MedicineImportReport report = importer.run(admin, csv, QDate(2026, 1, 1), MedicineImporter::Mode::Import);
        QVERIFY(report.committed);
        QCOMPARE(report.added, 2);
        QCOMPARE(report.updated, 0);
        QCOMPARE(report.pricesAdded, 2); // CS kept its tariff
        QList<int> lines;
        for (const ImportProblem &p : report.skipped)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{5, 6, 7, 8, 9}));
        QCOMPARE(Sql::scalar(t.db(), u"SELECT tariff FROM act_tariffs WHERE act_code = 'B'"_s).toLongLong(), 110);

        // A new tariff from July: the liquidator prices June with the old one, July with the new.
        importer.run(admin, "code,name,category,tariff\nCS,Consultation du médecin spécialiste,consultation,200\n",
                     QDate(2026, 7, 1), MedicineImporter::Mode::Import);
        const Liquidator liquidator = ReferenceRepository(t.db()).liquidator();
        QCOMPARE(liquidator.tariffOn(u"CS"_s, QDate(2026, 6, 30))->unitTariff, 15000);
        QCOMPARE(liquidator.tariffOn(u"CS"_s, QDate(2026, 7, 1))->unitTariff, 20000);
        QCOMPARE(liquidator.tariffOn(u"CNPSY"_s, QDate(2026, 7, 1))->usualQuantity, 1);
    }

    void aFileWithoutItsColumnsChangesNothing()
    {
        TestDatabase t(u"medicines_header"_s);
        const MedicineImportReport report =
            MedicineImporter(t.db()).run(AuditLog::anonymousSession(u"test-admin"_s), "nom,prix\nX,1\n",
                                         QDate(2026, 1, 1), MedicineImporter::Mode::Import);
        QVERIFY(!report.committed);
        QCOMPARE(report.skipped.size(), 1);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM medicines"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMedicineImporter)
#include "tst_medicineimporter.moc"
