#include "core/Rights.h"
#include "core/Session.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

// An agent of `role` working under `purpose` (none: no purpose, as an administrator).
Session sessionOf(const QString &role, const QString &purpose)
{
    Session session;
    session.agentId = 1;
    session.login = u"agent"_s;
    session.roleCode = role;
    if (!purpose.isEmpty())
        session.purposes.append({purpose, {}, {}, {}, {}, {}, true});
    session.setActivePurpose(purpose);
    return session;
}

// The names of what is allowed, to compare with a row's list.
QStringList namesOf(const RightsWork &work)
{
    QStringList names;
    if (work.handles) names << u"handles"_s;
    if (work.follows) names << u"follows"_s;
    if (work.carriesOutDeletions) names << u"carriesOutDeletions"_s;
    if (work.approvesRectifications) names << u"approvesRectifications"_s;
    if (work.signsOffMedicalParts) names << u"signsOffMedicalParts"_s;
    if (work.reads()) names << u"reads"_s;
    return names;
}

QStringList namesOf(const RightsActions &can)
{
    QStringList names;
    if (can.checkIdentity) names << u"checkIdentity"_s;
    if (can.answerPart) names << u"answerPart"_s;
    if (can.extend) names << u"extend"_s;
    if (can.answer) names << u"answer"_s;
    if (can.saveReport) names << u"saveReport"_s;
    if (can.oppose) names << u"oppose"_s;
    if (can.checkDeletion) names << u"checkDeletion"_s;
    if (can.carryOutDeletion) names << u"carryOutDeletion"_s;
    if (can.approveRectification) names << u"approveRectification"_s;
    if (can.readMedicalPart) names << u"readMedicalPart"_s;
    if (can.signOffMedicalPart) names << u"signOffMedicalPart"_s;
    return names;
}

} // namespace

// The rules of rights requests (law 09-08) and of the data-protection officer: who acts as the
// officer, what each purpose does with requests and with one request in its state, and whom a
// parent's request covers.
class TestRightsRules : public QObject
{
    Q_OBJECT

private slots:
    void dataProtectionOfficer_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<bool>("officer");
        QTest::newRow("the officer under AUD") << u"DPO"_s << u"AUD"_s << true;
        QTest::newRow("an auditor under AUD: reads only") << u"AUDITOR"_s << u"AUD"_s << false;
        QTest::newRow("the officer's role under another purpose") << u"DPO"_s << u"LEG"_s << false;
        QTest::newRow("the officer's role without a purpose") << u"DPO"_s << QString() << false;
        QTest::newRow("an administrator") << u"ADMIN"_s << QString() << false;
    }
    void dataProtectionOfficer()
    {
        QFETCH(QString, role);
        QFETCH(QString, purpose);
        QFETCH(bool, officer);
        QCOMPARE(sessionOf(role, purpose).actsAsDataProtectionOfficer(), officer);
    }

    void work_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<QStringList>("does");
        QTest::newRow("LEG") << u"LEGAL"_s << u"LEG"_s << QStringList{u"handles"_s, u"follows"_s, u"reads"_s};
        QTest::newRow("AUD, the officer")
            << u"DPO"_s << u"AUD"_s << QStringList{u"follows"_s, u"carriesOutDeletions"_s, u"reads"_s};
        QTest::newRow("AUD, an auditor") << u"AUDITOR"_s << u"AUD"_s << QStringList{u"follows"_s, u"reads"_s};
        QTest::newRow("REG") << u"COUNTER"_s << u"REG"_s << QStringList{u"approvesRectifications"_s, u"reads"_s};
        QTest::newRow("MCM") << u"MEDICAL"_s << u"MCM"_s << QStringList{u"signsOffMedicalParts"_s, u"reads"_s};
        QTest::newRow("MCC") << u"MEDICAL"_s << u"MCC"_s << QStringList{u"signsOffMedicalParts"_s, u"reads"_s};
        QTest::newRow("AMO") << u"LIQUIDATOR"_s << u"AMO"_s << QStringList{};
        QTest::newRow("CPL") << u"COMPLAINTS"_s << u"CPL"_s << QStringList{};
        QTest::newRow("no purpose") << u"ADMIN"_s << QString() << QStringList{};
    }
    void work()
    {
        QFETCH(QString, role);
        QFETCH(QString, purpose);
        QFETCH(QStringList, does);
        QCOMPARE(namesOf(RightsWork::of(sessionOf(role, purpose))), does);
    }

    void actions_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("purpose");
        QTest::addColumn<RightsKind>("kind");
        QTest::addColumn<RightsStatus>("status");
        QTest::addColumn<bool>("onFile");
        QTest::addColumn<bool>("partsPending");
        QTest::addColumn<bool>("approved");
        QTest::addColumn<bool>("signedOff");
        QTest::addColumn<QStringList>("can");
        const auto Access = RightsKind::Access;
        const auto Rectification = RightsKind::Rectification;
        const auto Opposition = RightsKind::Opposition;
        const auto Deletion = RightsKind::Deletion;
        const auto Identity = RightsStatus::Identity;
        const auto Open = RightsStatus::Open;
        const auto Answered = RightsStatus::Answered;

        // The legal division: everything but the deletion itself, the approval and the sign-off.
        QTest::newRow("LEG, identity to check")
            << u"LEGAL"_s << u"LEG"_s << Access << Identity << true << true << false << false
            << QStringList{u"checkIdentity"_s};
        QTest::newRow("LEG, open access, parts pending")
            << u"LEGAL"_s << u"LEG"_s << Access << Open << true << true << false << false
            << QStringList{u"answerPart"_s, u"extend"_s, u"answer"_s, u"saveReport"_s};
        QTest::newRow("LEG, open access, every part answered")
            << u"LEGAL"_s << u"LEG"_s << Access << Open << true << false << false << false
            << QStringList{u"extend"_s, u"answer"_s, u"saveReport"_s};
        QTest::newRow("LEG, answered access: the report still")
            << u"LEGAL"_s << u"LEG"_s << Access << Answered << true << false << false << false
            << QStringList{u"saveReport"_s};
        QTest::newRow("LEG, opposition on file")
            << u"LEGAL"_s << u"LEG"_s << Opposition << Open << true << false << false << false
            << QStringList{u"extend"_s, u"answer"_s, u"oppose"_s};
        QTest::newRow("LEG, opposition not on file")
            << u"LEGAL"_s << u"LEG"_s << Opposition << Open << false << false << false << false
            << QStringList{u"extend"_s, u"answer"_s};
        QTest::newRow("LEG, deletion: checked, not carried out")
            << u"LEGAL"_s << u"LEG"_s << Deletion << Open << true << false << false << false
            << QStringList{u"extend"_s, u"answer"_s, u"checkDeletion"_s};
        QTest::newRow("LEG, rectification: not approved by LEG")
            << u"LEGAL"_s << u"LEG"_s << Rectification << Open << true << true << false << false
            << QStringList{u"answerPart"_s, u"extend"_s, u"answer"_s};
        QTest::newRow("LEG, answered deletion")
            << u"LEGAL"_s << u"LEG"_s << Deletion << Answered << true << false << false << false << QStringList{};

        // The data-protection officer: the deletions, and their answer.
        QTest::newRow("the officer, open deletion")
            << u"DPO"_s << u"AUD"_s << Deletion << Open << true << false << false << false
            << QStringList{u"answer"_s, u"checkDeletion"_s, u"carryOutDeletion"_s};
        QTest::newRow("the officer, deletion not on file")
            << u"DPO"_s << u"AUD"_s << Deletion << Open << false << false << false << false
            << QStringList{u"answer"_s, u"checkDeletion"_s, u"carryOutDeletion"_s};
        QTest::newRow("the officer, deletion with its identity to check")
            << u"DPO"_s << u"AUD"_s << Deletion << Identity << true << false << false << false << QStringList{};
        QTest::newRow("the officer, answered deletion")
            << u"DPO"_s << u"AUD"_s << Deletion << Answered << true << false << false << false << QStringList{};
        QTest::newRow("the officer, open access")
            << u"DPO"_s << u"AUD"_s << Access << Open << true << true << false << false << QStringList{};
        QTest::newRow("an auditor, open deletion")
            << u"AUDITOR"_s << u"AUD"_s << Deletion << Open << true << false << false << false << QStringList{};

        // REG approves a rectification once; medical control reviews and signs off access.
        QTest::newRow("REG, rectification to approve")
            << u"COUNTER"_s << u"REG"_s << Rectification << Open << true << true << false << false
            << QStringList{u"approveRectification"_s};
        QTest::newRow("REG, rectification approved")
            << u"COUNTER"_s << u"REG"_s << Rectification << Open << true << false << true << false << QStringList{};
        QTest::newRow("REG, rectification with its identity to check")
            << u"COUNTER"_s << u"REG"_s << Rectification << Identity << true << true << false << false
            << QStringList{};
        QTest::newRow("REG, access")
            << u"COUNTER"_s << u"REG"_s << Access << Open << true << true << false << false << QStringList{};
        QTest::newRow("MCM, access to sign off")
            << u"MEDICAL"_s << u"MCM"_s << Access << Open << true << true << false << false
            << QStringList{u"readMedicalPart"_s, u"signOffMedicalPart"_s};
        QTest::newRow("MCC, access signed off")
            << u"MEDICAL"_s << u"MCC"_s << Access << Open << true << true << false << true
            << QStringList{u"readMedicalPart"_s};
        QTest::newRow("MCM, access with its identity to check")
            << u"MEDICAL"_s << u"MCM"_s << Access << Identity << true << true << false << false
            << QStringList{u"readMedicalPart"_s};
        QTest::newRow("MCM, answered access")
            << u"MEDICAL"_s << u"MCM"_s << Access << Answered << true << false << false << false
            << QStringList{u"readMedicalPart"_s};
        QTest::newRow("MCM, deletion")
            << u"MEDICAL"_s << u"MCM"_s << Deletion << Open << true << false << false << false << QStringList{};
        QTest::newRow("AMO, access")
            << u"LIQUIDATOR"_s << u"AMO"_s << Access << Open << true << true << false << false << QStringList{};
    }
    void actions()
    {
        QFETCH(QString, role);
        QFETCH(QString, purpose);
        QFETCH(RightsKind, kind);
        QFETCH(RightsStatus, status);
        QFETCH(bool, onFile);
        QFETCH(bool, partsPending);
        QFETCH(bool, approved);
        QFETCH(bool, signedOff);
        QFETCH(QStringList, can);
        const RightsRequestState request{kind, status, onFile, partsPending, approved, signedOff};
        QCOMPARE(namesOf(RightsActions::of(sessionOf(role, purpose), request)), can);
    }

    void coversBeneficiary_data()
    {
        QTest::addColumn<QString>("relation");
        QTest::addColumn<QDate>("birthDate");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("covered");
        const QDate on(2026, 5, 10);
        QTest::newRow("a child of 10") << u"child"_s << QDate(2016, 1, 1) << on << true;
        QTest::newRow("the day before the 18th birthday") << u"child"_s << QDate(2008, 5, 11) << on << true;
        QTest::newRow("on the 18th birthday: their own rights") << u"child"_s << QDate(2008, 5, 10) << on << false;
        QTest::newRow("an adult child") << u"child"_s << QDate(2000, 3, 1) << on << false;
        QTest::newRow("born on 29 February: 18 on the 28th")
            << u"child"_s << QDate(2008, 2, 29) << QDate(2026, 2, 28) << false;
        QTest::newRow("born on 29 February: 17 on the 27th")
            << u"child"_s << QDate(2008, 2, 29) << QDate(2026, 2, 27) << true;
        QTest::newRow("a young spouse") << u"spouse"_s << QDate(2009, 1, 1) << on << false;
        QTest::newRow("a child without a birth date") << u"child"_s << QDate() << on << false;
    }
    void coversBeneficiary()
    {
        QFETCH(QString, relation);
        QFETCH(QDate, birthDate);
        QFETCH(QDate, on);
        QFETCH(bool, covered);
        QCOMPARE(Rights::coversBeneficiary(relation, birthDate, on), covered);
    }
};

QTEST_GUILESS_MAIN(TestRightsRules)
#include "tst_rightsrules.moc"
