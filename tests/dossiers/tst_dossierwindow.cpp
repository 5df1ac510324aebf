// The dossier window and the deposit dialog as the counter and the controller use them all day,
// in each language of the screens (English, French of Morocco, Arabic): what Guichet shows is read
// back by Guichet, and nothing typed is lost without the agent's word.
#include "Mnemonics.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "core/Money.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/common/Sql.h"
#include "ui/dossiers/DepositDialog.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/dossiers/DossiersPage.h"
#include "ui/shell/Language.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

// Clicks `button` of the next message box that opens, and counts the boxes.
void answerNextQuestion(QMessageBox::StandardButton button, int *asked)
{
    onNextModal<QMessageBox>([button, asked](QMessageBox *box) {
        ++*asked;
        box->button(button)->click();
    });
}

// Types `text` into the current cell of `lines`, opening its editor with the first key.
void typeInCell(QTableWidget *lines, const QString &text)
{
    QTest::keyClicks(lines, text.left(1));
    QTest::keyClicks(QApplication::focusWidget(), text.mid(1));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
}

// Types `text` key by key into whatever has the focus, as the keyboard does: the first key opens
// the current cell, the others go to its editor.
void typeHere(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
}

void pressHere(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), key, modifiers);
}

// The list open under the code cell being typed in, once it shows.
QAbstractItemView *completionList()
{
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    if (!editor || !editor->completer())
        return nullptr;
    return editor->completer()->popup();
}

QString cellText(QWidget *dialog, int row, int column)
{
    return dialog->findChild<QTableWidget *>(u"dossierLines"_s)->item(row, column)->text();
}

// A member registered under the counter agent's first purpose (REG); returns the id.
qint64 registerMember(const TestDatabase &t, const Session &counter, const QString &number, const QString &lastName,
                      const QString &firstName, int birthYear, const QString &sex)
{
    Person p;
    p.lastName = lastName;
    p.firstName = firstName;
    p.immatriculation = number;
    p.birthDate = QDate(birthYear, 1, 1);
    p.sex = sex;
    return PersonRepository(t.db()).create(counter, p);
}

// The rows of a test run in English and in French of Morocco.
void languageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("French of Morocco") << u"fr"_s;
}

enum Column { Code, Inpe, Quantity, Unit, Label, Billed, Decision, AllowedQuantity, AllowedUnit };

} // namespace

class TestDossierWindow : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Language::apply(u"en"_s); }
    // No window the tests opened, in any language, underlined one letter twice.
    void cleanupTestCase() { QVERIFY2(m_mnemonics.problems().isEmpty(), qPrintable(m_mnemonics.problems().join(u'\n'))); }

    void amountsSurviveTheirDisplay_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("typedUnit"); // in the notation of the language's locale
        QTest::newRow("English") << u"en"_s << u"60,438.67"_s;
        QTest::newRow("French of Morocco") << u"fr"_s << u"60.438,67"_s;
        QTest::newRow("Arabic") << u"ar"_s << u"60.438,67"_s;
    }

    // Lines saved show "60.438,67 DH"; the entry is then ended, saved again, and the controller
    // adjusts a line, without any amount typed twice.
    void amountsSurviveTheirDisplay()
    {
        QFETCH(QString, language);
        QFETCH(QString, typedUnit);
        Language::apply(language);
        TestDatabase t(u"gui_amounts_"_s + language);
        Session counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 memberId = registerMember(t, counter, u"730000001"_s, u"Bennani"_s, u"Rachid"_s, 1975, u"M"_s);
        Sql::run(t.db(), u"UPDATE control_rules SET active = ? WHERE code = 'RANDOM'"_s, {false});
        QVERIFY(counter.setActivePurpose(u"AMO"_s));
        DossierRepository repository(t.db());
        Dossier d = repository.deposit(counter, {memberId, u"AM-1"_s, QDate::currentDate().addDays(-3), {}});

        {
            DossierDialog dialog(repository, counter, d);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *lines = dialog.findChild<QTableWidget *>(u"dossierLines"_s);
            QTRY_VERIFY(lines->hasFocus());
            const QStringList typed[] = {{u"C"_s, u"123456789"_s, u"1"_s, u"150"_s}, {u"CS"_s, QString(), u"1"_s, typedUnit}};
            for (int row = 0; row < 2; ++row) {
                for (int column = Code; column <= Unit; ++column) {
                    lines->setCurrentCell(row, column);
                    if (!typed[row][column].isEmpty())
                        typeInCell(lines, typed[row][column]);
                }
            }
            QTest::keyClick(lines, Qt::Key_S, Qt::ControlModifier);
            QTRY_COMPARE(dialog.dossier().lines.size(), 2);
            QCOMPARE(dialog.dossier().billed, 15000 + 6043867);
            const QString shown = cellText(&dialog, 1, Unit);
            QCOMPARE(shown, Money::format(6043867)); // as the locale writes it, with its currency
            QVERIFY2(shown.size() > u"60438,67"_s.size(), qPrintable(shown));

            // Saved again, then the entry ended, from what the window shows.
            QTest::keyClick(lines, Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(dialog.findChild<QWidget *>(u"dossierError"_s)->isHidden());
            QTest::keyClick(lines, Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(dialog.dossier().status, DossierStatus::Control); // over 5,000 DH
            QVERIFY(dialog.findChild<QWidget *>(u"dossierError"_s)->isHidden());
            QCOMPARE(dialog.dossier().billed, 15000 + 6043867);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QTRY_VERIFY(!dialog.isVisible());
        }

        // The controller allows one of the 60,438.67 DH: only the quantity typed, the amount kept.
        Session doctor = t.createAgentSession(u"doctor"_s, u"MGPAP"_s, u"MEDICAL"_s);
        QVERIFY(doctor.setActivePurpose(u"MCM"_s));
        d = repository.load(doctor, repository.takeNextForControl(doctor).value());
        {
            DossierDialog dialog(repository, doctor, d);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *lines = dialog.findChild<QTableWidget *>(u"dossierLines"_s);
            QTRY_VERIFY(lines->hasFocus());
            lines->setCurrentCell(1, Decision);
            QTest::keyClick(lines, Qt::Key_J); // adjust: the allowed quantity takes the keys
            QCOMPARE(lines->currentColumn(), int(AllowedQuantity));
            typeInCell(lines, u"1"_s);
            QCOMPARE(cellText(&dialog, 1, AllowedUnit), Money::format(6043867));
            lines->setCurrentCell(1, Decision);
            QTest::keyClick(lines, Qt::Key_1); // the first reason
            QTest::keyClick(lines, Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(dialog.dossier().status, DossierStatus::Liquidation);
            QVERIFY(dialog.findChild<QWidget *>(u"dossierError"_s)->isHidden());
            QCOMPARE(dialog.dossier().lines.at(1).allowedUnit, std::optional<Centimes>(6043867));
            QCOMPARE(dialog.dossier().lines.at(1).allowedQuantity, std::optional<int>(1));
        }
    }

    void nothingTypedIsLostWithoutAWord_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("French of Morocco") << u"fr"_s;
        QTest::newRow("Arabic") << u"ar"_s;
    }

    void nothingTypedIsLostWithoutAWord()
    {
        QFETCH(QString, language);
        Language::apply(language);
        TestDatabase t(u"gui_escape_"_s + language);
        Session counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 memberId = registerMember(t, counter, u"740000001"_s, u"Idrissi"_s, u"Nadia"_s, 1981, u"F"_s);
        QVERIFY(counter.setActivePurpose(u"AMO"_s));
        DossierRepository repository(t.db());
        const Dossier d = repository.deposit(counter, {memberId, u"ES-1"_s, QDate::currentDate().addDays(-3), {}});

        int asked = 0;
        {
            DossierDialog dialog(repository, counter, d);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *lines = dialog.findChild<QTableWidget *>(u"dossierLines"_s);
            QTRY_VERIFY(lines->hasFocus());
            QTest::keyClick(&dialog, Qt::Key_Escape); // nothing typed: closes at once
            QTRY_VERIFY(!dialog.isVisible());
            QCOMPARE(asked, 0);
        }
        {
            DossierDialog dialog(repository, counter, d);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *lines = dialog.findChild<QTableWidget *>(u"dossierLines"_s);
            QTRY_VERIFY(lines->hasFocus());
            typeInCell(lines, u"C"_s);
            lines->setCurrentCell(0, Inpe);
            typeInCell(lines, u"123456789"_s);
            lines->setCurrentCell(0, Unit);
            typeInCell(lines, u"150"_s);
            // Escape, then Cancel: the window and the lines stay.
            answerNextQuestion(QMessageBox::Cancel, &asked);
            QTest::keyClick(lines, Qt::Key_Escape);
            QTRY_COMPARE(asked, 1);
            QVERIFY(dialog.isVisible());
            QCOMPARE(cellText(&dialog, 0, Code), u"C"_s);
            QCOMPARE(cellText(&dialog, 0, Unit), u"150"_s);
            // The window's close button asks the same.
            answerNextQuestion(QMessageBox::Cancel, &asked);
            dialog.close();
            QTRY_COMPARE(asked, 2);
            QVERIFY(dialog.isVisible());
            // Saved, it closes without a question.
            dialog.activateWindow(); // the window manager's part, after the message box
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            QTest::keyClick(lines, Qt::Key_S, Qt::ControlModifier);
            QTRY_COMPARE(dialog.dossier().lines.size(), 1);
            QTest::keyClick(lines, Qt::Key_Escape);
            QTRY_VERIFY(!dialog.isVisible());
            QCOMPARE(asked, 2);
        }
        {
            // Typed again and discarded on purpose: the saved line stays as it was.
            DossierDialog dialog(repository, counter, repository.load(counter, d.id));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *lines = dialog.findChild<QTableWidget *>(u"dossierLines"_s);
            lines->setCurrentCell(0, Quantity);
            typeInCell(lines, u"4"_s);
            answerNextQuestion(QMessageBox::Discard, &asked);
            QTest::keyClick(lines, Qt::Key_Escape);
            QTRY_VERIFY(!dialog.isVisible());
            QCOMPARE(asked, 3);
            QCOMPARE(repository.load(counter, d.id).lines.at(0).quantity, 1);
        }
        {
            // The deposit dialog: Return in the family listed picks the person and goes on to the
            // barcode, and a number typed is not thrown away by Escape.
            DepositDialog dialog(t.db(), repository, counter);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *search = dialog.findChild<QLineEdit *>(u"depositSearch"_s);
            QTRY_VERIFY(search->hasFocus());
            QTest::keyClicks(search, u"740000001"_s);
            QTest::keyClick(search, Qt::Key_Down);
            auto *persons = dialog.findChild<QTableView *>(u"depositPersons"_s);
            QTRY_VERIFY(persons->hasFocus());
            QVERIFY(persons->currentIndex().isValid());
            QTest::keyClick(persons, Qt::Key_Return);
            QVERIFY(dialog.isVisible());
            QVERIFY(dialog.findChild<QLineEdit *>(u"dossierNumber"_s)->hasFocus());
            QCOMPARE(asked, 3);
            QTest::keyClicks(dialog.findChild<QLineEdit *>(u"dossierNumber"_s), u"ES-2"_s);
            answerNextQuestion(QMessageBox::Cancel, &asked);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QTRY_COMPARE(asked, 4);
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.findChild<QLineEdit *>(u"dossierNumber"_s)->text(), u"ES-2"_s);
            answerNextQuestion(QMessageBox::Discard, &asked);
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QTRY_VERIFY(!dialog.isVisible());
            QCOMPARE(asked, 5);
            QCOMPARE(Sql::scalar(t.db(), u"SELECT COUNT(*) FROM dossiers WHERE number = 'ES-2'"_s).toInt(), 0);
        }
    }

    void theReferenceProposesTheAmount_data() { languageRows(); }

    // A medicine's code, typed or picked, proposes its public price in force on the date of care
    // (not an older one, not a later one), an act its tariff; what the agent types replaces it,
    // and a code changed proposes its own amount unless one was typed.
    void theReferenceProposesTheAmount()
    {
        QFETCH(QString, language);
        Language::apply(language);
        TestDatabase t(u"gui_prices_"_s + language);
        Session counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 memberId = registerMember(t, counter, u"760000001"_s, u"Fassi"_s, u"Laila"_s, 1984, u"F"_s);
        const QDate care = QDate::currentDate().addDays(-3);
        Sql::run(t.db(), u"INSERT INTO medicines (id, name, reimbursable, name_key) VALUES (901, 'TESTAMOL 500', ?, 'testamol 500')"_s,
                 {true});
        Sql::run(t.db(), u"INSERT INTO medicine_prices (medicine_id, valid_from, ppv, base) VALUES (901, '2000-01-01', 1000, 900), "
                         "(901, ?, 2350, 2000), (901, ?, 9990, 9000)"_s,
                 {care.addDays(-10).toString(Qt::ISODate), care.addDays(1).toString(Qt::ISODate)});
        Sql::run(t.db(), u"UPDATE control_rules SET active = ? WHERE code = 'RANDOM'"_s, {false});
        QVERIFY(counter.setActivePurpose(u"AMO"_s));
        DossierRepository repository(t.db());
        const Dossier d = repository.deposit(counter, {memberId, u"PR-1"_s, care, {}});

        DossierDialog dialog(repository, counter, d);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *lines = dialog.findChild<QTableWidget *>(u"dossierLines"_s);
        QTRY_VERIFY(lines->hasFocus());
        // An act typed: its tariff (C: 80 DH), replaced by the doctor's fee typed over it.
        typeHere(u"C"_s);
        pressHere(Qt::Key_Tab);
        QCOMPARE(cellText(&dialog, 0, Unit), Money::format(8000));
        typeHere(u"123456789"_s);
        pressHere(Qt::Key_Tab);
        pressHere(Qt::Key_Tab);
        QCOMPARE(lines->currentColumn(), int(Unit));
        typeHere(u"150"_s);
        pressHere(Qt::Key_Tab);
        QCOMPARE(cellText(&dialog, 0, Unit), u"150"_s);
        // A medicine's code typed in full: the price of the date of care, and its name.
        QCOMPARE(lines->currentRow(), 1);
        typeHere(u"MED-901"_s);
        QTRY_VERIFY(completionList() && completionList()->isVisible());
        pressHere(Qt::Key_Tab); // the list takes the medicine of that code, then the next cell
        QCOMPARE(cellText(&dialog, 1, Code), u"MED-901"_s);
        QCOMPARE(cellText(&dialog, 1, Unit), Money::format(2350));
        QCOMPARE(cellText(&dialog, 1, Label), u"TESTAMOL 500"_s);
        // Picked by its name in the list.
        lines->setCurrentCell(2, Code);
        typeHere(u"test"_s);
        QTRY_VERIFY(completionList() && completionList()->isVisible());
        QTest::keyClick(completionList(), Qt::Key_Return);
        QCOMPARE(cellText(&dialog, 2, Code), u"MED-901"_s);
        QCOMPARE(cellText(&dialog, 2, Unit), Money::format(2350));
        // Its code changed: the amount proposed follows; the amount typed on line 1 stays.
        lines->setCurrentCell(2, Code);
        typeHere(u"CS"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(cellText(&dialog, 2, Unit), Money::format(15000));
        lines->setCurrentCell(0, Code);
        typeHere(u"CS"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(cellText(&dialog, 0, Unit), u"150"_s);
        // An unknown code proposes nothing; a code then typed over it, its own amount.
        lines->setCurrentCell(3, Code);
        typeHere(u"ZZ"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(cellText(&dialog, 3, Unit), QString());
        QCOMPARE(cellText(&dialog, 3, Label), QString());
        lines->setCurrentCell(3, Code);
        typeHere(u"C"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(cellText(&dialog, 3, Unit), Money::format(8000));
        QTest::keyClick(lines, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(dialog.dossier().lines.size(), 4);
        QVERIFY(dialog.findChild<QWidget *>(u"dossierError"_s)->isHidden());
        QCOMPARE(dialog.dossier().lines.at(1).billedUnit, 2350);
        QCOMPARE(dialog.dossier().billed, 15000 + 2350 + 15000 + 8000);
        QCOMPARE(dialog.dossier().lines.at(1).providerInpe, u"123456789"_s);
    }

    void returnTakesTheFirstOfTheList_data() { languageRows(); }

    // In the list under the code, Return with nothing highlighted takes the first and goes on
    // (no Down); Down then Return still takes the one highlighted into the open cell; a number is
    // a code, never the start of a name.
    void returnTakesTheFirstOfTheList()
    {
        QFETCH(QString, language);
        Language::apply(language);
        TestDatabase t(u"gui_first_"_s + language);
        Session counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 memberId = registerMember(t, counter, u"770000009"_s, u"Lahlou"_s, u"Sara"_s, 1990, u"F"_s);
        Sql::run(t.db(), u"INSERT INTO medicines (id, name, reimbursable, name_key) VALUES (11, 'DOLIPRANE 1000', ?, 'doliprane 1000'), "
                         "(12, 'DOLIPRANE 500', ?, 'doliprane 500'), (14, '123 TEST', ?, '123 test')"_s,
                 {true, true, true});
        QVERIFY(counter.setActivePurpose(u"AMO"_s));
        DossierRepository repository(t.db());
        const Dossier d = repository.deposit(counter, {memberId, u"RF-1"_s, QDate::currentDate().addDays(-3), {}});

        DossierDialog dialog(repository, counter, d);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *lines = dialog.findChild<QTableWidget *>(u"dossierLines"_s);
        QTRY_VERIFY(lines->hasFocus());
        typeHere(u"doli"_s);
        QTRY_VERIFY(completionList() && completionList()->isVisible());
        QVERIFY(!completionList()->currentIndex().isValid());
        QTest::keyClick(completionList(), Qt::Key_Return);
        QCOMPARE(cellText(&dialog, 0, Code), u"MED-11"_s);
        QVERIFY(!QApplication::activePopupWidget());
        QVERIFY(lines->hasFocus()); // the cell is closed: the next key opens the next one
        QCOMPARE(lines->currentRow(), 0);
        QCOMPARE(lines->currentColumn(), int(Inpe)); // the first line: its provider
        // Down, Return: the one highlighted, in the cell still open.
        lines->setCurrentCell(1, Code);
        typeHere(u"doli"_s);
        QTRY_VERIFY(completionList() && completionList()->isVisible());
        QTest::keyClick(completionList(), Qt::Key_Down);
        QTest::keyClick(completionList(), Qt::Key_Down);
        QTest::keyClick(completionList(), Qt::Key_Return);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"MED-12"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(cellText(&dialog, 1, Code), u"MED-12"_s);
        // A number with no medicine of that id stays as typed, whatever name starts with it.
        lines->setCurrentCell(2, Code);
        typeHere(u"123"_s);
        QTRY_VERIFY(completionList() && completionList()->isVisible()); // "123 TEST"
        QTest::keyClick(completionList(), Qt::Key_Return);
        QCOMPARE(cellText(&dialog, 2, Code), u"123"_s);
        // The id alone names its medicine.
        lines->setCurrentCell(2, Code);
        typeHere(u"14"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(cellText(&dialog, 2, Label), u"123 TEST"_s);
    }

    void returnSkipsWhatNeedsNothing_data() { languageRows(); }

    // Return goes on to the next cell that needs typing: past an INPE that repeats the pharmacy of
    // the medicine above, the quantity (one) and a medicine's public price; an act's amount is
    // stopped at. Tab still goes to every cell, and Shift+Tab reaches every cell back.
    void returnSkipsWhatNeedsNothing()
    {
        QFETCH(QString, language);
        Language::apply(language);
        TestDatabase t(u"gui_skip_"_s + language);
        Session counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 memberId = registerMember(t, counter, u"780000001"_s, u"Berrada"_s, u"Omar"_s, 1970, u"M"_s);
        Sql::run(t.db(), u"INSERT INTO medicines (id, name, reimbursable, name_key) VALUES (21, 'AMOXIL 1G', ?, 'amoxil 1g'), "
                         "(22, 'SPASFON', ?, 'spasfon')"_s,
                 {true, true});
        Sql::run(t.db(), u"INSERT INTO medicine_prices (medicine_id, valid_from, ppv, base) VALUES (21, '2000-01-01', 4550, 4000), "
                         "(22, '2000-01-01', 1980, 1500)"_s);
        Sql::run(t.db(), u"UPDATE control_rules SET active = ? WHERE code = 'RANDOM'"_s, {false});
        QVERIFY(counter.setActivePurpose(u"AMO"_s));
        DossierRepository repository(t.db());
        const Dossier d = repository.deposit(counter, {memberId, u"SK-1"_s, QDate::currentDate().addDays(-3), {}});

        DossierDialog dialog(repository, counter, d);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *lines = dialog.findChild<QTableWidget *>(u"dossierLines"_s);
        QTRY_VERIFY(lines->hasFocus());
        auto at = [lines] { return std::pair(lines->currentRow(), lines->currentColumn()); };
        // An act: its INPE, then its amount (the tariff proposed, the fee checked).
        typeHere(u"C"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(at(), std::pair(0, int(Inpe)));
        typeHere(u"123456789"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(at(), std::pair(0, int(Unit)));
        QCOMPARE(cellText(&dialog, 0, Unit), Money::format(8000));
        pressHere(Qt::Key_Tab);
        QCOMPARE(at(), std::pair(1, int(Code)));
        // The first medicine under an act: the pharmacy's INPE is asked, then the next line.
        typeHere(u"amo"_s);
        QTRY_VERIFY(completionList() && completionList()->isVisible());
        QTest::keyClick(completionList(), Qt::Key_Return);
        QCOMPARE(at(), std::pair(1, int(Inpe)));
        typeHere(u"987654321"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(at(), std::pair(2, int(Code)));
        // A medicine under a medicine: straight to the next line.
        typeHere(u"spa"_s);
        QTRY_VERIFY(completionList() && completionList()->isVisible());
        QTest::keyClick(completionList(), Qt::Key_Return);
        QCOMPARE(at(), std::pair(3, int(Code)));
        // Shift+Tab reaches every cell of the line above, the ones Return went past too.
        for (int column : {Unit, Quantity, Inpe, Code}) {
            QTest::keyClick(lines, Qt::Key_Backtab, Qt::ShiftModifier);
            QCOMPARE(at(), std::pair(2, column));
        }
        // Tab goes to every cell, whatever it holds.
        for (int column : {Inpe, Quantity, Unit}) {
            QTest::keyClick(lines, Qt::Key_Tab);
            QCOMPARE(at(), std::pair(2, column));
        }
        // A quantity typed, then Return: on past the public price.
        QTest::keyClick(lines, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(at(), std::pair(2, int(Quantity)));
        typeHere(u"2"_s);
        pressHere(Qt::Key_Return);
        QCOMPARE(at(), std::pair(3, int(Code)));
        // Tab in the list takes the first too, then goes to the next cell (its INPE).
        typeHere(u"amo"_s);
        QTRY_VERIFY(completionList() && completionList()->isVisible());
        QTest::keyClick(completionList(), Qt::Key_Tab);
        QCOMPARE(cellText(&dialog, 3, Code), u"MED-21"_s);
        QCOMPARE(at(), std::pair(3, int(Inpe)));
        pressHere(Qt::Key_Escape); // the INPE's cell closed, nothing typed in it
        QTest::keyClick(lines, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(dialog.dossier().lines.size(), 4);
        QVERIFY(dialog.findChild<QWidget *>(u"dossierError"_s)->isHidden());
        const QList<DossierLine> saved = dialog.dossier().lines;
        QCOMPARE(saved.at(0).providerInpe, u"123456789"_s);
        QCOMPARE(saved.at(1).providerInpe, u"987654321"_s);
        QCOMPARE(saved.at(2).providerInpe, u"987654321"_s);
        QCOMPARE(saved.at(3).providerInpe, u"987654321"_s);
        QCOMPARE(saved.at(1).quantity, 1);
        QCOMPARE(saved.at(2).quantity, 2);
        QCOMPARE(dialog.dossier().billed, 8000 + 4550 + 2 * 1980 + 4550);
    }

    // One key per action in the dossier window, and each key only while its action can be done:
    // Ctrl+Return ends the entry, validates the review, or liquidates; Ctrl+Q is the desktop's quit.
    void eachShortcutDoesOneThing()
    {
        TestDatabase t(u"gui_dossier_keys"_s);
        Session counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 memberId = registerMember(t, counter, u"750000001"_s, u"Chraibi"_s, u"Adil"_s, 1979, u"M"_s);
        QVERIFY(counter.setActivePurpose(u"AMO"_s));
        DossierRepository repository(t.db());
        const Dossier d = repository.deposit(counter, {memberId, u"KS-1"_s, QDate::currentDate().addDays(-3), {}});
        DossierDialog dialog(repository, counter, d);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QMap<QKeySequence, QStringList> enabled;
        for (const QShortcut *shortcut : dialog.findChildren<QShortcut *>()) {
            if (shortcut->isEnabled())
                enabled[shortcut->key()].append(shortcut->objectName());
        }
        for (auto it = enabled.cbegin(); it != enabled.cend(); ++it)
            QVERIFY2(it.value().size() == 1, qPrintable(it.key().toString() + u": "_s + it.value().join(u", "_s)));
        QVERIFY(!enabled.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QCOMPARE(enabled.value(QKeySequence(Qt::CTRL | Qt::Key_Return)), QStringList{u"completeEntryShortcut"_s});
        QVERIFY(enabled.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P))); // the receipt as a PDF
    }

    // Under the same purpose (AMO), the counter is offered the deposit and the entry, the
    // liquidator the liquidation, the batches and the payment: each stage to the role whose work
    // it is (core/Permissions), in the section and in the dossier window.
    void eachRoleIsOfferedItsOwnStages()
    {
        TestDatabase t(u"gui_dossier_stages"_s);
        Session counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 memberId = registerMember(t, counter, u"750000002"_s, u"Alami"_s, u"Nadia"_s, 1981, u"F"_s);
        QVERIFY(counter.setActivePurpose(u"AMO"_s));
        Session liquidator = t.createAgentSession(u"liquidator"_s, u"MGPAP"_s, u"LIQUIDATOR"_s);
        QVERIFY(liquidator.setActivePurpose(u"AMO"_s));
        DossierRepository repository(t.db());
        const Dossier d = repository.deposit(counter, {memberId, u"ST-1"_s, QDate::currentDate().addDays(-3), {}});

        auto offered = [](const QWidget &widget) {
            QStringList names;
            for (const QPushButton *button : widget.findChildren<QPushButton *>()) {
                if (!button->objectName().isEmpty() && !button->isHidden())
                    names.append(button->objectName());
            }
            return names;
        };
        const QStringList liquidatorWork = {u"liquidateAll"_s, u"makeBatch"_s, u"payBatch"_s};
        {
            DossiersPage page(t.db(), counter);
            const QStringList names = offered(page);
            QVERIFY2(names.contains(u"depositDossier"_s), qPrintable(names.join(u", "_s)));
            for (const QString &name : liquidatorWork)
                QVERIFY2(!names.contains(name), qPrintable(name));
        }
        {
            DossiersPage page(t.db(), liquidator);
            const QStringList names = offered(page);
            QVERIFY2(!names.contains(u"depositDossier"_s), qPrintable(names.join(u", "_s)));
            for (const QString &name : liquidatorWork)
                QVERIFY2(names.contains(name), qPrintable(name + u" in " + names.join(u", "_s)));
        }
        {
            DossierDialog dialog(repository, liquidator, repository.load(liquidator, d.id));
            dialog.show();
            const QStringList names = offered(dialog);
            for (const QString &entry : {u"saveLines"_s, u"completeEntry"_s, u"markIncomplete"_s, u"rejectDossier"_s})
                QVERIFY2(!names.contains(entry), qPrintable(entry));
        }
        {
            DossierDialog dialog(repository, counter, repository.load(counter, d.id));
            dialog.show();
            const QStringList names = offered(dialog);
            QVERIFY2(names.contains(u"saveLines"_s), qPrintable(names.join(u", "_s)));
            QVERIFY(!dialog.findChild<QPushButton *>(u"liquidate"_s));
        }
    }

private:
    MnemonicWatch m_mnemonics;
};

QTEST_MAIN(TestDossierWindow)
#include "tst_dossierwindow.moc"
