#include "security/FakeSecretStore.h"

namespace guichet {

SecretStore::Result FakeSecretStore::unavailable() const
{
    return {Status::Unavailable, {}, QStringLiteral("no keychain")};
}

SecretStore::Result FakeSecretStore::read(const QString &key)
{
    if (!m_available)
        return unavailable();
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return {Status::NotFound, {}, {}};
    return {Status::Ok, *it, {}};
}

SecretStore::Result FakeSecretStore::write(const QString &key, const QString &secret)
{
    if (!m_available)
        return unavailable();
    m_secrets.insert(key, secret);
    return {Status::Ok, {}, {}};
}

SecretStore::Result FakeSecretStore::remove(const QString &key)
{
    if (!m_available)
        return unavailable();
    return {m_secrets.remove(key) ? Status::Ok : Status::NotFound, {}, {}};
}

} // namespace guichet
