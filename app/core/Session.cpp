#include "core/Session.h"

#include "core/Permissions.h"

namespace guichet {

bool Session::hasPurpose(const QString &code) const
{
    return purpose(code) != nullptr;
}

const Purpose *Session::purpose(const QString &code) const
{
    for (const Purpose &p : purposes) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

bool Session::actsAsDataProtectionOfficer() const
{
    return Permissions::allows(*this, Action::DataPurge);
}

bool Session::setActivePurpose(const QString &code)
{
    if (!code.isEmpty() && !hasPurpose(code))
        return false;
    m_activePurpose = code;
    return true;
}

} // namespace guichet
