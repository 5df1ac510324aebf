#pragma once

#include <QCoreApplication>
#include <QString>

namespace guichet {

// Bounds and checks on what agents type, shared by the screens (to stop input early) and the
// data layer (to refuse it whatever the client).
class FieldRules
{
    Q_DECLARE_TR_FUNCTIONS(FieldRules)

public:
    static constexpr int MaxLoginLength = 64;
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxPasswordLength = 256;
    static constexpr int MinPasswordLength = 10;
    static constexpr int MaxSearchLength = 100;
    static constexpr int MaxAddressLength = 300;
    static constexpr int MaxEmailLength = 254;

    // Each returns an empty string when the value is acceptable, otherwise a sentence for the user.
    static QString checkLogin(const QString &login);
    static QString checkPersonName(const QString &fieldLabel, const QString &value, bool required);
    static QString checkNewPassword(const QString &password, const QString &login);
    // A Moroccan number (0 and 9 digits, or +212 and 9 digits), optional.
    static QString checkPhone(const QString &phone);
    static QString checkEmail(const QString &email);
    static QString checkAddress(const QString &address);
    // The CIN (carte d'identité nationale): one or two letters and up to six digits, optional.
    static QString checkCin(const QString &cin);

    // What is stored: digits only with the leading 0 ("0612345678"); Arabic-Indic digits become
    // ASCII ones. Unchanged when it is not a phone number (checkPhone says why).
    static QString normalizedPhone(const QString &phone);
};

} // namespace guichet
