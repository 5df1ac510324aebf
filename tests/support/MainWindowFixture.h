#pragma once

#include "Mnemonics.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "core/Session.h"
#include "security/EmbeddedAuthenticator.h"
#include "security/PasswordHasher.h"
#include "ui/shell/MainWindow.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <utility>

class QWidget;

// What the GUI tests of every area share when they walk the product through its main window
// (library guichet_guitestsupport: the ui and the test database).
namespace guichet::test {

// The agents the tests create: hashed with the fastest setting (hashing is not what they test).
inline const PasswordHasher kHasher(PasswordHasher::Strength::Minimal);

// With GUICHET_SCREENSHOTS=DIR, saves what a GUI test shows, to look at it (docs/testing.md).
void screenshot(QWidget *widget, const QString &name);

// Types any text, Arabic and accents included, as a keyboard layout would deliver it.
void typeText(QWidget *widget, const QString &text);

// Makes `window` the active one, as a window manager does when it opens or comes back to the
// front: offscreen, one opened by a key of another is not, and the keys would go to the other's
// shortcuts.
bool activate(QWidget *window);

// Saves to `path` in the next file dialog that opens, as an agent types a name and Return.
void saveInNextFileDialog(const QString &path);

// A member (immatriculation `number`) and a child of his (`number`-01), registered under `session`'s
// first purpose (REG for a counter agent); returns their ids.
std::pair<qint64, qint64> registerFamily(const QSqlDatabase &db, const Session &session, const QString &number,
                                         const QString &lastName, const QString &memberName,
                                         const QString &childName);

// Makes the section of purpose `code` current in the window's list of sections, as the agent
// picks it there; false when the role has no such section.
bool chooseSection(MainWindow &window, const QString &code);

// An agent signed in on the embedded database, and the main window the sign-in opens for him.
struct SignedInWindow
{
    SignedInWindow(const QSqlDatabase &db, const Session &session) : auth(db, kHasher), window(db, auth, session) {}

    // Shows the window and waits until it is the active one, on the section of `section` when
    // given; false when it does not come up or has no such section.
    [[nodiscard]] bool open(const QString &section = {});

    EmbeddedAuthenticator auth;
    MainWindow window;
};

// The base of the GUI test classes: every test case starts in English, and fails at its end when
// a window that its tests opened, in any language, underlined one letter twice. (A class that
// has its own initTestCase or cleanupTestCase hides these: call them from its own.)
class MainWindowTestCase : public QObject
{
    Q_OBJECT

protected slots:
    void initTestCase();
    void cleanupTestCase();

private:
    MnemonicWatch m_mnemonics;
};

} // namespace guichet::test
