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

    // Each returns an empty string when the value is acceptable, otherwise a sentence for the user.
    static QString checkLogin(const QString &login);
    static QString checkPersonName(const QString &fieldLabel, const QString &value, bool required);
    static QString checkNewPassword(const QString &password, const QString &login);
};

} // namespace guichet
