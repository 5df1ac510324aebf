#include "core/ConnectionSpec.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace guichet {

QString ConnectionSpec::displayName() const
{
    if (backend == Backend::Sqlite)
        return sqlitePath;
    QString name = u"postgresql://"_s;
    if (!user.isEmpty())
        name += user + u'@';
    return name + host + u':' + QString::number(port) + u'/' + database;
}

std::optional<ConnectionSpec> ConnectionSpecParser::parse(const QString &argument, QString *error)
{
    const QString text = argument.trimmed();
    auto fail = [error](const QString &message) -> std::optional<ConnectionSpec> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.isEmpty())
        return fail(tr("No database was given."));

    const bool looksLikeUrl = text.contains(u"://"_s);
    if (!looksLikeUrl) {
        ConnectionSpec spec;
        spec.backend = ConnectionSpec::Backend::Sqlite;
        spec.sqlitePath = text.startsWith(u"sqlite:"_s) ? text.mid(7) : text;
        if (spec.sqlitePath.isEmpty())
            return fail(tr("The database file name is empty."));
        return spec;
    }

    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != u"postgresql"_s && scheme != u"postgres"_s)
        return fail(tr("Unknown database address \"%1\": use a file path or postgresql://user@host:port/database.")
                        .arg(text.left(200)));
    if (!url.isValid())
        return fail(tr("The database address is malformed: %1").arg(url.errorString()));
    if (url.host().isEmpty())
        return fail(tr("The database address has no server name."));

    ConnectionSpec spec;
    spec.backend = ConnectionSpec::Backend::Postgres;
    spec.host = url.host();
    spec.port = url.port(5432);
    if (spec.port <= 0 || spec.port > 65535)
        return fail(tr("The port of the database address is not valid."));
    spec.database = url.path().mid(1);
    if (spec.database.isEmpty() || spec.database.contains(u'/'))
        return fail(tr("The database address must name one database, as in postgresql://host/guichet."));
    spec.user = url.userName();
    spec.password = url.password();

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"sslmode"_s) {
            static const QStringList modes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                              u"require"_s, u"verify-ca"_s, u"verify-full"_s};
            if (!modes.contains(value))
                return fail(tr("Unknown sslmode \"%1\".").arg(value.left(50)));
            spec.sslMode = value;
        } else {
            return fail(tr("Unknown option \"%1\" in the database address.").arg(key.left(50)));
        }
    }
    return spec;
}

} // namespace guichet
