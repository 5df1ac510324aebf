#include "MainWindowFixture.h"

#include "data/persons/PersonRepository.h"
#include "ui/shell/Language.h"

#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

namespace guichet::test {

using namespace Qt::StringLiterals;

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // as the agent sees it
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

bool activate(QWidget *window)
{
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

void saveInNextFileDialog(const QString &path)
{
    onNextModal<QFileDialog>([path](QFileDialog *dialog) {
        dialog->selectFile(path);
        // selectFile() leaves the name field as it is once that field has the focus (then the
        // proposed name was saved instead): the path typed into it, as the agent does.
        if (auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s))
            name->setText(path);
        QMetaObject::invokeMethod(dialog, "accept"); // as Return in the file name does
    });
}

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

bool chooseSection(MainWindow &window, const QString &code)
{
    auto *sections = window.findChild<QListWidget *>(u"sections"_s);
    if (!sections)
        return false;
    bool found = false;
    for (int row = 0; row < sections->count(); ++row) {
        if (sections->item(row)->data(Qt::UserRole).toString() == code) {
            sections->setCurrentRow(row);
            found = true;
        }
    }
    return found;
}

bool SignedInWindow::open(const QString &section)
{
    window.show();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    return section.isEmpty() || chooseSection(window, section);
}

void MainWindowTestCase::initTestCase()
{
    Language::apply(u"en"_s);
}

void MainWindowTestCase::cleanupTestCase()
{
    QVERIFY2(m_mnemonics.problems().isEmpty(), qPrintable(m_mnemonics.problems().join(u'\n')));
}

} // namespace guichet::test
