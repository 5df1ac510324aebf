// The persons' screens through the main window: finding and opening a file, registering a family
// from the keyboard, a duplicate, dates half typed, the member's ledger, the import, an edit conflict.
#include "MainWindowFixture.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "data/common/Sql.h"
#include "data/persons/MemberAccountRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/persons/PersonTableModel.h"
#include "security/EmbeddedAuthenticator.h"
#include "ui/common/ConflictDialog.h"
#include "ui/persons/ContributionDialogs.h"
#include "ui/persons/ImportDialog.h"
#include "ui/persons/PersonEditDialog.h"
#include "ui/persons/PersonFileDialog.h"
#include "ui/persons/PersonsPage.h"
#include "ui/shell/MainWindow.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

class TestPersonsScreens : public MainWindowTestCase
{
    Q_OBJECT

private slots:
    void counterFindsAndOpensAFileFromTheKeyboard()
    {
        TestDatabase t(u"gui_keyboard"_s);
        Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        session.setActivePurpose(u"REG"_s);
        PersonRepository repository(t.db());
        Person p;
        p.lastName = u"Ouazzani"_s;
        p.firstName = u"Meryem"_s;
        p.lastNameAr = u"الوزاني"_s;
        p.immatriculation = u"777000111"_s;
        p.birthDate = QDate(1975, 6, 1);
        p.sex = u"F"_s;
        const qint64 id = repository.create(session, p);
        p.lastName = u"Tazi"_s;
        p.immatriculation = u"777000112"_s;
        repository.create(session, p);

        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *page = window.findChild<PersonsPage *>();
        QVERIFY(page);

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(page->searchField()->hasFocus());
        QTest::keyClicks(page->searchField(), u"ouaz"_s);
        QTRY_COMPARE(page->model()->rowCount(), 1);

        QString openedTitle;
        onNextModal([&openedTitle](QWidget *dialog) {
            openedTitle = dialog->windowTitle();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::keyClick(page->searchField(), Qt::Key_Down);
        QVERIFY(page->table()->hasFocus());
        QTest::keyClick(page->table(), Qt::Key_Return);
        QTRY_VERIFY(openedTitle.contains(u"Ouazzani"_s));

        QSqlQuery q = Sql::run(t.db(), u"SELECT agent, purpose FROM audit_log WHERE action = 'read' AND person_id = ?"_s,
                               {QString::number(id)});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"agent"_s);
        QCOMPARE(q.value(1).toString(), u"REG"_s);
    }

    void counterRegistersAFamilyFromTheKeyboard()
    {
        TestDatabase t(u"gui_register"_s);
        Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QStringList steps;
        // The member: typed field after field with Tab, saved with Ctrl+S.
        onNextModal<PersonEditDialog>([&](QWidget *form) {
            steps << u"member form"_s;
            QVERIFY(QTest::qWaitForWindowActive(form));
            QVERIFY(form->findChild<QLineEdit *>(u"immatriculation"_s)->hasFocus());
            QTest::keyClicks(form->focusWidget(), u"880000001"_s);
            QTest::keyClick(form->focusWidget(), Qt::Key_Tab); // relation and condition are not asked of a member
            QVERIFY(form->findChild<QLineEdit *>(u"lastName"_s)->hasFocus());
            for (const QString &text : {u"El Amrani"_s, u"Youssef"_s, u"العمراني"_s, u"يوسف"_s, u"CD123456"_s}) {
                typeText(form->focusWidget(), text);
                QTest::keyClick(form->focusWidget(), Qt::Key_Tab);
            }
            QVERIFY(form->findChild<QLineEdit *>(u"birthDate"_s)->hasFocus());
            QTest::keyClicks(form->focusWidget(), u"12031979"_s);
            QTest::keyClick(form->focusWidget(), Qt::Key_Tab);
            QTest::keyClick(form->focusWidget(), Qt::Key_Down); // sex: Male
            QTest::keyClick(form->focusWidget(), Qt::Key_Tab);
            typeText(form->focusWidget(), u"5, avenue Hassan II, Salé"_s);
            QTest::keyClick(form->focusWidget(), Qt::Key_Tab);
            QTest::keyClicks(form->focusWidget(), u"0661234567"_s);
            screenshot(form, u"register-member"_s);
            // The file opens on the saved member; Ctrl+B adds a beneficiary.
            onNextModal<PersonFileDialog>([&](QWidget *file) {
                steps << file->windowTitle();
                QVERIFY(QTest::qWaitForWindowActive(file));
                screenshot(file, u"member-file"_s);
                onNextModal<PersonEditDialog>([&](QWidget *child) {
                    steps << child->windowTitle();
                    QVERIFY(QTest::qWaitForWindowActive(child));
                    QVERIFY(child->findChild<QComboBox *>(u"relation"_s)->hasFocus());
                    QTest::keyClick(child->focusWidget(), Qt::Key_Down); // spouse → child
                    QTest::keyClick(child->focusWidget(), Qt::Key_Tab);  // condition: none
                    QTest::keyClick(child->focusWidget(), Qt::Key_Tab);
                    QVERIFY(child->findChild<QLineEdit *>(u"lastName"_s)->hasFocus()); // prefilled with the family name
                    QTest::keyClick(child->focusWidget(), Qt::Key_Tab);
                    QTest::keyClicks(child->focusWidget(), u"Salma"_s);
                    for (int i = 0; i < 4; ++i)
                        QTest::keyClick(child->focusWidget(), Qt::Key_Tab);
                    QVERIFY(child->findChild<QLineEdit *>(u"birthDate"_s)->hasFocus());
                    QTest::keyClicks(child->focusWidget(), u"01092015"_s);
                    onNextModal<PersonFileDialog>([&](QWidget *again) {
                        steps << again->findChild<QTableWidget *>(u"beneficiaries"_s)->item(0, 2)->text();
                        QTest::keyClick(again, Qt::Key_Escape);
                    });
                    QTest::keyClick(child->focusWidget(), Qt::Key_S, Qt::ControlModifier);
                });
                QTest::keyClick(file, Qt::Key_B, Qt::ControlModifier);
            });
            QTest::keyClick(form->focusWidget(), Qt::Key_S, Qt::ControlModifier);
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(steps.size(), 4);
        QCOMPARE(steps.at(1), u"File of El Amrani Youssef"_s);
        QCOMPARE(steps.at(2), u"Register a beneficiary"_s);
        QCOMPARE(steps.at(3), u"Salma"_s);
        QSqlQuery q = Sql::run(t.db(), u"SELECT immatriculation, birth_date, sex, phone, relation, last_name_ar "
                                       "FROM persons ORDER BY id"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"880000001"_s);
        QCOMPARE(q.value(1).toString(), u"1979-03-12"_s);
        QCOMPARE(q.value(2).toString(), u"M"_s);
        QCOMPARE(q.value(3).toString(), u"0661234567"_s);
        QCOMPARE(q.value(5).toString(), u"العمراني"_s);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"880000001-01"_s);
        QCOMPARE(q.value(1).toString(), u"2015-09-01"_s);
        QCOMPARE(q.value(4).toString(), u"child"_s);
    }

    void aDuplicateRegistrationOpensTheExistingFile()
    {
        TestDatabase t(u"gui_duplicate"_s);
        Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        Person p;
        p.lastName = u"Berrada"_s;
        p.firstName = u"Ghita"_s;
        p.immatriculation = u"890000001"_s;
        p.cin = u"EE111111"_s;
        p.birthDate = QDate(1990, 2, 2);
        p.sex = u"F"_s;
        PersonRepository(t.db()).create(session, p);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QString opened;
        onNextModal<PersonEditDialog>([&](QWidget *form) {
            QVERIFY(QTest::qWaitForWindowActive(form));
            form->findChild<QLineEdit *>(u"immatriculation"_s)->setText(u"890000002"_s);
            form->findChild<QLineEdit *>(u"lastName"_s)->setText(u"Autre"_s);
            form->findChild<QLineEdit *>(u"firstName"_s)->setText(u"Personne"_s);
            form->findChild<QLineEdit *>(u"cin"_s)->setText(u"ee111111"_s);
            form->findChild<QLineEdit *>(u"birthDate"_s)->setText(u"01/01/1985"_s);
            onNextModal<QMessageBox>([&](QWidget *question) {
                onNextModal<PersonFileDialog>([&](QWidget *file) {
                    opened = file->windowTitle();
                    QTest::keyClick(file, Qt::Key_Escape);
                });
                QTest::keyClick(question, Qt::Key_Return); // "Open" is the default
            });
            QTest::keyClick(form->focusWidget(), Qt::Key_S, Qt::ControlModifier);
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(opened, u"File of Berrada Ghita"_s);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt(), 1);
    }

    void aHalfTypedDateIsRefusedAndNothingTypedIsLost()
    {
        TestDatabase t(u"gui_dates"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        PersonRepository repository(t.db());
        PersonEditDialog dialog(repository, session, Person{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto field = [&dialog](const char *name) { return dialog.findChild<QLineEdit *>(QString::fromLatin1(name)); };
        field("immatriculation")->setText(u"760000001"_s);
        field("lastName")->setText(u"Naciri"_s);
        field("firstName")->setText(u"Loubna"_s);
        auto *error = dialog.findChild<QLabel *>(u"error"_s);
        // No birth date typed: refused, not registered with some default date.
        QTest::keyClick(field("lastName"), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(dialog.isVisible());
        field("birthDate")->setFocus(Qt::TabFocusReason); // as Tab does: the field selected
        field("birthDate")->selectAll();
        QTest::keyClicks(field("birthDate"), u"05061990"_s);
        field("relationStart")->setFocus(Qt::TabFocusReason);
        field("relationStart")->selectAll();
        QTest::keyClicks(field("relationStart"), u"0109"_s); // the year is missing
        QTest::keyClick(field("relationStart"), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(error->text().contains(u"start of the relationship"_s));
        QVERIFY(field("relationStart")->hasFocus());
        QCOMPARE(field("lastName")->text(), u"Naciri"_s);
        QTest::keyClicks(field("relationStart"), u"2015"_s);
        QTest::keyClick(field("relationStart"), Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Sql::scalar(t.db(), u"SELECT birth_date || ' ' || relation_start FROM persons"_s).toString(),
                 u"1990-06-05 2015-09-01"_s);
    }

    void theMemberFileShowsArrearsAndTheSuspendedEntitlement()
    {
        TestDatabase t(u"gui_ledger"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        Person p;
        p.lastName = u"Lahlou"_s;
        p.firstName = u"Said"_s;
        p.immatriculation = u"770000001"_s;
        p.birthDate = QDate(1971, 7, 7);
        p.sex = u"M"_s;
        PersonRepository repository(t.db());
        const qint64 id = repository.create(session, p);
        MemberAccountRepository account(t.db());
        const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
        account.recordDue(session, id, thisMonth.addMonths(-6), ContributionRule::Basis::Salary, 1000000);
        account.recordDue(session, id, thisMonth.addMonths(-1), ContributionRule::Basis::Salary, 1000000);
        account.recordReceipt(session, id, thisMonth.addMonths(-1), 40000, QDate::currentDate(), u"VIR"_s);

        PersonFileDialog dialog(*repository.openFile(session, id), t.db(), session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QVERIFY(dialog.findChild<QLabel *>(u"entitlement"_s)->text().startsWith(u"Benefits suspended"_s));
        QTest::keyClick(&dialog, Qt::Key_O, Qt::AltModifier); // C&ontributions
        auto *tabs = dialog.findChild<QTabWidget *>(u"fileTabs"_s);
        QCOMPARE(tabs->currentIndex(), 2);
        auto *ledger = dialog.findChild<QTableWidget *>(u"ledger"_s);
        QCOMPARE(ledger->rowCount(), 2);
        QVERIFY(dialog.findChild<QLabel *>(u"arrears"_s)->text().contains(u"400.00"_s));
        screenshot(&dialog, u"member-ledger"_s);

        // Paying the old month from the keyboard lifts the suspension.
        ledger->setFocus();
        ledger->setCurrentCell(0, 0);
        onNextModal<ReceiptDialog>([](QWidget *receipt) {
            QVERIFY(QTest::qWaitForWindowActive(receipt));
            QCOMPARE(receipt->findChild<QLineEdit *>(u"amount"_s)->text(), u"400,00"_s); // what remains due
            QTest::keyClick(receipt->focusWidget(), Qt::Key_Return);
        });
        QTest::keyClick(&dialog, Qt::Key_Y, Qt::AltModifier); // Record a pa&yment
        QTRY_VERIFY(dialog.findChild<QLabel *>(u"entitlement"_s)->text().startsWith(u"Entitled"_s));
        QCOMPARE(ledger->item(0, 7)->text(), Money::format(0));
    }

    void theImportIsCheckedThenConfirmed()
    {
        TestDatabase t(u"gui_import"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"members.csv"_s);
        auto write = [&path](const QByteArray &content) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
        };
        write("immatriculation;last_name;first_name;birth_date;sex\n"
              "750000001;Bennani;Ali;1970-01-01;M\n"
              "750000002;Tazi;;31/02/1980;F\n");
        ImportDialog dialog(t.db(), session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.setFile(path);
        auto *importButton = dialog.findChild<QPushButton *>(u"import"_s);
        QTest::keyClick(&dialog, Qt::Key_H, Qt::AltModifier); // C&heck
        QTRY_VERIFY(dialog.findChild<QTableWidget *>(u"problems"_s)->rowCount() > 0);
        QCOMPARE(dialog.findChild<QTableWidget *>(u"problems"_s)->item(0, 0)->text(), u"3"_s);
        QVERIFY(!importButton->isEnabled());

        write("immatriculation;last_name;first_name;birth_date;sex\n750000001;Bennani;Ali;1970-01-01;M\n");
        QTest::keyClick(&dialog, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(importButton->isEnabled());
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt(), 0); // checked, not imported
        onNextModal<QMessageBox>([](QWidget *question) {
            static_cast<QMessageBox *>(question)->button(QMessageBox::Yes)->click();
        });
        importButton->click();
        QTRY_COMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt(), 1);
        QVERIFY(dialog.lastReport().committed);
    }

    void aConflictShowsBothVersionsAndTheAgentChooses()
    {
        TestDatabase t(u"gui_conflict"_s);
        const Session me = t.createAgentSession(u"agent.me"_s, u"MGPAP"_s, u"COUNTER"_s);
        const Session other = t.createAgentSession(u"agent.other"_s, u"MGPAP"_s, u"COUNTER"_s);
        Person p;
        p.lastName = u"Benslimane"_s;
        p.firstName = u"Amal"_s;
        p.immatriculation = u"900000001"_s;
        p.birthDate = QDate(1984, 4, 4);
        p.sex = u"F"_s;
        PersonRepository repository(t.db());
        const qint64 id = repository.create(me, p);
        const Person read = repository.openFile(me, id)->person;

        PersonEditDialog dialog(repository, me, read);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        // Meanwhile, at another counter:
        Person theirs = read;
        theirs.firstName = u"Amale"_s;
        PersonRepository(t.openSecondConnection(u"other"_s)).update(other, theirs);

        auto *lastName = dialog.findChild<QLineEdit *>(u"lastName"_s);
        lastName->selectAll();
        QTest::keyClicks(lastName, u"Ben Slimane"_s);
        QStringList shown;
        onNextModal<ConflictDialog>([&](QWidget *conflict) {
            auto *table = conflict->findChild<QTableWidget *>(u"versions"_s);
            for (int row = 0; row < 2; ++row)
                shown << table->item(row, 1)->text() + u" | "_s + table->item(row, 2)->text();
            conflict->findChild<QPushButton *>(u"keepMine"_s)->click();
        });
        QTest::keyClick(lastName, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(shown, (QStringList{u"Ben Slimane | Benslimane"_s, u"Amal | Amale"_s}));
        const Person saved = repository.openFile(me, id)->person;
        QCOMPARE(saved.lastName, u"Ben Slimane"_s);
        QCOMPARE(saved.firstName, u"Amal"_s); // my version, chosen knowingly
        QCOMPARE(saved.version, read.version + 2);
    }
};

QTEST_MAIN(TestPersonsScreens)
#include "tst_personsscreens.moc"
