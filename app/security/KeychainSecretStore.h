#pragma once

#include "security/SecretStore.h"

#include <QCoreApplication>

namespace guichet {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Store on Windows), with QtKeychain's plain-text fallback turned off.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    bool isAvailable() override;
    Result read(const QString &key) override;
    Result write(const QString &key, const QString &secret) override;
    Result remove(const QString &key) override;
};

} // namespace guichet
