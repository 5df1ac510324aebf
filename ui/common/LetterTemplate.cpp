#include "ui/common/LetterTemplate.h"

#include "ui/shell/Language.h"

#include "core/Session.h"
#include "data/common/DatabaseError.h"
#include "data/persons/PersonRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QRegularExpressionMatch>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextOption>
#include <QTimeZone>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet::LetterTemplate {

namespace {
constexpr QChar wordJoiner(0x2060); // what unbroken() puts after a hyphen

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

QString word(const char *source, LetterLanguage language)
{
    // One translator per language, loaded once: the letters' words do not change while Guichet runs.
    static const std::unique_ptr<QTranslator> french = Language::translator(u"fr"_s);
    static const std::unique_ptr<QTranslator> arabic = Language::translator(u"ar"_s);
    const QTranslator *translator = language == LetterLanguage::Arabic ? arabic.get() : french.get();
    const QString translated = translator ? translator->translate("LetterTemplate", source) : QString();
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString civility(const QString &sex, LetterLanguage language)
{
    if (sex == u"M"_s)
        return word(QT_TRANSLATE_NOOP("LetterTemplate", "Mr"), language);
    if (sex == u"F"_s)
        return word(QT_TRANSLATE_NOOP("LetterTemplate", "Mrs"), language);
    return {};
}

QString requesterLine(const QString &name, const QString &sex, LetterLanguage language)
{
    const QString title = civility(sex, language);
    return escaped(title.isEmpty() ? name : title + u' ' + name.trimmed());
}

QString postalAddress(const QString &recorded, const QString &contact)
{
    if (!recorded.trimmed().isEmpty())
        return recorded.trimmed();
    // A phone: 9 digits or more, with or without +212, spaces, dots, dashes or brackets between,
    // and its label ("Tél. :", "GSM", "هاتف:").
    static const QRegularExpression phone(
        u"(?:(?:\\b(?:t[ée]l[ée]?(?:phone)?|gsm|mobile|portable)|هاتف)\\.?\\s*:?\\s*)?(?:\\+|\\b00)?\\(?\\d(?:[\\s.()\\-]*\\d){8,}"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression separators(u"^[\\s,;/\\-–—]+|[\\s,;/\\-–—]+$"_s);
    static const QRegularExpression doubled(u"\\s*[,;/]\\s*[,;/]\\s*"_s);
    QStringList lines;
    for (const QString &line : contact.split(u'\n')) {
        QString kept = line;
        if (phone.match(kept).hasMatch()) {
            kept.remove(phone);
            kept.replace(doubled, u", "_s);
            kept.remove(separators);
        }
        kept = kept.trimmed();
        if (!kept.isEmpty())
            lines.append(kept);
    }
    return lines.join(u'\n');
}

QString unbroken(const QString &html)
{
    // Qt keeps a nowrap span's spaces from breaking (they become non-breaking), not its hyphens:
    // "D-MGPAP-2026-000007" would still break after "D-". A word joiner after each hyphen (and
    // slash, outside markup) holds the number together; it is invisible and takes no room.
    QString kept = html;
    kept.replace(u'-', u"-\u2060"_s);
    if (!kept.contains(u'<'))
        kept.replace(u'/', u"/\u2060"_s);
    return u"<span style=\"white-space:nowrap\">"_s + kept + u"</span>"_s;
}

Addressee recordedAddressee(QSqlDatabase db, const Session &session, qint64 personId)
{
    if (personId <= 0 || !db.isValid())
        return {};
    try {
        if (const std::optional<PersonFile> file = PersonRepository(db).openFile(session, personId))
            return {file->person.sex, file->person.address};
    } catch (const DatabaseError &) {
        // not readable under this purpose (the officer's AUD): the letter says "Madame, Monsieur"
    }
    return {};
}

namespace {
QString templateText(const QString &path)
{
    QFile file(path);
    QString html;
    if (file.open(QIODevice::ReadOnly))
        html = QString::fromUtf8(file.readAll());
    html.remove(QRegularExpression(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption));
    return html;
}

QString substituted(const QString &html, const QList<std::pair<QString, QString>> &fields)
{
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
} // namespace

QString fill(const QString &path, const QList<std::pair<QString, QString>> &fields)
{
    return substituted(templateText(path), fields);
}

QString fill(const QString &path, const QList<std::pair<QString, QString>> &fields, const QString &sex,
             LetterLanguage language)
{
    QString html = templateText(path);
    // The template says "Madame, Monsieur" to whoever it is; the translation of the neutral form
    // is the template's own wording, so that it is found and said as the sex asks.
    const QString neutral = word(QT_TRANSLATE_NOOP("LetterTemplate", "Madam, Sir"), language);
    QString addressed;
    if (sex == u"M"_s)
        addressed = word(QT_TRANSLATE_NOOP("LetterTemplate", "Sir"), language);
    else if (sex == u"F"_s)
        addressed = word(QT_TRANSLATE_NOOP("LetterTemplate", "Madam"), language);
    if (!addressed.isEmpty())
        html.replace(neutral, addressed);
    return substituted(html, fields);
}

QString titleOf(const QString &filled)
{
    return QTextDocumentFragment::fromHtml(titleTag().match(filled).captured(1))
        .toPlainText()
        .remove(wordJoiner)
        .trimmed();
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
    // The title as text: the values in it (a reference kept on one line) are markup in the body.
    const QString head = u"<title>"_s + titleOf(body).toHtmlEscaped() + u"</title>"_s;
    body.remove(titleTag());
    doc->setHtml(u"<html dir=\""_s + dir + u"\"><head><meta charset=\"utf-8\"/>"_s + head + u"</head><body dir=\""_s
                 + dir + u"\">"_s + body + u"</body></html>"_s);
    return doc;
}

} // namespace guichet::LetterTemplate
