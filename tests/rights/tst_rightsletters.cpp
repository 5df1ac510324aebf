#include "ui/common/PrintDocument.h"
#include "OnOneLine.h"
#include "ui/rights/RightsLetters.h"

#include "DocumentScreenshot.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QJsonArray>
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

// An access request of a member not yet answered, with values that must stay text in the letter.
RightsRequest sampleRequest()
{
    RightsRequest r;
    r.id = 7;
    r.number = u"D-MGPAP-2026-000007"_s;
    r.kind = RightsKind::Access;
    r.organisationName = u"Mutuelle générale du personnel des administrations publiques"_s;
    r.requesterName = u"Aït O'Brien <b>Driss</b>"_s;
    r.requesterContact = u"12, rue d'Alger\nRabat"_s;
    r.receivedOn = QDate(2026, 11, 3);
    RightsPart amo;
    amo.purposeCode = u"AMO"_s;
    amo.purposeName = u"Gestion de l'assurance maladie obligatoire"_s;
    amo.cndpNumber = u"A-GC-123/2013"_s;
    amo.answered = true;
    amo.answer = u"Dossiers et remboursements joints."_s;
    RightsPart cpl = amo;
    cpl.purposeCode = u"CPL"_s;
    cpl.purposeName = u"Gestion des réclamations"_s;
    cpl.answered = false;
    r.parts = {amo, cpl};
    return r;
}

// A report as RightsRepository::accessReport writes it: the member and a child he represents.
QJsonObject sampleReport()
{
    const QJsonObject member{
        {u"role"_s, u"requester"_s},
        {u"identity"_s, QJsonObject{{u"immatriculation"_s, u"880000001"_s}, {u"lastName"_s, u"Alaoui"_s},
                                    {u"firstName"_s, u"Driss"_s}, {u"cin"_s, u"AB123456"_s},
                                    {u"birthDate"_s, u"1972-02-02"_s}}},
        {u"dossiers"_s, QJsonArray{QJsonObject{{u"number"_s, u"F-2026-000001"_s},
                                               {u"dateOfCare"_s, u"2026-10-01"_s},
                                               {u"status"_s, u"paid"_s},
                                               {u"billed"_s, 123450},
                                               {u"reimbursed"_s, 98760}}}},
        {u"disclosures"_s, QJsonArray{QJsonObject{{u"disclosedAt"_s, u"2026-10-02T09:00:00Z"_s},
                                                  {u"processing"_s, u"TP"_s},
                                                  {u"recipient"_s, u"Clinique <Al Amal>"_s},
                                                  {u"what"_s, u"Prise en charge"_s}}}},
    };
    const QJsonObject child{
        {u"role"_s, u"represented"_s},
        {u"identity"_s, QJsonObject{{u"immatriculation"_s, u"880000001-01"_s}, {u"lastName"_s, u"Alaoui"_s},
                                    {u"firstName"_s, u"Salma"_s}}},
    };
    return {{u"processings"_s, QJsonArray{QJsonObject{{u"code"_s, u"AMO"_s},
                                                      {u"name"_s, u"Gestion de l'AMO"_s},
                                                      {u"cndpNumber"_s, u"A-GC-123/2013"_s},
                                                      {u"retention"_s, u"10 ans"_s}}}},
            {u"persons"_s, QJsonArray{member, child}},
            {u"medical"_s, QJsonObject{{u"signedOff"_s, false}}}};
}

// The letter as it reads, once kept.
QString textOf(const LetterDraft &draft)
{
    RightsLetter kept;
    kept.language = draft.language;
    kept.html = draft.html;
    return RightsLetters::document(kept)->toPlainText().remove(QChar(0x2060)); // the references' word joiners
}

std::unique_ptr<QTextDocument> documentOf(const LetterDraft &draft)
{
    RightsLetter kept;
    kept.language = draft.language;
    kept.html = draft.html;
    return RightsLetters::document(kept);
}

// The text of the block (paragraph) holding `containing`, its non-breaking spaces as spaces.
QString blockWith(const QTextDocument &doc, const QString &containing)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text().replace(QChar::Nbsp, u' ').remove(QChar(0x2060));
        if (text.contains(containing))
            return text;
    }
    return {};
}

} // namespace

class TestRightsLetters : public QObject
{
    Q_OBJECT

private slots:
    void everyTemplateIsThereWithItsFields()
    {
        for (const auto kind : {RightsLetterContent::Kind::Extension, RightsLetterContent::Kind::Answer})
            for (const auto language : {LetterLanguage::French, LetterLanguage::Arabic}) {
                QFile file(RightsLetters::templatePath(kind, language));
                QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
                const QString html = QString::fromUtf8(file.readAll());
                QStringList fields{u"{{number}}"_s, u"{{requester}}"_s, u"{{right}}"_s, u"{{date}}"_s, u"<title>"_s};
                fields << (kind == RightsLetterContent::Kind::Extension
                               ? QStringList{u"{{deadline}}"_s, u"{{reason}}"_s}
                               : QStringList{u"{{body}}"_s, u"{{parts}}"_s, u"{{report}}"_s});
                for (const QString &field : fields)
                    QVERIFY2(html.contains(field), qPrintable(file.fileName() + u' ' + field));
            }
    }

    // The notice of an extension, in French: the new deadline, the reason as typed (text, not
    // markup), the right named in French, and the title that names the PDF.
    void theFrenchExtensionNotice()
    {
        RightsLetterContent content;
        content.kind = RightsLetterContent::Kind::Extension;
        content.divisionName = u"Division des affaires juridiques"_s;
        content.agentName = u"Nadia El Idrissi"_s;
        content.writtenOn = QDate(2026, 11, 20);
        content.deadline = QDate(2027, 2, 3);
        content.body = u"Archives à consulter <script>\nau dépôt de Salé"_s;
        const LetterDraft draft = RightsLetters::draft(sampleRequest(), content);
        QCOMPARE(draft.language, u"fr"_s);
        QCOMPARE(draft.title, u"Prorogation du délai de réponse à la demande D-MGPAP-2026-000007"_s);
        const QString text = textOf(draft);
        QVERIFY(text.contains(u"3 février 2027"_s));
        QVERIFY(text.contains(u"20 novembre 2026"_s));
        QVERIFY(text.contains(u"droit d'accès"_s));
        QVERIFY(text.contains(u"Archives à consulter <script>"_s));
        QVERIFY(text.contains(u"Aït O'Brien <b>Driss</b>"_s));
        QVERIFY(!draft.html.contains(u"<script>"_s));
        QVERIFY(!text.contains(u"{{"_s));
    }

    // The answer to an access request, in Arabic whatever the screen's language: right to left,
    // each answered part, and the report with its headings in Arabic and its amounts in dirhams.
    void theArabicAccessAnswerWithItsReport()
    {
        RightsLetterContent content;
        content.language = LetterLanguage::Arabic;
        content.divisionName = u"قسم الشؤون القانونية"_s;
        content.agentName = u"نادية الإدريسي"_s;
        content.writtenOn = QDate(2026, 11, 20);
        content.body = u"تجدون طيه جميع المعطيات."_s;
        content.report = sampleReport();
        const LetterDraft draft = RightsLetters::draft(sampleRequest(), content);
        QCOMPARE(draft.language, u"ar"_s);
        RightsLetter kept;
        kept.language = draft.language;
        kept.html = draft.html;
        const auto doc = RightsLetters::document(kept);
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
            QCOMPARE(block.textDirection(), Qt::RightToLeft);
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(u"حق الولوج"_s));
        QVERIFY(text.contains(u"Dossiers et remboursements joints."_s)); // the part answered
        QVERIFY(!text.contains(u"Gestion des réclamations"_s));          // the part not answered is not
        QVERIFY(text.contains(u"880000001-01"_s));
        QVERIFY(text.contains(u"Clinique <Al Amal>"_s));
        QVERIFY(text.contains(u"2026-10-02"_s));
        QVERIFY(!text.contains(u"09:00"_s));
        const QLocale arabic(QLocale::Arabic, QLocale::Morocco);
        QVERIFY(text.contains(arabic.toString(1234) + arabic.decimalPoint() + u"50 درهم"_s));
        QVERIFY(text.contains(u"المعطيات الطبية"_s));
        QVERIFY(!text.contains(u"Medical data"_s)); // every heading is translated
        QVERIFY(!text.contains(u"Claim dossiers"_s));
        documentScreenshot(*doc, u"rights-answer-ar"_s);
    }

    // The report in French: every section of every person, "Aucun" where there is nothing, and
    // the medical part withheld until it is signed off, then shown.
    void theFrenchReportAndItsMedicalPart()
    {
        QJsonObject report = sampleReport();
        QString html = RightsLetters::reportHtml(report, LetterLanguage::French);
        QTextDocument doc;
        doc.setHtml(html);
        QString text = doc.toPlainText();
        for (const QString &heading : {u"Dossiers de remboursement"_s, u"Cotisations dues"_s, u"Réclamations"_s,
                                      u"Consentements"_s, u"Oppositions"_s, u"Données médicales"_s})
            QVERIFY2(text.contains(heading), qPrintable(heading));
        // Amounts in the French of Morocco, whatever the screen's language: "1.234,50 DH".
        const QLocale french(QLocale::French, QLocale::Morocco);
        QVERIFY(text.contains(french.toString(1234) + french.decimalPoint() + u"50 DH"_s));
        QVERIFY(text.contains(u"987,60 DH"_s));
        QVERIFY(text.contains(u"Aucun"_s));
        QVERIFY(text.contains(u"AB123456"_s));
        QVERIFY(!text.contains(u"Diabète"_s));

        report.insert(u"medical"_s, QJsonObject{{u"signedOff"_s, true},
                                               {u"items"_s, QJsonArray{QJsonObject{{u"immatriculation"_s, u"880000001"_s},
                                                                                   {u"diagnosis"_s, u"Diabète"_s},
                                                                                   {u"decision"_s, u"accepted"_s}}}}});
        doc.setHtml(RightsLetters::reportHtml(report, LetterLanguage::French));
        QVERIFY(doc.toPlainText().contains(u"Diabète"_s));
    }

    // The answer to an opposition says, in the letter's language, which processing is a legal
    // obligation; the others keep the division's answer.
    void anOppositionToALegalObligation()
    {
        RightsRequest r = sampleRequest();
        r.kind = RightsKind::Opposition;
        r.parts[1].answered = true;
        r.parts[1].legalObligation = false;
        r.parts[1].answer = u"Opposition enregistrée."_s;
        RightsLetterContent content;
        content.writtenOn = QDate(2026, 11, 20);
        content.body = u"Votre opposition est traitée."_s;
        QString text = textOf(RightsLetters::draft(r, content));
        QVERIFY(text.contains(u"droit d'opposition"_s));
        QVERIFY(text.contains(u"est une obligation légale de l'assurance maladie obligatoire"_s));
        QVERIFY(!text.contains(u"Dossiers et remboursements joints."_s)); // replaced by the letter's words
        QVERIFY(text.contains(u"Opposition enregistrée."_s));
        content.language = LetterLanguage::Arabic;
        text = textOf(RightsLetters::draft(r, content));
        QVERIFY(text.contains(u"التزام قانوني"_s));
        QVERIFY(!text.contains(u"legal obligation"_s));
    }

    // A refusal: the parts no division answered are refused in the letter's own words; a
    // deletion carried out is said so, whatever the agent's screen wrote.
    void refusalsAndDeletionsInTheLettersWords()
    {
        RightsRequest r = sampleRequest();
        r.kind = RightsKind::Deletion;
        RightsLetterContent content;
        content.language = LetterLanguage::Arabic;
        content.writtenOn = QDate(2026, 11, 20);
        content.outcome = u"refused"_s;
        QString text = textOf(RightsLetters::draft(r, content));
        QVERIFY(text.contains(u"Gestion des réclamations"_s)); // the part left pending, refused
        QVERIFY(text.contains(u"مرفوض مع الطلب"_s));
        r.parts[1].answered = true;
        r.parts[1].answer = u"Deleted: the person is anonymised in every table."_s;
        content.language = LetterLanguage::French;
        content.outcome = u"granted"_s;
        text = textOf(RightsLetters::draft(r, content));
        QVERIFY(text.contains(u"Vos données sont supprimées"_s));
        QVERIFY(!text.contains(u"Deleted:"_s));
    }

    // Every letter (the notice of an extension, the answer, the access report's cover letter)
    // addresses the requester as the file records them: Monsieur or Madame, السيد or السيدة in
    // the address block, and the salutation and closing formula to match; "Madame, Monsieur" when
    // the sex is not recorded (someone not on file).
    void theFormOfAddressFollowsTheRecordedSex_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("language");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("nameLine");   // the address block's first line
        QTest::addColumn<QString>("salutation"); // its paragraph, whole
        QTest::addColumn<QString>("closing");    // in the closing formula
        QTest::addColumn<QStringList>("absent");
        const QString name = u"Aït O'Brien <b>Driss</b>"_s;
        for (const auto kind : {RightsLetterContent::Kind::Extension, RightsLetterContent::Kind::Answer}) {
            const char *k = kind == RightsLetterContent::Kind::Extension ? "extension" : "answer";
            const int fr = int(LetterLanguage::French), ar = int(LetterLanguage::Arabic);
            QTest::addRow("%s fr M", k) << int(kind) << fr << u"M"_s << u"Monsieur "_s + name << u"Monsieur,"_s
                                        << u"Veuillez agréer, Monsieur, l'expression"_s << QStringList{u"Madame"_s};
            QTest::addRow("%s fr F", k) << int(kind) << fr << u"F"_s << u"Madame "_s + name << u"Madame,"_s
                                        << u"Veuillez agréer, Madame, l'expression"_s << QStringList{u"Monsieur"_s};
            QTest::addRow("%s fr unknown", k) << int(kind) << fr << QString() << name << u"Madame, Monsieur,"_s
                                              << u"Veuillez agréer, Madame, Monsieur, l'expression"_s << QStringList{};
            QTest::addRow("%s ar M", k) << int(kind) << ar << u"M"_s << u"السيد "_s + name << u"سيدي،"_s
                                        << u"وتقبلوا، سيدي، فائق"_s << QStringList{u"سيدتي"_s, u"السيدة"_s};
            QTest::addRow("%s ar F", k) << int(kind) << ar << u"F"_s << u"السيدة "_s + name << u"سيدتي،"_s
                                        << u"وتقبلوا، سيدتي، فائق"_s << QStringList{u"سيدي،"_s, u"السيد "_s};
            QTest::addRow("%s ar unknown", k) << int(kind) << ar << QString() << name << u"سيدتي، سيدي،"_s
                                              << u"وتقبلوا، سيدتي، سيدي، فائق"_s << QStringList{u"السيد"_s};
        }
    }

    void theFormOfAddressFollowsTheRecordedSex()
    {
        QFETCH(int, kind);
        QFETCH(int, language);
        QFETCH(QString, sex);
        QFETCH(QString, nameLine);
        QFETCH(QString, salutation);
        QFETCH(QString, closing);
        QFETCH(QStringList, absent);
        RightsLetterContent content;
        content.kind = RightsLetterContent::Kind(kind);
        content.language = LetterLanguage(language);
        content.writtenOn = QDate(2026, 11, 20);
        content.deadline = QDate(2027, 2, 3);
        content.body = u"Texte de l'agent."_s;
        content.report = sampleReport(); // the answer to an access request: the report's cover letter
        content.requesterSex = sex;
        content.requesterAddress = u"12, rue d'Alger\nRabat"_s;
        const auto doc = documentOf(RightsLetters::draft(sampleRequest(), content));
        QCOMPARE(blockWith(*doc, u"Driss"_s).section(QChar::LineSeparator, 0, 0), nameLine);
        QVERIFY2(!blockWith(*doc, salutation).isEmpty(), qPrintable(doc->toPlainText()));
        QCOMPARE(blockWith(*doc, salutation), salutation); // the salutation is its own paragraph
        QVERIFY2(!blockWith(*doc, closing).isEmpty(), qPrintable(closing));
        const QString text = doc->toPlainText();
        for (const QString &word : absent)
            QVERIFY2(!text.contains(word), qPrintable(word));
    }

    // The address block prints the postal address the file records, never the phone number: the
    // contact given with the request is printed only for someone not on file, its phone left out.
    void theAddressIsPrintedNeverThePhone()
    {
        RightsRequest r = sampleRequest();
        r.requesterContact = u"06 12 34 56 78"_s;
        RightsLetterContent content;
        content.writtenOn = QDate(2026, 11, 20);
        content.requesterSex = u"M"_s;
        content.requesterAddress = u"7, avenue Hassan II\n10000 Rabat"_s;
        for (const auto language : {LetterLanguage::French, LetterLanguage::Arabic}) {
            content.language = language;
            const auto doc = documentOf(RightsLetters::draft(r, content));
            const QString block = blockWith(*doc, u"Driss"_s);
            QVERIFY2(block.contains(u"7, avenue Hassan II"_s + QChar::LineSeparator + u"10000 Rabat"_s), qPrintable(block));
            QVERIFY(!doc->toPlainText().remove(u' ').contains(u"0612345678"_s));
        }
        // Not on file: the contact given, without its phone.
        r.requesterContact = u"Tél. : +212 6 12 34 56 78\n3, derb Sidi Bouloukat, Marrakech"_s;
        content.requesterSex.clear();
        content.requesterAddress.clear();
        content.language = LetterLanguage::French;
        auto doc = documentOf(RightsLetters::draft(r, content));
        QVERIFY(blockWith(*doc, u"Driss"_s).endsWith(u"3, derb Sidi Bouloukat, Marrakech"_s));
        QVERIFY(!doc->toPlainText().contains(u"Tél"_s));
        QVERIFY(!doc->toPlainText().remove(u' ').contains(u"612345678"_s));
        // Only a phone was given: nothing under the name.
        r.requesterContact = u"0612345678"_s;
        doc = documentOf(RightsLetters::draft(r, content));
        QCOMPARE(blockWith(*doc, u"Driss"_s).trimmed(), u"Aït O'Brien <b>Driss</b>"_s);
        QVERIFY(!doc->toPlainText().contains(u"0612345678"_s));
        // The words around a phone go with it; an address keeps its numbers.
        QCOMPARE(LetterTemplate::postalAddress({}, u"12, rue d'Alger, GSM 0612345678, Rabat"_s), u"12, rue d'Alger, Rabat"_s);
        QCOMPARE(LetterTemplate::postalAddress({}, u"BP 10000 Rabat – هاتف: 0537 12 34 56"_s), u"BP 10000 Rabat"_s);
        QCOMPARE(LetterTemplate::postalAddress(u"Lot. 45, Hay Riad"_s, u"0612345678"_s), u"Lot. 45, Hay Riad"_s);
    }

    // The references (the request's number, the dates) sit in a no-wrap element, and the letter
    // laid out on a narrow page breaks its sentences around them, never inside them.
    void theReferencesStayOnOneLine_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("language");
        for (const auto kind : {RightsLetterContent::Kind::Extension, RightsLetterContent::Kind::Answer})
            for (const auto language : {LetterLanguage::French, LetterLanguage::Arabic})
                QTest::addRow("%s %s", kind == RightsLetterContent::Kind::Extension ? "extension" : "answer",
                              language == LetterLanguage::French ? "fr" : "ar")
                    << int(kind) << int(language);
    }

    void theReferencesStayOnOneLine()
    {
        QFETCH(int, kind);
        QFETCH(int, language);
        RightsLetterContent content;
        content.kind = RightsLetterContent::Kind(kind);
        content.language = LetterLanguage(language);
        content.writtenOn = QDate(2026, 11, 20);
        content.deadline = QDate(2027, 2, 3);
        content.body = u"Texte."_s;
        const LetterDraft draft = RightsLetters::draft(sampleRequest(), content);
        const auto nowrap = [](const QString &text) -> QString {
            return u"<span style=\"white-space:nowrap\">"_s + text + u"</span>"_s;
        };
        QVERIFY(draft.html.contains(nowrap(u"D-\u2060MGPAP-\u20602026-\u2060000007"_s)));
        QStringList dates{LetterTemplate::dateText(QDate(2026, 11, 3), content.language),
                          LetterTemplate::dateText(QDate(2026, 11, 20), content.language)};
        if (content.kind == RightsLetterContent::Kind::Extension)
            dates << LetterTemplate::dateText(QDate(2027, 2, 3), content.language);
        for (const QString &date : dates)
            QVERIFY2(draft.html.contains(nowrap(date)), qPrintable(date));
        QCOMPARE(draft.title.contains(u"<span"_s), false);
        const auto doc = documentOf(draft);
        bool wrapped = false;
        for (const QString &reference : QStringList{u"D-MGPAP-2026-000007"_s} + dates)
            QVERIFY2(onOneLine(*doc, reference, 160, &wrapped), qPrintable(reference));
        QVERIFY(wrapped); // the subject line did wrap, around the references
    }

    // A letter kept with the request prints again as it was, and saves as PDF.
    void aKeptLetterSavesAsPdf()
    {
        RightsLetterContent content;
        content.writtenOn = QDate(2026, 11, 20);
        content.body = u"Accordé."_s;
        const LetterDraft draft = RightsLetters::draft(sampleRequest(), content);
        RightsLetter kept;
        kept.language = draft.language;
        kept.title = draft.title;
        kept.html = draft.html;
        const auto doc = RightsLetters::document(kept);
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle), u"Réponse à votre demande D-MGPAP-2026-000007"_s);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(PrintDocument::writePdf(*doc, dir.filePath(u"l.pdf"_s), &error), qPrintable(error));
        QFile pdf(dir.filePath(u"l.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
    }
};

QTEST_MAIN(TestRightsLetters)
#include "tst_rightsletters.moc"
