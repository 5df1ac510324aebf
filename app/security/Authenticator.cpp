#include "security/Authenticator.h"

#include "core/FieldRules.h"

#include <QCoreApplication>

namespace guichet {

std::optional<SignInResult> Authenticator::refuseMalformed(const QString &login, const QString &password)
{
    SignInResult result;
    result.status = SignInResult::Status::InvalidInput;
    if (const QString problem = FieldRules::checkLogin(login); !problem.isEmpty()) {
        result.message = problem;
        return result;
    }
    if (password.isEmpty()) {
        result.message = QCoreApplication::translate("Authenticator", "Enter your password.");
        return result;
    }
    if (password.size() > FieldRules::MaxPasswordLength) {
        result.message = QCoreApplication::translate("Authenticator", "The login or the password is wrong.");
        return result;
    }
    return std::nullopt;
}

QString Authenticator::refuseNewPassword(const QString &login, const QString &current, const QString &next)
{
    if (const QString problem = FieldRules::checkNewPassword(next, login); !problem.isEmpty())
        return problem;
    if (next == current)
        return QCoreApplication::translate("Authenticator", "The new password must differ from the current one.");
    return {};
}

} // namespace guichet
