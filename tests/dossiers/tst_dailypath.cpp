// The daily path of the counter, the medical controller and the liquidator, walked end to end
// through the main window as the agents walk it, in English, French of Morocco and Arabic: a
// member's file, a deposit from it with five lines and the receipt, the dossier saved, reopened by
// its number and its entry ended; the control with an adjustment; the liquidation of the queue;
// the payment batch.
#include "MainWindowFixture.h"
#include "Mnemonics.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "core/Money.h"
#include "data/dossiers/DossierQueueModel.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/common/Sql.h"
#include "security/EmbeddedAuthenticator.h"
#include "security/PasswordHasher.h"
#include "ui/dossiers/DepositDialog.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/dossiers/DossiersPage.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"
#include "ui/persons/PersonFileDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {
const QString kRib = u"011780000012345678901296"_s;

struct Fixture
{
    TestDatabase t{u"gui_daily_path"_s};
    Session counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
    qint64 memberId = 0;

    Fixture()
    {
        Person p;
        p.lastName = u"Berrada"_s;
        p.firstName = u"Nadia"_s;
        p.immatriculation = u"750000001"_s;
        p.birthDate = QDate(1979, 3, 3);
        p.sex = u"F"_s;
        p.rib = kRib;
        memberId = PersonRepository(t.db()).create(counter, p);
        Sql::run(t.db(), u"INSERT INTO medicines (id, name, reimbursable, name_key) VALUES (11, 'AMOXIL 1G', ?, 'amoxil'), "
                         "(12, 'DOLIPRANE 1000', ?, 'doliprane')"_s,
                 {true, true});
        // Every dossier goes to control, none at random.
        Sql::run(t.db(), u"UPDATE control_rules SET parameter = 0 WHERE code = 'THRESHOLD'"_s);
        Sql::run(t.db(), u"UPDATE control_rules SET active = ? WHERE code = 'RANDOM'"_s, {false});
    }
};

} // namespace

class TestDailyPath : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::apply(u"en"_s); }
    void cleanupTestCase() { QVERIFY2(m_mnemonics.problems().isEmpty(), qPrintable(m_mnemonics.problems().join(u'\n'))); }

    void depositControlLiquidateAndBatch_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("decimal"); // how the locale writes 45.50 and 19.80
        QTest::addColumn<QString>("small");
        QTest::newRow("English") << u"en"_s << u"45.50"_s << u"19.80"_s;
        QTest::newRow("French of Morocco") << u"fr"_s << u"45,50"_s << u"19,80"_s;
        QTest::newRow("Arabic") << u"ar"_s << u"45,50"_s << u"19,80"_s;
    }

    void depositControlLiquidateAndBatch()
    {
        QFETCH(QString, language);
        QFETCH(QString, decimal);
        QFETCH(QString, small);
        Language::apply(language);
        Fixture f;
        const QString number = u"DP-2026-0001"_s;
        const Centimes billed = 10000 + 2 * 4550 + 1980 + 20000 + 3 * 1980;
        EmbeddedAuthenticator auth(f.t.db(), kHasher);
        QTemporaryDir dir;

        // The counter: the member's file, Ctrl+D, five lines, the receipt, saved.
        {
            MainWindow window(f.t.db(), auth, f.counter);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
            QTRY_VERIFY(window.findChild<QLineEdit *>(u"personSearch"_s)->hasFocus());
            bool deposited = false;
            onNextModal<PersonFileDialog>([&](QWidget *file) {
                QVERIFY(QTest::qWaitForWindowActive(file));
                onNextModal<DepositDialog>([&](QWidget *deposit) {
                    QVERIFY(activate(deposit));
                    // The member is chosen: the agent starts at the barcode.
                    QTRY_VERIFY(deposit->findChild<QLineEdit *>(u"dossierNumber"_s)->hasFocus());
                    QTest::keyClicks(deposit->focusWidget(), number);
                    QTest::keyClick(deposit->focusWidget(), Qt::Key_Tab);
                    QTest::keyClick(deposit->focusWidget(), Qt::Key_Home);
                    QTest::keyClicks(deposit->focusWidget(), QDate::currentDate().addDays(-9).toString(u"ddMMyyyy"_s));
                    onNextModal<DossierDialog>([&](QWidget *dossier) {
                        QVERIFY(activate(dossier));
                        auto *lines = dossier->findChild<QTableWidget *>(u"dossierLines"_s);
                        QTRY_VERIFY(lines->hasFocus());
                        const QStringList rows[] = {{u"C"_s, u"123456789"_s, u"1"_s, u"100"_s},
                                                    {u"11"_s, QString(), u"2"_s, decimal},
                                                    {u"12"_s, QString(), u"1"_s, small},
                                                    {u"CS"_s, u"987654321"_s, u"1"_s, u"200"_s},
                                                    {u"12"_s, QString(), u"3"_s, small}};
                        for (int row = 0; row < 5; ++row) {
                            for (int column = 0; column < 4; ++column) {
                                const QString text = rows[row][column];
                                if (row == 0 && column == 0) {
                                    QTest::keyClicks(lines, text.left(1)); // the first key opens the cell
                                    QTest::keyClicks(dossier->focusWidget(), text.mid(1));
                                } else if (!text.isEmpty()) {
                                    QTest::keyClicks(dossier->focusWidget(), text);
                                }
                                if (row < 4 || column < 3)
                                    QTest::keyClick(dossier->focusWidget(), Qt::Key_Tab);
                            }
                        }
                        QTest::keyClick(dossier->focusWidget(), Qt::Key_S, Qt::ControlModifier);
                        QTRY_COMPARE(static_cast<DossierDialog *>(dossier)->dossier().lines.size(), 5);
                        // The receipt, as a PDF, from the keyboard.
                        saveInNextFileDialog(dir.filePath(u"receipt.pdf"_s));
                        QTest::keyClick(dossier->focusWidget(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
                        QTRY_VERIFY(QFile::exists(dir.filePath(u"receipt.pdf"_s)));
                        deposited = true;
                        QTest::keyClick(dossier->focusWidget(), Qt::Key_Escape); // saved: nothing to ask
                    });
                    QTest::keyClick(deposit->focusWidget(), Qt::Key_S, Qt::ControlModifier);
                });
                QVERIFY(activate(file));
                QVERIFY(file->findChild<QPushButton *>(u"depositForPerson"_s));
                QTest::keyClick(file, Qt::Key_D, Qt::ControlModifier);
            });
            QTest::keyClicks(window.findChild<QLineEdit *>(u"personSearch"_s), u"750000001"_s);
            QTest::keyClick(window.findChild<QLineEdit *>(u"personSearch"_s), Qt::Key_Return); // one result: its file opens
            QTRY_VERIFY(deposited);
            QTRY_VERIFY(!QApplication::activeModalWidget());

            // Reopened by its number (Ctrl+F in the dossier section): the lines are there as
            // shown, and the entry ends from them.
            bool ended = false;
            onNextModal<QInputDialog>([&](QWidget *find) {
                QVERIFY(activate(find));
                QTest::keyClicks(find->focusWidget(), number);
                onNextModal<DossierDialog>([&](QWidget *dossier) {
                    QVERIFY(activate(dossier));
                    auto *dialog = static_cast<DossierDialog *>(dossier);
                    QCOMPARE(dialog->dossier().lines.size(), 5);
                    QCOMPARE(dialog->dossier().billed, billed);
                    QTest::keyClick(dossier->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
                    QTRY_COMPARE(dialog->dossier().status, DossierStatus::Control);
                    QVERIFY(dossier->findChild<QWidget *>(u"dossierError"_s)->isHidden());
                    ended = true;
                    QTest::keyClick(dossier->focusWidget(), Qt::Key_Escape);
                });
                QTest::keyClick(find, Qt::Key_Return);
            });
            QVERIFY(activate(&window));
            QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
            QTRY_VERIFY(ended);
            QTRY_VERIFY(!QApplication::activeModalWidget());
        }

        // The medical controller: Ctrl+T, the first line allowed at 80, Ctrl+Return.
        Session doctor = f.t.createAgentSession(u"doctor"_s, u"MGPAP"_s, u"MEDICAL"_s);
        {
            MainWindow window(f.t.db(), auth, doctor);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            bool reviewed = false;
            onNextModal<DossierDialog>([&](QWidget *dossier) {
                QVERIFY(activate(dossier));
                auto *lines = dossier->findChild<QTableWidget *>(u"dossierLines"_s);
                QTRY_VERIFY(lines->hasFocus());
                QTest::keyClick(lines, Qt::Key_J);
                QTest::keyClick(lines, Qt::Key_Tab); // from the allowed quantity to the allowed amount
                QTest::keyClicks(lines, u"8"_s);
                QTest::keyClicks(dossier->focusWidget(), u"0"_s);
                QTest::keyClick(dossier->focusWidget(), Qt::Key_Return);
                QTest::keyClick(lines, Qt::Key_Home);
                QTest::keyClick(lines, Qt::Key_2);
                QTest::keyClick(lines, Qt::Key_Return, Qt::ControlModifier);
                QTRY_COMPARE(static_cast<DossierDialog *>(dossier)->dossier().status, DossierStatus::Liquidation);
                reviewed = true;
                QTest::keyClick(dossier->focusWidget(), Qt::Key_Escape);
            });
            QTest::keyClick(&window, Qt::Key_T, Qt::ControlModifier);
            QTRY_VERIFY(reviewed);
            QTRY_VERIFY(!QApplication::activeModalWidget());
        }

        // The liquidator: the section opens on the dossiers to liquidate; "liquidate all" says
        // how many and what total before, and what it did after; then the batch.
        Session liquidator = f.t.createAgentSession(u"liquidator"_s, u"MGPAP"_s, u"LIQUIDATOR"_s);
        const Centimes allowedBilled = billed - 10000 + 8000;
        {
            MainWindow window(f.t.db(), auth, liquidator);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            auto *page = window.findChild<DossiersPage *>(u"dossiersPage_AMO"_s);
            QVERIFY(page && page->isVisible());
            QCOMPARE(DossierStatus(page->findChild<QComboBox *>(u"dossierQueue"_s)->currentData().toInt()),
                     DossierStatus::Liquidation);
            QCOMPARE(page->model()->rowCount(), 1);

            QString asked, told;
            onNextModal<QMessageBox>([&](QMessageBox *question) {
                asked = question->text();
                onNextModal<QMessageBox>([&](QMessageBox *result) {
                    told = result->text();
                    QTest::keyClick(result, Qt::Key_Return);
                });
                question->button(QMessageBox::Yes)->click();
            });
            page->findChild<QPushButton *>(u"liquidateAll"_s)->click();
            QTRY_VERIFY(!told.isEmpty());
            QVERIFY2(asked.contains(Money::format(billed)), qPrintable(asked)); // what the dossiers bill
            QVERIFY2(asked.contains(QLocale().toString(1)), qPrintable(asked));
            QVERIFY2(told.contains(QLocale().toString(1)), qPrintable(told));
            QTRY_VERIFY(!QApplication::activeModalWidget());

            DossierRepository repository(f.t.db());
            Session amo = liquidator;
            QVERIFY(amo.setActivePurpose(u"AMO"_s));
            const Dossier liquidated = repository.load(amo, repository.findByNumber(amo, number).first());
            QCOMPARE(liquidated.status, DossierStatus::Liquidated);
            QVERIFY(liquidated.reimbursed > 0 && liquidated.reimbursed <= allowedBilled);

            // The batch of the month: its period, what it holds, its payment-order file, its summary.
            QString summary;
            bool previewed = false;
            const QString orders = dir.filePath(u"orders.txt"_s);
            onNextModal<QInputDialog>([&](QWidget *period) {
                onNextModal<QMessageBox>([&](QMessageBox *info) {
                    summary = info->text();
                    saveInNextFileDialog(orders);
                    onNextModal<QPrintPreviewDialog>([&](QWidget *preview) {
                        previewed = true;
                        QTest::keyClick(preview, Qt::Key_Escape);
                    });
                    QTest::keyClick(info, Qt::Key_Return);
                });
                QTest::keyClick(period, Qt::Key_Return);
            });
            page->findChild<QPushButton *>(u"makeBatch"_s)->click();
            QTRY_VERIFY(previewed);
            QVERIFY2(summary.contains(Money::format(liquidated.reimbursed)), qPrintable(summary));
            QVERIFY(QFile(orders).size() > 0);
            QCOMPARE(repository.load(amo, liquidated.id).status, DossierStatus::Batched);
        }
    }

private:
    MnemonicWatch m_mnemonics;
};

QTEST_MAIN(TestDailyPath)
#include "tst_dailypath.moc"
