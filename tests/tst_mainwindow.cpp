#include "Mnemonics.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "security/EmbeddedAuthenticator.h"
#include "core/FieldRules.h"
#include "data/ConnectionMonitor.h"
#include "data/PersonRepository.h"
#include "data/PersonTableModel.h"
#include "data/Sql.h"
#include "data/MemberAccountRepository.h"
#include "ui/ContributionDialogs.h"
#include "ui/IdleWatcher.h"
#include "ui/SingleInstance.h"
#include "ui/ImportDialog.h"
#include "ui/Language.h"
#include "ui/LockDialog.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "security/FakeSecretStore.h"
#include "ui/ConflictDialog.h"
#include "ui/ConnectionProfilesDialog.h"
#include "ui/PersonEditDialog.h"
#include "ui/PersonFileDialog.h"
#include "ui/PersonsPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QMessageBox>
#include <QDialogButtonBox>
#include "ui/ComplaintDialog.h"
#include "ui/ComplaintIntakeDialog.h"
#include "ui/ComplaintsPage.h"
#include "ui/LitigationDialogs.h"
#include "ui/LitigationPage.h"
#include "ui/PurgePage.h"
#include "ui/RegistryDialog.h"
#include "ui/RightsDialogs.h"
#include "ui/RightsPage.h"
#include "data/RightsRepository.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include "data/CalendarRepository.h"
#include "data/LitigationRepository.h"
#include "data/ComplaintQueueModel.h"
#include "data/ComplaintRepository.h"
#include <QPlainTextEdit>
#include "ui/DossiersPage.h"
#include "ui/DepositDialog.h"
#include "ui/DossierDialog.h"
#include "data/DemoSeeder.h"
#include "data/DossierQueueModel.h"
#include "data/DossierRepository.h"
#include <QInputDialog>
#include <QListWidget>
#include <QShortcut>
#include <QAbstractItemView>
#include <QCompleter>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QScreen>
#include <QSignalSpy>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QTest>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTimer>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {
const PasswordHasher kHasher(PasswordHasher::Strength::Minimal);

// With GUICHET_SCREENSHOTS=DIR, saves what a GUI test shows, to look at it (docs/testing.md).
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as the agent sees it
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

// Types any text, Arabic and accents included, as a keyboard layout would deliver it.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

// A member (immatriculation `number`) and a child of his (`number`-01), registered under `session`'s
// first purpose (REG for a counter agent); returns their ids.
std::pair<qint64, qint64> registerFamily(const QSqlDatabase &db, const Session &session, const QString &number,
                                         const QString &lastName, const QString &memberName,
                                         const QString &childName)
{
    Person p;
    p.lastName = lastName;
    p.firstName = memberName;
    p.immatriculation = number;
    p.birthDate = QDate(1972, 2, 2);
    p.sex = u"M"_s;
    const qint64 memberId = PersonRepository(db).create(session, p);
    p.firstName = childName;
    p.immatriculation = number + u"-01"_s;
    p.relation = u"child"_s;
    p.memberId = memberId;
    p.birthDate = QDate(2014, 4, 4);
    p.sex = u"F"_s;
    return {memberId, PersonRepository(db).create(session, p)};
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::apply(u"en"_s); }
    // No window the tests opened, in any language, underlined one letter twice.
    void cleanupTestCase() { QVERIFY2(m_mnemonics.problems().isEmpty(), qPrintable(m_mnemonics.problems().join(u'\n'))); }

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
        auto *sections = window.findChild<QListWidget *>(u"sections"_s);
        for (int row = 0; row < sections->count(); ++row)
            if (sections->item(row)->data(Qt::UserRole).toString() == u"CPL"_s)
                sections->setCurrentRow(row);
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
        auto *sections = window.findChild<QListWidget *>(u"sections"_s);
        for (int row = 0; row < sections->count(); ++row)
            if (sections->item(row)->data(Qt::UserRole).toString() == u"LEG"_s)
                sections->setCurrentRow(row);
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

    // The data-protection officer's dry run lists who would go (a family whose relationship
    // ended in 2019, not the active one), the purge runs after a confirmation with its progress,
    // and its report is saved as CSV and PDF.
    void officerPurgesFromTheScreen()
    {
        TestDatabase t(u"gui_purge"_s);
        Session counter = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 ended = registerFamily(t.db(), counter, u"760000001"_s, u"Ancien"_s, u"Adil"_s, u"Sara"_s).first;
        registerFamily(t.db(), counter, u"760000002"_s, u"Actuel"_s, u"Nabil"_s, u"Rim"_s);
        Sql::run(t.db(), u"UPDATE persons SET status = 'ended', relation_end = '2019-06-30' WHERE id = ?"_s, {ended});
        Session dpo = t.createAgentSession(u"dpo"_s, u"CNOPS"_s, u"DPO"_s);

        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, dpo);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *sections = window.findChild<QListWidget *>(u"sections"_s);
        for (int row = 0; row < sections->count(); ++row)
            if (sections->item(row)->data(Qt::UserRole).toString() == u"AUD"_s)
                sections->setCurrentRow(row);
        auto *page = window.findChild<PurgePage *>(u"purgePage"_s);
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->findChild<QTreeWidget *>(u"retentionRules"_s)->topLevelItemCount(), 15);

        auto *asOf = page->findChild<QLineEdit *>(u"purgeAsOf"_s);
        asOf->setFocus();
        QTest::keyClick(asOf, Qt::Key_Return); // the dry run
        auto *candidates = page->findChild<QTreeWidget *>(u"purgeCandidates"_s);
        QTRY_COMPARE(candidates->topLevelItemCount(), 2); // the member and the child
        QVERIFY(candidates->topLevelItem(0)->text(1).startsWith(u"760000001"_s));
        QVERIFY(page->findChild<QLabel *>(u"purgeDue"_s)->text().contains(u"2 persons"_s));
        screenshot(page, u"purge-dry-run"_s);

        bool confirmed = false;
        onNextModal<QMessageBox>([&](QWidget *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(u"2 persons"_s));
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
            confirmed = true;
        });
        QSignalSpy finished(page, &PurgePage::purgeFinished);
        page->findChild<QPushButton *>(u"purgeRun"_s)->click();
        QTRY_VERIFY(confirmed);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(page->findChild<QLabel *>(u"purgeStatus"_s)->text().contains(u"Purge done"_s));
        QVERIFY(page->findChild<QTreeWidget *>(u"purgeReport"_s)->topLevelItemCount() >= 1);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons WHERE anonymised_at IS NOT NULL"_s).toInt(), 2);
        screenshot(page, u"purge-done"_s);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(page->saveReportCsv(dir.filePath(u"r.csv"_s), &error), qPrintable(error));
        QVERIFY2(page->saveReportPdf(dir.filePath(u"r.pdf"_s), &error), qPrintable(error));
        QFile pdf(dir.filePath(u"r.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QVERIFY(!page->saveDestructionRecordPdf(dir.filePath(u"d.pdf"_s), &error)); // no box has expired
    }

    // The registry of processings from the Tools menu: the officer changes a processing's
    // recipients from the keyboard (Ctrl+S) and exports the registry; a counter agent reads it only.
    void theRegistryOfProcessings()
    {
        TestDatabase t(u"gui_registry"_s);
        Session dpo = t.createAgentSession(u"dpo"_s, u"CNOPS"_s, u"DPO"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, dpo);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bool edited = false;
        QTemporaryDir dir;
        onNextModal<RegistryDialog>([&](QWidget *widget) {
            auto *dialog = qobject_cast<RegistryDialog *>(widget);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *table = dialog->findChild<QTreeWidget *>(u"registryTable"_s);
            QCOMPARE(table->topLevelItemCount(), 15);
            QTRY_VERIFY(table->hasFocus());
            QTest::keyClick(table, Qt::Key_Down); // AMO
            auto *recipients = dialog->findChild<QPlainTextEdit *>(u"registryRecipients"_s);
            recipients->setFocus();
            recipients->selectAll();
            typeText(recipients, u"Opérateurs de tiers payant ; auditeurs"_s);
            QTest::keyClick(recipients, Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(dialog->findChild<QLabel *>(u"registryStatus"_s)->text().contains(u"AMO"_s));
            QVERIFY(table->topLevelItem(1)->text(3).contains(u"tiers payant"_s));
            QString error;
            QVERIFY2(dialog->saveCsv(dir.filePath(u"r.csv"_s), &error), qPrintable(error));
            QVERIFY2(dialog->savePdf(dir.filePath(u"r.pdf"_s), &error), qPrintable(error));
            screenshot(dialog, u"registry"_s);
            QTest::keyClick(dialog, Qt::Key_Escape);
            edited = true;
        });
        window.findChild<QAction *>(u"registryAction"_s)->trigger();
        QTRY_VERIFY(edited);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT recipients FROM purposes WHERE code = 'AMO'"_s).toString(),
                 u"Opérateurs de tiers payant ; auditeurs"_s);
        QFile csv(dir.filePath(u"r.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(u"Opérateurs de tiers payant ; auditeurs"_s));

        // A counter agent reads it and cannot edit.
        Session counter = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        RegistryDialog readOnly(t.db(), counter);
        QVERIFY(!readOnly.findChild<QPlainTextEdit *>(u"registryRecipients"_s)->isVisibleTo(&readOnly));
    }

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
            auto *sections = window.findChild<QListWidget *>(u"sections"_s);
            for (int row = 0; row < sections->count(); ++row)
                if (sections->item(row)->data(Qt::UserRole).toString() == u"CPL"_s)
                    sections->setCurrentRow(row);
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

private:
    MnemonicWatch m_mnemonics;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
