// The dossiers' screens through the main window: Ctrl+F finds a dossier, a deposit with five lines
// from the keyboard, the controller's review line by line, the screens in Arabic and French.
#include "MainWindowFixture.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "data/common/Sql.h"
#include "data/demo/DemoSeeder.h"
#include "data/dossiers/DossierQueueModel.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/PersonRepository.h"
#include "security/EmbeddedAuthenticator.h"
#include "ui/dossiers/DepositDialog.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/dossiers/DossiersPage.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

class TestDossiersScreens : public MainWindowTestCase
{
    Q_OBJECT

private slots:
    // Ctrl+F in a dossier section finds a dossier by its number, wherever the focus is.
    void findInADossierSectionFindsADossier()
    {
        TestDatabase t(u"gui_find_dossier"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"LIQUIDATOR"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *sections = window.findChild<QListWidget *>(u"sections"_s);
        sections->setCurrentRow(0); // AMO
        sections->setFocus(); // not in the page
        QString title;
        onNextModal<QInputDialog>([&title](QWidget *dialog) {
            title = dialog->windowTitle();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(sections, Qt::Key_F, Qt::ControlModifier);
        QTRY_COMPARE(title, u"Find a dossier"_s);
    }

    void counterDepositsAndEntersFiveLinesFromTheKeyboard()
    {
        TestDatabase t(u"gui_deposit"_s);
        Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 childId =
            registerFamily(t.db(), session, u"710000001"_s, u"Alaoui"_s, u"Said"_s, u"Imane"_s).second;
        Sql::run(t.db(), u"INSERT INTO medicines (id, name, reimbursable, name_key) VALUES (11, 'AMOXIL 1G', ?, 'amoxil'), "
                         "(12, 'DOLIPRANE 1000', ?, 'doliprane')"_s,
                 {true, true});
        Sql::run(t.db(), u"UPDATE control_rules SET active = ? WHERE code = 'RANDOM'"_s, {false});
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *sections = window.findChild<QListWidget *>(u"sections"_s);
        sections->setCurrentRow(1); // AMO, after REG
        auto *page = window.findChild<DossiersPage *>(u"dossiersPage_AMO"_s);
        QVERIFY(page && page->isVisible());
        page->findChild<QTableView *>(u"dossierTable"_s)->setFocus();

        const QString care = QDate::currentDate().addDays(-12).toString(u"ddMMyyyy"_s);
        bool entered = false;
        onNextModal<DepositDialog>([&](QWidget *deposit) {
            QVERIFY(QTest::qWaitForWindowActive(deposit));
            QTRY_VERIFY(deposit->findChild<QLineEdit *>(u"depositSearch"_s)->hasFocus());
            QTest::keyClicks(deposit->focusWidget(), u"710000001"_s); // the family: member and child
            QTest::keyClick(deposit->focusWidget(), Qt::Key_Down);
            QTest::keyClick(deposit->focusWidget(), Qt::Key_Down); // the child
            QTest::keyClick(deposit->focusWidget(), Qt::Key_Tab);
            QVERIFY(deposit->findChild<QLineEdit *>(u"dossierNumber"_s)->hasFocus());
            QTest::keyClicks(deposit->focusWidget(), u"BC-2026-000123"_s);
            QTest::keyClick(deposit->focusWidget(), Qt::Key_Tab);
            QTest::keyClick(deposit->focusWidget(), Qt::Key_Home);
            QTest::keyClicks(deposit->focusWidget(), care);
            screenshot(deposit, u"deposit"_s);
            onNextModal<DossierDialog>([&](QWidget *dossier) {
                QVERIFY(QTest::qWaitForWindowActive(dossier));
                auto *lines = dossier->findChild<QTableWidget *>(u"dossierLines"_s);
                QTRY_VERIFY(lines->hasFocus());
                // Five lines: code, INPE (left empty for the provider of the line above), quantity, unit amount.
                const QStringList rows[] = {{u"C"_s, u"123456789"_s, u"1"_s, u"100,00"_s},
                                            {u"amox"_s, QString(), u"2"_s, u"45,50"_s}, // picked in the list
                                            {u"12"_s, QString(), u"1"_s, u"19,80"_s},
                                            {u"CS"_s, u"987654321"_s, u"1"_s, u"200"_s},
                                            {u"12"_s, QString(), u"3"_s, u"19,80"_s}};
                for (int row = 0; row < 5; ++row) {
                    for (int column = 0; column < 4; ++column) {
                        const QString text = rows[row][column];
                        if (row == 0 && column == 0) {
                            QTest::keyClicks(lines, text.left(1)); // the first key opens the cell
                            QTest::keyClicks(dossier->focusWidget(), text.mid(1));
                        } else if (text == u"amox"_s) {
                            // A medicine found by its name: the list opens under the cell.
                            QTest::keyClicks(dossier->focusWidget(), text);
                            auto *editor = qobject_cast<QLineEdit *>(dossier->focusWidget());
                            QVERIFY(editor && editor->completer());
                            QTRY_VERIFY(editor->completer()->popup()->isVisible());
                            QTest::keyClick(editor->completer()->popup(), Qt::Key_Down);
                            QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
                            QCOMPARE(editor->text(), u"MED-11"_s);
                        } else if (!text.isEmpty()) {
                            QTest::keyClicks(dossier->focusWidget(), text); // replaces what the cell held
                        }
                        if (row < 4 || column < 3)
                            QTest::keyClick(dossier->focusWidget(), Qt::Key_Tab);
                    }
                }
                screenshot(dossier, u"dossier-lines"_s);
                QTest::keyClick(dossier->focusWidget(), Qt::Key_Return, Qt::ControlModifier); // end of entry
                QTRY_VERIFY(dossier->findChild<QLabel *>(u"dossierHeader"_s)->text().contains(u"To liquidate"_s));
                screenshot(dossier, u"dossier-entered"_s);
                entered = true;
                QTest::keyClick(dossier, Qt::Key_Escape);
            });
            QTest::keyClick(deposit->focusWidget(), Qt::Key_S, Qt::ControlModifier);
        });
        QTest::keyClick(page->focusWidget(), Qt::Key_D, Qt::ControlModifier);
        QTRY_VERIFY(entered);

        DossierRepository repository(t.db());
        Session amo = session;
        QVERIFY(amo.setActivePurpose(u"AMO"_s));
        const QList<qint64> ids = repository.findByNumber(amo, u"BC-2026-000123"_s);
        QCOMPARE(ids.size(), 1);
        const Dossier d = repository.load(amo, ids.first());
        QCOMPARE(d.personId, childId);
        QCOMPARE(d.status, DossierStatus::Liquidation);
        QCOMPARE(d.lines.size(), 5);
        QCOMPARE(d.lines.at(1).code, u"MED-11"_s);
        QCOMPARE(d.lines.at(2).providerInpe, u"123456789"_s);
        QCOMPARE(d.lines.at(4).providerInpe, u"987654321"_s);
        QCOMPARE(d.lines.at(4).quantity, 3);
        QCOMPARE(d.billed, 10000 + 2 * 4550 + 1980 + 20000 + 3 * 1980);

        // The dossier's barcode (or its guichet:// link) opens it again.
        QString title;
        onNextModal<DossierDialog>([&title](QWidget *dossier) {
            title = dossier->windowTitle();
            QTest::keyClick(dossier, Qt::Key_Escape);
        });
        window.openLink({GuichetLink::Kind::Dossier, u"bc-2026-000123"_s});
        QTRY_COMPARE(title, u"Dossier BC-2026-000123"_s);
    }

    void controllerReviewsLineByLineFromTheKeyboard()
    {
        TestDatabase t(u"gui_review"_s);
        Session counter = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        Person p;
        p.lastName = u"Tazi"_s;
        p.firstName = u"Omar"_s;
        p.immatriculation = u"720000001"_s;
        p.birthDate = QDate(1980, 8, 8);
        p.sex = u"M"_s;
        const qint64 memberId = PersonRepository(t.db()).create(counter, p);
        // Every dossier over 0 DH goes to control here.
        Sql::run(t.db(), u"UPDATE control_rules SET parameter = 0 WHERE code = 'THRESHOLD'"_s);
        QVERIFY(counter.setActivePurpose(u"AMO"_s));
        DossierRepository repository(t.db());
        QList<qint64> ids;
        for (const QString &number : {u"MC-1"_s, u"MC-2"_s}) {
            Dossier d = repository.deposit(counter, {memberId, number, QDate::currentDate().addDays(-5), {}});
            d = repository.saveLines(counter, d.id, d.version,
                                     {{u"C"_s, u"123456789"_s, 1, 12000}, {u"CS"_s, u"123456789"_s, 1, 15000},
                                      {u"C"_s, u"555555555"_s, 1, 8000}});
            QCOMPARE(repository.completeEntry(counter, d.id, d.version).status, DossierStatus::Control);
            ids.append(d.id);
        }

        Session doctor = t.createAgentSession(u"doctor"_s, u"MGPAP"_s, u"MEDICAL"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, doctor);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *page = window.findChild<DossiersPage *>(u"dossiersPage_MCM"_s);
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->model()->rowCount(), 2); // the control queue
        page->findChild<QTableView *>(u"dossierTable"_s)->setFocus();

        QStringList titles;
        onNextModal<DossierDialog>([&](QWidget *dossier) {
            QVERIFY(QTest::qWaitForWindowActive(dossier));
            titles << dossier->windowTitle();
            auto *lines = dossier->findChild<QTableWidget *>(u"dossierLines"_s);
            QTRY_VERIFY(lines->hasFocus());
            // Line 1: adjusted to 80 DH, reason 2; line 2: rejected, reason 1; line 3: accepted.
            QTest::keyClick(lines, Qt::Key_J);
            QTest::keyClick(lines, Qt::Key_Tab); // from the allowed quantity to the allowed amount
            QTest::keyClicks(lines, u"8"_s);
            QTest::keyClicks(dossier->focusWidget(), u"0"_s);
            QTest::keyClick(dossier->focusWidget(), Qt::Key_Return);
            QTest::keyClick(lines, Qt::Key_Home);
            QTest::keyClick(lines, Qt::Key_2);
            QTest::keyClick(lines, Qt::Key_Down);
            QTest::keyClick(lines, Qt::Key_R);
            QTest::keyClick(lines, Qt::Key_1);
            screenshot(dossier, u"review"_s);
            QTest::keyClick(lines, Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY(dossier->findChild<QLabel *>(u"dossierHeader"_s)->text().contains(u"To liquidate"_s));
            // Ctrl+N: the next dossier of the queue.
            onNextModal<DossierDialog>([&](QWidget *next) {
                QVERIFY(QTest::qWaitForWindowActive(next));
                titles << next->windowTitle();
                QTest::keyClick(next, Qt::Key_Escape);
            });
            QTest::keyClick(lines, Qt::Key_N, Qt::ControlModifier);
        });
        QTest::keyClick(page->focusWidget(), Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(titles.size(), 2);
        QCOMPARE(titles, (QStringList{u"Dossier MC-1"_s, u"Dossier MC-2"_s}));

        Session mcm = doctor;
        QVERIFY(mcm.setActivePurpose(u"MCM"_s));
        const Dossier reviewed = repository.load(mcm, ids.first());
        QCOMPARE(reviewed.status, DossierStatus::Liquidation);
        QCOMPARE(reviewed.lines.at(0).decision, u"adjusted"_s);
        QCOMPARE(reviewed.lines.at(0).allowedUnit, std::optional<Centimes>(8000));
        QCOMPARE(reviewed.lines.at(0).reasonCode, u"NOT_JUSTIFIED"_s);
        QCOMPARE(reviewed.lines.at(1).decision, u"rejected"_s);
        QCOMPARE(reviewed.lines.at(1).reasonCode, u"NO_PRESCRIPTION"_s);
        QCOMPARE(reviewed.lines.at(2).decision, u"accepted"_s);
        // The second dossier, opened and left, goes back to the queue for anyone.
        QCOMPARE(repository.load(mcm, ids.last()).takenBy, 0);
    }

    void theDossierScreensInArabicAndFrench()
    {
        TestDatabase t(u"gui_dossier_languages"_s);
        QVERIFY(DemoSeeder(t.db()).seed(kHasher.hash(u"Demo-Password-1"_s), 40));
        const Session session = t.createAgentSession(u"viewer"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        for (const QString &language : {u"ar"_s, u"fr"_s}) {
            Language::apply(language);
            MainWindow window(t.db(), auth, session);
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            window.findChild<QListWidget *>(u"sections"_s)->setCurrentRow(1); // AMO
            auto *page = window.findChild<DossiersPage *>(u"dossiersPage_AMO"_s);
            QVERIFY(page && page->isVisible());
            QVERIFY(page->model()->rowCount() > 0); // the demo's dossiers being entered
            const QString daysLeft =
                page->model()->headerData(DossierQueueModel::DaysLeft, Qt::Horizontal).toString();
            QVERIFY2(daysLeft != u"Days left to pay"_s, qPrintable(daysLeft)); // translated
            QCOMPARE(page->layoutDirection(), language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
            // Late dossiers stand out: the view colours every row the queue says is late.
            QAbstractItemModel *rows = page->findChild<QTableView *>(u"dossierTable"_s)->model();
            int late = 0;
            for (int row = 0; row < rows->rowCount(); ++row) {
                const QModelIndex index = rows->index(row, DossierQueueModel::DaysLeft);
                if (index.data(DossierQueueModel::UrgencyRole).toInt() == int(DossierRules::Urgency::Late)) {
                    ++late;
                    QVERIFY(index.data(Qt::BackgroundRole).isValid());
                } else if (index.data(DossierQueueModel::UrgencyRole).toInt() == int(DossierRules::Urgency::OnTime)) {
                    QVERIFY(!index.data(Qt::BackgroundRole).isValid());
                }
            }
            QVERIFY(late > 0); // the demo has dossiers being entered past their target
            screenshot(&window, u"dossiers-"_s + language);
            bool shown = false;
            onNextModal<DossierDialog>([&](QWidget *dossier) {
                QVERIFY(QTest::qWaitForWindowActive(dossier));
                QCOMPARE(dossier->layoutDirection(), language == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
                screenshot(dossier, u"dossier-"_s + language);
                shown = true;
                QTest::keyClick(dossier, Qt::Key_Escape);
            });
            page->openDossier(page->model()->dossierId(0));
            QTRY_VERIFY(shown);
        }
        Language::apply(u"en"_s);
    }
};

QTEST_MAIN(TestDossiersScreens)
#include "tst_dossiersscreens.moc"
