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
    // Messages in the system's language (French or Arabic) when Guichet has it.
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("guichet"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return guichet::AdminCommands::run(QCoreApplication::arguments());
}
