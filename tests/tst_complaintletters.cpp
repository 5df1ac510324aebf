#include "ui/ComplaintLetters.h"
#include "ui/DossierDocuments.h"

#include "DocumentScreenshot.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

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

QString lineOf(const QTextDocument &doc, const QString &containing)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        if (block.text().contains(containing))
            return block.text();
    return {};
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
        QVERIFY2(DossierDocuments::writePdf(*doc, path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
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
