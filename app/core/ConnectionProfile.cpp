#include "core/ConnectionProfile.h"

using namespace Qt::StringLiterals;

namespace guichet {

ConnectionSpec ConnectionProfile::toSpec() const
{
    ConnectionSpec spec;
    spec.backend = ConnectionSpec::Backend::Postgres;
    spec.host = host;
    spec.port = port;
    spec.database = database;
    spec.sslMode = sslMode;
    return spec;
}

QString ConnectionProfiles::problem(const ConnectionProfile &p)
{
    if (p.name.trimmed().isEmpty())
        return tr("Give the profile a name.");
    if (p.host.trimmed().isEmpty())
        return tr("Give the server's name or address.");
    if (p.database.trimmed().isEmpty())
        return tr("Give the database's name.");
    if (p.name.size() > MaxTextLength || p.host.size() > MaxTextLength || p.database.size() > MaxTextLength)
        return tr("Names have at most %1 characters.").arg(MaxTextLength);
    if (p.port < 1 || p.port > 65535)
        return tr("The port is a number from 1 to 65535.");
    static const QStringList modes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                      u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    if (!modes.contains(p.sslMode))
        return tr("Unknown TLS mode \"%1\".").arg(p.sslMode.left(20));
    return {};
}

QList<ConnectionProfile> ConnectionProfiles::load(QSettings &settings)
{
    QList<ConnectionProfile> profiles;
    const int count = settings.beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(u"name"_s).toString();
        p.host = settings.value(u"host"_s).toString();
        p.port = settings.value(u"port"_s, 5432).toInt();
        p.database = settings.value(u"database"_s).toString();
        p.sslMode = settings.value(u"sslmode"_s, u"verify-full"_s).toString();
        p.lastLogin = settings.value(u"lastLogin"_s).toString();
        if (problem(p).isEmpty()) // a hand-edited, broken entry is skipped, not half-used
            profiles << p;
    }
    settings.endArray();
    return profiles;
}

void ConnectionProfiles::save(QSettings &settings, const QList<ConnectionProfile> &profiles)
{
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, p.name);
        settings.setValue(u"host"_s, p.host);
        settings.setValue(u"port"_s, p.port);
        settings.setValue(u"database"_s, p.database);
        settings.setValue(u"sslmode"_s, p.sslMode);
        settings.setValue(u"lastLogin"_s, p.lastLogin);
    }
    settings.endArray();
}

} // namespace guichet
