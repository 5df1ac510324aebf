#include "ui/ComplaintLetters.h"

#include <QFile>
#include <QRegularExpressionMatch>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTextOption>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QString escaped(const QString &text)
{
    // Values come from people: text, never markup. Lines (of an address, of an answer) are kept.
    return text.trimmed().toHtmlEscaped().replace(u'\n', u"<br/>"_s);
}

// "3 novembre 2026", "3 نونبر 2026": the day, the month's name, the year.
const QString DateFormat = u"d MMMM yyyy"_s;

QLocale localeOf(LetterLanguage language)
{
    return language == LetterLanguage::Arabic ? QLocale(QLocale::Arabic, QLocale::Morocco)
                                              : QLocale(QLocale::French, QLocale::Morocco);
}

// Letters are dated as the member reads them: in Rabat.
QDate rabatDate(const QDateTime &when)
{
    return when.toTimeZone(QTimeZone(QByteArrayLiteral("Africa/Casablanca"))).date();
}

} // namespace

QString ComplaintLetters::templatePath(ComplaintLetter::Kind kind, LetterLanguage language)
{
    return u":/templates/complaint-"_s + (kind == ComplaintLetter::Kind::Answer ? u"answer"_s : u"closing"_s)
           + (language == LetterLanguage::Arabic ? u".ar.html"_s : u".fr.html"_s);
}

std::optional<ComplaintLetter> ComplaintLetters::forEvent(const Complaint &complaint, const ComplaintEvent &event,
                                                          LetterLanguage language, const QString &organisationName)
{
    if (event.kind != u"answer"_s && event.kind != u"close"_s)
        return std::nullopt;
    ComplaintLetter letter;
    letter.kind = event.kind == u"answer"_s ? ComplaintLetter::Kind::Answer : ComplaintLetter::Kind::Closing;
    letter.language = language;
    letter.organisationName = organisationName;
    letter.divisionName = complaint.category.divisionName;
    letter.requesterName = complaint.requesterName;
    letter.requesterContact = complaint.requesterContact;
    letter.number = complaint.number;
    letter.receivedAt = complaint.receivedAt;
    letter.categoryName = language == LetterLanguage::Arabic && !complaint.category.nameAr.isEmpty()
                              ? complaint.category.nameAr
                              : complaint.category.name;
    letter.body = event.text;
    letter.writtenOn = rabatDate(event.at);
    letter.agentName = event.agentName.isEmpty() ? event.agent : event.agentName;
    return letter;
}

std::optional<ComplaintLetter> ComplaintLetters::latest(const Complaint &complaint, LetterLanguage language,
                                                        const QString &organisationName)
{
    for (auto event = complaint.timeline.crbegin(); event != complaint.timeline.crend(); ++event) {
        if (auto letter = forEvent(complaint, *event, language, organisationName))
            return letter;
    }
    return std::nullopt;
}

std::unique_ptr<QTextDocument> ComplaintLetters::document(const ComplaintLetter &letter)
{
    QFile file(templatePath(letter.kind, letter.language));
    QString html;
    if (file.open(QIODevice::ReadOnly))
        html = QString::fromUtf8(file.readAll());
    html.remove(QRegularExpression(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption));

    const QLocale locale = localeOf(letter.language);
    const QList<std::pair<QString, QString>> fields = {
        {u"organisation"_s, escaped(letter.organisationName)},
        {u"division"_s, escaped(letter.divisionName)},
        {u"requester"_s, escaped(letter.requesterName)},
        {u"contact"_s, escaped(letter.requesterContact)},
        {u"number"_s, escaped(letter.number)},
        {u"received"_s, locale.toString(rabatDate(letter.receivedAt), DateFormat).toHtmlEscaped()},
        {u"category"_s, escaped(letter.categoryName)},
        {u"body"_s, escaped(letter.body)},
        {u"date"_s, locale.toString(letter.writtenOn, DateFormat).toHtmlEscaped()},
        {u"agent"_s, escaped(letter.agentName)},
    };
    // One pass over the template: a value that happens to contain "{{...}}" stays as typed.
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

    const bool arabic = letter.language == LetterLanguage::Arabic;
    auto doc = std::make_unique<QTextDocument>();
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(arabic ? Qt::RightToLeft : Qt::LeftToRight);
    doc->setDefaultTextOption(option);
    const QString dir = arabic ? u"rtl"_s : u"ltr"_s;
    // The template's <title>, in the letter's language, names the PDF and the print job.
    static const QRegularExpression title(u"<title>.*?</title>"_s, QRegularExpression::DotMatchesEverythingOption);
    const QString head = title.match(filled).captured(0);
    filled.remove(title);
    doc->setHtml(u"<html dir=\""_s + dir + u"\"><head><meta charset=\"utf-8\"/>"_s + head + u"</head><body dir=\""_s
                 + dir + u"\">"_s + filled + u"</body></html>"_s);
    return doc;
}

} // namespace guichet
