#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace guichet {

// guichet-admin: migrate, seed-demo, create-agent, deactivate-agent, verify-audit. Each takes --database, prints a
// clear sentence on failure and returns non-zero: 1 when the work failed, 2 when the command line
// was wrong.
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(AdminCommands)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    static int run(const QStringList &arguments);
};

} // namespace guichet
