// The two main paths of the day driven from the keyboard alone, as issue 17 counts them:
//   1. deposit-5-lines: the counter agent, from the main window as it opens, deposits a dossier for
//      a member, enters its five lines (a consultation and four medicines found by their name),
//      ends the entry, saves the receipt as a PDF and is back at the queue (target <= 80 keys);
//   2. review-routine: the medical controller takes the next dossier of the control queue,
//      validates it as it is (every line accepted) and is back at the queue (target <= 5 keys).
//
//   bench_keyboard [--language fr|ar|en] [--type-receipt-path] [--families 40]
//
// The program runs on the offscreen platform (QT_QPA_PLATFORM=offscreen unless set), on a throwaway
// SQLite database with the demo data (DemoSeeder), in a temporary folder that is also the agents'
// documents folder (XDG_CONFIG_HOME/user-dirs.dirs) and settings. Every key is a key event sent to
// the widget that has the focus (the open popup list first), as the keyboard would deliver it: no
// widget is filled or clicked by the program. Message boxes and file dialogs are answered by keys.
// A key combination (Ctrl+Shift+P) counts one keystroke; a typed text one per character. When a
// dialog closes, the offscreen platform leaves no window active: the program makes the window under
// it active again, as a desktop's window manager does (reported apart; not keys).
//
// app_ms is the wall time from the first key to the end state on screen, less the time this
// program spends checking the screen between keys: what the application spends processing the
// keys, opening its dialogs, querying and writing the database and writing the PDF (the agent's
// own typing time is not in it: the keys are sent as fast as the application takes them).
//
// The end state is checked in the database: the dossier exists with its five lines as typed and
// has left the entry, the receipt is a PDF file; the reviewed dossier left the control queue with
// every line accepted. Exits 2 when a path could not be completed (and says where the keyboard got
// stuck: the step, the key, the focus), 1 when a path was completed over its target, else 0.

#include "core/ConnectionSpec.h"
#include "core/DossierRules.h"
#include "core/Money.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/demo/DemoSeeder.h"
#include "data/dossiers/DossierRepository.h"
#include "data/common/Migrator.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Sql.h"
#include "security/EmbeddedAuthenticator.h"
#include "security/PasswordHasher.h"
#include "ui/dossiers/DepositDialog.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/common/ErrorLabel.h"
#include "ui/shell/Language.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <unistd.h>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString describe(const QObject *o)
{
    if (!o)
        return u"none"_s;
    QString text = QString::fromLatin1(o->metaObject()->className());
    if (!o->objectName().isEmpty())
        text += u'#' + o->objectName();
    if (const auto *edit = qobject_cast<const QLineEdit *>(o))
        text += u" text=\"%1\""_s.arg(edit->text());
    return text;
}

QString keyName(int key, Qt::KeyboardModifiers modifiers)
{
    return QKeySequence(QKeyCombination(modifiers, Qt::Key(key))).toString(QKeySequence::PortableText);
}

// Runs a list of steps, each waiting for the screen it needs, then sending its keys. The keys of a
// step may open a modal dialog (exec()): the next step then runs inside that dialog's event loop,
// from a timer, as the agent's next key would.
class KeyboardPath
{
public:
    struct Step
    {
        QString group;                     // what the keys are for, in the summary
        std::function<QString()> notReady; // empty when the screen is ready for the keys
        std::function<void()> keys;        // sends the keys (nothing for the last, waiting step)
    };

    // How long a step waits for its screen before the path is declared stuck.
    static constexpr int StepTimeoutMs = 5000;

    KeyboardPath(QString name, int target) : m_name(std::move(name)), m_target(target) {}

    void add(const QString &group, std::function<QString()> notReady, std::function<void()> keys = {})
    {
        m_steps.append({group, std::move(notReady), std::move(keys)});
    }

    // The focused widget, as the keyboard reaches it: an open popup list first.
    static QWidget *target()
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup->focusWidget() ? popup->focusWidget() : popup;
        if (QWidget *focus = QApplication::focusWidget())
            return focus;
        if (QWidget *modal = QApplication::activeModalWidget())
            return modal;
        return QApplication::activeWindow();
    }

    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *w = target();
        note(keyName(key, modifiers), w);
        if (!w)
            return;
        QTest::keyClick(w, Qt::Key(key), modifiers);
    }

    void type(const QString &text)
    {
        if (!text.isEmpty())
            m_sequence.last().second += u" \""_s + text + u'"';
        for (const QChar c : text) {
            QWidget *w = target();
            count(w, c);
            if (!w)
                return;
            QTest::keyClick(w, c.toLatin1());
        }
    }

    // Runs the steps; false when one could not be done (failure() says why).
    bool run()
    {
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(0, &loop, [this] { pump(); });
        loop.exec();
        m_loop = nullptr;
        return m_failure.isEmpty();
    }

    const QString &failure() const { return m_failure; }
    int keystrokes() const { return m_keystrokes; }
    double appMs() const { return double(m_endNs - m_startNs - m_checkingNs) / 1e6; }
    const QString &name() const { return m_name; }
    int goal() const { return m_target; }
    // Windows made active again as a window manager does when a dialog closes (not keys).
    int activations() const { return m_activations; }
    const QList<std::pair<QString, QString>> &sequence() const { return m_sequence; }
    const QList<std::pair<QString, int>> &groups() const { return m_groups; }
    // The application's time from a group's first key to the next group's (or the end state).
    double groupMs(qsizetype i) const
    {
        return i + 1 < m_groupStartNs.size() ? double(m_groupStartNs.at(i + 1) - m_groupStartNs.at(i)) / 1e6 : -1;
    }

private:
    void note(const QString &label, QWidget *w)
    {
        m_sequence.last().second += u' ' + label;
        count(w, {});
    }

    void count(QWidget *w, QChar)
    {
        if (!w && m_failure.isEmpty())
            m_failure = u"no widget takes the keys (no focus, no active window)"_s;
        ++m_keystrokes;
        ++m_groups.last().second;
        m_lastKey = m_sequence.last().first + u":"_s + m_sequence.last().second;
    }

    void pump()
    {
        if (!m_failure.isEmpty()) {
            stop();
            return;
        }
        if (m_next >= m_steps.size())
            return;
        const Step &step = m_steps.at(m_next);
        QElapsedTimer checking;
        checking.start();
        windowManager();
        const QString waiting = step.notReady();
        if (m_clock.isValid())
            m_checkingNs += checking.nsecsElapsed();
        if (!waiting.isEmpty()) {
            if (!m_waiting.isValid())
                m_waiting.start();
            if (m_waiting.elapsed() > StepTimeoutMs) {
                m_failure = u"step %1 (%2) never became ready: waiting for %3; last keys sent: %4; focus: %5; "
                            "active modal: %6; active window: %7; popup: %8"_s
                                .arg(m_next + 1)
                                .arg(step.group, waiting, m_lastKey.isEmpty() ? u"none"_s : m_lastKey,
                                     describe(QApplication::focusWidget()),
                                     describe(QApplication::activeModalWidget()),
                                     describe(QApplication::activeWindow()),
                                     describe(QApplication::activePopupWidget()));
                // What the screen says, in its error lines.
                if (QWidget *window = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                                         : QApplication::activeWindow()) {
                    if (auto *t = window->findChild<QAbstractItemView *>(u"depositPersons"_s))
                        m_failure += u"; family listed: %1 row(s), current row %2"_s.arg(t->model()->rowCount())
                                         .arg(t->currentIndex().row());
                    for (const ErrorLabel *label : window->findChildren<ErrorLabel *>())
                        if (label->isVisible() && !label->text().isEmpty())
                            m_failure += u"; %1 says: \"%2\""_s.arg(label->objectName(), label->text());
                }
                stop();
                return;
            }
            QTimer::singleShot(0, m_loop, [this] { pump(); });
            return;
        }
        m_waiting.invalidate();
        ++m_next;
        if (!step.keys) { // the end state is on screen
            m_endNs = m_clock.nsecsElapsed();
            m_groupStartNs.append(m_endNs - m_checkingNs);
            stop();
            return;
        }
        if (!m_clock.isValid()) {
            m_clock.start();
            m_startNs = 0;
        }
        if (m_groups.isEmpty() || m_groups.last().first != step.group) {
            m_groupStartNs.append(m_clock.nsecsElapsed() - m_checkingNs);
            m_groups.append({step.group, 0});
            m_sequence.append({step.group, QString()});
        }
        // The next step runs from the event loop, which may be a dialog's that these keys open.
        QTimer::singleShot(0, m_loop, [this] { pump(); });
        step.keys();
    }

    // The window manager's part, which the offscreen platform does not play: when a dialog closes,
    // the window under it becomes active again (the modal dialog left, else the main window).
    void windowManager()
    {
        if (QApplication::activeWindow() || QApplication::activePopupWidget())
            return;
        QWidget *next = QApplication::activeModalWidget();
        if (!next) {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (w->isVisible() && w->inherits("QMainWindow"))
                    next = w;
        }
        if (next) {
            next->activateWindow();
            ++m_activations;
        }
    }

    void stop()
    {
        // Stuck inside a dialog's event loop, the path cannot unwind: say so now (the handler exits).
        if (!m_failure.isEmpty() && onStuck)
            onStuck(*this);
        if (m_loop)
            m_loop->quit();
    }

public:
    std::function<void(const KeyboardPath &)> onStuck;

private:

    QString m_name;
    int m_target;
    QList<Step> m_steps;
    qsizetype m_next = 0;
    QEventLoop *m_loop = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_waiting;
    qint64 m_startNs = 0, m_endNs = 0, m_checkingNs = 0;
    int m_keystrokes = 0;
    int m_activations = 0;
    QList<std::pair<QString, int>> m_groups;
    QList<qint64> m_groupStartNs; // app time when each group's first key went, then at the end
    QList<std::pair<QString, QString>> m_sequence;
    QString m_lastKey;
    QString m_failure;
};

// Ready when the active modal dialog is a `Dialog`, is the active window, and holds the focus
// (on the widget named `focusName`, or inside the widget named `within`, when given).
template <typename Dialog>
std::function<QString()> inDialog(const QString &focusName = {}, const QString &within = {},
                                  std::function<QString(Dialog *)> also = {})
{
    return [=]() -> QString {
        auto *modal = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!modal)
            return u"a %1 as the active modal window"_s.arg(QString::fromLatin1(Dialog::staticMetaObject.className()));
        if (QApplication::activeWindow() != modal)
            return u"the dialog to be active"_s;
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !modal->isAncestorOf(focus))
            return u"the focus inside the dialog"_s;
        if (!focusName.isEmpty() && focus->objectName() != focusName)
            return u"the focus on %1"_s.arg(focusName);
        if (!within.isEmpty()) {
            QWidget *container = static_cast<QWidget *>(modal)->findChild<QWidget *>(within);
            if (!container || (focus != container && !container->isAncestorOf(focus)))
                return u"the focus in %1"_s.arg(within);
        }
        if (QApplication::activePopupWidget())
            return u"no popup list open"_s;
        return also ? also(modal) : QString();
    };
}

std::function<QString()> atWindow(QWidget *window)
{
    return [window]() -> QString {
        if (QApplication::activeModalWidget())
            return u"no modal dialog open (%1 is)"_s.arg(describe(QApplication::activeModalWidget()));
        if (QApplication::activeWindow() != window)
            return u"the main window to be active"_s;
        return {};
    };
}

void report(const KeyboardPath &path)
{
    const bool pass = path.failure().isEmpty() && path.keystrokes() <= path.goal();
    out() << u"%1  keystrokes=%2  target<=%3  %4  app_ms=%5"_s.arg(path.name())
                 .arg(path.keystrokes())
                 .arg(path.goal())
                 .arg(!path.failure().isEmpty() ? u"INCOMPLETE"_s : pass ? u"PASS"_s : u"FAIL"_s)
                 .arg(path.failure().isEmpty() ? QString::number(path.appMs(), 'f', 0) : u"-"_s)
          << Qt::endl;
    for (qsizetype i = 0; i < path.groups().size(); ++i) {
        const double ms = path.groupMs(i);
        out() << u"    %1 %2 %3"_s.arg(path.groups().at(i).second, 3)
                     .arg(path.groups().at(i).first, -26)
                     .arg(ms < 0 ? u"-"_s : u"%1 ms"_s.arg(ms, 0, 'f', 1), 9)
              << path.sequence().at(i).second << Qt::endl;
    }
    if (path.activations() > 0)
        out() << u"    (%1 window(s) made active again after a dialog closed, as the window manager does: not keys)"_s
                     .arg(path.activations())
              << Qt::endl;
}

[[noreturn]] void giveUp(const QString &why, QTemporaryDir *dir)
{
    out() << u"bench_keyboard: "_s << why << Qt::endl;
    out().flush();
    std::fflush(stdout);
    if (dir)
        QDir(dir->path()).removeRecursively();
    _exit(2); // dialogs may still be open in nested event loops: no orderly way back from here
}

struct Medicine
{
    qint64 id = 0;
    QString prefix; // what the agent types to find it in the list
    QString code;   // MED-<id>
    Centimes ppv = 0;
    QString typedPrice;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The benchmark's own settings and documents folder, never the user's.
    auto dir = std::make_unique<QTemporaryDir>();
    if (!dir->isValid())
        return 2;
    const QString documents = dir->filePath(u"Documents"_s);
    QDir().mkpath(documents);
    QDir().mkpath(dir->filePath(u"config"_s));
    {
        QFile dirs(dir->filePath(u"config/user-dirs.dirs"_s));
        if (!dirs.open(QIODevice::WriteOnly))
            return 2;
        dirs.write("XDG_DOCUMENTS_DIR=\"" + documents.toUtf8() + "\"\n");
    }
    qputenv("XDG_CONFIG_HOME", dir->filePath(u"config"_s).toUtf8());
    qunsetenv("QT_QPA_PLATFORMTHEME"); // Qt's own file dialog, which keys can drive

    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_keyboard"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Drives the deposit and the review from the keyboard and counts the keys."_s);
    parser.addHelpOption();
    const QCommandLineOption languageOption(u"language"_s, u"Interface language: fr (default), ar or en."_s, u"code"_s,
                                            u"fr"_s);
    const QCommandLineOption typePathOption(u"type-receipt-path"_s,
                                            u"Type the receipt's full path in the save dialog instead of taking the "
                                            "name proposed in the documents folder."_s);
    const QCommandLineOption familiesOption(u"families"_s, u"Demo families to seed (default 40)."_s, u"n"_s, u"40"_s);
    parser.addOptions({languageOption, typePathOption, familiesOption});
    parser.process(app);
    Language::apply(parser.value(languageOption));

    // --- Set-up (not timed): the database, the demo data, the member, the medicines.
    QElapsedTimer setup;
    setup.start();
    QString error;
    const auto spec = ConnectionSpecParser::parse(dir->filePath(u"bench-keyboard.sqlite"_s), &error);
    if (!spec)
        giveUp(error, dir.get());
    QSqlDatabase db;
    try {
        db = Database::open(*spec, u"bench"_s);
        Migrator(db).migrate();
        const PasswordHasher hasher(PasswordHasher::Strength::Minimal);
        DemoSeeder(db).seed(hasher.hash(DemoSeeder::demoPassword()), parser.value(familiesOption).toInt());
    } catch (const DatabaseError &e) {
        giveUp(u"set-up: "_s + e.userMessage(), dir.get());
    }
    EmbeddedAuthenticator auth(db, PasswordHasher(PasswordHasher::Strength::Minimal));
    auto signIn = [&](const QString &login) {
        const SignInResult result = auth.signIn(login, DemoSeeder::demoPassword());
        if (result.status != SignInResult::Status::Success)
            giveUp(u"set-up: %1 cannot sign in: %2"_s.arg(login, result.message), dir.get());
        return result.session;
    };

    // A current MGPAP member of the AMO regime with a family, as the counter agent reads the card.
    QSqlQuery member = Sql::run(db, u"SELECT p.id, p.immatriculation FROM persons p JOIN organisations o ON o.id = "
                                    "p.organisation_id WHERE o.code = 'MGPAP' AND p.relation = 'member' AND p.regime = "
                                    "'AMO' AND p.relation_end IS NULL AND p.anonymised_at IS NULL AND EXISTS (SELECT 1 FROM "
                                    "persons b WHERE b.member_id = p.id) ORDER BY p.id LIMIT 1"_s);
    if (!member.next())
        giveUp(u"set-up: no MGPAP member with a family in the demo data"_s, dir.get());
    const qint64 memberId = member.value(0).toLongLong();
    const QString immatriculation = member.value(1).toString();
    member.finish();

    // Four medicines of the demo list, found by the first three letters of their name.
    QList<Medicine> medicines;
    const QStringList names = {u"DOLIPRANE"_s, u"CLAMOXYL"_s, u"SPASFON"_s, u"EFFERALGAN"_s};
    ReferenceRepository reference(db);
    for (const QString &name : names) {
        QSqlQuery m = Sql::run(db, u"SELECT m.id, p.ppv FROM medicines m JOIN medicine_prices p ON p.medicine_id = m.id "
                                   "WHERE m.name = ? ORDER BY p.valid_from DESC LIMIT 1"_s,
                               {name});
        if (!m.next())
            giveUp(u"set-up: medicine %1 not in the demo list"_s.arg(name), dir.get());
        Medicine med;
        med.id = m.value(0).toLongLong();
        med.ppv = m.value(1).toLongLong();
        med.code = ReferenceRepository::medicineCode(med.id);
        med.prefix = name.left(3).toLower();
        const auto items = reference.findCareItems(med.prefix, 12);
        if (items.isEmpty() || items.first().code != med.code)
            giveUp(u"set-up: \"%1\" does not list %2 first"_s.arg(med.prefix, name), dir.get());
        // The price as written on the box: units, then the cents without a trailing zero.
        const QString cents = u"%1"_s.arg(med.ppv % 100, 2, 10, QChar(u'0'));
        const QString decimal = QLocale().decimalPoint();
        med.typedPrice = QString::number(med.ppv / 100)
                         + (med.ppv % 100 == 0 ? QString() : decimal + (cents.endsWith(u'0') ? cents.left(1) : cents));
        medicines.append(med);
    }

    const QString number = u"%1-0099001"_s.arg(QDate::currentDate().year());
    const QDate care = QDate::currentDate().addDays(-3);
    const QString doctorInpe = u"123456789"_s;
    const QString pharmacyInpe = u"987654321"_s;
    // The lines of the paper: a consultation at 80 DH, then the pharmacy's four medicines (one of
    // them two boxes), at their public price.
    struct Line
    {
        QString code, find, inpe, quantity, amount;
        Centimes unit;
        int qty;
    };
    QList<Line> lines = {{u"C"_s, u"c"_s, doctorInpe, {}, u"80"_s, 8000, 1}};
    for (qsizetype i = 0; i < medicines.size(); ++i) {
        const Medicine &m = medicines.at(i);
        lines.append({m.code, m.prefix, i == 0 ? pharmacyInpe : QString(), i == 2 ? u"2"_s : QString(), m.typedPrice,
                      m.ppv, i == 2 ? 2 : 1});
    }
    const qint64 setupMs = setup.elapsed();

    int exitCode = 0;
    auto finish = [&](KeyboardPath &path) {
        report(path);
        if (!path.failure().isEmpty())
            giveUp(path.name() + u": "_s + path.failure(), dir.get());
        if (path.keystrokes() > path.goal())
            exitCode = std::max(exitCode, 1);
    };

    // --- Path 1: the counter's deposit of a five-line dossier and its receipt.
    Session counter = signIn(u"guichet.demo"_s);
    QString receiptPath;
    {
        MainWindow window(db, auth, counter);
        window.show();
        KeyboardPath path(u"deposit-5-lines"_s, 80);
        path.onStuck = [&](const KeyboardPath &p) {
            report(p);
            giveUp(p.name() + u": "_s + p.failure(), dir.get());
        };
        path.add(u"section AMO"_s, atWindow(&window), [&] { path.press(Qt::Key_2, Qt::ControlModifier); });
        path.add(u"open the deposit"_s,
                 [&]() -> QString {
                     const QString waiting = atWindow(&window)();
                     if (!waiting.isEmpty())
                         return waiting;
                     return window.session().activePurpose() == u"AMO"_s ? QString() : u"the section AMO"_s;
                 },
                 [&] { path.press(Qt::Key_D, Qt::ControlModifier); });
        path.add(u"member's number"_s, inDialog<DepositDialog>(u"depositSearch"_s), [&] {
            path.type(immatriculation);
            path.press(Qt::Key_Return); // the member, first of the family listed; on to the barcode
        });
        path.add(u"barcode (scanner)"_s, inDialog<DepositDialog>(u"dossierNumber"_s), [&] { path.type(number); });
        path.add(u"date of care"_s, inDialog<DepositDialog>(u"dossierNumber"_s), [&] {
            path.press(Qt::Key_Tab);
            path.type(care.toString(u"ddMMyyyy"_s));
        });
        path.add(u"deposit"_s, inDialog<DepositDialog>(u"dateOfCare"_s),
                 [&] { path.press(Qt::Key_S, Qt::ControlModifier); });
        // The cursor on a cell of the lines, the table itself holding the focus (no cell open).
        enum { CodeColumn, InpeColumn, QuantityColumn, UnitColumn };
        auto atCell = [](int row, int column, std::function<QString(QTableWidget *)> also = {}) {
            return inDialog<DossierDialog>(u"dossierLines"_s, {}, [=](DossierDialog *d) -> QString {
                auto *table = d->findChild<QTableWidget *>(u"dossierLines"_s);
                if (table->currentRow() != row || table->currentColumn() != column)
                    return u"the cursor on line %1, column %2 (it is on line %3, column %4)"_s.arg(row + 1)
                        .arg(column)
                        .arg(table->currentRow() + 1)
                        .arg(table->currentColumn());
                return also ? also(table) : QString();
            });
        };
        // The code in its cell, the cell still open.
        auto codeTyped = [](const QString &code) {
            return inDialog<DossierDialog>({}, u"dossierLines"_s, [code](DossierDialog *) -> QString {
                auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
                if (!edit || edit->text().toUpper() != code)
                    return u"the code %1 in its cell"_s.arg(code);
                return {};
            });
        };
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Line &line = lines.at(i);
            const int row = int(i);
            const QString group = u"line %1 (%2)"_s.arg(i + 1).arg(i == 0 ? u"consultation"_s : u"medicine"_s);
            path.add(group, atCell(row, CodeColumn), [&path, line] { path.type(line.find); });
            if (line.code.startsWith(u"MED-"_s)) {
                // The list of medicines opens under the cell. Return takes the first and goes on to
                // the next cell that needs typing: the pharmacy's INPE on the first medicine, else
                // the next line (the INPE repeats the line above's, the quantity is one, the public
                // price is in the amount). For a quantity, Tab takes the first too, then Tab to the
                // quantity, and Return goes on.
                path.add(group, [] { return QApplication::activePopupWidget() ? QString() : u"the list of medicines"_s; },
                         [&path, line] {
                             if (line.quantity.isEmpty()) {
                                 path.press(Qt::Key_Return);
                                 return;
                             }
                             path.press(Qt::Key_Tab);
                             path.type(line.inpe);
                             path.press(Qt::Key_Tab);
                             path.type(line.quantity);
                             path.press(Qt::Key_Return);
                         });
                if (!line.inpe.isEmpty() && line.quantity.isEmpty())
                    path.add(group, atCell(row, InpeColumn), [&path, line] {
                        path.type(line.inpe);
                        path.press(Qt::Key_Return);
                    });
            } else {
                // An act typed: Return on to its INPE, then to its amount, the tariff proposed.
                path.add(group, codeTyped(line.code), [&path] { path.press(Qt::Key_Return); });
                path.add(group, atCell(row, InpeColumn), [&path, line] {
                    path.type(line.inpe);
                    path.press(Qt::Key_Return);
                });
                path.add(group, atCell(row, UnitColumn), [&path, line, row] {
                    // The agent reads the amount proposed and types the invoice's only when it differs.
                    auto *table = QApplication::activeModalWidget()->findChild<QTableWidget *>(u"dossierLines"_s);
                    if (table->item(row, UnitColumn)->text() != Money::format(line.unit))
                        path.type(line.amount);
                    path.press(Qt::Key_Tab); // on to the next line, which opens by itself
                });
            }
        }
        // The last line left as the others: the cursor on the new empty line, every amount as the
        // invoice says (an amount proposed that differs would have had to be typed).
        path.add(u"line 5 (medicine)"_s,
                 atCell(int(lines.size()), CodeColumn, [lines](QTableWidget *table) -> QString {
                     for (int row = 0; row < lines.size(); ++row)
                         if (table->item(row, UnitColumn)->text() != Money::format(lines.at(row).unit))
                             return u"line %1 at %2 as the invoice (%3 shown)"_s.arg(row + 1)
                                 .arg(Money::format(lines.at(row).unit), table->item(row, UnitColumn)->text());
                     return {};
                 }),
                 [] {});
        path.add(u"end the entry"_s, inDialog<DossierDialog>({}, u"dossierLines"_s),
                 [&] { path.press(Qt::Key_Return, Qt::ControlModifier); });
        path.add(u"receipt as PDF"_s,
                 inDialog<DossierDialog>({}, {}, [](DossierDialog *d) -> QString {
                     return d->dossier().status == DossierStatus::Entry ? u"the entry ended"_s : QString();
                 }),
                 [&] { path.press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier); });
        const bool typePath = parser.isSet(typePathOption);
        path.add(u"save the receipt"_s,
                 inDialog<QFileDialog>({}, {}, [&](QFileDialog *f) -> QString {
                     if (!qobject_cast<QLineEdit *>(QApplication::focusWidget()))
                         return u"the focus on the file name"_s;
                     receiptPath = typePath ? dir->filePath(u"receipt.pdf"_s) : f->selectedFiles().value(0);
                     return {};
                 }),
                 [&] {
                     if (typePath) {
                         path.press(Qt::Key_A, Qt::ControlModifier);
                         path.type(receiptPath);
                     }
                     path.press(Qt::Key_Return);
                 });
        path.add(u"back to the queue"_s,
                 inDialog<DossierDialog>({}, {}, [&](DossierDialog *) -> QString {
                     return QFileInfo(receiptPath).size() > 0 ? QString() : u"the receipt written"_s;
                 }),
                 [&] { path.press(Qt::Key_Escape); });
        path.add(u"end"_s, atWindow(&window));
        path.run();

        if (path.failure().isEmpty()) {
            // The end state, from the database.
            Session amo = counter;
            amo.setActivePurpose(u"AMO"_s);
            DossierRepository repository(db);
            const QList<qint64> ids = repository.findByNumber(amo, number);
            QStringList wrong;
            if (ids.size() != 1) {
                wrong << u"%1 dossier(s) numbered %2"_s.arg(ids.size()).arg(number);
            } else {
                const Dossier d = repository.load(amo, ids.first());
                if (d.personId != memberId)
                    wrong << u"deposited for person %1, not the member %2"_s.arg(d.personId).arg(memberId);
                if (d.dateOfCare != care)
                    wrong << u"date of care %1, not %2"_s.arg(d.dateOfCare.toString(Qt::ISODate), care.toString(Qt::ISODate));
                if (d.status == DossierStatus::Entry || d.status == DossierStatus::Incomplete)
                    wrong << u"still in entry (%1)"_s.arg(dossierStatusLabel(d.status));
                if (d.lines.size() != lines.size()) {
                    wrong << u"%1 line(s), not %2"_s.arg(d.lines.size()).arg(lines.size());
                } else {
                    Centimes billed = 0;
                    QString inpe;
                    for (qsizetype i = 0; i < lines.size(); ++i) {
                        const Line &l = lines.at(i);
                        const DossierLine &saved = d.lines.at(i);
                        inpe = l.inpe.isEmpty() ? inpe : l.inpe;
                        if (saved.code != l.code || saved.providerInpe != inpe || saved.quantity != l.qty
                            || saved.billedUnit != l.unit)
                            wrong << u"line %1 saved as %2 %3 %4 × %5"_s.arg(i + 1)
                                         .arg(saved.code, saved.providerInpe)
                                         .arg(saved.quantity)
                                         .arg(Money::format(saved.billedUnit));
                        billed += l.unit * l.qty;
                    }
                    if (d.billed != billed)
                        wrong << u"billed %1, not %2"_s.arg(Money::format(d.billed), Money::format(billed));
                }
                out() << u"  dossier %1: %2 lines, %3, billed %4"_s.arg(d.number)
                             .arg(d.lines.size())
                             .arg(dossierStatusLabel(d.status), Money::format(d.billed))
                      << Qt::endl;
            }
            QFile receipt(receiptPath);
            if (!receipt.open(QIODevice::ReadOnly) || !receipt.read(5).startsWith("%PDF"))
                wrong << u"no PDF receipt at %1"_s.arg(receiptPath);
            else
                out() << u"  receipt: %1 (%2 bytes)"_s.arg(QFileInfo(receiptPath).fileName()).arg(receipt.size())
                      << Qt::endl;
            report(path);
            if (!wrong.isEmpty())
                giveUp(u"deposit-5-lines: the keys went through but the end state is wrong: "_s + wrong.join(u"; "_s),
                       dir.get());
            if (path.keystrokes() > path.goal())
                exitCode = std::max(exitCode, 1);
        } else {
            finish(path);
        }
    }

    // --- Path 2: the controller's routine review of the next dossier of the control queue.
    Session doctor = signIn(u"medecin.demo"_s);
    {
        Session mcm = doctor;
        mcm.setActivePurpose(u"MCM"_s);
        // The dossier Ctrl+T will take (the queue's order, as DossierRepository::takeNextForControl).
        const qint64 expected =
            Sql::scalar(db, u"SELECT id FROM dossiers WHERE status = 'control' AND taken_by IS NULL ORDER BY "
                            "payment_target, id LIMIT 1"_s)
                .toLongLong();
        const int queueBefore = Sql::scalar(db, u"SELECT COUNT(*) FROM dossiers WHERE status = 'control'"_s).toInt();
        if (expected == 0)
            giveUp(u"set-up: the control queue is empty"_s, dir.get());

        MainWindow window(db, auth, doctor);
        window.show();
        KeyboardPath path(u"review-routine"_s, 5);
        path.onStuck = [&](const KeyboardPath &p) {
            report(p);
            giveUp(p.name() + u": "_s + p.failure(), dir.get());
        };
        path.add(u"take the next dossier"_s, atWindow(&window), [&] { path.press(Qt::Key_T, Qt::ControlModifier); });
        path.add(u"validate (all accepted)"_s,
                 inDialog<DossierDialog>({}, u"dossierLines"_s, [](DossierDialog *d) -> QString {
                     return d->dossier().status == DossierStatus::Control ? QString() : u"a dossier in control"_s;
                 }),
                 [&] { path.press(Qt::Key_Return, Qt::ControlModifier); });
        path.add(u"back to the queue"_s,
                 inDialog<DossierDialog>({}, {}, [](DossierDialog *d) -> QString {
                     return d->dossier().status == DossierStatus::Control ? u"the review validated"_s : QString();
                 }),
                 [&] { path.press(Qt::Key_Escape); });
        path.add(u"end"_s, atWindow(&window));
        path.run();
        if (!path.failure().isEmpty())
            finish(path);

        DossierRepository repository(db);
        const Dossier d = repository.load(mcm, expected);
        QStringList wrong;
        if (d.status == DossierStatus::Control)
            wrong << u"dossier %1 is still in control"_s.arg(d.number);
        for (const DossierLine &l : d.lines)
            if (l.decision != u"accepted"_s)
                wrong << u"line %1 is %2"_s.arg(l.lineNo).arg(l.decision.isEmpty() ? u"undecided"_s : l.decision);
        const int queueAfter = Sql::scalar(db, u"SELECT COUNT(*) FROM dossiers WHERE status = 'control'"_s).toInt();
        if (queueAfter != queueBefore - 1)
            wrong << u"the control queue went from %1 to %2"_s.arg(queueBefore).arg(queueAfter);
        out() << u"  dossier %1: %2 line(s), %3, control queue %4 → %5"_s.arg(d.number)
                     .arg(d.lines.size())
                     .arg(dossierStatusLabel(d.status))
                     .arg(queueBefore)
                     .arg(queueAfter)
              << Qt::endl;
        report(path);
        if (!wrong.isEmpty())
            giveUp(u"review-routine: the keys went through but the end state is wrong: "_s + wrong.join(u"; "_s),
                   dir.get());
        if (path.keystrokes() > path.goal())
            exitCode = std::max(exitCode, 1);
    }
    out() << u"(set-up, not timed: %1 ms; language %2; platform %3)"_s.arg(setupMs)
                 .arg(parser.value(languageOption), QGuiApplication::platformName())
          << Qt::endl;
    return exitCode;
}
