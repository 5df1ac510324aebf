#include "security/PasswordHasher.h"

#include <sodium.h>

#include <QByteArray>

namespace guichet {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

PasswordHasher::PasswordHasher(Strength strength) : m_strength(strength) {}

const QString &PasswordHasher::decoy() const
{
    static const QString interactive = PasswordHasher(Strength::Interactive).hash(QStringLiteral("decoy password"));
    static const QString minimal = PasswordHasher(Strength::Minimal).hash(QStringLiteral("decoy password"));
    return m_strength == Strength::Minimal ? minimal : interactive;
}

void PasswordHasher::prepare() const
{
    decoy();
}

QString PasswordHasher::hash(const QString &password) const
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool minimal = m_strength == Strength::Minimal;
    const auto ops = minimal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = minimal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password) const
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

void PasswordHasher::spendVerificationTime(const QString &password) const
{
    verify(decoy(), password);
}

} // namespace guichet
