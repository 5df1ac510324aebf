#include "ui/rights/RightsLetters.h"

#include "ui/shell/Language.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace LetterTemplate;

namespace {

// The words of a letter, in the letter's language (marked for lupdate with QT_TRANSLATE_NOOP).
class Words
{
public:
    explicit Words(LetterLanguage language)
        : m_language(language), m_translator(Language::translator(languageCode(language)))
    {
    }
    QString operator()(const char *source) const
    {
        const QString translated = m_translator ? m_translator->translate("RightsLetters", source) : QString();
        return (translated.isEmpty() ? QString::fromUtf8(source) : translated).toHtmlEscaped();
    }
    QLocale locale() const
    {
        return m_language == LetterLanguage::Arabic ? QLocale(QLocale::Arabic, QLocale::Morocco)
                                                    : QLocale(QLocale::French, QLocale::Morocco);
    }
    LetterLanguage language() const { return m_language; }

private:
    LetterLanguage m_language;
    std::unique_ptr<QTranslator> m_translator;
};

const char *rightName(RightsKind kind)
{
    switch (kind) {
    case RightsKind::Access: return QT_TRANSLATE_NOOP("RightsLetters", "right of access");
    case RightsKind::Rectification: return QT_TRANSLATE_NOOP("RightsLetters", "right of rectification");
    case RightsKind::Opposition: return QT_TRANSLATE_NOOP("RightsLetters", "right of opposition");
    case RightsKind::Deletion: return QT_TRANSLATE_NOOP("RightsLetters", "right of deletion");
    }
    return "";
}

// The columns of the report's tables: the export's keys and the letter's words for them.
struct Column
{
    const char *key;
    const char *label;
    bool money = false;
};

const QList<Column> &identityColumns()
{
    static const QList<Column> columns = {
        {"immatriculation", QT_TRANSLATE_NOOP("RightsLetters", "Immatriculation")},
        {"cin", QT_TRANSLATE_NOOP("RightsLetters", "National identity card")},
        {"lastName", QT_TRANSLATE_NOOP("RightsLetters", "Last name")},
        {"firstName", QT_TRANSLATE_NOOP("RightsLetters", "First name")},
        {"lastNameAr", QT_TRANSLATE_NOOP("RightsLetters", "Last name (Arabic)")},
        {"firstNameAr", QT_TRANSLATE_NOOP("RightsLetters", "First name (Arabic)")},
        {"birthDate", QT_TRANSLATE_NOOP("RightsLetters", "Date of birth")},
        {"sex", QT_TRANSLATE_NOOP("RightsLetters", "Sex")},
        {"relation", QT_TRANSLATE_NOOP("RightsLetters", "Relation")},
        {"memberImmatriculation", QT_TRANSLATE_NOOP("RightsLetters", "Member")},
        {"regime", QT_TRANSLATE_NOOP("RightsLetters", "Regime")},
        {"organisation", QT_TRANSLATE_NOOP("RightsLetters", "Mutuelle")},
        {"status", QT_TRANSLATE_NOOP("RightsLetters", "Status")},
        {"relationStart", QT_TRANSLATE_NOOP("RightsLetters", "Affiliated since")},
        {"relationEnd", QT_TRANSLATE_NOOP("RightsLetters", "Affiliated until")},
        {"childCondition", QT_TRANSLATE_NOOP("RightsLetters", "Condition")},
        {"address", QT_TRANSLATE_NOOP("RightsLetters", "Address")},
        {"phone", QT_TRANSLATE_NOOP("RightsLetters", "Telephone")},
        {"email", QT_TRANSLATE_NOOP("RightsLetters", "E-mail")},
        {"rib", QT_TRANSLATE_NOOP("RightsLetters", "Bank account (RIB)")},
    };
    return columns;
}

struct Section
{
    const char *key;
    const char *title;
    QList<Column> columns;
};

const QList<Section> &sections()
{
    static const QList<Section> list = {
        {"dossiers",
         QT_TRANSLATE_NOOP("RightsLetters", "Claim dossiers"),
         {{"number", QT_TRANSLATE_NOOP("RightsLetters", "Number")},
          {"dateOfCare", QT_TRANSLATE_NOOP("RightsLetters", "Date of care")},
          {"depositedOn", QT_TRANSLATE_NOOP("RightsLetters", "Deposited on")},
          {"status", QT_TRANSLATE_NOOP("RightsLetters", "Status")},
          {"billed", QT_TRANSLATE_NOOP("RightsLetters", "Billed"), true},
          {"reimbursed", QT_TRANSLATE_NOOP("RightsLetters", "Reimbursed"), true}}},
        {"contributionsDue",
         QT_TRANSLATE_NOOP("RightsLetters", "Contributions due"),
         {{"period", QT_TRANSLATE_NOOP("RightsLetters", "Period")},
          {"basis", QT_TRANSLATE_NOOP("RightsLetters", "Basis"), true},
          {"total", QT_TRANSLATE_NOOP("RightsLetters", "Amount"), true}}},
        {"contributionsReceived",
         QT_TRANSLATE_NOOP("RightsLetters", "Contributions received"),
         {{"period", QT_TRANSLATE_NOOP("RightsLetters", "Period")},
          {"amount", QT_TRANSLATE_NOOP("RightsLetters", "Amount"), true},
          {"receivedOn", QT_TRANSLATE_NOOP("RightsLetters", "Received on")},
          {"reference", QT_TRANSLATE_NOOP("RightsLetters", "Reference")}}},
        {"complaints",
         QT_TRANSLATE_NOOP("RightsLetters", "Complaints"),
         {{"number", QT_TRANSLATE_NOOP("RightsLetters", "Number")},
          {"receivedAt", QT_TRANSLATE_NOOP("RightsLetters", "Received on")},
          {"status", QT_TRANSLATE_NOOP("RightsLetters", "Status")},
          {"description", QT_TRANSLATE_NOOP("RightsLetters", "Description")},
          {"resolution", QT_TRANSLATE_NOOP("RightsLetters", "Resolution")}}},
        {"consents",
         QT_TRANSLATE_NOOP("RightsLetters", "Consents"),
         {{"kind", QT_TRANSLATE_NOOP("RightsLetters", "Consent")},
          {"givenAt", QT_TRANSLATE_NOOP("RightsLetters", "Given on")},
          {"withdrawnAt", QT_TRANSLATE_NOOP("RightsLetters", "Withdrawn on")}}},
        {"oppositions",
         QT_TRANSLATE_NOOP("RightsLetters", "Oppositions"),
         {{"processing", QT_TRANSLATE_NOOP("RightsLetters", "Processing")},
          {"reason", QT_TRANSLATE_NOOP("RightsLetters", "Reason")},
          {"recordedAt", QT_TRANSLATE_NOOP("RightsLetters", "Recorded on")}}},
        {"disclosures",
         QT_TRANSLATE_NOOP("RightsLetters", "Recipients the data was disclosed to"),
         {{"disclosedAt", QT_TRANSLATE_NOOP("RightsLetters", "Date")},
          {"processing", QT_TRANSLATE_NOOP("RightsLetters", "Processing")},
          {"recipient", QT_TRANSLATE_NOOP("RightsLetters", "Recipient")},
          {"what", QT_TRANSLATE_NOOP("RightsLetters", "Data disclosed")}}},
    };
    return list;
}

// Centimes as "1 234,50 DH" in the letter's language, whatever the screen's.
QString money(qint64 centimes, const QLocale &locale, const QString &currency)
{
    const qint64 magnitude = centimes < 0 ? -centimes : centimes;
    return (centimes < 0 ? u"-"_s : QString()) + locale.toString(magnitude / 100) + locale.decimalPoint()
           + u"%1"_s.arg(magnitude % 100, 2, 10, QLatin1Char('0')) + u' ' + currency;
}

QString cell(const QJsonValue &value, bool isMoney, const QLocale &locale, const QString &currency = {})
{
    if (isMoney && !value.isNull() && !value.isUndefined())
        return money(value.toInteger(), locale, currency);
    if (value.isDouble())
        return QString::number(value.toInteger());
    // Timestamps are shown as their day: the letter is not a log.
    const QString text = value.toString();
    static const QRegularExpression timestamp(u"^(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}"_s);
    const QRegularExpressionMatch m = timestamp.match(text);
    return escaped(m.hasMatch() ? m.captured(1) : text);
}

QString table(const QJsonArray &rows, const QList<Column> &columns, const Words &say)
{
    QString html = u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s;
    for (const Column &c : columns)
        html += u"<th>"_s + say(c.label) + u"</th>"_s;
    html += u"</tr>"_s;
    for (const QJsonValue row : rows) {
        html += u"<tr>"_s;
        for (const Column &c : columns)
            html += u"<td>"_s + cell(row.toObject().value(QLatin1String(c.key)), c.money, say.locale(),
                                         say(QT_TRANSLATE_NOOP("RightsLetters", "DH"))) + u"</td>"_s;
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

} // namespace

QString RightsLetters::templatePath(RightsLetterContent::Kind kind, LetterLanguage language)
{
    return u":/templates/rights-"_s + (kind == RightsLetterContent::Kind::Extension ? u"extension"_s : u"answer"_s)
           + u"."_s + languageCode(language) + u".html"_s;
}

QString RightsLetters::reportHtml(const QJsonObject &report, LetterLanguage language)
{
    const Words say(language);
    QString html = u"<h3>"_s + say(QT_TRANSLATE_NOOP("RightsLetters", "The processings concerned")) + u"</h3>"_s;
    html += table(report.value(u"processings"_s).toArray(),
                  {{"name", QT_TRANSLATE_NOOP("RightsLetters", "Processing")},
                   {"cndpNumber", QT_TRANSLATE_NOOP("RightsLetters", "CNDP authorisation")},
                   {"dataCategories", QT_TRANSLATE_NOOP("RightsLetters", "Data processed")},
                   {"recipients", QT_TRANSLATE_NOOP("RightsLetters", "Recipients")},
                   {"retention", QT_TRANSLATE_NOOP("RightsLetters", "Retention")}},
                  say);
    for (const QJsonValue value : report.value(u"persons"_s).toArray()) {
        const QJsonObject person = value.toObject();
        const QJsonObject identity = person.value(u"identity"_s).toObject();
        const QString who = escaped(identity.value(u"lastName"_s).toString() + u' '
                                    + identity.value(u"firstName"_s).toString());
        html += u"<h3>"_s
                + (person.value(u"role"_s).toString() == u"requester"_s
                       ? say(QT_TRANSLATE_NOOP("RightsLetters", "Your data"))
                       : say(QT_TRANSLATE_NOOP("RightsLetters", "The data of a minor you represent")))
                + u": "_s + who + u"</h3>"_s;
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
        for (const Column &c : identityColumns()) {
            const QString shown = cell(identity.value(QLatin1String(c.key)), false, say.locale());
            if (!shown.isEmpty())
                html += u"<tr><th align=\"left\" width=\"35%\">"_s + say(c.label) + u"</th><td>"_s + shown
                        + u"</td></tr>"_s;
        }
        html += u"</table>"_s;
        for (const Section &s : sections()) {
            const QJsonArray rows = person.value(QLatin1String(s.key)).toArray();
            html += u"<h4>"_s + say(s.title) + u"</h4>"_s;
            html += rows.isEmpty() ? u"<p>"_s + say(QT_TRANSLATE_NOOP("RightsLetters", "None.")) + u"</p>"_s
                                   : table(rows, s.columns, say);
        }
    }
    const QJsonObject medical = report.value(u"medical"_s).toObject();
    html += u"<h3>"_s + say(QT_TRANSLATE_NOOP("RightsLetters", "Medical data")) + u"</h3>"_s;
    if (!medical.value(u"signedOff"_s).toBool()) {
        html += u"<p>"_s
                + say(QT_TRANSLATE_NOOP("RightsLetters", "The medical data is communicated once a medical controller "
                                                         "has reviewed it."))
                + u"</p>"_s;
    } else if (medical.value(u"items"_s).toArray().isEmpty()) {
        html += u"<p>"_s + say(QT_TRANSLATE_NOOP("RightsLetters", "None.")) + u"</p>"_s;
    } else {
        html += table(medical.value(u"items"_s).toArray(),
                      {{"immatriculation", QT_TRANSLATE_NOOP("RightsLetters", "Immatriculation")},
                       {"dossier", QT_TRANSLATE_NOOP("RightsLetters", "Dossier")},
                       {"diagnosis", QT_TRANSLATE_NOOP("RightsLetters", "Diagnosis")},
                       {"decision", QT_TRANSLATE_NOOP("RightsLetters", "Decision")},
                       {"reason", QT_TRANSLATE_NOOP("RightsLetters", "Reason")},
                       {"at", QT_TRANSLATE_NOOP("RightsLetters", "Date")}},
                      say);
    }
    return html;
}

LetterDraft RightsLetters::draft(const RightsRequest &request, const RightsLetterContent &content)
{
    const Words say(content.language);
    QString parts;
    if (content.kind == RightsLetterContent::Kind::Answer) {
        parts = u"<ul>"_s;
        for (const RightsPart &part : request.parts) {
            // What the letter says of each part in its own words, whatever the agent's screen
            // said: a refusal, a deletion, an opposition to a legal obligation; otherwise the
            // division's answer as written.
            QString answer;
            if (content.outcome == u"refused"_s && !part.answered)
                answer = say(QT_TRANSLATE_NOOP("RightsLetters", "Refused with the request."));
            else if (!part.answered)
                continue;
            else if (request.kind == RightsKind::Opposition && part.legalObligation)
                answer = say(QT_TRANSLATE_NOOP("RightsLetters", "This processing is a legal obligation of compulsory "
                                                                "health insurance: it cannot be opposed."));
            else if (request.kind == RightsKind::Deletion && content.outcome != u"refused"_s)
                answer = say(QT_TRANSLATE_NOOP("RightsLetters", "Your data is deleted: you are anonymised in every "
                                                                "record of this processing."));
            else
                answer = escaped(part.answer);
            parts += u"<li><b>"_s + escaped(part.purposeName) + u"</b> (CNDP "_s + escaped(part.cndpNumber) + u")"_s
                     + say(QT_TRANSLATE_NOOP("RightsLetters", ": ")) + answer + u"</li>"_s;
        }
        parts += u"</ul>"_s;
    }
    const bool access = content.kind == RightsLetterContent::Kind::Answer && request.kind == RightsKind::Access
                        && !content.report.isEmpty();
    // The references (the number, the dates) never break across lines.
    const auto day = [&](QDate date) { return unbroken(dateText(date, content.language)); };
    const QString filled = fill(templatePath(content.kind, content.language),
                                {
                                    {u"organisation"_s, escaped(request.organisationName)},
                                    {u"division"_s, escaped(content.divisionName)},
                                    {u"requester"_s, requesterLine(request.requesterName, content.requesterSex,
                                                                   content.language)},
                                    {u"contact"_s, escaped(postalAddress(content.requesterAddress,
                                                                         request.requesterContact))},
                                    {u"number"_s, unbroken(escaped(request.number))},
                                    {u"right"_s, say(rightName(request.kind))},
                                    {u"received"_s, day(request.receivedOn)},
                                    {u"deadline"_s, day(content.deadline)},
                                    {u"reason"_s, escaped(content.body)},
                                    {u"body"_s, escaped(content.body)},
                                    {u"parts"_s, parts},
                                    {u"report"_s, access ? reportHtml(content.report, content.language) : QString()},
                                    {u"date"_s, day(content.writtenOn)},
                                    {u"agent"_s, escaped(content.agentName)},
                                },
                                content.requesterSex, content.language);
    return {languageCode(content.language), titleOf(filled), filled};
}

std::unique_ptr<QTextDocument> RightsLetters::document(const RightsLetter &kept)
{
    return LetterTemplate::document(kept.html, kept.language == u"ar"_s ? LetterLanguage::Arabic
                                                                        : LetterLanguage::French);
}

} // namespace guichet
