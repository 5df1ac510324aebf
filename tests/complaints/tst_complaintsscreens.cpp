// The complaints' screens through the main window: a complaint taken in, handled and answered from
// the keyboard; the intake in Arabic and French.
#include "MainWindowFixture.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "data/common/Sql.h"
#include "data/complaints/ComplaintQueueModel.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/dossiers/DossierRepository.h"
#include "security/EmbeddedAuthenticator.h"
#include "ui/complaints/ComplaintDialog.h"
#include "ui/complaints/ComplaintIntakeDialog.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

class TestComplaintsScreens : public MainWindowTestCase
{
    Q_OBJECT

private slots:
    // A complaint by post about a child's dossier, taken in from the keyboard alone; a missing
    // text is refused in place and nothing typed is lost.
    void counterTakesInAComplaintFromTheKeyboard()
    {
        TestDatabase t(u"gui_complaint"_s);
        Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 childId = registerFamily(t.db(), session, u"720000001"_s, u"Tazi"_s, u"Omar"_s, u"Lina"_s).second;
        Session amo = session;
        QVERIFY(amo.setActivePurpose(u"AMO"_s));
        DossierRepository(t.db()).deposit(amo, {childId, u"D-777"_s, QDate::currentDate().addDays(-5), {}});

        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        chooseSection(window, u"CPL"_s);
        auto *page = window.findChild<ComplaintsPage *>(u"complaintsPage_CPL"_s);
        QVERIFY(page && page->isVisible());
        page->findChild<QListWidget *>(u"recordedComplaints"_s)->setFocus();

        const QString text = u"Le remboursement de l'ordonnance n'est pas arrivé — لم يصل التعويض"_s;
        bool recorded = false;
        onNextModal<ComplaintIntakeDialog>([&](QWidget *intake) {
            QVERIFY(QTest::qWaitForWindowActive(intake));
            QTRY_VERIFY(intake->findChild<QComboBox *>(u"complaintChannel"_s)->hasFocus());
            QTest::keyClick(intake->focusWidget(), Qt::Key_End); // by post
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);  // received: now
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);  // on file
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            QVERIFY(intake->findChild<QLineEdit *>(u"complaintSearch"_s)->hasFocus());
            QTest::keyClicks(intake->focusWidget(), u"720000001"_s);
            QTest::keyClick(intake->focusWidget(), Qt::Key_Down);
            QTest::keyClick(intake->focusWidget(), Qt::Key_Down); // the child
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            QVERIFY(intake->findChild<QLineEdit *>(u"complaintContact"_s)->hasFocus()); // the name is the file's
            QTest::keyClicks(intake->focusWidget(), u"0612345678"_s);
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(intake->focusWidget(), u"Ret"_s); // Retard de remboursement
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            QVERIFY(intake->findChild<QLineEdit *>(u"complaintDossiers"_s)->hasFocus());
            QTest::keyClicks(intake->focusWidget(), u"d-777"_s);
            QTest::keyClick(intake->focusWidget(), Qt::Key_Tab);
            QVERIFY(intake->findChild<QPlainTextEdit *>(u"complaintDescription"_s)->hasFocus());
            // Without its text the complaint is refused, in place.
            QTest::keyClick(intake->focusWidget(), Qt::Key_S, Qt::ControlModifier);
            auto *error = intake->findChild<QLabel *>(u"complaintError"_s);
            QTRY_VERIFY(error->isVisible());
            QVERIFY(intake->isVisible());
            QCOMPARE(intake->findChild<QLineEdit *>(u"complaintContact"_s)->text(), u"0612345678"_s);
            intake->findChild<QPlainTextEdit *>(u"complaintDescription"_s)->setFocus();
            typeText(intake->focusWidget(), text);
            screenshot(intake, u"complaint-intake"_s);
            QTest::keyClick(intake->focusWidget(), Qt::Key_S, Qt::ControlModifier);
            recorded = true;
        });
        QTest::keyClick(page->focusWidget(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(recorded);
        auto *list = page->findChild<QListWidget *>(u"recordedComplaints"_s);
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(u"R-MGPAP-"_s));
        QVERIFY(list->item(0)->text().contains(u"DLP"_s));
        // In the queue of every division, then taken from the division's queue with Ctrl+T.
        auto *table = page->findChild<QTableView *>(u"complaintTable"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        auto *queue = page->findChild<QComboBox *>(u"complaintQueue"_s);
        queue->setCurrentIndex(queue->findText(u"Division DLP"_s));
        QCOMPARE(table->model()->rowCount(), 1);
        window.activateWindow(); // back from the intake dialog
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        // Ctrl+T opens the complaint taken: an internal note, a question to the member (the
        // clock pauses), the clock resumed, the answer and its letter, from the keyboard.
        QTemporaryDir letters;
        const QString shots = qEnvironmentVariable("GUICHET_SCREENSHOTS");
        const QString letterPath = QDir(shots.isEmpty() ? letters.path() : shots).filePath(u"complaint-letter.pdf"_s);
        QFile::remove(letterPath);
        bool handled = false;
        onNextModal<ComplaintDialog>([&](QWidget *widget) {
            auto *dialog = qobject_cast<ComplaintDialog *>(widget);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *stepText = dialog->findChild<QPlainTextEdit *>(u"complaintStepText"_s);
            QTRY_VERIFY(stepText->hasFocus());
            QVERIFY(!dialog->findChild<QPushButton *>(u"complaintPrintLetter"_s)->isEnabled()); // no answer yet
            typeText(stepText, u"Vérifier le virement d'octobre"_s);
            QTest::keyClick(dialog, Qt::Key_N, Qt::AltModifier); // internal note
            QTRY_COMPARE(stepText->toPlainText(), QString());
            typeText(stepText, u"Merci d'envoyer la copie de l'ordonnance."_s);
            QTest::keyClick(dialog, Qt::Key_K, Qt::AltModifier); // ask the member: the clock pauses
            QTRY_VERIFY(dialog->findChild<QPushButton *>(u"complaintResume"_s)->isEnabled());
            QVERIFY(!dialog->findChild<QPushButton *>(u"complaintAnswer"_s)->isEnabled());
            QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier); // resumed
            QTRY_VERIFY(dialog->findChild<QPushButton *>(u"complaintAnswer"_s)->isEnabled());
            typeText(stepText, u"Le virement est parti le 3 ; vérifiez votre RIB."_s);
            QTest::keyClick(dialog, Qt::Key_A, Qt::AltModifier);
            QTRY_VERIFY(dialog->findChild<QPushButton *>(u"complaintPrintLetter"_s)->isEnabled());
            auto *timeline = dialog->findChild<QTreeWidget *>(u"complaintTimeline"_s);
            QCOMPARE(timeline->topLevelItemCount(), 6); // intake, taken, note, pause, resume, answer
            QVERIFY(timeline->topLevelItem(2)->text(2).contains(u"internal"_s));
            QVERIFY(!timeline->topLevelItem(5)->text(2).contains(u"internal"_s));
            QString error;
            QVERIFY2(dialog->saveLetterPdf(letterPath, &error), qPrintable(error));
            screenshot(dialog, u"complaint-window"_s);
            QTest::keyClick(dialog, Qt::Key_Escape);
            handled = true;
        });
        QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(handled);
        QTRY_VERIFY(page->findChild<QLabel *>(u"complaintsStatus"_s)->text().contains(u"Answered"_s));
        QFile letter(letterPath);
        QVERIFY(letter.open(QIODevice::ReadOnly));
        QVERIFY(letter.read(5) == "%PDF-");
        QCOMPARE(queue->currentText(), u"The complaints I took"_s);
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ComplaintQueueModel::TakenBy).data().toString(), u"agent"_s);
        screenshot(page, u"complaints-page"_s);

        Session cpl = session;
        QVERIFY(cpl.setActivePurpose(u"CPL"_s));
        const qint64 id = Sql::scalar(t.db(), u"SELECT id FROM complaints"_s).toLongLong();
        const Complaint k = ComplaintRepository(t.db()).load(cpl, id);
        QCOMPARE(k.channel, ComplaintChannel::Post);
        QCOMPARE(k.requester, RequesterKind::Beneficiary);
        QCOMPARE(k.personId, childId);
        QCOMPARE(k.requesterName, u"Tazi Lina"_s);
        QCOMPARE(k.requesterContact, u"0612345678"_s);
        QCOMPARE(k.category.code, u"REIMB_DELAY"_s);
        QCOMPARE(k.dossierNumbers, QStringList{u"D-777"_s});
        QCOMPARE(k.description, text);
        QCOMPARE(k.status, ComplaintStatus::Answered);
        QVERIFY(k.firstResponseAt.isValid());
        QCOMPARE(k.pauses.size(), 1);
        QVERIFY(k.pauses.first().until.isValid());
        QCOMPARE(k.timeline.at(2).kind, u"note"_s);
        QVERIFY(k.timeline.at(2).internal);
        QCOMPARE(k.timeline.at(5).text, u"Le virement est parti le 3 ; vérifiez votre RIB."_s);
    }

    void theComplaintIntakeInArabicAndFrench()
    {
        TestDatabase t(u"gui_complaint_languages"_s);
        const Session session = t.createAgentSession(u"viewer"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        for (const QString &language : {u"ar"_s, u"fr"_s}) {
            Language::apply(language);
            MainWindow window(t.db(), auth, session);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            chooseSection(window, u"CPL"_s);
            auto *page = window.findChild<ComplaintsPage *>(u"complaintsPage_CPL"_s);
            QVERIFY(page && page->isVisible());
            QCOMPARE(page->layoutDirection(), language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
            bool shown = false;
            onNextModal<ComplaintIntakeDialog>([&](QWidget *intake) {
                QVERIFY(QTest::qWaitForWindowActive(intake));
                QCOMPARE(intake->layoutDirection(), language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
                QVERIFY2(intake->windowTitle() != u"Take in a complaint"_s, qPrintable(intake->windowTitle()));
                auto *categories = intake->findChild<QComboBox *>(u"complaintCategory"_s);
                QCOMPARE(categories->count(), 8);
                if (language == u"ar"_s) // the categories' Arabic names
                    QVERIFY2(categories->itemText(0).contains(QChar(0x0627)) || categories->itemText(0).contains(QChar(0x0644)),
                             qPrintable(categories->itemText(0)));
                screenshot(intake, u"complaint-intake-"_s + language);
                shown = true;
                QTest::keyClick(intake, Qt::Key_Escape);
            });
            page->takeIn();
            QTRY_VERIFY(shown);
        }
        Language::apply(u"en"_s);
    }
};

QTEST_MAIN(TestComplaintsScreens)
#include "tst_complaintsscreens.moc"
