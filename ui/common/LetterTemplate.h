#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <utility>

class QTextDocument;

namespace guichet {

class Session;

// The language a letter is written in: the member's, whatever the agent's screen shows.
enum class LetterLanguage { French, Arabic };

// Whom a letter is written to, as the persons table records them: the sex ("M", "F"; empty when
// not on file) gives the form of address, the postal address is printed under the name.
struct Addressee
{
    QString sex;
    QString address;
};

// The letters to members and requesters, from the HTML templates under :/templates: the wording
// is the template's, the values are filled in, and the document's direction, dates and title
// follow the letter's language. One place for what every letter does alike.
namespace LetterTemplate {

// A value typed by people, as HTML: text, never markup; its lines are kept.
QString escaped(const QString &text);
// "3 novembre 2026", "3 نونبر 2026".
QString dateText(QDate date, LetterLanguage language);
// Letters are dated as the member reads them: in Rabat.
QDate rabatDate(const QDateTime &when);
QString languageCode(LetterLanguage language); // fr, ar

// A word of the letters themselves, in the letter's language (the translation of `source` in the
// context "LetterTemplate"), as plain text.
QString word(const char *source, LetterLanguage language);
// The civility before the name: Monsieur, Madame, السيد, السيدة; nothing when the sex is not
// recorded (the letter then says "Madame, Monsieur").
QString civility(const QString &sex, LetterLanguage language);
// The name as the address block prints it, with its civility, as HTML.
QString requesterLine(const QString &name, const QString &sex, LetterLanguage language);
// What the address block prints under the name: the recorded postal address; without one, the
// contact given with the request, never a phone number (numbers of 9 digits or more are left
// out, and the lines left empty with them).
QString postalAddress(const QString &recorded, const QString &contact);
// A reference (a number, a date), already HTML, kept on one line: a nowrap span, a word joiner
// (U+2060) after each hyphen. The letter's text holds the joiners; titleOf() leaves them out.
QString unbroken(const QString &html);
// The person's sex and postal address, from the persons table (read as PersonRepository reads a
// file, audited); nothing when the person is not on file or not readable under the purpose.
Addressee recordedAddressee(QSqlDatabase db, const Session &session, qint64 personId);

// The template at `path`, its comments removed and each {{name}} replaced by the value of that
// name (already HTML), in one pass: a value that happens to contain "{{...}}" stays as typed.
QString fill(const QString &path, const QList<std::pair<QString, QString>> &fields);
// The same, the template's neutral form of address ("Madame, Monsieur", "سيدتي، سيدي") in the
// salutation and the closing said as the recorded sex asks: "Monsieur", "Madame", "سيدي",
// "سيدتي". Only the template's words change, never a value filled in.
QString fill(const QString &path, const QList<std::pair<QString, QString>> &fields, const QString &sex,
             LetterLanguage language);
// The template's <title>, in the letter's language: it names the PDF and the print job.
QString titleOf(const QString &filled);
// The filled letter as a document, laid out right to left in Arabic.
std::unique_ptr<QTextDocument> document(const QString &filled, LetterLanguage language);

} // namespace LetterTemplate
} // namespace guichet
