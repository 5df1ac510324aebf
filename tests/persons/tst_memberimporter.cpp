#include "TestDatabase.h"
#include "data/common/AuditLog.h"
#include "data/persons/MemberImporter.h"
#include "data/persons/PersonRepository.h"
#include "data/common/Sql.h"

#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray header =
    "immatriculation;relation;member_immatriculation;cin;last_name;first_name;last_name_ar;first_name_ar;"
    "birth_date;sex;regime;child_condition;address;phone;email;status;relation_start;relation_end;rib\n";

int count(const TestDatabase &t, const QString &countQuery)
{
    return Sql::scalar(t.db(), countQuery).toInt();
}

} // namespace

class TestMemberImporter : public QObject
{
    Q_OBJECT

private slots:
    void aCorrectFileIsCheckedThenImportedWhole()
    {
        TestDatabase t(u"import_ok"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const QByteArray csv = header
            + "700000001;member;;AB123456;Benjelloun;Karima;بنجلون;كريمة;1979-03-12;F;AMO;;\"12, rue d'Agadir; Rabat\";"
              "0612345678;k.b@example.ma;active;2005-09-01;;011780000012345678901296\n"
              "700000001-01;child;700000001;;Benjelloun;Adam;;;15/06/2012;M;AMO;;;;;active;;;\n"
              "700000002;member;;C123;O'Neil;Sean;;;1966-01-31;M;AMO;;;;;retired;;;\n";
        MemberImporter importer(t.db());
        int progressCalls = 0;
        const ImportReport dry = importer.run(session, csv, 0, MemberImporter::Mode::DryRun, [&](int, int) {
            ++progressCalls;
            return true;
        });
        QVERIFY2(dry.ok(), dry.problems.isEmpty() ? "" : qPrintable(dry.problems.first().message));
        QCOMPARE(dry.members, 2);
        QCOMPARE(dry.beneficiaries, 1);
        QVERIFY(!dry.committed);
        QVERIFY(progressCalls > 0);
        QCOMPARE(count(t, u"SELECT count(*) FROM persons"_s), 0); // a dry run leaves nothing
        QCOMPARE(count(t, u"SELECT count(*) FROM audit_values"_s), 0);

        const ImportReport real = importer.run(session, csv, 0, MemberImporter::Mode::Import);
        QVERIFY(real.ok());
        QVERIFY(real.committed);
        QCOMPARE(count(t, u"SELECT count(*) FROM persons"_s), 3);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT address FROM persons WHERE immatriculation = '700000001'"_s).toString(),
                 u"12, rue d'Agadir; Rabat"_s);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT m.immatriculation FROM persons c JOIN persons m ON m.id = c.member_id "
                                     "WHERE c.first_name = 'Adam'"_s)
                     .toString(),
                 u"700000001"_s);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE action = 'create' AND entity = 'person'"_s)
                     .toInt(),
                 3);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE action = 'import'"_s).toInt(), 1);

        // The same file again: every line is a duplicate, and nothing more is imported.
        const ImportReport again = importer.run(session, csv, 0, MemberImporter::Mode::Import);
        QVERIFY(!again.ok());
        QCOMPARE(count(t, u"SELECT count(*) FROM persons"_s), 3);
        QVERIFY(AuditLog(t.db()).verify().isIntact());
    }

    void problemsAreReportedWithTheirLinesAndNothingIsHalfImported()
    {
        TestDatabase t(u"import_bad"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const QByteArray csv = header
            + "710000001;member;;AB1;Alaoui;Sara;;;1980-01-01;F;AMO;;;;;active;;;\n"         // line 2: fine
              "710000002;member;;;Tahiri;;;;1980-02-30;F;AMO;;;;;active;;;\n"                 // line 3: no first name, 30 Feb
              "710000003;member;;AB1;Autre;Sara;;;1981-01-01;F;AMO;;;;;active;;;\n"           // line 4: same CIN as line 2
              "710000004;child;799999999;;Alaoui;Nour;;;2015-01-01;F;AMO;;;;;active;;;\n"     // line 5: unknown member
              "710000005;member;;;Naciri;Ali;;;1970-01-01;M;AMO;;;12345;;active;;;\n"         // line 6: phone
              "710000006;member;;;Short;Line\n"                                               // line 7: fields
              "\n"
              "710000007;member;;;Bennani;Ali;;;1970-01-01;M;AMO;;;;;active;;;0117\n";        // line 9: RIB
        const ImportReport report = MemberImporter(t.db()).run(session, csv, 0, MemberImporter::Mode::Import);
        QVERIFY(!report.ok());
        QVERIFY(!report.committed);
        QSet<int> lines;
        for (const ImportProblem &problem : report.problems) {
            QVERIFY(!problem.message.isEmpty());
            lines.insert(problem.line);
        }
        QCOMPARE(lines, (QSet<int>{3, 4, 5, 6, 7, 9}));
        QCOMPARE(count(t, u"SELECT count(*) FROM persons"_s), 0); // line 2 was fine, and is not imported alone
        QCOMPARE(count(t, u"SELECT count(*) FROM audit_log WHERE entity = 'person'"_s), 0);
    }

    void aBadHeaderOrFileStopsAtOnce_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unknown column") << QByteArray("immatriculation,last_name,first_name,birth_date,sex,salary\n");
        QTest::newRow("missing column") << QByteArray("immatriculation,last_name,birth_date,sex\n1,2,3,4\n");
        QTest::newRow("unclosed quote") << QByteArray("immatriculation,last_name,first_name,birth_date,sex\n\"1,2\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5);
    }

    void aBadHeaderOrFileStopsAtOnce()
    {
        QFETCH(QByteArray, csv);
        TestDatabase t(u"import_header"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const ImportReport report = MemberImporter(t.db()).run(session, csv, 0, MemberImporter::Mode::Import);
        QVERIFY(!report.ok());
        QCOMPARE(count(t, u"SELECT count(*) FROM persons"_s), 0);
    }

    void aMutuelleImportsIntoItsOwnFilesOnlyAndUnderRegOnly()
    {
        TestDatabase t(u"import_bounds"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const QByteArray csv = "immatriculation,last_name,first_name,birth_date,sex\n720000001,Amrani,Ali,1970-01-01,M\n";
        const qint64 omfam = Sql::scalar(t.db(), u"SELECT id FROM organisations WHERE code = 'OMFAM'"_s).toLongLong();
        QVERIFY(MemberImporter(t.db()).run(session, csv, omfam, MemberImporter::Mode::Import).committed);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT o.code FROM persons p JOIN organisations o ON o.id = p.organisation_id"_s)
                     .toString(),
                 u"MGPAP"_s);
        const Session liquidator = t.createAgentSession(u"liquidator"_s, u"MGPAP"_s, u"LIQUIDATOR"_s);
        QVERIFY(!MemberImporter(t.db()).run(liquidator, csv, 0, MemberImporter::Mode::Import).ok());
    }

    void cancellingImportsNothing()
    {
        TestDatabase t(u"import_cancel"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        QByteArray csv = "immatriculation,last_name,first_name,birth_date,sex\n";
        for (int i = 0; i < 450; ++i)
            csv += QByteArray::number(730000000 + i) + ",Nom" + QByteArray::number(i) + ",Ali,1970-01-01,M\n";
        const ImportReport report = MemberImporter(t.db()).run(session, csv, 0, MemberImporter::Mode::Import,
                                                               [](int done, int) { return done < 400; });
        QVERIFY(!report.committed);
        QCOMPARE(count(t, u"SELECT count(*) FROM persons"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestMemberImporter)
#include "tst_memberimporter.moc"
