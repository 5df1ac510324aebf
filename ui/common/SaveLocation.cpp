#include "ui/common/SaveLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace guichet {

QString inDocuments(const QString &fileName)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(fileName);
}

} // namespace guichet
