#pragma once

#include <QCoreApplication>

namespace guichet {

// The same names for guichet and guichet-admin, so that both find the same embedded database
// and settings.
inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CNOPS"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("cnops.org.ma"));
    QCoreApplication::setApplicationName(QStringLiteral("Guichet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
}

} // namespace guichet
