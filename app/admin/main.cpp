#include "admin/AdminCommands.h"
#include "core/AppIdentity.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    guichet::setApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("Guichet")); // same data folder as the GUI
    return guichet::AdminCommands::run(QCoreApplication::arguments());
}
