#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>

#include <memory>
#include <utility>

class QTextDocument;

namespace guichet {

// The language a letter is written in: the member's, whatever the agent's screen shows.
enum class LetterLanguage { French, Arabic };

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

// The template at `path`, its comments removed and each {{name}} replaced by the value of that
// name (already HTML), in one pass: a value that happens to contain "{{...}}" stays as typed.
QString fill(const QString &path, const QList<std::pair<QString, QString>> &fields);
// The template's <title>, in the letter's language: it names the PDF and the print job.
QString titleOf(const QString &filled);
// The filled letter as a document, laid out right to left in Arabic.
std::unique_ptr<QTextDocument> document(const QString &filled, LetterLanguage language);

} // namespace LetterTemplate
} // namespace guichet
