#pragma once

#include <QString>

namespace guichet {

// Where a file the agent saves is proposed: the agent's documents folder, never the folder the
// program was started from.
QString inDocuments(const QString &fileName);

} // namespace guichet
