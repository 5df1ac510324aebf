#pragma once

#include <QString>

namespace guichet {

// The operating system's keychain, the only place where Guichet keeps a password, and only when
// the agent asks. No fallback to a file: without a keychain the agent types the password.
// Synchronous for callers: each call returns when the keychain has answered or given up.
class SecretStore
{
public:
    enum class Status { Ok, NotFound, Unavailable, Error };
    struct Result
    {
        Status status = Status::Error;
        QString secret;  // on Ok, for read
        QString message; // a sentence for the agent on failure
    };

    virtual ~SecretStore() = default;

    // A keychain answers (an empty one counts).
    virtual bool isAvailable() = 0;
    virtual Result read(const QString &key) = 0;
    virtual Result write(const QString &key, const QString &secret) = 0;
    // Ok once the key is absent, whether or not it was there.
    virtual Result remove(const QString &key) = 0;

    // One entry per central-database profile and agent login: "guichet/<profile>/<login>", with
    // '/' and '%' escaped so that ("a/b", "c") and ("a", "b/c") never share an entry.
    static QString passwordKey(const QString &profileName, const QString &login);
};

} // namespace guichet
