#pragma once

#include <QString>

namespace guichet {

// Argon2id through libsodium, in its self-describing string form ($argon2id$v=19$m=…).
class PasswordHasher
{
public:
    enum class Strength {
        Interactive, // libsodium's interactive limits: the product
        Minimal      // the lowest limits: unit tests only, where hashing cost is not what is tested
    };

    explicit PasswordHasher(Strength strength = Strength::Interactive);

    // Empty on failure (out of memory).
    QString hash(const QString &password) const;
    bool verify(const QString &storedHash, const QString &password) const;
    // Spends the time of one verification, so that an unknown login answers as slowly as a known one.
    void spendVerificationTime(const QString &password) const;
    // Computes the decoy hash ahead, so that the first unknown login is not slower than the next.
    void prepare() const;

private:
    const QString &decoy() const;

    Strength m_strength;
};

} // namespace guichet
