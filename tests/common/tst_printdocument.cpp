#include "ui/common/PrintDocument.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QTextTable>
#include <QTimer>
#include <QUrl>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

const QString trickyName = u"Aït O'Brien <b>\"Driss\"</b> & fils"_s;

// The texts of a row of the first table of doc, as laid out from left to right.
QStringList tableRow(const QTextDocument &doc, int row)
{
    for (QTextFrame *frame : doc.rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QStringList texts;
            for (int column = 0; column < table->columns(); ++column) {
                const QTextTableCell cell = table->cellAt(row, column);
                QTextCursor cursor = cell.firstCursorPosition();
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                texts.append(cursor.selectedText());
            }
            return texts;
        }
    }
    return {};
}

std::unique_ptr<QTextDocument> sample(Qt::LayoutDirection direction)
{
    PrintDocument doc(direction);
    const QString body = doc.heading(trickyName, u"Title <1>"_s)
                         + doc.fieldTable(doc.fieldRow(u"Name:"_s, doc.esc(trickyName)))
                         + doc.textTable({u"Name"_s, u"Count"_s}, {{trickyName, u"12"_s}, {u"Total"_s, u"12"_s}}, 1);
    return doc.finish(u"Sample <1>"_s, body);
}

} // namespace

class TestPrintDocument : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QGuiApplication::setLayoutDirection(Qt::LeftToRight); }

    // A value is text, never markup: <, > and & and double quotes escaped, and a dash for nothing.
    void escaping()
    {
        QCOMPARE(PrintDocument::esc(u"<b>\"x\" & 'y'</b>"_s), u"&lt;b&gt;&quot;x&quot; &amp; 'y'&lt;/b&gt;"_s);
        QCOMPARE(PrintDocument::esc(QString()), u"—"_s);
        QCOMPARE(PrintDocument::escLines(u" 12, rue <A>\nRabat & Salé\n"_s), u"12, rue &lt;A&gt;<br/>Rabat &amp; Salé"_s);
        QCOMPARE(PrintDocument::escLines(u"  "_s), u"—"_s);
        // Shown as typed.
        const auto doc = sample(Qt::LeftToRight);
        QVERIFY(doc->toPlainText().contains(trickyName));
        QVERIFY(doc->toPlainText().contains(u"Title <1>"_s));
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle), u"Sample <1>"_s);
    }

    void leftToRight()
    {
        PrintDocument doc(Qt::LeftToRight);
        QVERIFY(!doc.rightToLeft());
        QCOMPARE(doc.endSide(), u"right"_s);
        QVERIFY(doc.page(u"x"_s).startsWith(u"<html dir=\"ltr\">"_s));
        QCOMPARE(doc.row({u"<td>1</td>"_s, u"<td>2</td>"_s}), u"<tr><td>1</td><td>2</td></tr>"_s);
        QCOMPARE(doc.amountCell(u"5"_s), u"<td align=\"right\" style=\"white-space: nowrap;\">5</td>"_s);
        QVERIFY(!doc.fieldTable(QString(), PrintDocument::Place::AtStart).contains(u"align"_s));
        const auto printed = sample(Qt::LeftToRight);
        QCOMPARE(printed->defaultTextOption().textDirection(), Qt::LeftToRight);
        QCOMPARE(tableRow(*printed, 0), (QStringList{u"Name:"_s, trickyName}));
    }

    // In Arabic the page is right to left, and the first column of a table is on the right.
    void rightToLeft()
    {
        PrintDocument doc(Qt::RightToLeft);
        QVERIFY(doc.rightToLeft());
        QCOMPARE(doc.endSide(), u"left"_s);
        const QString page = doc.page(u"<p>x</p>"_s);
        QVERIFY2(page.startsWith(u"<html dir=\"rtl\">"_s), qPrintable(page));
        QVERIFY(page.contains(u"<body dir=\"rtl\"><p>x</p></body>"_s));
        QCOMPARE(doc.row({u"<td>1</td>"_s, u"<td>2</td>"_s}), u"<tr><td>2</td><td>1</td></tr>"_s);
        QCOMPARE(doc.headerRow({u"A"_s, u"B & C"_s}), u"<thead><tr><th>B &amp; C</th><th>A</th></tr></thead>"_s);
        QCOMPARE(doc.amountCell(u"5"_s), u"<td align=\"left\" style=\"white-space: nowrap;\">5</td>"_s);
        QVERIFY(doc.fieldTable(QString(), PrintDocument::Place::AtStart).contains(u"align=\"right\""_s));
        QVERIFY(!doc.fieldTable(QString()).contains(u"align"_s));

        const auto printed = sample(Qt::RightToLeft);
        QCOMPARE(printed->defaultTextOption().textDirection(), Qt::RightToLeft);
        for (QTextBlock block = printed->begin(); block.isValid(); block = block.next())
            QCOMPARE(block.textDirection(), Qt::RightToLeft);
        QCOMPARE(tableRow(*printed, 0), (QStringList{trickyName, u"Name:"_s}));
    }

    // Without a direction given, the application's.
    void theApplicationsDirection()
    {
        QVERIFY(!PrintDocument().rightToLeft());
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        QVERIFY(PrintDocument().rightToLeft());
    }

    // Names first, figures on the side where lines end, the total in bold.
    void textTable()
    {
        PrintDocument doc(Qt::LeftToRight);
        const QString html = doc.textTable({u"Name"_s, u"Count"_s}, {{u"<a>"_s, QString()}, {u"Total"_s, u"3"_s}}, 1);
        QVERIFY(html.startsWith(u"<table border=\"1\" cellpadding=\"3\""_s));
        QVERIFY(html.contains(u"<tr><td>&lt;a&gt;</td><td align=\"right\">—</td></tr>"_s));
        QVERIFY(html.contains(u"<tr><td><b>Total</b></td><td align=\"right\"><b>3</b></td></tr>"_s));
        QVERIFY(PrintDocument::gridTable(QString()).startsWith(u"<table border=\"1\" cellpadding=\"4\""_s));
    }

    void images()
    {
        PrintDocument doc;
        QImage image(20, 10, QImage::Format_RGB32);
        image.fill(Qt::black);
        const QUrl url(u"guichet-resource:test.png"_s);
        const QString html = doc.centredImage(url, image, QSize(40, 20));
        QCOMPARE(html, u"<p align=\"center\"><img src=\"guichet-resource:test.png\" width=\"40\" height=\"20\"/></p>"_s);
        const auto printed = doc.finish(u"Image"_s, html);
        QCOMPARE(printed->resource(QTextDocument::ImageResource, url).value<QImage>(), image);
    }

    void page()
    {
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(u"page.pdf"_s));
        PrintDocument::setUpPage(writer);
        QCOMPARE(writer.pageLayout().pageSize().id(), QPageSize::A4);
        QCOMPARE(writer.pageLayout().margins(QPageLayout::Millimeter), QMarginsF(15, 15, 15, 15));
    }

    void writePdf()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sample.pdf"_s);
        QString error;
        QVERIFY2(PrintDocument::writePdf(*sample(Qt::RightToLeft), path, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QCOMPARE(file.read(4), QByteArray("%PDF"));
        file.close();
        // Written again over the first.
        QVERIFY2(PrintDocument::writePdf(*sample(Qt::LeftToRight), path, &error), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(4), QByteArray("%PDF"));
    }

    void writePdfFailsCleanly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto doc = sample(Qt::LeftToRight);
        const QString path = dir.filePath(u"no such folder/summary.pdf"_s);
        QString error;
        QVERIFY(!PrintDocument::writePdf(*doc, path, &error));
        QVERIFY(error.startsWith(u"Cannot write "_s));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!PrintDocument::writePdf(*doc, path, nullptr)); // no error wanted: no crash
    }

    // The preview is titled with the document's title.
    void printPreview()
    {
        const auto doc = sample(Qt::LeftToRight);
        QString previewTitle;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
                poll.stop();
                previewTitle = preview->windowTitle();
                preview->reject();
            }
        });
        poll.start();
        PrintDocument::showPrintPreview(*doc, nullptr);
        QCOMPARE(previewTitle, u"Print preview: Sample <1>"_s);
    }
};

QTEST_MAIN(TestPrintDocument)
#include "tst_printdocument.moc"
