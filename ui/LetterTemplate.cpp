#include "ui/LetterTemplate.h"

#include <QFile>
#include <QRegularExpression>
#include <QRegularExpressionMatch>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextOption>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet::LetterTemplate {

namespace {
const QRegularExpression &titleTag()
{
    static const QRegularExpression title(u"<title>(.*?)</title>"_s, QRegularExpression::DotMatchesEverythingOption);
    return title;
}
} // namespace

QString escaped(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

QString dateText(QDate date, LetterLanguage language)
{
    const QLocale locale = language == LetterLanguage::Arabic ? QLocale(QLocale::Arabic, QLocale::Morocco)
                                                              : QLocale(QLocale::French, QLocale::Morocco);
    return locale.toString(date, u"d MMMM yyyy"_s).toHtmlEscaped();
}

QDate rabatDate(const QDateTime &when)
{
    return when.toTimeZone(QTimeZone(QByteArrayLiteral("Africa/Casablanca"))).date();
}

QString languageCode(LetterLanguage language)
{
    return language == LetterLanguage::Arabic ? u"ar"_s : u"fr"_s;
}

QString fill(const QString &path, const QList<std::pair<QString, QString>> &fields)
{
    QFile file(path);
    QString html;
    if (file.open(QIODevice::ReadOnly))
        html = QString::fromUtf8(file.readAll());
    html.remove(QRegularExpression(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption));

    QString filled;
    static const QRegularExpression placeholder(u"\\{\\{([a-z]+)\\}\\}"_s);
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        filled += QStringView(html).mid(from, match.capturedStart() - from);
        const QString name = match.captured(1);
        const auto field = std::find_if(fields.cbegin(), fields.cend(), [&](const auto &f) { return f.first == name; });
        filled += field != fields.cend() ? field->second : match.captured(0);
        from = match.capturedEnd();
    }
    filled += QStringView(html).mid(from);
    return filled.trimmed();
}

QString titleOf(const QString &filled)
{
    return QTextDocumentFragment::fromHtml(titleTag().match(filled).captured(1)).toPlainText().trimmed();
}

std::unique_ptr<QTextDocument> document(const QString &filled, LetterLanguage language)
{
    const bool arabic = language == LetterLanguage::Arabic;
    auto doc = std::make_unique<QTextDocument>();
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    doc->setDefaultTextOption(option);
    const QString dir = arabic ? u"rtl"_s : u"ltr"_s;
    QString body = filled;
    const QString head = titleTag().match(body).captured(0);
    body.remove(titleTag());
    doc->setHtml(u"<html dir=\""_s + dir + u"\"><head><meta charset=\"utf-8\"/>"_s + head + u"</head><body dir=\""_s
                 + dir + u"\">"_s + body + u"</body></html>"_s);
    return doc;
}

} // namespace guichet::LetterTemplate
