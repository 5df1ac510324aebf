#include "admin/AdminCommands.h"
#include "core/AppIdentity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    guichet::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("Guichet")); // same data folder as the GUI
    // Messages in the system's language when Guichet has it (French, Arabic), English otherwise.
    QString language = QLocale::system().name().left(2);
    if (language != QStringLiteral("fr") && language != QStringLiteral("ar"))
        language = QStringLiteral("en");
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/guichet_") + language))
        QCoreApplication::installTranslator(&translator);
    return guichet::AdminCommands::run(QCoreApplication::arguments());
}
