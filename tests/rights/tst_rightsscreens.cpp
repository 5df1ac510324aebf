// The rights requests' screens (law 09-08) through the main window: an access request taken in and
// answered, a rectification approved and a medical part signed off, an opposition and deletions;
// an access request from intake to letter in English, French of Morocco and Arabic.
#include "DocumentScreenshot.h"
#include "MainWindowFixture.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "data/common/CalendarRepository.h"
#include "data/common/Sql.h"
#include "data/rights/RightsRepository.h"
#include "security/EmbeddedAuthenticator.h"
#include "ui/rights/RightsDialogs.h"
#include "ui/rights/RightsLetters.h"
#include "ui/rights/RightsPage.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeWidget>

#include <algorithm>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

class TestRightsScreens : public MainWindowTestCase
{
    Q_OBJECT

private slots:
    // The legal division takes an access request in from the keyboard (Ctrl+D, Ctrl+S), each
    // division answers its part, the deadline is extended with its notice, and the answer letter
    // carries the report of the member and his minor child, and of nobody else; the report is
    // exported as JSON and the letter saved as PDF. A disclosure recorded under TP is listed.
    void legalAnswersAnAccessRequestFromTheScreens()
    {
        TestDatabase t(u"gui_rights"_s);
        Session counter = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 memberId = registerFamily(t.db(), counter, u"770000001"_s, u"Tazi"_s, u"Omar"_s, u"Lina"_s).first;
        registerFamily(t.db(), counter, u"770000002"_s, u"Autre"_s, u"Ali"_s, u"Zineb"_s);

        // A transmission to a clinic, recorded under TP from the member's file.
        Session liquidator = t.createAgentSession(u"liquid"_s, u"MGPAP"_s, u"LIQUIDATOR"_s);
        QVERIFY(liquidator.setActivePurpose(u"TP"_s));
        RightsRepository disclosures(t.db(), CalendarRepository(t.db()).calendar());
        {
            DisclosureDialog dialog(disclosures, liquidator, memberId);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QTest::keyClick(dialog.findChild<QComboBox *>(u"disclosureKind"_s), Qt::Key_Down); // care network
            QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier); // no recipient yet
            QTRY_VERIFY(dialog.findChild<QLabel *>(u"disclosureError"_s)->isVisible());
            typeText(dialog.findChild<QLineEdit *>(u"disclosureRecipient"_s), u"Réseau Al Amal"_s);
            typeText(dialog.findChild<QPlainTextEdit *>(u"disclosureWhat"_s), u"Prise en charge d'une hospitalisation"_s);
            QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
            QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(disclosures.disclosuresOf(memberId).size(), 1);
        QCOMPARE(disclosures.disclosuresOf(memberId).first().recipientKind, u"care_network"_s);

        Session legal = t.createAgentSession(u"jurist"_s, u"MGPAP"_s, u"LEGAL"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, legal);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.selectSection(u"LEG"_s));
        auto *tabs = window.findChild<QTabWidget *>(u"litigationTabs"_s);
        tabs->setCurrentIndex(2);
        auto *page = tabs->findChild<RightsPage *>(u"rightsPage"_s);
        QVERIFY(page && page->isVisible());
        auto *list = page->findChild<QTreeWidget *>(u"rightsList"_s);
        list->setFocus();

        QTemporaryDir dir;
        bool taken = false;
        bool answered = false;
        onNextModal<RightsIntakeDialog>([&](QWidget *dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QTRY_VERIFY(dialog->findChild<QComboBox *>(u"rightsKind"_s)->hasFocus()); // access
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab); // channel: at the counter
            QVERIFY(dialog->findChild<QLineEdit *>(u"rightsImmatriculation"_s)->hasFocus());
            QTest::keyClicks(dialog->focusWidget(), u"770000001"_s);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab); // the name comes from the file
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            typeText(dialog->focusWidget(), u"12, rue d'Alger, Rabat"_s);
            auto *identity = dialog->findChild<QComboBox *>(u"rightsIdentity"_s);
            identity->setFocus();
            QTest::keyClick(identity, Qt::Key_Down); // the CIN shown at the counter
            typeText(dialog->findChild<QLineEdit *>(u"rightsIdentityNote"_s), u"CIN AB123456"_s);
            screenshot(dialog, u"rights-intake"_s);
            onNextModal<RightsRequestDialog>([&](QWidget *widget) {
                auto *request = qobject_cast<RightsRequestDialog *>(widget);
                QVERIFY(QTest::qWaitForWindowActive(request));
                QCOMPARE(request->request().status, RightsStatus::Open);
                auto *parts = request->findChild<QTreeWidget *>(u"rightsParts"_s);
                QCOMPARE(parts->topLevelItemCount(), 15); // every processing, each with its division
                // The extension proposed at once: a business day a month after the deadline.
                QVERIFY(request->findChild<QLineEdit *>(u"rightsExtendTo"_s)->text().contains(QRegularExpression(u"\\d"_s)));
                auto *answerText = request->findChild<QPlainTextEdit *>(u"rightsPartAnswer"_s);
                // Answering before every division did is refused, and says who is waited for.
                request->findChild<QComboBox *>(u"rightsOutcome"_s)->setCurrentIndex(0);
                onNextModal<QMessageBox>([](QWidget *box) {
                    qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
                });
                request->findChild<QPushButton *>(u"rightsAnswer"_s)->click();
                QTRY_VERIFY(request->findChild<QLabel *>(u"rightsRequestError"_s)->text().contains(u"Waiting for"_s));
                for (int i = 0; i < 15; ++i) {
                    answerText->setFocus();
                    typeText(answerText, u"Données jointes au rapport."_s);
                    request->findChild<QPushButton *>(u"rightsAnswerPart"_s)->click();
                }
                QTRY_VERIFY(request->request().pendingDivisions().isEmpty());
                // The extension, with its reason and its notice.
                typeText(request->findChild<QPlainTextEdit *>(u"rightsExtendReason"_s),
                         u"Archives au dépôt de Salé à consulter."_s);
                request->findChild<QPushButton *>(u"rightsExtend"_s)->click();
                QTRY_COMPARE(request->findChild<QTreeWidget *>(u"rightsLetters"_s)->topLevelItemCount(), 1);
                QVERIFY(request->request().extendedTo.isValid());
                // The answer, after a confirmation, with its letter.
                typeText(request->findChild<QPlainTextEdit *>(u"rightsAnswerText"_s),
                         u"Vous trouverez ci-dessous l'ensemble des données vous concernant."_s);
                onNextModal<QMessageBox>([](QWidget *box) {
                    qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
                });
                request->findChild<QPushButton *>(u"rightsAnswer"_s)->click();
                QTRY_COMPARE(request->request().status, RightsStatus::Answered);
                QCOMPARE(request->findChild<QTreeWidget *>(u"rightsLetters"_s)->topLevelItemCount(), 2);
                screenshot(request, u"rights-request"_s);
                QString error;
                QVERIFY2(request->saveLetterPdf(1, dir.filePath(u"answer.pdf"_s), &error), qPrintable(error));
                QVERIFY2(request->saveReportJson(dir.filePath(u"report.json"_s), &error), qPrintable(error));
                QTest::keyClick(request, Qt::Key_Escape);
                answered = true;
            });
            QTest::keyClick(dialog->focusWidget(), Qt::Key_S, Qt::ControlModifier);
            taken = true;
        });
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(taken);
        QTRY_VERIFY(answered);
        QCOMPARE(list->topLevelItemCount(), 0); // answered: off the list
        page->findChild<QCheckBox *>(u"rightsWithAnswered"_s)->setChecked(true);
        QCOMPARE(list->topLevelItemCount(), 1);
        screenshot(page, u"rights-list"_s);

        // The letter kept is the one sent: the member, his minor child, the clinic; nobody else.
        const QString letter = Sql::scalar(t.db(), u"SELECT html FROM rights_letters WHERE kind = 'answer'"_s).toString();
        QVERIFY(letter.contains(u"770000001-01"_s));
        QVERIFY(letter.contains(u"Réseau Al Amal"_s));
        QVERIFY(!letter.contains(u"770000002"_s));
        QVERIFY(!letter.contains(u"Zineb"_s));
        QFile pdf(dir.filePath(u"answer.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QFile json(dir.filePath(u"report.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
        const QJsonArray persons = report.value(u"persons"_s).toArray();
        QCOMPARE(persons.size(), 2);
        QCOMPARE(persons.at(0).toObject().value(u"identity"_s).toObject().value(u"immatriculation"_s).toString(),
                 u"770000001"_s);
        QCOMPARE(persons.at(1).toObject().value(u"identity"_s).toObject().value(u"immatriculation"_s).toString(),
                 u"770000001-01"_s);
        QCOMPARE(persons.at(0).toObject().value(u"disclosures"_s).toArray().size(), 1);
        // The hold is lifted with the answer.
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM legal_holds WHERE kind = 'rights_request' "
                                     "AND lifted_at IS NULL"_s)
                     .toInt(),
                 0);
    }

    // Outside the legal division: a second counter agent approves a rectification under REG
    // (Tools menu, Ctrl+Shift+D), and a medical controller signs off the medical part of an
    // access request under MCM.
    void secondAgentsApproveARectificationAndSignOffTheMedicalPart()
    {
        TestDatabase t(u"gui_rights_work"_s);
        Session counter = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 memberId = registerFamily(t.db(), counter, u"780000001"_s, u"Berrada"_s, u"Adil"_s, u"Nour"_s).first;
        Session legal = t.createAgentSession(u"jurist"_s, u"MGPAP"_s, u"LEGAL"_s);
        QVERIFY(legal.setActivePurpose(u"LEG"_s));
        RightsRepository repository(t.db(), CalendarRepository(t.db()).calendar());
        NewRightsRequest rectification;
        rectification.kind = RightsKind::Rectification;
        rectification.immatriculation = u"780000001"_s;
        rectification.purposes = {u"REG"_s};
        rectification.identity = IdentityCheck::CinShown;
        rectification.field = u"phone"_s;
        rectification.requestedValue = u"0700112233"_s;
        rectification.evidence = u"Facture de téléphone"_s;
        repository.intake(legal, rectification);
        NewRightsRequest access;
        access.immatriculation = u"780000001"_s;
        access.purposes = {u"MCM"_s};
        access.identity = IdentityCheck::CinCopy;
        const qint64 accessId = repository.intake(legal, access).id;
        // A medical note on the member: what the controller reviews before it goes into the report.
        Sql::run(t.db(), u"INSERT INTO medical_notes (person_id, organisation_id, diagnosis, decision, reason, created_at) "
                         "SELECT id, organisation_id, 'Diabète de type 2', 'accepted', 'ALD', '2026-10-01T09:00:00Z' "
                         "FROM persons WHERE id = ?"_s,
                 {memberId});

        const auto approveOrSignOff = [&](const Session &session, const QString &button, const QString &done) {
            EmbeddedAuthenticator auth(t.db(), kHasher);
            MainWindow window(t.db(), auth, session);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            bool acted = false;
            onNextModal<QDialog>([&](QWidget *work) {
                if (work->objectName() != u"rightsWorkDialog"_s)
                    return;
                auto *list = work->findChild<QTreeWidget *>(u"rightsList"_s);
                QTRY_COMPARE(list->topLevelItemCount(), 1);
                list->setFocus();
                list->setCurrentItem(list->topLevelItem(0));
                onNextModal<RightsRequestDialog>([&](QWidget *request) {
                    QVERIFY(QTest::qWaitForWindowActive(request));
                    QVERIFY(request->findChild<QPushButton *>(button)->isVisible());
                    if (button == u"rightsSignOff"_s) // the controller sees what he signs off
                        QCOMPARE(request->findChild<QTreeWidget *>(u"rightsMedicalPart"_s)->topLevelItemCount(), 1);
                    onNextModal<QMessageBox>([](QWidget *box) {
                        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
                    });
                    request->findChild<QPushButton *>(button)->click();
                    QTRY_VERIFY2(request->findChild<QLabel *>(u"rightsStatus"_s)->text().contains(done),
                                 qPrintable(request->findChild<QLabel *>(u"rightsRequestError"_s)->text()));
                    screenshot(request, u"rights-"_s + button);
                    QTest::keyClick(request, Qt::Key_Escape);
                    acted = true;
                });
                QTest::keyClick(list, Qt::Key_Return); // returns once the request is closed
                QCOMPARE(list->topLevelItemCount(), 0);  // done: off this purpose's list
                QTest::keyClick(work, Qt::Key_Escape);
            });
            QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
            QTRY_VERIFY(acted);
        };

        Session second = t.createAgentSession(u"agent2"_s, u"MGPAP"_s, u"COUNTER"_s);
        approveOrSignOff(second, u"rightsApprove"_s, u"Rectified"_s);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT phone FROM persons WHERE id = ?"_s, {memberId}).toString(),
                 u"0700112233"_s);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT approved_by FROM rights_requests WHERE kind = 'rectification'"_s).toString(),
                 u"agent2"_s);

        Session medical = t.createAgentSession(u"doctor"_s, u"MGPAP"_s, u"MEDICAL"_s);
        approveOrSignOff(medical, u"rightsSignOff"_s, u"signed off"_s);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT medical_signed_by FROM rights_requests WHERE id = ?"_s, {accessId}).toString(),
                 u"doctor"_s);
    }

    // An opposition answered from the request window (the legal obligation said, prospecting
    // withdrawn), then deletions at the data-protection officer's: refused for an active member
    // with the reasons filled into the answer, carried out for a relationship ended in 2019.
    void oppositionAndDeletionFromTheRequestWindow()
    {
        TestDatabase t(u"gui_rights_delete"_s);
        Session counter = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 activeId = registerFamily(t.db(), counter, u"790000001"_s, u"Alami"_s, u"Hamid"_s, u"Ines"_s).first;
        const qint64 endedId = registerFamily(t.db(), counter, u"790000002"_s, u"Ancien"_s, u"Karim"_s, u"Sara"_s).first;
        Sql::run(t.db(), u"UPDATE persons SET status = 'ended', relation_end = '2019-06-30' WHERE id = ? OR member_id = ?"_s,
                 {endedId, endedId});
        Session legal = t.createAgentSession(u"jurist"_s, u"MGPAP"_s, u"LEGAL"_s);
        QVERIFY(legal.setActivePurpose(u"LEG"_s));
        Session dpo = t.createAgentSession(u"dpo"_s, u"MGPAP"_s, u"DPO"_s);
        QVERIFY(dpo.setActivePurpose(u"AUD"_s));
        RightsRepository repository(t.db(), CalendarRepository(t.db()).calendar());
        const auto take = [&](RightsKind kind, const QString &immatriculation, const QStringList &purposes) {
            NewRightsRequest n;
            n.kind = kind;
            n.immatriculation = immatriculation;
            n.purposes = purposes;
            n.details = u"Plus de prospection, s'il vous plaît"_s;
            n.identity = IdentityCheck::CinShown;
            return repository.intake(legal, n).id;
        };
        const auto confirmNextQuestion = [] {
            onNextModal<QMessageBox>([](QWidget *box) {
                qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
            });
        };

        // The opposition.
        {
            RightsRequestDialog dialog(repository, legal, take(RightsKind::Opposition, u"790000001"_s, {u"REG"_s, u"WEB"_s}));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QVERIFY(dialog.findChild<QCheckBox *>(u"rightsWithdrawProspecting"_s)->isChecked());
            QVERIFY(dialog.findChild<QPushButton *>(u"rightsOppose"_s)->isVisible());
            QVERIFY(!dialog.findChild<QPushButton *>(u"rightsCheckDeletion"_s)->isVisible());
            dialog.findChild<QPushButton *>(u"rightsOppose"_s)->click();
            QTRY_VERIFY(dialog.request().pendingDivisions().isEmpty());
            QVERIFY(dialog.request().parts.at(0).answer.contains(u"legal obligation"_s));
            QVERIFY(!repository.prospectingAllowed(activeId));
            dialog.findChild<QComboBox *>(u"rightsOutcome"_s)->setCurrentIndex(1); // partly
            dialog.findChild<QComboBox *>(u"rightsLetterLanguage"_s)->setCurrentIndex(1); // Arabic
            typeText(dialog.findChild<QPlainTextEdit *>(u"rightsAnswerText"_s), u"سجلنا تعرضكم."_s);
            confirmNextQuestion();
            dialog.findChild<QPushButton *>(u"rightsAnswer"_s)->click();
            QTRY_COMPARE(dialog.request().status, RightsStatus::Answered);
            QCOMPARE(dialog.request().letters.size(), 1);
            QCOMPARE(dialog.request().letters.first().language, u"ar"_s);
            QVERIFY(dialog.request().letters.first().html.contains(u"التزام قانوني"_s)); // REG: a legal obligation
        }

        // A deletion refused: the member is active, and the answer says so.
        {
            RightsRequestDialog dialog(repository, dpo, take(RightsKind::Deletion, u"790000001"_s, {u"REG"_s}));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QVERIFY(dialog.findChild<QPushButton *>(u"rightsCarryOutDeletion"_s)->isVisible());
            QVERIFY(!dialog.findChild<QPushButton *>(u"rightsExtend"_s)->isVisible()); // LEG's, not AUD's
            dialog.findChild<QPushButton *>(u"rightsCheckDeletion"_s)->click();
            QTRY_VERIFY(dialog.findChild<QLabel *>(u"rightsKindText"_s)->text().contains(u"cannot be deleted now"_s));
            QVERIFY(dialog.findChild<QPlainTextEdit *>(u"rightsAnswerText"_s)->toPlainText().contains(u"not known yet"_s));
            QCOMPARE(dialog.findChild<QComboBox *>(u"rightsOutcome"_s)->currentData().toString(), u"refused"_s);
            confirmNextQuestion();
            dialog.findChild<QPushButton *>(u"rightsCarryOutDeletion"_s)->click();
            QTRY_VERIFY(dialog.findChild<QLabel *>(u"rightsRequestError"_s)->text().contains(u"cannot be deleted"_s));
            confirmNextQuestion();
            dialog.findChild<QPushButton *>(u"rightsAnswer"_s)->click();
            QTRY_COMPARE(dialog.request().outcome, u"refused"_s);
            QVERIFY(Sql::scalar(t.db(), u"SELECT anonymised_at FROM persons WHERE id = ?"_s, {activeId}).isNull());
        }

        // A deletion carried out: nothing keeps the ended family's data any more.
        {
            RightsRequestDialog dialog(repository, dpo, take(RightsKind::Deletion, u"790000002"_s, {u"REG"_s}));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            dialog.findChild<QPushButton *>(u"rightsCheckDeletion"_s)->click();
            QTRY_VERIFY(dialog.findChild<QLabel *>(u"rightsKindText"_s)->text().contains(u"may delete"_s));
            confirmNextQuestion();
            dialog.findChild<QPushButton *>(u"rightsCarryOutDeletion"_s)->click();
            QTRY_VERIFY2(dialog.findChild<QLabel *>(u"rightsStatus"_s)->text().contains(u"anonymised"_s),
                         qPrintable(dialog.findChild<QLabel *>(u"rightsRequestError"_s)->text()));
            screenshot(&dialog, u"rights-deletion"_s);
            QVERIFY(!Sql::scalar(t.db(), u"SELECT anonymised_at FROM persons WHERE id = ?"_s, {endedId}).isNull());
            QCOMPARE(Sql::scalar(t.db(), u"SELECT last_name FROM persons WHERE id = ?"_s, {endedId}).toString(), QString());
            typeText(dialog.findChild<QPlainTextEdit *>(u"rightsAnswerText"_s), u"Vos données ont été supprimées."_s);
            confirmNextQuestion();
            dialog.findChild<QPushButton *>(u"rightsAnswer"_s)->click();
            QTRY_COMPARE(dialog.request().status, RightsStatus::Answered);
        }
    }

    // Issue 17: a rights request from intake to letter, walked as the legal division walks it, in
    // the pinned locale, French of Morocco and Arabic. The jurist takes an access request in from
    // the keyboard (Ctrl+D, Tab from field to field, Ctrl+S), answers each division's part, then
    // the request, and the answer letter is saved as PDF and previewed. The letter is in its
    // language (French for the English screens: letters are French or Arabic), carries the
    // request's number and the requester's name, and its dates are written out in its language;
    // the screens show every date as dd/MM/yyyy.
    void anAccessRequestFromIntakeToLetter_data()
    {
        QTest::addColumn<QString>("language");
        // What the requester asks, each division's answer and the answer, in the letter's language.
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("partAnswer");
        QTest::addColumn<QString>("answer");
        const QString asked = u"Copie de toutes mes données et de celles de ma fille."_s;
        const QString partAnswer = u"Données jointes au rapport."_s;
        const QString answer = u"Vous trouverez ci-dessous l'ensemble des données vous concernant."_s;
        QTest::newRow("English") << u"en"_s << asked << partAnswer << answer;
        QTest::newRow("French of Morocco") << u"fr"_s << asked << partAnswer << answer;
        QTest::newRow("Arabic") << u"ar"_s << u"نسخة من جميع معطياتي ومعطيات ابنتي."_s << u"المعطيات مرفقة بالتقرير."_s
                                << u"تجدون أسفله جميع المعطيات المتعلقة بكم."_s;
    }

    void anAccessRequestFromIntakeToLetter()
    {
        QFETCH(QString, language);
        QFETCH(QString, asked);
        QFETCH(QString, partAnswer);
        QFETCH(QString, answer);
        Language::apply(language);
        const auto backToEnglish = qScopeGuard([] { Language::apply(u"en"_s); });
        const bool arabic = language == u"ar"_s;
        const Qt::LayoutDirection direction = arabic ? Qt::RightToLeft : Qt::LeftToRight;
        const QDate today = QDate::currentDate(); // TZ is Africa/Casablanca: the letters' day
        const QString todayShown = today.toString(u"dd/MM/yyyy"_s);
        const QRegularExpression shownDate(u"^\\d{2}/\\d{2}/\\d{4}$"_s);

        TestDatabase t(u"gui_rights_path"_s);
        Session counter = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        registerFamily(t.db(), counter, u"771000001"_s, u"Tazi"_s, u"Omar"_s, u"Lina"_s);
        Session legal = t.createAgentSession(u"jurist"_s, u"MGPAP"_s, u"LEGAL"_s);
        SignedInWindow signedIn(t.db(), legal);
        QVERIFY(signedIn.open(u"LEG"_s));
        MainWindow &window = signedIn.window;
        QCOMPARE(window.layoutDirection(), direction);
        // The rights requests' tab of the legal division's section, clicked.
        auto *page = window.findChild<RightsPage *>(u"rightsPage"_s);
        QVERIFY(page);
        QTabWidget *tabs = nullptr;
        for (QWidget *w = page->parentWidget(); w && !tabs; w = w->parentWidget())
            tabs = qobject_cast<QTabWidget *>(w);
        QVERIFY(tabs);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(tabs->indexOf(page)).center());
        QTRY_VERIFY(page->isVisible());
        auto *list = page->findChild<QTreeWidget *>(u"rightsList"_s);
        list->setFocus();

        QTemporaryDir dir;
        const QString pdfPath = dir.filePath(u"answer.pdf"_s);
        QString number;
        RightsLetter kept;
        bool taken = false;
        bool answered = false;
        bool previewed = false;
        onNextModal<RightsIntakeDialog>([&](QWidget *intake) {
            QVERIFY(activate(intake));
            QCOMPARE(intake->layoutDirection(), direction);
            QTRY_VERIFY(intake->findChild<QComboBox *>(u"rightsKind"_s)->hasFocus()); // access, the first right
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab); // channel: at the counter
            QVERIFY(intake->findChild<QLineEdit *>(u"rightsImmatriculation"_s)->hasFocus());
            QTest::keyClicks(intake->focusWidget(), u"771000001"_s);
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab); // the name comes from the file
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            QVERIFY(intake->findChild<QLineEdit *>(u"rightsRequesterContact"_s)->hasFocus());
            typeText(intake->focusWidget(), u"12, rue d'Alger, Rabat"_s);
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab); // every processing, as proposed
            QVERIFY(intake->findChild<QListWidget *>(u"rightsProcessings"_s)->hasFocus());
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            QVERIFY(intake->findChild<QPlainTextEdit *>(u"rightsDetails"_s)->hasFocus());
            typeText(intake->focusWidget(), asked);
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            QVERIFY(intake->findChild<QComboBox *>(u"rightsIdentity"_s)->hasFocus());
            QTest::keyClick(intake->focusWidget(), Qt::Key_Down); // the CIN shown at the counter
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            QVERIFY(intake->findChild<QLineEdit *>(u"rightsIdentityNote"_s)->hasFocus());
            typeText(intake->focusWidget(), u"CIN AB123456"_s);
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            auto *received = intake->findChild<QLineEdit *>(u"rightsReceived"_s);
            QVERIFY(received->hasFocus());
            QCOMPARE(received->text(), todayShown); // received today, as the forms write a date
            screenshot(intake, u"rights-path-intake-"_s + language);

            onNextModal<RightsRequestDialog>([&](QWidget *widget) {
                auto *request = qobject_cast<RightsRequestDialog *>(widget);
                QVERIFY(activate(request));
                QCOMPARE(request->layoutDirection(), direction);
                QCOMPARE(request->request().status, RightsStatus::Open); // the identity was checked at intake
                number = request->request().number;
                const QString summary = request->findChild<QLabel *>(u"rightsSummary"_s)->text();
                QVERIFY2(summary.contains(number), qPrintable(summary));
                QVERIFY2(summary.contains(todayShown), qPrintable(summary)); // received
                QVERIFY2(summary.contains(request->request().deadline().toString(u"dd/MM/yyyy"_s)), qPrintable(summary));
                QVERIFY(request->findChild<QLineEdit *>(u"rightsExtendTo"_s)->text().contains(shownDate));

                // Each division's part, as the screen asks: typed, then Tab to "Answer this
                // part" and Space; the next part waiting is selected, Shift+Tab goes back to the text.
                const auto partsPending = [request] {
                    const QList<RightsPart> &all = request->request().parts;
                    return std::count_if(all.cbegin(), all.cend(), [](const RightsPart &p) { return !p.answered; });
                };
                const int count = request->findChild<QTreeWidget *>(u"rightsParts"_s)->topLevelItemCount();
                QCOMPARE(count, 15); // every processing, each with its division
                QCOMPARE(partsPending(), count);
                auto *partText = request->findChild<QPlainTextEdit *>(u"rightsPartAnswer"_s);
                QWidget *answerPart = request->findChild<QPushButton *>(u"rightsAnswerPart"_s);
                partText->setFocus();
                for (int i = 0; i < count; ++i) {
                    QVERIFY(partText->hasFocus());
                    typeText(partText, partAnswer);
                    QTest::keyClick(partText, Qt::Key_Tab);
                    QCOMPARE(request->focusWidget(), answerPart);
                    QTest::keyClick(answerPart, Qt::Key_Space);
                    QTRY_COMPARE(partsPending(), count - i - 1);
                    if (i + 1 < count)
                        QTest::keyClick(answerPart, Qt::Key_Backtab);
                }
                QVERIFY(request->request().pendingDivisions().isEmpty());

                // The answer: granted, the letter in the screen's language (Arabic is chosen;
                // French is the first), its text, then Tab to the button, Space, and Return on
                // the confirmation (Yes is its default).
                auto *outcome = request->findChild<QComboBox *>(u"rightsOutcome"_s);
                QCOMPARE(outcome->currentData().toString(), u"granted"_s);
                outcome->setFocus();
                QTest::keyClick(outcome, Qt::Key_Tab);
                QVERIFY(request->findChild<QComboBox *>(u"rightsLetterLanguage"_s)->hasFocus());
                if (arabic)
                    QTest::keyClick(request->focusWidget(), Qt::Key_Down);
                QTest::keyClick(request->focusWidget(), Qt::Key_Tab);
                QVERIFY(request->findChild<QPlainTextEdit *>(u"rightsAnswerText"_s)->hasFocus());
                typeText(request->focusWidget(), answer);
                QTest::keyClick(request->focusWidget(), Qt::Key_Tab);
                QCOMPARE(request->focusWidget(), static_cast<QWidget *>(request->findChild<QPushButton *>(u"rightsAnswer"_s)));
                onNextModal<QMessageBox>([](QWidget *box) { QTest::keyClick(box, Qt::Key_Return); });
                QTest::keyClick(request->focusWidget(), Qt::Key_Space);
                QTRY_COMPARE(request->request().status, RightsStatus::Answered);
                QCOMPARE(request->request().letters.size(), 1);
                kept = request->request().letters.first();
                QCOMPARE(kept.language, arabic ? u"ar"_s : u"fr"_s);
                auto *letters = request->findChild<QTreeWidget *>(u"rightsLetters"_s);
                QCOMPARE(letters->topLevelItemCount(), 1);
                const QString writtenAt = letters->topLevelItem(0)->text(3);
                QVERIFY2(writtenAt.contains(QRegularExpression(u"^\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}$"_s)),
                         qPrintable(writtenAt));
                screenshot(request, u"rights-path-request-"_s + language);

                // Saved as PDF from its button, then previewed with Enter on the letter.
                saveInNextFileDialog(pdfPath);
                request->findChild<QPushButton *>(u"rightsSaveLetter"_s)->click();
                QTRY_VERIFY(QFile::exists(pdfPath));
                QVERIFY(activate(request));
                letters->setFocus();
                onNextModal<QPrintPreviewDialog>([&](QWidget *preview) {
                    previewed = true;
                    QTest::keyClick(preview, Qt::Key_Escape);
                });
                QTest::keyClick(letters, Qt::Key_Return);
                QTRY_VERIFY(previewed);
                QVERIFY(activate(request));
                QTest::keyClick(request, Qt::Key_Escape);
                answered = true;
            });
            QTest::keyClick(intake->focusWidget(), Qt::Key_S, Qt::ControlModifier);
            taken = true;
        });
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(taken);
        QTRY_VERIFY(answered);
        QVERIFY(previewed);

        // The list: answered, off the list of open requests; shown with the answered ones, received today.
        QCOMPARE(list->topLevelItemCount(), 0);
        page->findChild<QCheckBox *>(u"rightsWithAnswered"_s)->setChecked(true);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), number);
        QCOMPARE(list->topLevelItem(0)->text(3), todayShown);

        QFile pdf(pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

        // The letter as the preview shows it and the PDF prints it (from the letter kept).
        const auto doc = RightsLetters::document(kept);
        documentScreenshot(*doc, u"rights-path-letter-"_s + language);
        // As read: non-breaking spaces as spaces, without the word joiners that hold references together.
        const QString text = doc->toPlainText().replace(QChar::Nbsp, u' ').remove(QChar(0x2060));
        QVERIFY2(text.contains(number), qPrintable(text));
        QVERIFY2(text.contains(u"Tazi Omar"_s), qPrintable(text));
        QVERIFY(text.contains(partAnswer));
        QVERIFY(text.contains(answer));
        const QLocale letterLocale(arabic ? QLocale::Arabic : QLocale::French, QLocale::Morocco);
        const QString written = letterLocale.toString(today, u"d MMMM yyyy"_s); // "8 décembre 2026", "8 دجنبر 2026"
        QVERIFY2(text.contains(arabic ? u"بتاريخ "_s + written : u"Le "_s + written), qPrintable(text));
        QVERIFY2(text.contains(arabic ? u"بتاريخ "_s + written + u"،"_s : u"du "_s + written + u","_s),
                 qPrintable(text)); // the request received today, in the subject line
        if (arabic) {
            QVERIFY(text.contains(u"جوابا على طلبكم المشار إليه في الموضوع"_s));
            QVERIFY(text.contains(u"حق الولوج"_s)); // the right, in Arabic
            QVERIFY(text.contains(u"السيد Tazi Omar"_s));
            QVERIFY(!text.contains(u"Madame"_s) && !text.contains(u"Veuillez"_s));
            for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
                QCOMPARE(block.textDirection(), Qt::RightToLeft);
        } else {
            QVERIFY(text.contains(u"En réponse à votre demande citée en objet"_s));
            QVERIFY(text.contains(u"droit d'accès"_s));
            QVERIFY(text.contains(u"Monsieur Tazi Omar"_s));
            QVERIFY(text.contains(u"Veuillez agréer"_s));
            QVERIFY(std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Arabic; }));
            QCOMPARE(doc->begin().textDirection(), Qt::LeftToRight);
        }
        // The access report's tables write their dates as stored (RightsLetters, cell(): ISO
        // yyyy-MM-dd), not as the forms do: said here until they do.
        QEXPECT_FAIL("", "the access report's dates read yyyy-MM-dd (the member's birth date 1972-02-02)", Continue);
        QVERIFY(text.contains(u"02/02/1972"_s));
        QVERIFY(text.contains(u"1972-02-02"_s)); // (the birth date is in the report, as stored)
    }
};

QTEST_MAIN(TestRightsScreens)
#include "tst_rightsscreens.moc"
