// The dossier window and the deposit dialog as the counter and the controller use them all day,
// in each language of the screens (English, French of Morocco, Arabic): what Guichet shows is read
// back by Guichet, and nothing typed is lost without the agent's word.
#include "Mnemonics.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "core/Money.h"
#include "data/DossierRepository.h"
#include "data/PersonRepository.h"
#include "data/Sql.h"
#include "ui/DepositDialog.h"
#include "ui/DossierDialog.h"
#include "ui/Language.h"

#include <QApplication>
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

private:
    MnemonicWatch m_mnemonics;
};

QTEST_MAIN(TestDossierWindow)
#include "tst_dossierwindow.moc"
