#pragma once

#include <QString>
#include <QStringList>

namespace guichet {

// The interface language: French, Arabic (right to left) or English, following the system
// locale unless the agent chose one in the settings.
class Language
{
public:
    // "" follows the system; otherwise fr, ar or en.
    static QString saved();
    static void save(const QString &code);
    static QStringList available() { return {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")}; }

    // Installs the translators for `code` ("" = system) and sets the layout direction. Returns the
    // language actually applied.
    static QString apply(const QString &code);
    static QString current();
};

} // namespace guichet
