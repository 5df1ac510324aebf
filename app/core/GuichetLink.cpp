#include "core/GuichetLink.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace guichet {

std::optional<GuichetLink> GuichetLink::parse(const QString &text)
{
    if (text.size() > 200)
        return std::nullopt;
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"guichet"_s || !url.query().isEmpty() || !url.fragment().isEmpty()
        || !url.userInfo().isEmpty() || url.port() != -1)
        return std::nullopt;
    GuichetLink link;
    if (url.host() == u"member"_s)
        link.kind = Kind::Member;
    else if (url.host() == u"dossier"_s)
        link.kind = Kind::Dossier;
    else
        return std::nullopt;
    // One segment, as encoded: a dossier number's slashes come as %2F (DossierDocuments::dossierLink).
    static const QRegularExpression segment(u"^/([0-9A-Za-z%-]{1,120})/?$"_s);
    const QRegularExpressionMatch match = segment.match(url.path(QUrl::FullyEncoded));
    if (!match.hasMatch())
        return std::nullopt;
    static const QRegularExpression key(u"^[0-9A-Za-z][0-9A-Za-z/-]{0,39}$"_s);
    const QString decoded = QUrl::fromPercentEncoding(match.captured(1).toLatin1());
    if (!key.match(decoded).hasMatch())
        return std::nullopt;
    link.key = decoded;
    return link;
}

} // namespace guichet
