#pragma once

#include "data/rights/RightsRepository.h"
#include "ui/common/LetterTemplate.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

class QTextDocument;
class QTranslator;

namespace guichet {

// What a letter to the requester of a rights request says, beyond the request itself.
struct RightsLetterContent
{
    enum class Kind { Extension, Answer };
    Kind kind = Kind::Answer;
    LetterLanguage language = LetterLanguage::French;
    QString divisionName; // the division that writes
    QString agentName;
    QDate writtenOn;
    QString outcome;    // an answer: granted, partly, refused
    QString body;       // the answer as the agent wrote it; for an extension, its reason
    QDate deadline;     // an extension: the new deadline
    QJsonObject report; // an access answer: RightsRepository::accessReport
    // The requester as the persons table records them (LetterTemplate::recordedAddressee): the
    // sex gives the form of address (empty: "Madame, Monsieur"); the postal address is printed,
    // else the contact given with the request, never a phone number.
    QString requesterSex;
    QString requesterAddress;
};

// The letters of rights requests (law 09-08), from the templates rights-extension.fr.html,
// rights-answer.ar.html, ...: the notice of an extension and the answer, with each processing's
// part and, for access, the report of everything held. Written in the requester's language
// whatever the screen's: the words of the report come from that language's translation, so the
// French and Arabic letters are kept complete with the rest of Guichet.
class RightsLetters
{
    Q_DECLARE_TR_FUNCTIONS(RightsLetters)

public:
    static LetterDraft draft(const RightsRequest &request, const RightsLetterContent &content);
    // A letter as it was kept with the request, to print or save again.
    static std::unique_ptr<QTextDocument> document(const RightsLetter &kept);
    // The access report as the letter shows it: each processing, then each person's data.
    static QString reportHtml(const QJsonObject &report, LetterLanguage language);
    static QString templatePath(RightsLetterContent::Kind kind, LetterLanguage language);
};

} // namespace guichet
