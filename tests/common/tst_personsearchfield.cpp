// The person search of the persons list, the deposit and the complaint intake: it searches a
// moment after the last key, at once on Down, Return or Enter, and keeps those keys to itself.
#include "ui/common/PersonSearchField.h"

#include "core/FieldRules.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestPersonSearchField : public QObject
{
    Q_OBJECT

private slots:
    void isALineEditFoundByItsName()
    {
        QWidget screen;
        new PersonSearchField(&screen, u"depositSearch"_s);
        auto *field = screen.findChild<QLineEdit *>(u"depositSearch"_s);
        QVERIFY(field);
        QCOMPARE(field->maxLength(), FieldRules::MaxSearchLength);
        const PersonSearchField unnamed;
        QCOMPARE(unnamed.objectName(), u"personSearch"_s);
    }

    void typingThenWaitingSearchesOnce()
    {
        PersonSearchField field;
        QSignalSpy searched(&field, &PersonSearchField::searchRequested);
        QTest::keyClicks(&field, u"ouaz"_s);
        QCOMPARE(searched.count(), 0); // not at each key
        QVERIFY(field.searchPending());
        QTRY_COMPARE(searched.count(), 1);
        QCOMPARE(searched.at(0).at(0).toString(), u"ouaz"_s);
        QVERIFY(!field.searchPending());
        QTest::qWait(2 * PersonSearchField::DelayMs);
        QCOMPARE(searched.count(), 1);
    }

    void eachKeyPutsTheSearchOff()
    {
        PersonSearchField field;
        QSignalSpy searched(&field, &PersonSearchField::searchRequested);
        // Longer in all than the delay, but never as long between two keys.
        QElapsedTimer sinceLastKey;
        qint64 longestGap = 0;
        for (const QChar c : u"750000"_s) {
            if (sinceLastKey.isValid())
                longestGap = std::max(longestGap, sinceLastKey.elapsed());
            QTest::keyClick(&field, c.toLatin1());
            sinceLastKey.start();
            QTest::qWait(PersonSearchField::DelayMs / 4);
        }
        if (longestGap >= PersonSearchField::DelayMs * 9 / 10)
            QSKIP("The machine paused longer than the delay between two keys");
        QCOMPARE(searched.count(), 0);
        QTRY_COMPARE(searched.count(), 1);
        QCOMPARE(searched.at(0).at(0).toString(), u"750000"_s);
    }

    void aKeyBeforeTheDelaySearchesAtOnce_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("down");
        QTest::newRow("Down") << int(Qt::Key_Down) << true;
        QTest::newRow("Return") << int(Qt::Key_Return) << false;
        QTest::newRow("Enter") << int(Qt::Key_Enter) << false;
    }

    void aKeyBeforeTheDelaySearchesAtOnce()
    {
        QFETCH(int, key);
        QFETCH(bool, down);
        PersonSearchField field;
        QSignalSpy searched(&field, &PersonSearchField::searchRequested);
        QSignalSpy moved(&field, &PersonSearchField::moveToResults);
        QSignalSpy confirmed(&field, &PersonSearchField::searchConfirmed);
        // The search comes first: the screen moves on to the results of what was typed.
        QList<QString> order;
        connect(&field, &PersonSearchField::searchRequested, this, [&order] { order << u"search"_s; });
        connect(&field, &PersonSearchField::moveToResults, this, [&order] { order << u"move"_s; });
        connect(&field, &PersonSearchField::searchConfirmed, this, [&order] { order << u"move"_s; });
        QTest::keyClicks(&field, u"7500"_s);
        QTest::keyClick(&field, Qt::Key(key));
        QCOMPARE(searched.count(), 1);
        QCOMPARE(searched.at(0).at(0).toString(), u"7500"_s);
        QCOMPARE(moved.count(), down ? 1 : 0);
        QCOMPARE(confirmed.count(), down ? 0 : 1);
        QCOMPARE(order, (QList<QString>{u"search"_s, u"move"_s}));
        QCOMPARE(field.text(), u"7500"_s);
        QTest::qWait(2 * PersonSearchField::DelayMs); // and not once more when the delay would have passed
        QCOMPARE(searched.count(), 1);
    }

    void aKeyAfterTheDelayDoesNotSearchAgain()
    {
        PersonSearchField field;
        QSignalSpy searched(&field, &PersonSearchField::searchRequested);
        QSignalSpy moved(&field, &PersonSearchField::moveToResults);
        QSignalSpy confirmed(&field, &PersonSearchField::searchConfirmed);
        QTest::keyClicks(&field, u"ouaz"_s);
        QTRY_COMPARE(searched.count(), 1);
        QTest::keyClick(&field, Qt::Key_Down);
        QTest::keyClick(&field, Qt::Key_Return, Qt::ShiftModifier); // whatever the modifiers
        QCOMPARE(searched.count(), 1);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(confirmed.count(), 1);
    }

    void textSetByTheProgramSearchesToo()
    {
        // A member's card opened by a link fills the field as if typed.
        PersonSearchField field;
        QSignalSpy searched(&field, &PersonSearchField::searchRequested);
        field.setText(u"78"_s);
        QTRY_COMPARE(searched.count(), 1);
        QCOMPARE(searched.at(0).at(0).toString(), u"78"_s);
        // Unless the screen silences it, as the deposit does when it starts with a person.
        {
            const QSignalBlocker quiet(&field);
            field.setText(u"780000001"_s);
        }
        QVERIFY(!field.searchPending());
    }

    void otherKeysEditAsUsual()
    {
        PersonSearchField field;
        QTest::keyClicks(&field, u"tazi"_s);
        QTest::keyClick(&field, Qt::Key_Home);
        QTest::keyClick(&field, Qt::Key_Delete);
        QTest::keyClick(&field, Qt::Key_End);
        QTest::keyClick(&field, Qt::Key_Backspace);
        QCOMPARE(field.text(), u"az"_s);
        QTest::keyClick(&field, Qt::Key_Up); // only Down leaves for the results
        QCOMPARE(field.text(), u"az"_s);
    }

    void returnNeverSubmitsTheDialogAndEscapeStillClosesIt()
    {
        QDialog dialog;
        auto *field = new PersonSearchField(&dialog, u"complaintSearch"_s);
        auto *ok = new QPushButton(u"OK"_s, &dialog);
        ok->setDefault(true);
        connect(ok, &QPushButton::clicked, &dialog, &QDialog::accept);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(field);
        layout->addWidget(ok);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        field->setFocus();
        QSignalSpy clicked(ok, &QPushButton::clicked);
        QTest::keyClicks(field, u"720000001"_s);
        QTest::keyClick(field, Qt::Key_Return);
        QTest::keyClick(field, Qt::Key_Enter);
        QCOMPARE(clicked.count(), 0);
        QVERIFY(dialog.isVisible());
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestPersonSearchField)
#include "tst_personsearchfield.moc"
