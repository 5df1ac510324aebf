#include "ui/complaints/ComplaintLetters.h"
#include "OnOneLine.h"
#include "ui/common/PrintDocument.h"

#include "DocumentScreenshot.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QAbstractTextDocumentLayout>
#include <QTextLayout>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

// A complaint answered, then closed, with values that must stay text in the letter.
Complaint sampleComplaint()
{
    Complaint k;
    k.number = u"R-MGPAP-2026-000042"_s;
    k.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(23, 30), Qt::UTC); // 3 November in Rabat
    k.requesterName = u"Aït O'Brien <b>Driss</b> & fils"_s;
    k.requesterContact = u"12, rue d'Alger\nRabat"_s;
    k.category.name = u"Retard de remboursement"_s;
    k.category.nameAr = u"تأخر التعويض"_s;
    k.category.divisionName = u"Division des prestations"_s;
    k.timeline = {
        {QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC), u"agent"_s, u"Nadia El Idrissi"_s, u"CPL"_s,
         u"intake"_s, false, u"R-MGPAP-2026-000042"_s},
        {QDateTime(QDate(2026, 11, 4), QTime(10, 0), Qt::UTC), u"agent"_s, u"Nadia El Idrissi"_s, u"CPL"_s,
         u"note"_s, true, u"Secret interne"_s},
        {QDateTime(QDate(2026, 11, 5), QTime(10, 0), Qt::UTC), u"agent"_s, u"Nadia El Idrissi"_s, u"CPL"_s,
         u"answer"_s, false, u"Le virement est parti.\nVérifiez votre RIB {{number}}."_s},
    };
    return k;
}

// The text of the block (paragraph) holding `containing`, its non-breaking spaces as spaces.
QString lineOf(const QTextDocument &doc, const QString &containing)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().replace(QChar::Nbsp, u' ').remove(QChar(0x2060));
        if (text.contains(containing))
            return text;
    }
    return {};
}

// The complaint closed after its answer: both letters are on its timeline.
Complaint closedComplaint()
{
    Complaint k = sampleComplaint();
    k.timeline.append({QDateTime(QDate(2026, 11, 9), QTime(10, 0), Qt::UTC), u"agent"_s, u"Nadia El Idrissi"_s,
                       u"CPL"_s, u"close"_s, false, u"Remboursement effectué."_s});
    return k;
}


} // namespace

class TestComplaintLetters : public QObject
{
    Q_OBJECT

private slots:
    void everyTemplateIsThereWithItsTitle()
    {
        for (const auto kind : {ComplaintLetter::Kind::Answer, ComplaintLetter::Kind::Closing})
            for (const auto language : {LetterLanguage::French, LetterLanguage::Arabic}) {
                QFile file(ComplaintLetters::templatePath(kind, language));
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QString html = QString::fromUtf8(file.readAll());
                for (const QString &field : {u"{{number}}"_s, u"{{body}}"_s, u"{{requester}}"_s, u"{{date}}"_s,
                                            u"<title>"_s})
                    QVERIFY2(html.contains(field), qPrintable(file.fileName() + u' ' + field));
            }
    }

    // The answer letter in French: the template's wording, the values as typed (markup stays
    // text, a {{field}} typed by the agent stays as typed), dated when the answer was given, in
    // Rabat; the internal note is not in it.
    void theFrenchAnswerLetter()
    {
        const Complaint k = sampleComplaint();
        const auto letter = ComplaintLetters::latest(k, LetterLanguage::French, u"MGPAP"_s);
        QVERIFY(letter);
        QCOMPARE(letter->kind, ComplaintLetter::Kind::Answer);
        QCOMPARE(letter->writtenOn, QDate(2026, 11, 5));
        const auto doc = ComplaintLetters::document(*letter);
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(u"Aït O'Brien <b>Driss</b> & fils"_s));
        QVERIFY(text.contains(u"12, rue d'Alger"_s));
        QVERIFY(text.contains(u"Vérifiez votre RIB {{number}}."_s));
        QVERIFY(text.contains(u"Le virement est parti."_s));
        QVERIFY(!text.contains(u"Secret interne"_s));
        QVERIFY(text.contains(u"Madame, Monsieur"_s));
        QVERIFY(lineOf(*doc, u"Objet"_s).contains(u"R-MGPAP-2026-000042 du 3 novembre 2026 (Retard de remboursement)"_s));
        QVERIFY(lineOf(*doc, u"Le 5 novembre 2026"_s).size() > 0);
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle), u"Réponse à la réclamation R-MGPAP-2026-000042"_s);
        QCOMPARE(doc->begin().blockFormat().layoutDirection(), Qt::LeftToRight);
        documentScreenshot(*doc, u"complaint-letter-fr"_s);
    }

    // The same in Arabic, whatever the screen's language: right to left, the category's Arabic
    // name, Arabic dates; the closing letter once the complaint is closed.
    void theArabicClosingLetter()
    {
        Complaint k = sampleComplaint();
        k.timeline.append({QDateTime(QDate(2026, 11, 9), QTime(10, 0), Qt::UTC), u"agent"_s, u"Nadia El Idrissi"_s,
                           u"CPL"_s, u"close"_s, false, u"تم صرف التعويض"_s});
        const auto letter = ComplaintLetters::latest(k, LetterLanguage::Arabic, u"MGPAP"_s);
        QVERIFY(letter);
        QCOMPARE(letter->kind, ComplaintLetter::Kind::Closing);
        const auto doc = ComplaintLetters::document(*letter);
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(u"تم صرف التعويض"_s));
        QVERIFY(text.contains(u"تأخر التعويض"_s));
        QVERIFY(text.contains(u"إغلاق شكايتكم"_s));
        QVERIFY(text.contains(QLocale(QLocale::Arabic, QLocale::Morocco).toString(QDate(2026, 11, 9), u"d MMMM yyyy"_s)));
        QVERIFY(!text.contains(u"Madame"_s));
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle), u"إغلاق الشكاية R-MGPAP-2026-000042"_s);
        QCOMPARE(lineOf(*doc, u"سيدتي"_s).isEmpty(), false);
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
            QCOMPARE(block.textDirection(), Qt::RightToLeft);

        // The letter of an earlier step stays as it was: the answer of the 5th.
        const auto earlier = ComplaintLetters::forEvent(k, k.timeline.at(2), LetterLanguage::Arabic, u"MGPAP"_s);
        QVERIFY(earlier);
        QCOMPARE(earlier->kind, ComplaintLetter::Kind::Answer);
        QCOMPARE(earlier->writtenOn, QDate(2026, 11, 5));
        QVERIFY(!ComplaintLetters::forEvent(k, k.timeline.at(1), LetterLanguage::Arabic, u"MGPAP"_s));

        documentScreenshot(*doc, u"complaint-letter-ar"_s);
        QTemporaryDir dir;
        QString error;
        const QString path = dir.filePath(u"letter.pdf"_s);
        QVERIFY2(PrintDocument::writePdf(*doc, path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    }

    // Both letters (the response and the closing) address the requester as the file records
    // them: Monsieur or Madame, السيد or السيدة in the address block, the salutation and the
    // closing formula to match; "Madame, Monsieur" when the sex is not recorded.
    void theFormOfAddressFollowsTheRecordedSex_data()
    {
        QTest::addColumn<int>("event"); // the step of the timeline the letter answers
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("nameLine");
        QTest::addColumn<QString>("salutation");
        QTest::addColumn<QString>("closing");
        QTest::addColumn<QStringList>("absent");
        const QString name = u"Aït O'Brien <b>Driss</b> & fils"_s;
        for (const int event : {2, 3}) {
            const char *k = event == 2 ? "answer" : "closing";
            const int fr = int(LetterLanguage::French), ar = int(LetterLanguage::Arabic);
            QTest::addRow("%s fr M", k) << event << fr << u"M"_s << u"Monsieur "_s + name << u"Monsieur,"_s
                                        << u"Veuillez agréer, Monsieur, l'expression"_s << QStringList{u"Madame"_s};
            QTest::addRow("%s fr F", k) << event << fr << u"F"_s << u"Madame "_s + name << u"Madame,"_s
                                        << u"Veuillez agréer, Madame, l'expression"_s << QStringList{u"Monsieur"_s};
            QTest::addRow("%s fr unknown", k) << event << fr << QString() << name << u"Madame, Monsieur,"_s
                                              << u"Veuillez agréer, Madame, Monsieur, l'expression"_s << QStringList{};
            QTest::addRow("%s ar M", k) << event << ar << u"M"_s << u"السيد "_s + name << u"سيدي،"_s
                                        << u"وتقبلوا، سيدي، فائق"_s << QStringList{u"سيدتي"_s, u"السيدة"_s};
            QTest::addRow("%s ar F", k) << event << ar << u"F"_s << u"السيدة "_s + name << u"سيدتي،"_s
                                        << u"وتقبلوا، سيدتي، فائق"_s << QStringList{u"سيدي،"_s, u"السيد "_s};
            QTest::addRow("%s ar unknown", k) << event << ar << QString() << name << u"سيدتي، سيدي،"_s
                                              << u"وتقبلوا، سيدتي، سيدي، فائق"_s << QStringList{u"السيد"_s};
        }
    }

    void theFormOfAddressFollowsTheRecordedSex()
    {
        QFETCH(int, event);
        QFETCH(int, language);
        QFETCH(QString, sex);
        QFETCH(QString, nameLine);
        QFETCH(QString, salutation);
        QFETCH(QString, closing);
        QFETCH(QStringList, absent);
        const Complaint k = closedComplaint();
        const auto letter = ComplaintLetters::forEvent(k, k.timeline.at(event), LetterLanguage(language), u"MGPAP"_s,
                                                       {sex, u"7, avenue Hassan II\n10000 Rabat"_s});
        QVERIFY(letter);
        QCOMPARE(letter->requesterSex, sex);
        const auto doc = ComplaintLetters::document(*letter);
        QCOMPARE(lineOf(*doc, u"Driss"_s).section(QChar::LineSeparator, 0, 0), nameLine);
        QCOMPARE(lineOf(*doc, salutation), salutation); // the salutation is its own paragraph
        QVERIFY2(!lineOf(*doc, closing).isEmpty(), qPrintable(closing));
        const QString text = doc->toPlainText();
        for (const QString &word : absent)
            QVERIFY2(!text.contains(word), qPrintable(word));
    }

    // The address block prints the postal address the file records, never the phone number; for
    // someone not on file, the contact given without its phone.
    void theAddressIsPrintedNeverThePhone()
    {
        Complaint k = closedComplaint();
        k.requesterContact = u"06 12 34 56 78"_s;
        for (const auto language : {LetterLanguage::French, LetterLanguage::Arabic})
            for (const auto kind : {2, 3}) {
                const auto letter = ComplaintLetters::forEvent(k, k.timeline.at(kind), language, u"MGPAP"_s,
                                                               {u"F"_s, u"7, avenue Hassan II\n10000 Rabat"_s});
                const auto doc = ComplaintLetters::document(*letter);
                QVERIFY(lineOf(*doc, u"Driss"_s).contains(u"7, avenue Hassan II"_s + QChar::LineSeparator + u"10000 Rabat"_s));
                QVERIFY(!doc->toPlainText().remove(u' ').contains(u"0612345678"_s));
            }
        // Not on file: the contact typed at intake, its phone left out.
        k.requesterContact = u"3, derb Sidi Bouloukat, Marrakech - Tél. 0612345678"_s;
        auto doc = ComplaintLetters::document(*ComplaintLetters::latest(k, LetterLanguage::French, u"MGPAP"_s));
        QVERIFY(lineOf(*doc, u"Driss"_s).endsWith(u"3, derb Sidi Bouloukat, Marrakech"_s));
        QVERIFY(!doc->toPlainText().contains(u"0612345678"_s));
        QVERIFY(!doc->toPlainText().contains(u"Tél"_s));
        k.requesterContact = u"+212 612 345 678"_s;
        doc = ComplaintLetters::document(*ComplaintLetters::latest(k, LetterLanguage::Arabic, u"MGPAP"_s));
        QCOMPARE(lineOf(*doc, u"Driss"_s).trimmed(), u"Aït O'Brien <b>Driss</b> & fils"_s);
        QVERIFY(!doc->toPlainText().contains(u"345"_s));
    }

    // The complaint's number and the dates sit in no-wrap elements: on a narrow page the subject
    // line breaks around them, never inside them.
    void theReferencesStayOnOneLine_data()
    {
        QTest::addColumn<int>("event");
        QTest::addColumn<int>("language");
        for (const int event : {2, 3})
            for (const auto language : {LetterLanguage::French, LetterLanguage::Arabic})
                QTest::addRow("%s %s", event == 2 ? "answer" : "closing", language == LetterLanguage::French ? "fr" : "ar")
                    << event << int(language);
    }

    void theReferencesStayOnOneLine()
    {
        QFETCH(int, event);
        QFETCH(int, language);
        const Complaint k = closedComplaint();
        const auto letter = ComplaintLetters::forEvent(k, k.timeline.at(event), LetterLanguage(language), u"MGPAP"_s);
        QVERIFY(letter);
        const auto doc = ComplaintLetters::document(*letter);
        QStringList references{u"R-MGPAP-2026-000042"_s, LetterTemplate::dateText(QDate(2026, 11, 3), letter->language),
                               LetterTemplate::dateText(letter->writtenOn, letter->language)};
        bool wrapped = false;
        for (const QString &reference : references)
            QVERIFY2(onOneLine(*doc, reference, 160, &wrapped), qPrintable(reference));
        QVERIFY(wrapped);
        // The dates sit in no-wrap elements: Qt keeps them unbroken, their spaces non-breaking.
        QString subject;
        for (QTextBlock block = doc->begin(); block.isValid() && subject.isEmpty(); block = block.next())
            if (QString(block.text()).remove(QChar(0x2060)).contains(u"R-MGPAP-2026-000042"_s))
                subject = block.text(); // the subject line, the first to name the complaint
        const QString date = references.at(1);
        QVERIFY2(subject.contains(QString(date).replace(u' ', QChar::Nbsp)), qPrintable(subject));
    }

    void noLetterBeforeTheFirstAnswer()
    {
        Complaint k = sampleComplaint();
        k.timeline.removeLast();
        QVERIFY(!ComplaintLetters::latest(k, LetterLanguage::French, u"MGPAP"_s));
    }
};

QTEST_MAIN(TestComplaintLetters)
#include "tst_complaintletters.moc"
