#include "security/SecretStore.h"

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
QString escaped(QString part)
{
    return part.replace(u'%', u"%25"_s).replace(u'/', u"%2F"_s);
}
} // namespace

QString SecretStore::passwordKey(const QString &profileName, const QString &login)
{
    return u"guichet/"_s + escaped(profileName) + u'/' + escaped(login);
}

} // namespace guichet
