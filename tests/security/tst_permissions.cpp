// The permission matrix is one table: core/Permissions, which the client reads, is the table the
// server's guards read (migration 0021), and docs/security.md prints it.
#include "TestDatabase.h"
#include "core/Permissions.h"
#include "data/common/Sql.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

QString cellText(const QString &role, const QString &purpose, const QString &action)
{
    return role + u' ' + purpose + u' ' + action;
}

QSet<QString> rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QSet<QString> rows;
    QSqlQuery q = Sql::run(db, sql);
    while (q.next())
        rows.insert(cellText(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    return rows;
}

QString differences(const QSet<QString> &client, const QSet<QString> &server)
{
    QStringList lines;
    for (const QString &cell : client - server)
        lines.append(u"only in core/Permissions: "_s + cell);
    for (const QString &cell : server - client)
        lines.append(u"only in the database: "_s + cell);
    lines.sort();
    return lines.join(u'\n');
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void everyActionHasACode()
    {
        QSet<QString> seen;
        for (Action action : Permissions::actions()) {
            const QString code = Permissions::code(action);
            QVERIFY(!code.isEmpty());
            QVERIFY2(!seen.contains(code), qPrintable(code));
            seen.insert(code);
            QCOMPARE(Permissions::fromCode(code), action);
        }
        QVERIFY(!Permissions::fromCode(u"dossier.everything"_s));
    }

    void eachStageIsTheWorkOfOneRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<int>("action");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("counter deposits") << u"COUNTER"_s << u"AMO"_s << int(Action::DossierDeposit) << true;
        QTest::newRow("counter does not liquidate") << u"COUNTER"_s << u"AMO"_s << int(Action::DossierLiquidate) << false;
        QTest::newRow("counter builds no batch") << u"COUNTER"_s << u"STU"_s << int(Action::BatchBuild) << false;
        QTest::newRow("counter pays no batch") << u"COUNTER"_s << u"AMO"_s << int(Action::BatchPay) << false;
        QTest::newRow("liquidator liquidates") << u"LIQUIDATOR"_s << u"AMO"_s << int(Action::DossierLiquidate) << true;
        QTest::newRow("liquidator deposits nothing") << u"LIQUIDATOR"_s << u"AMO"_s << int(Action::DossierDeposit) << false;
        QTest::newRow("liquidator enters nothing") << u"LIQUIDATOR"_s << u"STU"_s << int(Action::DossierEnter) << false;
        QTest::newRow("controller controls") << u"MEDICAL"_s << u"MCM"_s << int(Action::DossierControl) << true;
        QTest::newRow("controller liquidates nothing") << u"MEDICAL"_s << u"MCC"_s << int(Action::DossierLiquidate) << false;
        QTest::newRow("archive by the counter") << u"COUNTER"_s << u"ARM"_s << int(Action::DossierArchive) << true;
        QTest::newRow("auditor reads the log") << u"AUDITOR"_s << u"AUD"_s << int(Action::AuditRead) << true;
        QTest::newRow("auditor purges nothing") << u"AUDITOR"_s << u"AUD"_s << int(Action::DataPurge) << false;
        QTest::newRow("officer purges") << u"DPO"_s << u"AUD"_s << int(Action::DataPurge) << true;
        QTest::newRow("medical data under control only") << u"COUNTER"_s << u"AMO"_s << int(Action::MedicalRead) << false;
        QTest::newRow("a purpose outside the role") << u"COUNTER"_s << u"MCM"_s << int(Action::DossierControl) << false;
        QTest::newRow("an unknown role") << u"VISITOR"_s << u"AMO"_s << int(Action::DossierRead) << false;
    }

    void eachStageIsTheWorkOfOneRole()
    {
        QFETCH(QString, role);
        QFETCH(QString, purpose);
        QFETCH(int, action);
        QFETCH(bool, allowed);
        QCOMPARE(Permissions::allows(role, purpose, Action(action)), allowed);
    }

    void theMovesOfThePipelineHaveTheirStage_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<int>("action"); // -1: no move
        using S = DossierStatus;
        QTest::newRow("entry → control") << int(S::Entry) << int(S::Control) << int(Action::DossierEnter);
        QTest::newRow("incomplete → rejected") << int(S::Incomplete) << int(S::Rejected) << int(Action::DossierEnter);
        QTest::newRow("control → liquidation") << int(S::Control) << int(S::Liquidation) << int(Action::DossierControl);
        QTest::newRow("control → rejected") << int(S::Control) << int(S::Rejected) << int(Action::DossierControl);
        QTest::newRow("liquidation → liquidated") << int(S::Liquidation) << int(S::Liquidated) << int(Action::DossierLiquidate);
        QTest::newRow("liquidated → batched") << int(S::Liquidated) << int(S::Batched) << int(Action::BatchBuild);
        QTest::newRow("batched → paid") << int(S::Batched) << int(S::Paid) << int(Action::BatchPay);
        QTest::newRow("control → entry") << int(S::Control) << int(S::Entry) << -1;
        QTest::newRow("paid → liquidated") << int(S::Paid) << int(S::Liquidated) << -1;
        QTest::newRow("entry → paid") << int(S::Entry) << int(S::Paid) << -1;
    }

    void theMovesOfThePipelineHaveTheirStage()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(int, action);
        const std::optional<Action> got = Permissions::actionOfMove(DossierStatus(from), DossierStatus(to));
        if (action < 0)
            QVERIFY(!got);
        else
            QCOMPARE(got, Action(action));
    }

    void theDatabaseHoldsTheSameMatrix()
    {
        TestDatabase t(u"permissions_matrix"_s);
        QSet<QString> client;
        for (const PermissionCell &cell : Permissions::cells())
            client.insert(cellText(cell.role, cell.purpose, Permissions::code(cell.action)));
        const QSet<QString> server = rowsOf(t.db(), u"SELECT role_code, purpose_code, action FROM permissions"_s);
        QVERIFY2(client == server, qPrintable(differences(client, server)));
    }

    void theDatabaseHoldsTheSameMoves()
    {
        TestDatabase t(u"permissions_moves"_s);
        QSet<QString> client;
        for (int from = 0; from <= int(DossierStatus::Rejected); ++from) {
            for (int to = 0; to <= int(DossierStatus::Rejected); ++to) {
                if (const auto action = Permissions::actionOfMove(DossierStatus(from), DossierStatus(to)))
                    client.insert(cellText(dossierStatusCode(DossierStatus(from)), dossierStatusCode(DossierStatus(to)),
                                           Permissions::code(*action)));
            }
        }
        const QSet<QString> server = rowsOf(t.db(), u"SELECT from_status, to_status, action FROM dossier_moves"_s);
        QVERIFY2(client == server, qPrintable(differences(client, server)));
    }

    // A cell names a purpose its role holds (role_purposes), and every purpose a role holds has its row.
    void everyCellIsAPurposeOfItsRole()
    {
        TestDatabase t(u"permissions_roles"_s);
        QSet<QString> held;
        QSqlQuery q = Sql::run(t.db(), u"SELECT r.code, p.code FROM role_purposes rp JOIN roles r ON r.id = rp.role_id "
                                       "JOIN purposes p ON p.id = rp.purpose_id"_s);
        while (q.next())
            held.insert(q.value(0).toString() + u' ' + q.value(1).toString());
        QSet<QString> inMatrix;
        for (const PermissionCell &cell : Permissions::cells())
            inMatrix.insert(cell.role + u' ' + cell.purpose);
        QVERIFY2(inMatrix == held, qPrintable(differences(inMatrix, held)));
    }

    void theDocumentationPrintsTheMatrix()
    {
        QFile doc(QStringLiteral(GUICHET_SOURCE_DIR "/docs/security.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        QVERIFY2(text.contains(Permissions::markdownTable()),
                 qPrintable(u"docs/security.md does not print the matrix of core/Permissions; it should hold:\n"_s
                            + Permissions::markdownTable()));
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
