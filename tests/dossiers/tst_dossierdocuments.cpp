#include "core/GuichetLink.h"
#include "OnOneLine.h"
#include "core/Money.h"
#include "ui/dossiers/DossierDocuments.h"
#include "ui/common/PrintDocument.h"
#include "ui/common/QrCode.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QAbstractTextDocumentLayout>
#include <QTextLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextFrame>
#include <QTextTable>
#include <QTextImageFormat>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const QString arabicName = u"فاطمة الزهراء بنعلي"_s;
const QString trickyName = u"Aït O'Brien <b>Driss</b> & fils"_s;

// toPlainText() turns no-break spaces into spaces; so does what is expected.
QString plain(const QTextDocument &doc)
{
    return doc.toPlainText();
}

QString plainOf(QString text)
{
    return text.replace(QChar::Nbsp, u' ');
}

DossierReceipt sampleReceipt()
{
    DossierReceipt receipt;
    receipt.organisationName = u"CNOPS — Délégation de Rabat"_s;
    receipt.dossierNumber = u"AMO2026000123"_s;
    receipt.memberName = trickyName;
    receipt.memberImmatriculation = u"123456789"_s;
    receipt.beneficiaryName = arabicName;
    receipt.dateOfCare = QDate(2026, 3, 2);
    receipt.depositedAt = QDateTime(QDate(2026, 3, 10), QTime(9, 45));
    receipt.agentName = u"Nadia El Idrissi"_s;
    receipt.paymentTarget = QDate(2026, 4, 30);
    receipt.lineCount = 3;
    receipt.billed = 6043867;
    return receipt;
}

IncompleteLetter sampleLetter()
{
    IncompleteLetter letter;
    letter.organisationName = u"Mutuelle des FAR"_s;
    letter.memberName = trickyName;
    letter.memberAddress = u"12, rue d'Alger\nHay Riad\nRabat"_s;
    letter.memberImmatriculation = u"987654321"_s;
    letter.dossierNumber = u"AMO2026000456"_s;
    letter.beneficiaryName = arabicName;
    letter.dateOfCare = QDate(2026, 2, 14);
    letter.depositedOn = QDate(2026, 3, 1);
    letter.missing = {u"Ordonnance originale"_s, u"Facture de la pharmacie < 30 jours"_s, u"وصفة طبية"_s};
    letter.writtenOn = QDate(2026, 3, 5);
    letter.agentName = u"Youssef Amrani"_s;
    return letter;
}

BatchSummary sampleBatch()
{
    BatchSummary summary;
    summary.organisationName = u"CNOPS"_s;
    summary.batchNumber = u"VIR-2026-0042"_s;
    summary.period = u"mars 2026"_s;
    summary.createdAt = QDateTime(QDate(2026, 3, 31), QTime(16, 5));
    summary.createdBy = u"Karim Tazi"_s;
    summary.lines = {
        {u"AMO2026000123"_s, u"123456789"_s, trickyName, u"011780000012345678901234"_s, 123450},
        {u"AMO2026000124"_s, u"555666777"_s, arabicName, u"007810000098765432109876"_s, 1234567805},
    };
    summary.total = 123450 + 1234567805;
    summary.controlSum = u"9F2C41AB"_s;
    summary.fileName = u"VIR-2026-0042.txt"_s;
    return summary;
}

ArchiveBoxListing sampleBox()
{
    ArchiveBoxListing listing;
    listing.organisationName = u"CNOPS"_s;
    listing.boxNumber = u"B-2026-017"_s;
    listing.place = u"Salle 2, travée C, étagère 4"_s;
    listing.lines = {
        {u"AMO2026000123"_s, arabicName, QDate(2026, 3, 2), QDate(2026, 3, 10), u"C4-01"_s},
        {u"AMO2026000124"_s, trickyName, QDate(2026, 1, 20), QDate(2026, 2, 3), u"C4-02"_s},
    };
    listing.printedAt = QDateTime(QDate(2026, 6, 1), QTime(11, 0));
    return listing;
}

bool imageIsUsed(const QTextDocument &doc, const QString &name)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && format.toImageFormat().name() == name)
                return true;
        }
    }
    return false;
}

void checkDirection(const QTextDocument &doc, Qt::LayoutDirection expected)
{
    QCOMPARE(doc.defaultTextOption().textDirection(), expected);
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next())
        QCOMPARE(block.textDirection(), expected);
}

// The text of the first row of the widest table: its header.
QStringList headerOfWidestTable(const QTextDocument &doc)
{
    QTextTable *widest = nullptr;
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (table && (!widest || table->columns() > widest->columns()))
            widest = table;
    }
    QStringList header;
    for (int column = 0; widest && column < widest->columns(); ++column) {
        const QTextTableCell cell = widest->cellAt(0, column);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        header.append(cursor.selectedText());
    }
    return header;
}

} // namespace

class TestDossierDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Morocco));
    }

    void cleanup()
    {
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void qrModules()
    {
        const QList<QList<bool>> modules = qrCodeModules(u"guichet://dossier/X"_s);
        QVERIFY(!modules.isEmpty());
        const qsizetype side = modules.size();
        QVERIFY(side >= 21);
        QCOMPARE((side - 17) % 4, 0); // the sides of QR versions 1 to 40
        for (const QList<bool> &row : modules)
            QCOMPARE(row.size(), side);
        // The finder patterns: their outer rings are black in three corners.
        QVERIFY(modules[0][0] && modules[0][6] && modules[6][0] && modules[6][6]);
        QVERIFY(modules[0][side - 1] && modules[side - 1][0]);
        QVERIFY(!modules[1][1]);
        QVERIFY(qrCodeModules(QString()).isEmpty());
    }

    void qrImage_data()
    {
        QTest::addColumn<int>("moduleSize");
        QTest::addColumn<int>("quietZone");
        QTest::newRow("defaults") << 4 << 4;
        QTest::newRow("small, no quiet zone") << 1 << 0;
        QTest::newRow("large") << 7 << 2;
    }

    void qrImage()
    {
        QFETCH(int, moduleSize);
        QFETCH(int, quietZone);
        const QString text = u"guichet://dossier/X"_s;
        const QList<QList<bool>> modules = qrCodeModules(text);
        const QImage image = qrCodeImage(text, moduleSize, quietZone);
        const int side = int(modules.size() + 2 * quietZone) * moduleSize;
        QCOMPARE(image.size(), QSize(side, side));
        for (int y = 0; y < side; ++y) {
            for (int x = 0; x < side; ++x) {
                const int mx = x / moduleSize - quietZone;
                const int my = y / moduleSize - quietZone;
                const bool inCode = mx >= 0 && my >= 0 && mx < modules.size() && my < modules.size();
                const bool black = inCode && modules[my][mx];
                const QRgb pixel = image.pixel(x, y);
                if (pixel != (black ? qRgb(0, 0, 0) : qRgb(255, 255, 255)))
                    QFAIL(qPrintable(u"pixel %1,%2"_s.arg(x).arg(y)));
            }
        }
    }

    void qrImageDefaultsAndFailures()
    {
        const QString text = u"guichet://dossier/X"_s;
        const QImage image = qrCodeImage(text);
        QCOMPARE(image.width(), int(qrCodeModules(text).size() + 8) * 4);
        QVERIFY(qrCodeImage(QString()).isNull());
        QVERIFY(qrCodeImage(text, 0).isNull());
        // Arabic goes in as UTF-8 bytes.
        QVERIFY(!qrCodeModules(arabicName).isEmpty());
    }

    void receipt()
    {
        const DossierReceipt receipt = sampleReceipt();
        const auto doc = DossierDocuments::receiptDocument(receipt);
        const QString text = plain(*doc);
        QVERIFY(text.contains(receipt.dossierNumber));
        QVERIFY(text.contains(trickyName)); // shown as typed, not as markup
        QVERIFY(text.contains(arabicName));
        QVERIFY(text.contains(receipt.memberImmatriculation));
        QVERIFY(text.contains(receipt.agentName));
        QVERIFY(text.contains(receipt.organisationName));
        QVERIFY(text.contains(QLocale().toString(receipt.dateOfCare, QLocale::ShortFormat)));
        QVERIFY(text.contains(QLocale().toString(receipt.depositedAt, QLocale::ShortFormat)));
        QVERIFY(text.contains(QLocale().toString(receipt.paymentTarget, QLocale::ShortFormat)));
        QVERIFY(text.contains(u"Dossier deposit receipt"_s));
        QVERIFY(text.contains(u"Payment expected by"_s));
        QVERIFY2(text.contains(Money::format(receipt.billed)), qPrintable(text)); // the total
        QVERIFY(!text.contains(u"Late deposit"_s));
        QVERIFY(!doc->metaInformation(QTextDocument::DocumentTitle).isEmpty());

        // The QR code is the link to the dossier, as a resource that the document shows.
        const QString link = DossierDocuments::dossierLink(receipt.dossierNumber);
        QCOMPARE(link, u"guichet://dossier/AMO2026000123"_s);
        const auto parsed = GuichetLink::parse(link);
        QVERIFY(parsed && parsed->kind == GuichetLink::Kind::Dossier && parsed->key == receipt.dossierNumber);
        // A number with slashes (the deposit accepts them) is read back from its own QR code.
        const auto slashed = GuichetLink::parse(DossierDocuments::dossierLink(u"AMO/2026/000123"_s));
        QVERIFY(slashed && slashed->key == u"AMO/2026/000123"_s);
        const QVariant resource = doc->resource(QTextDocument::ImageResource, DossierDocuments::qrResourceUrl());
        QVERIFY(resource.canConvert<QImage>());
        const QImage qr = resource.value<QImage>();
        QVERIFY(!qr.isNull());
        QCOMPARE(qr, qrCodeImage(link));
        QVERIFY(imageIsUsed(*doc, DossierDocuments::qrResourceUrl().toString()));
    }

    void receiptWithLateJustification()
    {
        DossierReceipt receipt = sampleReceipt();
        receipt.lateJustification = u"Hospitalisation <3 mois> & certificat"_s;
        const auto doc = DossierDocuments::receiptDocument(receipt);
        QVERIFY(plain(*doc).contains(u"Late deposit accepted: Hospitalisation <3 mois> & certificat"_s));
    }

    // Dates as the forms ask for them (core/DisplayDate), and a dash for a date not known.
    void datesAsTheFormsWriteThem()
    {
        DossierReceipt receipt = sampleReceipt();
        QVERIFY(plain(*DossierDocuments::receiptDocument(receipt)).contains(u"02/03/2026"_s));
        QVERIFY(plain(*DossierDocuments::receiptDocument(receipt)).contains(u"10/03/2026 09:45"_s));
        receipt.dateOfCare = QDate();
        const QString text = plain(*DossierDocuments::receiptDocument(receipt));
        QVERIFY2(text.contains(u"Date of care:\t—"_s) || text.contains(u"Date of care:\n—"_s)
                     || text.contains(u"Date of care: —"_s),
                 qPrintable(text));
    }

    void incompleteLetter()
    {
        const IncompleteLetter letter = sampleLetter();
        const auto doc = DossierDocuments::incompleteLetterDocument(letter);
        const QString text = plain(*doc);
        QVERIFY(text.contains(letter.dossierNumber));
        QVERIFY(text.contains(trickyName));
        QVERIFY(text.contains(arabicName));
        QVERIFY(text.contains(letter.memberImmatriculation));
        QVERIFY(text.contains(u"12, rue d'Alger"_s));
        QVERIFY(text.contains(u"Hay Riad"_s));
        for (const QString &item : letter.missing)
            QVERIFY2(text.contains(item), qPrintable(item));
        QVERIFY(text.contains(u"incomplete"_s));
        QVERIFY(text.contains(QLocale().toString(letter.depositedOn, QLocale::ShortFormat)));
        QVERIFY(text.contains(QLocale().toString(letter.dateOfCare, QLocale::ShortFormat)));
        QVERIFY(text.contains(letter.agentName));
    }

    void batchSummary()
    {
        const BatchSummary summary = sampleBatch();
        const auto doc = DossierDocuments::batchSummaryDocument(summary);
        const QString text = plain(*doc);
        QVERIFY(text.contains(summary.batchNumber));
        QVERIFY(text.contains(trickyName));
        QVERIFY(text.contains(arabicName));
        QVERIFY(text.contains(u"011780000012345678901234"_s));
        QVERIFY(text.contains(plainOf(Money::format(123450))));
        QVERIFY(text.contains(plainOf(Money::format(1234567805))));
        QVERIFY(text.contains(plainOf(Money::format(summary.total))));
        // Centimes to the last one, in the locale's notation (fr_MA groups with a dot).
        const QString group = plainOf(QLocale().groupSeparator());
        QVERIFY(text.contains(u"12"_s + group + u"345"_s + group + u"678,05 DH"_s));
        QVERIFY(text.contains(u"Number of payments:\t2"_s) || text.contains(u"Number of payments:\n2"_s)
                || text.contains(u"Number of payments: 2"_s));
        QVERIFY(text.contains(summary.controlSum));
        QVERIFY(text.contains(summary.fileName));
        QVERIFY(text.contains(summary.createdBy));
        QVERIFY(text.contains(u"Signature"_s));
        QVERIFY(!text.contains(u"Warning"_s));
    }

    // A dossier number, an immatriculation and a RIB each stay on one line, however narrow the
    // page makes the table.
    void batchSummaryKeepsNumbersWhole()
    {
        BatchSummary summary = sampleBatch();
        summary.lines[0].dossierNumber = u"BC-2026-000000123/04"_s;
        summary.lines[0].immatriculation = u"123456789-01"_s;
        const auto doc = DossierDocuments::batchSummaryDocument(summary);
        for (const QString &whole : {summary.lines[0].dossierNumber, summary.lines[0].immatriculation,
                                     summary.lines[0].rib, summary.lines[1].rib})
            QVERIFY2(onOneLine(*doc, whole, 480), qPrintable(whole)); // an A4 page's text, in points
    }

    void batchSummaryTotalMismatch()
    {
        BatchSummary summary = sampleBatch();
        summary.total += 1;
        const auto doc = DossierDocuments::batchSummaryDocument(summary);
        QVERIFY(plain(*doc).contains(u"Warning"_s));
    }

    void archiveBox()
    {
        const ArchiveBoxListing listing = sampleBox();
        const auto doc = DossierDocuments::archiveBoxDocument(listing);
        const QString text = plain(*doc);
        QVERIFY(text.contains(listing.boxNumber));
        QVERIFY(text.contains(listing.place));
        for (const ArchiveBoxLine &line : listing.lines) {
            QVERIFY(text.contains(line.dossierNumber));
            QVERIFY(text.contains(line.beneficiaryName));
            QVERIFY(text.contains(line.place));
            QVERIFY(text.contains(QLocale().toString(line.depositedOn, QLocale::ShortFormat)));
        }
    }

    void writePdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto doc = DossierDocuments::receiptDocument(sampleReceipt());
        const QString path = dir.filePath(u"receipt.pdf"_s);
        QString error;
        QVERIFY2(PrintDocument::writePdf(*doc, path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QCOMPARE(file.read(4), QByteArray("%PDF"));
    }

    void direction()
    {
        checkDirection(*DossierDocuments::receiptDocument(sampleReceipt()), Qt::LeftToRight);
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        checkDirection(*DossierDocuments::receiptDocument(sampleReceipt()), Qt::RightToLeft);
        checkDirection(*DossierDocuments::incompleteLetterDocument(sampleLetter()), Qt::RightToLeft);
        checkDirection(*DossierDocuments::batchSummaryDocument(sampleBatch()), Qt::RightToLeft);
        checkDirection(*DossierDocuments::archiveBoxDocument(sampleBox()), Qt::RightToLeft);
    }

    void columnsFollowDirection()
    {
        const QStringList ltr = headerOfWidestTable(*DossierDocuments::archiveBoxDocument(sampleBox()));
        QCOMPARE(ltr.size(), 6);
        QCOMPARE(ltr.first(), u"No."_s);
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const QStringList rtl = headerOfWidestTable(*DossierDocuments::archiveBoxDocument(sampleBox()));
        QStringList mirrored = ltr;
        std::reverse(mirrored.begin(), mirrored.end());
        QCOMPARE(rtl, mirrored); // the number column on the right, where an Arabic reader starts
    }
};

QTEST_MAIN(TestDossierDocuments)
#include "tst_dossierdocuments.moc"
