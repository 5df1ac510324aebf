#pragma once

#include "core/ConnectionSpec.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>

namespace guichet {

// A central database this workstation signs in to. Never holds a password (those go to the
// keychain, and only when the agent asks).
struct ConnectionProfile
{
    QString name;
    QString host;
    int port = 5432;
    QString database;
    QString sslMode = QStringLiteral("verify-full");
    QString lastLogin;

    ConnectionSpec toSpec() const;
};

class ConnectionProfiles
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfiles)

public:
    static constexpr int MaxTextLength = 200;

    // Empty when the profile can be saved, otherwise a sentence for the user.
    static QString problem(const ConnectionProfile &profile);
    static QList<ConnectionProfile> load(QSettings &settings);
    static void save(QSettings &settings, const QList<ConnectionProfile> &profiles);
};

} // namespace guichet
