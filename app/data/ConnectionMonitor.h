#pragma once

#include <QObject>

namespace guichet {

// Tells the screens that a connection to the database was lost, wherever the failure was seen
// (a list fetching a page, a save), so that one place can say so and reconnect.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    static ConnectionMonitor &instance();

    void reportLost(const QString &connectionName);
    void reportRestored(const QString &connectionName);

signals:
    void lost(const QString &connectionName);
    // The connection is open again, with the agent's purpose re-applied: lists may reload.
    void restored(const QString &connectionName);
};

} // namespace guichet
