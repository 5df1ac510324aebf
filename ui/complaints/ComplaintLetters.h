#pragma once

#include "data/complaints/ComplaintRepository.h"
#include "ui/common/LetterTemplate.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QTextDocument;

namespace guichet {

// What a letter to the requester of a complaint says: the first response, or the closing with
// its resolution. Filled from the complaint and the timeline step it answers, so that a letter
// printed again later says the same thing with the same date.
struct ComplaintLetter
{
    enum class Kind { Answer, Closing };
    Kind kind = Kind::Answer;
    LetterLanguage language = LetterLanguage::French;
    QString organisationName;
    QString divisionName;
    QString requesterName;
    QString requesterContact;
    // The requester as the persons table records them (LetterTemplate::recordedAddressee): the
    // sex gives the form of address (empty: "Madame, Monsieur"); the postal address is printed,
    // else the contact given with the complaint, never a phone number.
    QString requesterSex;
    QString requesterAddress;
    QString number;
    QDateTime receivedAt;
    QString categoryName;
    QString body; // the answer or the resolution, as the agent wrote it
    QDate writtenOn;
    QString agentName;
};

// The letters of complaints, from the templates under :/templates (complaint-answer.fr.html,
// complaint-closing.ar.html, ...): the wording is the template's, the values are the letter's,
// HTML-escaped. The document's direction, its dates and its title (the template's <title>)
// follow the letter's language.
class ComplaintLetters
{
public:
    // The letter for a step of the complaint's timeline (an answer or a closing); nothing for
    // any other step. `to`: the requester as recorded (LetterTemplate::recordedAddressee of the
    // complaint's person); without it the letter says "Madame, Monsieur" and prints the contact.
    static std::optional<ComplaintLetter> forEvent(const Complaint &complaint, const ComplaintEvent &event,
                                                   LetterLanguage language, const QString &organisationName,
                                                   const Addressee &to = {});
    // The latest answer or closing of the complaint; nothing before its first response.
    static std::optional<ComplaintLetter> latest(const Complaint &complaint, LetterLanguage language,
                                                 const QString &organisationName, const Addressee &to = {});
    static std::unique_ptr<QTextDocument> document(const ComplaintLetter &letter);
    static QString templatePath(ComplaintLetter::Kind kind, LetterLanguage language);
};

} // namespace guichet
