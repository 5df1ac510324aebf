#include "data/ConnectionMonitor.h"

namespace guichet {

ConnectionMonitor &ConnectionMonitor::instance()
{
    static ConnectionMonitor monitor;
    return monitor;
}

void ConnectionMonitor::reportLost(const QString &connectionName)
{
    emit lost(connectionName);
}

void ConnectionMonitor::reportRestored(const QString &connectionName)
{
    emit restored(connectionName);
}

} // namespace guichet
