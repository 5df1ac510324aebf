#pragma once

#include <QCoreApplication>
#include <QString>

namespace guichet {

// The names of the processing purposes and of the roles as the agent reads them, in the screen's
// language. The database keeps the official French names (the CNDP registry's wording, printed as
// they are in legal documents); the screens translate them by code, and show the stored name for a
// code they do not know.
class DisplayNames
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString purpose(const QString &code, const QString &stored);
    static QString role(const QString &code, const QString &stored);
};

} // namespace guichet
