#include "ui/shell/Language.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {
QTranslator *g_appTranslator = nullptr;
QTranslator *g_qtTranslator = nullptr;
QString g_current = u"en"_s;
} // namespace

QString Language::saved()
{
    return QSettings().value(u"ui/language"_s).toString();
}

void Language::save(const QString &code)
{
    QSettings().setValue(u"ui/language"_s, code);
}

QString Language::current()
{
    return g_current;
}

QString Language::apply(const QString &code)
{
    QString language = code;
    if (language.isEmpty() || !available().contains(language)) {
        const QString system = QLocale::system().name().left(2);
        language = available().contains(system) ? system : u"en"_s;
    }
    for (QTranslator **translator : {&g_appTranslator, &g_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const QLocale locale(language == u"ar"_s ? u"ar_MA"_s : language == u"fr"_s ? u"fr_MA"_s : u"en_GB"_s);
    QLocale::setDefault(locale);
    g_appTranslator = new QTranslator(qApp); // English too: it holds the plural forms
    if (g_appTranslator->load(u":/i18n/guichet_"_s + language))
        QCoreApplication::installTranslator(g_appTranslator);
    if (language != u"en"_s) {
        g_qtTranslator = new QTranslator(qApp);
        if (g_qtTranslator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(g_qtTranslator);
    }
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        gui->setLayoutDirection(locale.textDirection());
    g_current = language;
    return language;
}

std::unique_ptr<QTranslator> Language::translator(const QString &code)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u":/i18n/guichet_"_s + code))
        return {};
    return translator;
}

} // namespace guichet
