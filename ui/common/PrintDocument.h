#pragma once

#include <QCoreApplication>
#include <QGuiApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QImage;
class QPagedPaintDevice;
class QSize;
class QTextDocument;
class QUrl;
class QWidget;

namespace guichet {

// A printed document (receipt, letter, report, dashboard) as rich text in one direction, ready
// for a print preview or a PDF. Its builders write HTML pieces in reading order; in Arabic the
// page is right to left and table rows are written the other way round, since Qt lays table
// columns out left to right whatever the direction. finish() gives the document, titled with its
// DocumentTitle meta information. Every value from a person or a file goes through esc().
class PrintDocument
{
    Q_DECLARE_TR_FUNCTIONS(PrintDocument)

public:
    // In the application's direction, or in that of a widget that has its own.
    explicit PrintDocument(Qt::LayoutDirection direction = QGuiApplication::layoutDirection());
    ~PrintDocument();
    PrintDocument(const PrintDocument &) = delete;
    PrintDocument &operator=(const PrintDocument &) = delete;

    bool rightToLeft() const { return m_rightToLeft; }
    // The side where lines end ("right", "left" in Arabic): amounts and figures line up there.
    QString endSide() const;

    // Text, never markup: escaped, and "—" when empty.
    static QString esc(const QString &text);
    // The same, keeping its lines (an address).
    static QString escLines(const QString &text);
    // A count in the locale's digits and grouping.
    static QString number(qint64 n);

    // The organisation in bold over the title, centred.
    static QString heading(const QString &organisation, const QString &title);
    // A table row of cells (each a whole <td> or <th>) given in reading order.
    QString row(QStringList cells) const;
    static QString cell(const QString &html, const QString &attributes = QString());
    // For what is read as one word (a dossier number, an immatriculation, a RIB): never cut.
    static QString noWrapCell(const QString &html);
    // An amount or a count, on the side where lines end and never cut.
    QString amountCell(const QString &html) const;
    // A label and its value (already HTML, shown in bold), for fieldTable().
    QString fieldRow(const QString &label, const QString &valueHtml) const;
    // The rows of fieldRow() in a table without borders; AtStart puts the table itself on the
    // side where reading starts (the right in Arabic) rather than on the left.
    enum class Place { Left, AtStart };
    QString fieldTable(const QString &rows, Place place = Place::Left) const;
    // The header of a grid table, its titles as text.
    QString headerRow(const QStringList &titles) const;
    // A table with borders, as wide as the page.
    static QString gridTable(const QString &rows, int cellPadding = 4);
    // A grid table of texts under their header: the first cell of a row a name, the others
    // figures on the side where lines end; the rows from boldFrom on (a total) in bold.
    QString textTable(const QStringList &headers, const QList<QStringList> &rows, int boldFrom = -1) const;
    // An image among the document's resources, and the centred paragraph that shows it at `size`
    // (device-independent pixels).
    QString centredImage(const QUrl &url, const QImage &image, const QSize &size);

    // The document being built (for what the pieces above do not say).
    QTextDocument &document() { return *m_doc; }
    // The whole HTML page of body, in the document's direction.
    QString page(const QString &body) const;
    // The document of body, titled; the builder is empty afterwards.
    std::unique_ptr<QTextDocument> finish(const QString &title, const QString &body);

    // Every printed page: A4 with margins of 15 mm.
    static void setUpPage(QPagedPaintDevice &device);
    // An A4 PDF of doc, titled with its title. False with *error set when it cannot be written;
    // an existing file at path is replaced only once the new one is complete.
    static bool writePdf(QTextDocument &doc, const QString &path, QString *error);
    // A modal print preview of doc, from which the agent prints.
    static void showPrintPreview(QTextDocument &doc, QWidget *parent);

private:
    bool m_rightToLeft;
    std::unique_ptr<QTextDocument> m_doc;
};

} // namespace guichet
