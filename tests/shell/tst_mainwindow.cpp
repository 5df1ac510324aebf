// The shell through the main window: sign-in, sections, shortcuts and underlined letters, language,
// lock and idle time, the agent's window size, the offline banner, links handed over by a second
// start. Each area's screens have their own test (tests/<area>/tst_<area>screens.cpp).
#include "MainWindowFixture.h"
#include "Mnemonics.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "core/FieldRules.h"
#include "data/common/ConnectionMonitor.h"
#include "data/common/Sql.h"
#include "data/persons/PersonRepository.h"
#include "data/persons/PersonTableModel.h"
#include "security/EmbeddedAuthenticator.h"
#include "security/FakeSecretStore.h"
#include "ui/dossiers/DossiersPage.h"
#include "ui/persons/PersonFileDialog.h"
#include "ui/persons/PersonsPage.h"
#include "ui/shell/ConnectionProfilesDialog.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/Language.h"
#include "ui/shell/LockDialog.h"
#include "ui/shell/LoginDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SingleInstance.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

class TestMainWindow : public MainWindowTestCase
{
    Q_OBJECT

private slots:
    void eachRoleSeesOnlyItsSections_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("counter") << u"COUNTER"_s << QStringList{u"REG"_s, u"AMO"_s, u"STU"_s, u"ARM"_s, u"CPL"_s};
        QTest::newRow("liquidator") << u"LIQUIDATOR"_s << QStringList{u"AMO"_s, u"STU"_s, u"TP"_s};
        QTest::newRow("medical") << u"MEDICAL"_s << QStringList{u"MCM"_s, u"MCC"_s};
        QTest::newRow("legal") << u"LEGAL"_s << QStringList{u"CPL"_s, u"LEG"_s};
        QTest::newRow("auditor") << u"AUDITOR"_s << QStringList{u"AUD"_s};
        QTest::newRow("administrator") << u"ADMIN"_s << QStringList{};
    }
    void eachRoleSeesOnlyItsSections()
    {
        QFETCH(QString, role);
        QFETCH(QStringList, sections);
        TestDatabase t(u"gui_roles"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, role);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        QCOMPARE(window.sectionCodes(), sections);
        QCOMPARE(window.findChildren<PersonsPage *>().size(), sections.contains(u"REG"_s) ? 1 : 0);
        auto *purposeLabel = window.findChild<QLabel *>(u"purposeLabel"_s);
        QVERIFY(purposeLabel);
        if (sections.isEmpty()) {
            QVERIFY(window.findChild<QLabel *>(u"noSections"_s));
            QVERIFY(window.session().activePurpose().isEmpty());
        } else {
            QCOMPARE(window.session().activePurpose(), sections.first());
            QVERIFY(purposeLabel->text().contains(sections.first()));
        }
        QVERIFY(!window.selectSection(u"HR"_s));
    }

    // In every section of every role, each key does one thing: no two enabled actions or
    // shortcuts of what is shown share one (an ambiguous key does nothing at all).
    void everyShortcutOfASectionDoesOneThing_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("language");
        for (const QString &language : {u"en"_s, u"fr"_s, u"ar"_s}) {
            for (const QString &role : {u"COUNTER"_s, u"LIQUIDATOR"_s, u"MEDICAL"_s, u"LEGAL"_s, u"DPO"_s, u"AUDITOR"_s})
                QTest::addRow("%s %s", qPrintable(role), qPrintable(language)) << role << language;
        }
    }
    void everyShortcutOfASectionDoesOneThing()
    {
        QFETCH(QString, role);
        QFETCH(QString, language);
        Language::apply(language);
        const auto backToEnglish = qScopeGuard([] { Language::apply(u"en"_s); });
        TestDatabase t(u"gui_shortcuts"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, role);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *sections = window.findChild<QListWidget *>(u"sections"_s);
        QStringList mnemonicProblems;
        for (int row = 0; row < sections->count(); ++row) {
            sections->setCurrentRow(row);
            QMap<QKeySequence, QStringList> keys;
            for (const QAction *action : window.findChildren<QAction *>()) {
                if (action->isEnabled() && !action->shortcut().isEmpty())
                    keys[action->shortcut()].append(action->objectName());
            }
            for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
                const auto *owner = qobject_cast<QWidget *>(shortcut->parent());
                if (shortcut->isEnabled() && owner && owner->isVisible())
                    keys[shortcut->key()].append(owner->objectName());
            }
            for (auto it = keys.cbegin(); it != keys.cend(); ++it)
                QVERIFY2(it.value().size() == 1, qPrintable(sections->item(row)->data(Qt::UserRole).toString() + u": "_s
                                                            + it.key().toString() + u" → "_s + it.value().join(u", "_s)));
            // Nor does an underlined letter: Alt+letter reaches one thing.
            const QString section = sections->item(row)->data(Qt::UserRole).toString();
            for (const QString &clash : mnemonicClashes(&window))
                mnemonicProblems.append(section + u": "_s + clash);
            if (language == u"ar"_s) { // an underline would split the joined letters of an Arabic word
                const QMap<QString, QStringList> underlined = mnemonicsOf(&window);
                for (auto it = underlined.cbegin(); it != underlined.cend(); ++it)
                    mnemonicProblems.append(section + u": underlined in Arabic: "_s + it.value().join(u", "_s));
            }
            // Each section is listed in the Sections menu with its key.
            QVERIFY(window.findChild<QAction *>(u"goToSection_"_s + sections->item(row)->data(Qt::UserRole).toString()));
        }
        QVERIFY2(mnemonicProblems.isEmpty(), qPrintable(mnemonicProblems.join(u"\n"_s)));
    }

    // Choosing a language on the sign-in window changes every string of it at once, and the box
    // says which language is in use.
    void signInSwitchesEveryStringAtOnce()
    {
        TestDatabase t(u"gui_login_language"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        const auto restore = qScopeGuard([] {
            Language::save(QString());
            Language::apply(u"en"_s);
        });
        Language::save(QString());
        LoginDialog dialog(auth, t.url());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        QCOMPARE(language->currentText(), u"System language (English)"_s);
        const auto texts = [&dialog] {
            QStringList all{dialog.windowTitle()};
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                if (label->isVisibleTo(&dialog) && !label->text().isEmpty())
                    all << label->text();
            for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>())
                if (button->isVisibleTo(&dialog))
                    all << button->text();
            return all;
        };
        const QStringList english = texts();
        for (const QString &code : {u"fr"_s, u"ar"_s}) {
            language->setFocus();
            QTest::keyClick(language, Qt::Key_Home);
            while (language->currentData().toString() != code)
                QTest::keyClick(language, Qt::Key_Down); // as the agent chooses: activated
            QCOMPARE(Language::current(), code);
            QCoreApplication::processEvents(); // the change of language is posted to each window
            const QStringList now = texts();
            QCOMPARE(now.size(), english.size());
            for (qsizetype i = 0; i < now.size(); ++i) {
                // Only the product's name reads the same in every language.
                if (english.at(i) != u"Guichet"_s)
                    QVERIFY2(now.at(i) != english.at(i), qPrintable(code + u": "_s + now.at(i)));
            }
            QCOMPARE(dialog.layoutDirection(), code == u"ar"_s ? Qt::RightToLeft : Qt::LeftToRight);
            QCOMPARE(language->currentData().toString(), code); // the box shows the language in use
        }
    }

    void signInDialogKeepsTheLoginAfterAWrongPassword()
    {
        TestDatabase t(u"gui_login"_s);
        t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        LoginDialog dialog(auth, t.url());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *login = dialog.findChild<QLineEdit *>(u"login"_s);
        auto *password = dialog.findChild<QLineEdit *>(u"password"_s);
        QVERIFY(login->hasFocus());
        QTest::keyClicks(login, u"samira"_s);
        QTest::keyClick(login, Qt::Key_Tab);
        QVERIFY(password->hasFocus());
        QTest::keyClicks(password, u"wrong password"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(login->text(), u"samira"_s);
        QVERIFY(password->text().isEmpty());
        QVERIFY(password->hasFocus());

        QTest::keyClicks(password, TestDatabase::agentPassword());
        QTest::keyClick(password, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.session().login, u"samira"_s);

        // A 10,000-character login is cut at the field's limit and refused with a sentence.
        LoginDialog second(auth, t.url());
        second.show();
        auto *secondLogin = second.findChild<QLineEdit *>(u"login"_s);
        secondLogin->setText(QString(10000, u'a'));
        QCOMPARE(secondLogin->text().size(), FieldRules::MaxLoginLength);
        QTest::keyClick(secondLogin, Qt::Key_Return);
        QVERIFY(!second.errorText().isEmpty());
    }

    void thePasswordIsKeptInTheKeychainOnlyWhenAsked()
    {
        TestDatabase t(u"gui_keychain"_s);
        t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        FakeSecretStore keychain;
        const QString key = SecretStore::passwordKey(u"Rabat"_s, u"samira"_s);
        {
            LoginDialog dialog(auth, t.url());
            dialog.offerToRemember(&keychain, u"Rabat"_s, u"samira"_s);
            QCOMPARE(dialog.findChild<QLineEdit *>(u"login"_s)->text(), u"samira"_s);
            auto *password = dialog.findChild<QLineEdit *>(u"password"_s);
            QTest::keyClicks(password, TestDatabase::agentPassword());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(keychain.size(), 0); // not asked: nothing kept
        }
        {
            LoginDialog dialog(auth, t.url());
            dialog.offerToRemember(&keychain, u"Rabat"_s, u"samira"_s);
            dialog.findChild<QLineEdit *>(u"password"_s)->setText(TestDatabase::agentPassword());
            dialog.findChild<QCheckBox *>(u"remember"_s)->setChecked(true);
            dialog.accept();
            QCOMPARE(keychain.read(key).secret, TestDatabase::agentPassword());
        }
        {
            LoginDialog dialog(auth, t.url());
            dialog.offerToRemember(&keychain, u"Rabat"_s, u"samira"_s);
            QCOMPARE(dialog.findChild<QLineEdit *>(u"password"_s)->text(), TestDatabase::agentPassword());
            QVERIFY(dialog.findChild<QCheckBox *>(u"remember"_s)->isChecked());
            dialog.findChild<QCheckBox *>(u"remember"_s)->setChecked(false); // changed their mind
            dialog.accept();
            QCOMPARE(keychain.read(key).status, SecretStore::Status::NotFound);
        }
        {
            // Samira's kept password belongs to her login: another agent at the same workstation
            // who types his own login does not send it (a failed sign-in toward his lock-out).
            t.createAgentSession(u"karim"_s, u"MGPAP"_s, u"COUNTER"_s);
            keychain.write(key, TestDatabase::agentPassword());
            LoginDialog dialog(auth, t.url());
            dialog.offerToRemember(&keychain, u"Rabat"_s, u"samira"_s);
            auto *login = dialog.findChild<QLineEdit *>(u"login"_s);
            auto *password = dialog.findChild<QLineEdit *>(u"password"_s);
            QCOMPARE(password->text(), TestDatabase::agentPassword());
            login->selectAll();
            QTest::keyClicks(login, u"karim"_s);
            QVERIFY(password->text().isEmpty());
            QVERIFY(!dialog.findChild<QCheckBox *>(u"remember"_s)->isChecked());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QCOMPARE(Sql::scalar(t.db(), u"SELECT COUNT(*) FROM audit_log WHERE action LIKE '%-failed'"_s).toInt(), 0);
            QCOMPARE(keychain.read(key).secret, TestDatabase::agentPassword()); // still Samira's
            // Back to her own login, she types her password herself.
            login->selectAll();
            QTest::keyClicks(login, u"samira"_s);
            QTest::keyClicks(password, TestDatabase::agentPassword());
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.session().login, u"samira"_s);
        }
        {
            keychain.setAvailable(false);
            LoginDialog dialog(auth, t.url());
            dialog.offerToRemember(&keychain, u"Rabat"_s, u"samira"_s);
            QVERIFY(!dialog.findChild<QCheckBox *>(u"remember"_s)->isEnabled());
        }
    }

    void profilesAreEditedAndRefusedWhenIncomplete()
    {
        ConnectionProfilesDialog dialog({});
        dialog.show();
        auto *name = dialog.findChild<QLineEdit *>(u"name"_s);
        auto *host = dialog.findChild<QLineEdit *>(u"host"_s);
        name->setText(u"CNOPS Rabat"_s);
        host->clear();
        dialog.accept();
        QVERIFY(dialog.isVisible()); // refused: no server
        QVERIFY(dialog.findChild<QLabel *>(u"error"_s)->isVisible());
        host->setText(u"db.cnops.ma"_s);
        dialog.findChild<QComboBox *>(u"sslMode"_s)->setCurrentIndex(0);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profiles().size(), 1);
        QCOMPARE(dialog.profiles().first().host, u"db.cnops.ma"_s);
        QCOMPARE(dialog.profiles().first().sslMode, u"verify-full"_s);
    }

    void lockHidesTheFileAndOnlyThePasswordUnlocks()
    {
        TestDatabase t(u"gui_lock"_s);
        const Session session = t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        bool hiddenWhileLocked = false;
        bool escapeIgnored = false;
        onNextModal([&](QWidget *dialog) {
            hiddenWhileLocked = !window.centralWidget()->isVisible();
            QTest::keyClick(dialog, Qt::Key_Escape);
            escapeIgnored = dialog->isVisible();
            auto *password = dialog->findChild<QLineEdit *>(u"unlockPassword"_s);
            QTest::keyClicks(password, u"wrong"_s);
            QTest::keyClick(password, Qt::Key_Return);
            QVERIFY(dialog->isVisible());
            QTest::keyClicks(password, TestDatabase::agentPassword());
            QTest::keyClick(password, Qt::Key_Return);
        });
        window.lock();
        QVERIFY(hiddenWhileLocked);
        QVERIFY(escapeIgnored);
        QVERIFY(!window.isLocked());
        QVERIFY(window.centralWidget()->isVisible());
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE action = 'lock'"_s).toInt(), 1);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log WHERE action = 'unlock'"_s).toInt(), 1);
    }

    void signingOutFromTheLockClosesTheOpenFile()
    {
        TestDatabase t(u"gui_lock_file"_s);
        Session session = t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        Person p;
        p.lastName = u"Hajji"_s;
        p.firstName = u"Said"_s;
        p.immatriculation = u"888000111"_s;
        p.birthDate = QDate(1981, 2, 3);
        p.sex = u"M"_s;
        const qint64 id = PersonRepository(t.db()).create(session, p);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        QSignalSpy signOut(&window, &MainWindow::signOutRequested);
        bool lockCoversTheScreen = false;
        onNextModal<PersonFileDialog>([&](QWidget *) {
            // The agent walks away with the file open: the idle lock comes up over it.
            onNextModal<LockDialog>([&](QWidget *lock) {
                lockCoversTheScreen = lock->windowState().testFlag(Qt::WindowFullScreen);
                lock->findChild<QPushButton *>(u"signOut"_s)->click();
            });
            window.idleWatcher()->setTimeout(20);
        });
        window.openPerson(id); // returns when the file is closed
        QTRY_COMPARE(signOut.count(), 1);
        QVERIFY(lockCoversTheScreen);
        QVERIFY(window.findChildren<PersonFileDialog *>().isEmpty() || !window.findChild<PersonFileDialog *>()->isVisible());
    }

    void aLinkReachesTheRunningGuichetAndOpensTheMembersFile()
    {
        TestDatabase t(u"gui_link"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        Person p;
        p.lastName = u"Zniber"_s;
        p.firstName = u"Kenza"_s;
        p.immatriculation = u"780000001"_s;
        p.birthDate = QDate(1988, 8, 8);
        p.sex = u"F"_s;
        const qint64 memberId = PersonRepository(t.db()).create(session, p);
        p.firstName = u"Hamza"_s;
        p.immatriculation = u"781000001"_s;
        PersonRepository(t.db()).create(session, p);
        p.firstName = u"Nour"_s;
        p.immatriculation = u"780000001-01"_s; // a beneficiary: the member's number starts hers
        p.relation = u"child"_s;
        p.memberId = memberId;
        p.birthDate = QDate(2015, 1, 1);
        PersonRepository(t.db()).create(session, p);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The running Guichet listens; a second start (here: a second SingleInstance) hands over
        // the scanned card's link.
        const QString channel = u"guichet-test-"_s + QString::number(QCoreApplication::applicationPid());
        SingleInstance running(channel);
        QVERIFY(running.listen());
        QObject::connect(&running, &SingleInstance::messageReceived, &window, [&window](const QString &message) {
            if (const auto link = GuichetLink::parse(message))
                window.openLink(*link);
        });
        QString opened;
        onNextModal<PersonFileDialog>([&opened](QWidget *file) {
            opened = file->windowTitle();
            QTest::keyClick(file, Qt::Key_Escape);
        });
        QVERIFY(SingleInstance(channel).forward(u"guichet://member/780000001"_s));
        QTRY_COMPARE(opened, u"File of Zniber Kenza"_s);
        QVERIFY(!SingleInstance(channel + u"-nobody"_s).forward(u"guichet://member/1"_s));

        // A number that matches several persons leaves the list filtered for the agent to choose.
        window.openLink({GuichetLink::Kind::Member, u"78"_s});
        QCOMPARE(window.findChild<PersonsPage *>()->searchField()->text(), u"78"_s);
        // A dossier link goes to the counter's dossiers; an unknown number is said there, not ignored.
        window.openLink({GuichetLink::Kind::Dossier, u"AMO42"_s});
        auto *dossiers = window.findChild<DossiersPage *>(u"dossiersPage_AMO"_s);
        QVERIFY(dossiers && dossiers->isVisible());
        QTRY_VERIFY(dossiers->findChild<QLabel *>(u"dossiersError"_s)->text().contains(u"AMO42"_s));
    }

    void aLostConnectionIsSaidAndRecovered()
    {
        TestDatabase t(u"gui_offline"_s);
        const Session session = t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        auto *banner = window.findChild<QLabel *>(u"offlineBanner"_s);
        QVERIFY(banner && !banner->isVisible());
        ConnectionMonitor::instance().reportLost(u"some-other-connection"_s);
        QVERIFY(!banner->isVisible());
        ConnectionMonitor::instance().reportLost(t.db().connectionName());
        QVERIFY(banner->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000); // reconnected by itself
    }

    // The first time, most of the screen; then the size the agent left it at, per login.
    void theWindowUsesTheScreenAndKeepsTheAgentsSize()
    {
        TestDatabase t(u"gui_geometry"_s);
        const Session session = t.createAgentSession(u"geometry.agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        QSettings().remove(u"mainWindow/geometry/geometry.agent"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        QSize chosen;
        {
            MainWindow window(t.db(), auth, session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const QRect available = window.screen()->availableGeometry();
            // (The offscreen screen, 800 by 600, is narrower than the window can be.)
            QVERIFY2(window.width() >= available.width() * 8 / 10,
                     qPrintable(u"%1 on a screen of %2"_s.arg(window.width()).arg(available.width())));
            QVERIFY(available.contains(window.frameGeometry().topLeft()));
            QVERIFY(window.height() >= available.height() * 7 / 10);
            chosen = window.size() - QSize(0, 60); // narrower than its least width is not possible
            window.resize(chosen);
            QTRY_COMPARE(window.size(), chosen);
            window.close();
        }
        MainWindow again(t.db(), auth, session);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), chosen);
        QSettings().remove(u"mainWindow/geometry/geometry.agent"_s);
    }

    void idleTimeLocksTheScreen()
    {
        TestDatabase t(u"gui_idle"_s);
        const Session session = t.createAgentSession(u"samira"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, session);
        window.show();
        bool locked = false;
        onNextModal([&](QWidget *dialog) {
            locked = qobject_cast<LockDialog *>(dialog) != nullptr;
            dialog->findChild<QPushButton *>(u"signOut"_s)->click();
        });
        QSignalSpy signOut(&window, &MainWindow::signOutRequested);
        window.idleWatcher()->setTimeout(50);
        QTRY_COMPARE(signOut.count(), 1);
        QVERIFY(locked);
    }

    void arabicLaysOutRightToLeftAndFrenchIsTranslated()
    {
        TestDatabase t(u"gui_language"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        Language::apply(u"ar"_s);
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        {
            LoginDialog dialog(auth, t.url());
            QCOMPARE(dialog.layoutDirection(), Qt::RightToLeft);
        }
        Language::apply(u"fr"_s);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        {
            LoginDialog dialog(auth, t.url());
            auto *buttons = dialog.findChild<QDialogButtonBox *>();
            const QString signIn = buttons->button(QDialogButtonBox::Ok)->text();
            QVERIFY2(signIn != u"&Sign in"_s, qPrintable(signIn));
        }
        Language::apply(u"en"_s);
    }

    // In Arabic, the names of the purposes and of the role, the status bar and the Sections menu
    // are Arabic and laid out right to left; in French, the official names of the processings.
    void purposeAndRoleNamesAreTranslated()
    {
        TestDatabase t(u"gui_names"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        const auto backToEnglish = qScopeGuard([] { Language::apply(u"en"_s); });
        const auto arabicLetters = [](const QString &text) {
            return std::count_if(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Arabic; });
        };
        Language::apply(u"ar"_s);
        {
            MainWindow window(t.db(), auth, session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *sections = window.findChild<QListWidget *>(u"sections"_s);
            for (int row = 0; row < sections->count(); ++row) {
                // Right to left, the name comes first and the code under it (Qt elides an item
                // whose first line is Latin and whose second is Arabic).
                const QString code = sections->item(row)->data(Qt::UserRole).toString();
                QCOMPARE(sections->item(row)->text().section(u'\n', 1), code);
                const QString name = sections->item(row)->text().section(u'\n', 0, 0);
                QVERIFY2(arabicLetters(name) > name.size() / 2, qPrintable(name));
                const QString menu = window.findChild<QAction *>(u"goToSection_"_s + sections->item(row)->data(Qt::UserRole).toString())->text();
                QVERIFY2(menu.contains(name), qPrintable(menu));
            }
            const QString agent = window.findChild<QLabel *>(u"agentLabel"_s)->text();
            QVERIFY2(agent.contains(u"موظف الشباك"_s), qPrintable(agent));
            const QString purpose = window.findChild<QLabel *>(u"purposeLabel"_s)->text();
            QVERIFY2(purpose.contains(u"تدبير التسجيل والاشتراكات"_s), qPrintable(purpose));
            QCOMPARE(window.statusBar()->layoutDirection(), Qt::RightToLeft);
            // The purpose sits at the reading start of the bar, on the right.
            const QWidget *label = window.findChild<QLabel *>(u"purposeLabel"_s);
            QVERIFY(label->mapTo(&window, QPoint(label->width(), 0)).x() > window.width() / 2);
        }
        Language::apply(u"fr"_s);
        MainWindow window(t.db(), auth, session);
        const QString purpose = window.findChild<QLabel *>(u"purposeLabel"_s)->text();
        QVERIFY2(purpose.contains(u"Gestion de l'immatriculation et des cotisations"_s), qPrintable(purpose));
        QVERIFY(window.findChild<QLabel *>(u"agentLabel"_s)->text().contains(u"Agent de guichet"_s));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
