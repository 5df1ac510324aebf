#include "security/FakeSecretStore.h"

#include <QCoreApplication>

namespace guichet {

SecretStore::Result FakeSecretStore::unavailable() const
{
    // The real store's sentence (and its translation), so that screens under test show what agents see.
    return {Status::Unavailable, {},
            QCoreApplication::translate("KeychainSecretStore", "The system keychain is not available: type the password.")};
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
    m_secrets.remove(key);
    return {Status::Ok, {}, {}};
}

} // namespace guichet
