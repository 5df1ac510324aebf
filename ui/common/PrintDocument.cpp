#include "ui/common/PrintDocument.h"

#include <QDir>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QSize>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace guichet {

// The default text option sets the direction of whatever the HTML leaves open, and dir= (page())
// that of the blocks and tables it builds.
PrintDocument::PrintDocument(Qt::LayoutDirection direction)
    : m_rightToLeft(direction == Qt::RightToLeft), m_doc(std::make_unique<QTextDocument>())
{
    QTextOption option = m_doc->defaultTextOption();
    option.setTextDirection(m_rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
    m_doc->setDefaultTextOption(option);
    m_doc->setDefaultStyleSheet(u"th { background-color: #e6e6e6; }"_s);
}

PrintDocument::~PrintDocument() = default;

QString PrintDocument::endSide() const
{
    return m_rightToLeft ? u"left"_s : u"right"_s;
}

QString PrintDocument::esc(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text.toHtmlEscaped();
}

QString PrintDocument::escLines(const QString &text)
{
    return esc(text.trimmed()).replace(u'\n', u"<br/>"_s);
}

QString PrintDocument::number(qint64 n)
{
    return QLocale().toString(qlonglong(n));
}

QString PrintDocument::heading(const QString &organisation, const QString &title)
{
    return u"<p align=\"center\"><b>"_s + esc(organisation) + u"</b></p><h2 align=\"center\">"_s
           + title.toHtmlEscaped() + u"</h2>"_s;
}

QString PrintDocument::row(QStringList cells) const
{
    if (m_rightToLeft)
        std::reverse(cells.begin(), cells.end());
    return u"<tr>"_s + cells.join(QString()) + u"</tr>"_s;
}

QString PrintDocument::cell(const QString &html, const QString &attributes)
{
    return (attributes.isEmpty() ? u"<td>"_s : u"<td "_s + attributes + u">"_s) + html + u"</td>"_s;
}

QString PrintDocument::noWrapCell(const QString &html)
{
    return cell(html, u"style=\"white-space: nowrap;\""_s);
}

QString PrintDocument::amountCell(const QString &html) const
{
    return cell(html, u"align=\""_s + endSide() + u"\" style=\"white-space: nowrap;\""_s);
}

QString PrintDocument::fieldRow(const QString &label, const QString &valueHtml) const
{
    return row({cell(label.toHtmlEscaped()), cell(u"<b>"_s + valueHtml + u"</b>"_s)});
}

QString PrintDocument::fieldTable(const QString &rows, Place place) const
{
    const QString align = place == Place::AtStart && m_rightToLeft ? u" align=\"right\""_s : QString();
    return u"<table cellpadding=\"3\" cellspacing=\"0\""_s + align + u">"_s + rows + u"</table>"_s;
}

QString PrintDocument::headerRow(const QStringList &titles) const
{
    QStringList cells;
    for (const QString &title : titles)
        cells.append(u"<th>"_s + title.toHtmlEscaped() + u"</th>"_s);
    return u"<thead>"_s + row(cells) + u"</thead>"_s;
}

QString PrintDocument::gridTable(const QString &rows, int cellPadding)
{
    return u"<table border=\"1\" cellpadding=\""_s + QString::number(cellPadding)
           + u"\" cellspacing=\"0\" width=\"100%\" style=\"border-collapse: collapse; border-color: #808080;\">"_s
           + rows + u"</table>"_s;
}

QString PrintDocument::textTable(const QStringList &headers, const QList<QStringList> &rows, int boldFrom) const
{
    QString html = headerRow(headers);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            QString text = esc(rows.at(r).at(c));
            if (boldFrom >= 0 && r >= boldFrom)
                text = u"<b>"_s + text + u"</b>"_s;
            cells.append(c == 0 ? cell(text) : cell(text, u"align=\""_s + endSide() + u"\""_s));
        }
        html += row(cells);
    }
    return gridTable(html, 3);
}

QString PrintDocument::centredImage(const QUrl &url, const QImage &image, const QSize &size)
{
    m_doc->addResource(QTextDocument::ImageResource, url, image);
    return u"<p align=\"center\"><img src=\""_s + url.toString() + u"\" width=\""_s + QString::number(size.width())
           + u"\" height=\""_s + QString::number(size.height()) + u"\"/></p>"_s;
}

QString PrintDocument::page(const QString &body) const
{
    const QString dir = m_rightToLeft ? u"rtl"_s : u"ltr"_s;
    return u"<html dir=\""_s + dir + u"\"><head><meta charset=\"utf-8\"/></head><body dir=\""_s + dir + u"\">"_s
           + body + u"</body></html>"_s;
}

std::unique_ptr<QTextDocument> PrintDocument::finish(const QString &title, const QString &body)
{
    m_doc->setHtml(page(body));
    m_doc->setMetaInformation(QTextDocument::DocumentTitle, title);
    return std::exchange(m_doc, nullptr);
}

void PrintDocument::setUpPage(QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

bool PrintDocument::writePdf(QTextDocument &doc, const QString &path, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    // A save file: a failure halfway leaves any earlier PDF of the same name as it was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        setUpPage(writer);
        writer.setTitle(doc.metaInformation(QTextDocument::DocumentTitle));
        writer.setCreator(QCoreApplication::applicationName());
        doc.print(&writer);
    }
    if (file.pos() == 0) {
        file.cancelWriting();
        return fail(tr("the document could not be drawn"));
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

void PrintDocument::showPrintPreview(QTextDocument &doc, QWidget *parent)
{
    const QString title = doc.metaInformation(QTextDocument::DocumentTitle);
    QPrinter printer(QPrinter::HighResolution);
    setUpPage(printer);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&doc](QPrinter *target) { doc.print(target); });
    dialog.exec();
}

} // namespace guichet
