#pragma once

#include "security/SecretStore.h"

#include <QHash>

namespace guichet {

// In memory, for unit tests; can play a machine without a keychain.
class FakeSecretStore final : public SecretStore
{
public:
    void setAvailable(bool available) { m_available = available; }
    int size() const { return int(m_secrets.size()); }

    bool isAvailable() override { return m_available; }
    Result read(const QString &key) override;
    Result write(const QString &key, const QString &secret) override;
    Result remove(const QString &key) override;

private:
    Result unavailable() const;

    bool m_available = true;
    QHash<QString, QString> m_secrets;
};

} // namespace guichet
