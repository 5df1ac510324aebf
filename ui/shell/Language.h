#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

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
    // The translator of `code`, not installed: for what is written in another language than the
    // screen's (a letter in the member's language). Empty when there is none.
    static std::unique_ptr<QTranslator> translator(const QString &code);
};

} // namespace guichet
