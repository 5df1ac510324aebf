#include "ui/complaints/ComplaintLetters.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace guichet {

using namespace LetterTemplate;

QString ComplaintLetters::templatePath(ComplaintLetter::Kind kind, LetterLanguage language)
{
    return u":/templates/complaint-"_s + (kind == ComplaintLetter::Kind::Answer ? u"answer"_s : u"closing"_s)
           + (language == LetterLanguage::Arabic ? u".ar.html"_s : u".fr.html"_s);
}

std::optional<ComplaintLetter> ComplaintLetters::forEvent(const Complaint &complaint, const ComplaintEvent &event,
                                                          LetterLanguage language, const QString &organisationName,
                                                          const Addressee &to)
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
    letter.requesterSex = to.sex;
    letter.requesterAddress = to.address;
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
                                                        const QString &organisationName, const Addressee &to)
{
    for (auto event = complaint.timeline.crbegin(); event != complaint.timeline.crend(); ++event) {
        if (auto letter = forEvent(complaint, *event, language, organisationName, to))
            return letter;
    }
    return std::nullopt;
}

std::unique_ptr<QTextDocument> ComplaintLetters::document(const ComplaintLetter &letter)
{
    // The references (the number, the dates) never break across lines.
    const auto day = [&](QDate date) { return unbroken(dateText(date, letter.language)); };
    const QString filled = fill(templatePath(letter.kind, letter.language),
                                {
                                    {u"organisation"_s, escaped(letter.organisationName)},
                                    {u"division"_s, escaped(letter.divisionName)},
                                    {u"requester"_s, requesterLine(letter.requesterName, letter.requesterSex,
                                                                   letter.language)},
                                    {u"contact"_s, escaped(postalAddress(letter.requesterAddress,
                                                                         letter.requesterContact))},
                                    {u"number"_s, unbroken(escaped(letter.number))},
                                    {u"received"_s, day(rabatDate(letter.receivedAt))},
                                    {u"category"_s, escaped(letter.categoryName)},
                                    {u"body"_s, escaped(letter.body)},
                                    {u"date"_s, day(letter.writtenOn)},
                                    {u"agent"_s, escaped(letter.agentName)},
                                },
                                letter.requesterSex, letter.language);
    return LetterTemplate::document(filled, letter.language);
}

} // namespace guichet
