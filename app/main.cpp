// guichet: the desktop client. Opens the database, signs the agent in, shows the main window.
#include "core/AppIdentity.h"
#include "core/ConnectionSpec.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/common/Migrator.h"
#include "core/ConnectionProfile.h"
#include "security/EmbeddedAuthenticator.h"
#include "security/KeychainSecretStore.h"
#include "security/ServerAuthenticator.h"
#include "ui/shell/AppController.h"
#include "ui/shell/SingleInstance.h"
#include "ui/shell/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

bool hasArgument(int argc, char *argv[], std::initializer_list<const char *> names)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *name : names) {
            if (std::strcmp(argv[i], name) == 0 || std::strncmp(argv[i], name, std::strlen(name)) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version need no display; --screenshot renders offscreen.
    const bool textOnly = hasArgument(argc, argv, {"--help", "-h", "--version", "-v"});
    const bool screenshotMode = hasArgument(argc, argv, {"--screenshot"});
    if (screenshotMode && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = textOnly ? std::make_unique<QCoreApplication>(argc, argv)
                                                     : std::make_unique<QApplication>(argc, argv);
    setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Guichet, the back-office of the CNOPS "
                                                                        "and its mutuelles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        u"database"_s,
        QCoreApplication::translate("main", "A SQLite file, or postgresql://user@host:port/database. Default: %1.")
            .arg(Database::defaultSqlitePath()),
        QCoreApplication::translate("main", "database"));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, QCoreApplication::translate("main", "Render the first window to a PNG file and exit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption languageOption(
        u"language"_s, QCoreApplication::translate("main", "Interface language: fr, ar or en."),
        QCoreApplication::translate("main", "code"));
    const QCommandLineOption profileOption(
        u"profile"_s, QCoreApplication::translate("main", "Sign in to the central database of a saved profile."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption demoAgentOption(
        u"demo-agent"_s,
        QCoreApplication::translate("main", "Sign in a demo agent without a password (demo databases only)."),
        QCoreApplication::translate("main", "login"));
    parser.addOptions({databaseOption, profileOption, screenshotOption, languageOption, demoAgentOption});
    // The desktop file starts "guichet guichet://…": the link goes to the Guichet already running.
    parser.addPositionalArgument(u"link"_s, QCoreApplication::translate("main", "A guichet:// link (optional)."),
                                 u"[link]"_s);
    parser.process(*app); // exits on --help, --version and unknown options
    if (textOnly)
        return 0;

    if (parser.isSet(languageOption) && !Language::available().contains(parser.value(languageOption))) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "Unknown language \"%1\": use fr, ar or en.")
                                    .arg(parser.value(languageOption).left(20))));
        return 2;
    }
    Language::apply(parser.isSet(languageOption) ? parser.value(languageOption) : Language::saved());
    QApplication::setWindowIcon(QIcon(u":/icons/guichet.svg"_s));
    QGuiApplication::setDesktopFileName(QStringLiteral(GUICHET_APP_ID));

    auto fail = [&](const QString &message, const QString &detail = {}) {
        std::fprintf(stderr, "guichet: %s%s\n", qPrintable(message),
                     detail.isEmpty() ? "" : qPrintable(u" ("_s + detail + u')'));
        if (!screenshotMode)
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Guichet"), message);
        return 1;
    };

    // One Guichet per desktop session: a second start hands its link over and stops.
    const QString link = parser.positionalArguments().value(0);
    SingleInstance instance;
    if (!screenshotMode) {
        if (instance.forward(link))
            return 0;
        instance.listen();
    }

    QString error;
    const QString databaseArgument =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultSqlitePath();
    const std::optional<ConnectionSpec> spec = ConnectionSpecParser::parse(databaseArgument, &error);
    if (!spec)
        return fail(error);

    // What the sign-in window offers: the database given (or this workstation's own), then the
    // saved central-database profiles.
    const ConnectionSpec given = *spec;
    auto targets = [given] {
        QList<SignInTarget> list;
        list.append({given.isPostgres() ? given.displayName()
                                        : QCoreApplication::translate("main", "This workstation (%1)").arg(given.sqlitePath),
                     given, QString()});
        QSettings settings;
        for (const ConnectionProfile &profile : ConnectionProfiles::load(settings))
            list.append({profile.name, profile.toSpec(), profile.name});
        return list;
    };
    int current = 0;
    if (parser.isSet(profileOption)) {
        const QList<SignInTarget> all = targets();
        current = -1;
        for (int i = 0; i < all.size(); ++i) {
            if (all.at(i).profileName == parser.value(profileOption))
                current = i;
        }
        if (current < 0)
            return fail(QCoreApplication::translate("main", "No saved profile is called \"%1\".")
                            .arg(parser.value(profileOption).left(100)));
    }
    // The embedded database is this workstation's own: it is opened and migrated here. A central
    // one is migrated by its administrator, and opened at sign-in with the agent's own login.
    auto open = [](const ConnectionSpec &target) -> std::unique_ptr<Authenticator> {
        if (target.isPostgres())
            return std::make_unique<ServerAuthenticator>(target, u"guichet"_s);
        Database::close(u"guichet"_s);
        QSqlDatabase db = Database::open(target, u"guichet"_s);
        Migrator(db).migrate();
        return std::make_unique<EmbeddedAuthenticator>(db);
    };
    KeychainSecretStore keychain;
    AppController controller(targets, current, open, &keychain);
    if (const QString problem = controller.open(); !problem.isEmpty())
        return fail(problem);
    if (parser.isSet(demoAgentOption)) {
        if (const QString problem = controller.signInDemoAgent(parser.value(demoAgentOption)); !problem.isEmpty())
            return fail(problem);
    } else {
        controller.showLogin();
    }

    QObject::connect(&instance, &SingleInstance::messageReceived, &controller, &AppController::handleMessage);
    // Handled from the event loop: a link may open a modal dialog (a dossier), which must not
    // run before the loop that a screenshot or a quit ends.
    if (!link.isEmpty())
        QTimer::singleShot(0, &controller, [&controller, link] { controller.handleMessage(link); });

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QTimer::singleShot(800, &controller, [&controller, path] {
            // What the agent sees on top: a dossier opened by a link, or the window.
            QWidget *window = QApplication::activeModalWidget() ? QApplication::activeModalWidget()
                                                                : controller.currentWindow();
            const bool saved = window && window->grab().save(path, "PNG");
            if (!saved)
                std::fprintf(stderr, "guichet: %s\n",
                             qPrintable(QCoreApplication::translate("main", "Cannot write the screenshot %1.").arg(path)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    return app->exec();
}
