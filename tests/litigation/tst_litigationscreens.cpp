// The litigation screens through the main window: a case opened from a complaint, its hearing and
// reminder, its closing and the legal hold lifted.
#include "MainWindowFixture.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "data/common/CalendarRepository.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/litigation/LitigationRepository.h"
#include "security/EmbeddedAuthenticator.h"
#include "ui/litigation/LitigationDialogs.h"
#include "ui/litigation/LitigationPage.h"
#include "ui/shell/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

class TestLitigationScreens : public MainWindowTestCase
{
    Q_OBJECT

private slots:
    // A jurist opens a case from a complaint from the keyboard (refused in place without its
    // parties), adds a hearing, sees it among the reminders, then closes the case after a
    // confirmation, which lifts the legal hold.
    void legalOpensAndClosesACaseFromTheKeyboard()
    {
        TestDatabase t(u"gui_litigation"_s);
        Session counter = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 memberId = registerFamily(t.db(), counter, u"740000001"_s, u"Idrissi"_s, u"Said"_s, u"Hiba"_s).first;
        Session legal = t.createAgentSession(u"jurist"_s, u"MGPAP"_s, u"LEGAL"_s);
        Session cpl = legal;
        QVERIFY(cpl.setActivePurpose(u"CPL"_s));
        ComplaintIntake intake;
        intake.channel = ComplaintChannel::Email;
        intake.receivedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        intake.personId = memberId;
        intake.categoryCode = u"REIMB_AMOUNT"_s;
        intake.description = u"Je saisis le tribunal."_s;
        const QString complaint = ComplaintRepository(t.db()).intake(cpl, intake).number;
        const BusinessCalendar calendar = CalendarRepository(t.db()).calendar();
        const QDate hearingDay = calendar.addBusinessDays(QDate::currentDate(), 2);

        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, legal);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        chooseSection(window, u"LEG"_s);
        auto *page = window.findChild<LitigationPage *>(u"litigationPage"_s);
        QVERIFY(page && page->isVisible());
        auto *cases = page->findChild<QTreeWidget *>(u"litigationCases"_s);
        cases->setFocus();

        bool opened = false;
        bool hearingAdded = false;
        onNextModal<NewLitigationDialog>([&](QWidget *dialog) {
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            QTRY_VERIFY(dialog->findChild<QLineEdit *>(u"litigationComplaint"_s)->hasFocus());
            QTest::keyClicks(dialog->focusWidget(), complaint.toLower());
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab); // immatriculation: none
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QVERIFY(dialog->findChild<QLineEdit *>(u"litigationCourt"_s)->hasFocus());
            typeText(dialog->focusWidget(), u"Tribunal de première instance de Rabat"_s);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(dialog->focusWidget(), u"55/1201/2026"_s);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
            QVERIFY(dialog->findChild<QPlainTextEdit *>(u"litigationParties"_s)->hasFocus());
            QTest::keyClick(dialog->focusWidget(), Qt::Key_S, Qt::ControlModifier); // no parties yet
            QTRY_VERIFY(dialog->findChild<QLabel *>(u"litigationError"_s)->isVisible());
            QVERIFY(dialog->isVisible());
            typeText(dialog->focusWidget(), u"إدريسي سعيد ضد التعاضدية"_s);
            screenshot(dialog, u"litigation-new"_s);
            // The case opens at once in its own window: a hearing in two business days.
            onNextModal<LitigationCaseDialog>([&](QWidget *caseDialog) {
                QVERIFY(QTest::qWaitForWindowActive(caseDialog));
                QTRY_VERIFY(caseDialog->findChild<QLineEdit *>(u"litigationHearingDate"_s)->hasFocus());
                QVERIFY(caseDialog->findChild<QLabel *>(u"litigationHold"_s)->text().contains(u"Legal hold in force"_s));
                QTest::keyClick(caseDialog->focusWidget(), Qt::Key_Home);
                QTest::keyClicks(caseDialog->focusWidget(), hearingDay.toString(u"ddMMyyyy"_s));
                QTest::keyClick(caseDialog->focusWidget(), Qt::Key_Tab); // 09:00
                QTest::keyClick(caseDialog->focusWidget(), Qt::Key_Tab);
                QTest::keyClicks(caseDialog->focusWidget(), u"Plaidoiries"_s);
                QTest::keyClick(caseDialog, Qt::Key_A, Qt::AltModifier);
                QTRY_COMPARE(caseDialog->findChild<QTreeWidget *>(u"litigationHearings"_s)->topLevelItemCount(), 1);
                screenshot(caseDialog, u"litigation-case"_s);
                QTest::keyClick(caseDialog, Qt::Key_Escape);
                hearingAdded = true;
            });
            QTest::keyClick(dialog->focusWidget(), Qt::Key_S, Qt::ControlModifier);
            opened = true;
        });
        QTest::keyClick(cases, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(opened);
        QTRY_VERIFY(hearingAdded);
        QTRY_COMPARE(cases->topLevelItemCount(), 1);
        auto *reminders = page->findChild<QListWidget *>(u"litigationReminders"_s);
        QCOMPARE(reminders->count(), 1); // reminded 3 business days before
        QVERIFY(reminders->item(0)->text().contains(u"Plaidoiries"_s));
        QVERIFY(reminders->item(0)->text().contains(u"55/1201/2026"_s));
        LitigationRepository litigation(t.db());
        QVERIFY(litigation.isHeld(memberId));
        screenshot(page, u"litigation-page"_s);

        // Enter opens the case; closing it asks first.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        cases->setFocus();
        cases->setCurrentItem(cases->topLevelItem(0));
        bool closed = false;
        onNextModal<LitigationCaseDialog>([&](QWidget *caseDialog) {
            QVERIFY(QTest::qWaitForWindowActive(caseDialog));
            auto *outcome = caseDialog->findChild<QPlainTextEdit *>(u"litigationOutcomeText"_s);
            outcome->setFocus();
            typeText(outcome, u"Jugement : demande rejetée."_s);
            onNextModal<QMessageBox>([](QWidget *box) {
                qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
            });
            // A click: a mnemonic is lost when the window manager is slow to give the window focus.
            caseDialog->findChild<QPushButton *>(u"litigationCloseCase"_s)->click();
            QTRY_VERIFY2(caseDialog->findChild<QLabel *>(u"litigationHold"_s)->text().contains(u"lifted"_s),
                         qPrintable(caseDialog->findChild<QLabel *>(u"litigationCaseError"_s)->text()));
            QTest::keyClick(caseDialog, Qt::Key_Escape);
            closed = true;
        });
        QTest::keyClick(cases, Qt::Key_Return);
        QTRY_VERIFY(closed);
        QTRY_COMPARE(cases->topLevelItemCount(), 0);
        QCOMPARE(reminders->count(), 0);
        QVERIFY(!litigation.isHeld(memberId));
    }
};

QTEST_MAIN(TestLitigationScreens)
#include "tst_litigationscreens.moc"
