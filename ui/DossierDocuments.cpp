#include "ui/DossierDocuments.h"

#include "core/DisplayDate.h"

#include "core/Money.h"
#include "ui/QrCode.h"

#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <QTextOption>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// Every value comes from a person or a file: it is text, never markup.
QString esc(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text.toHtmlEscaped();
}

// An address keeps its lines.
QString escLines(const QString &text)
{
    return esc(text.trimmed()).replace(u'\n', u"<br/>"_s);
}

QString shortDate(const QDate &date)
{
    return displayDate(date);
}

QString shortDateTime(const QDateTime &when)
{
    return displayDateTime(when);
}

QString number(qsizetype n)
{
    return QLocale().toString(qlonglong(n));
}

bool rightToLeft()
{
    return QGuiApplication::isRightToLeft();
}

// Amounts line up on the side where lines end: the right in French, the left in Arabic.
QString endSide()
{
    return rightToLeft() ? u"left"_s : u"right"_s;
}

QString heading(const QString &organisation, const QString &title)
{
    return u"<p align=\"center\"><b>"_s + esc(organisation) + u"</b></p><h2 align=\"center\">"_s
           + title.toHtmlEscaped() + u"</h2>"_s;
}

// A table row of cells (each a whole <td> or <th>) in reading order. Qt lays table columns out
// left to right whatever the direction, so in Arabic the row is written the other way round.
QString row(QStringList cells)
{
    if (rightToLeft())
        std::reverse(cells.begin(), cells.end());
    return u"<tr>"_s + cells.join(QString()) + u"</tr>"_s;
}

// For what is read as one word (a dossier number, an immatriculation, a RIB): never cut over two lines.
const QString kNoWrap = QStringLiteral("style=\"white-space: nowrap;\"");

QString cell(const QString &html, const QString &attributes = QString())
{
    return (attributes.isEmpty() ? u"<td>"_s : u"<td "_s + attributes + u">"_s) + html + u"</td>"_s;
}

QString amountCell(const QString &html)
{
    return cell(html, u"align=\""_s + endSide() + u"\" style=\"white-space: nowrap;\""_s);
}

// A label and its value (already HTML), in a table of two columns.
QString fieldRow(const QString &label, const QString &valueHtml)
{
    return row({cell(label.toHtmlEscaped()), cell(u"<b>"_s + valueHtml + u"</b>"_s)});
}

QString fieldTable(const QString &rows)
{
    return u"<table cellpadding=\"3\" cellspacing=\"0\">"_s + rows + u"</table>"_s;
}

QString headerRow(const QStringList &titles)
{
    QStringList cells;
    for (const QString &title : titles)
        cells.append(u"<th>"_s + title.toHtmlEscaped() + u"</th>"_s);
    return u"<thead>"_s + row(cells) + u"</thead>"_s;
}

QString gridTable(const QString &rows)
{
    return u"<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\" width=\"100%\" "
           "style=\"border-collapse: collapse; border-color: #808080;\">"_s
           + rows + u"</table>"_s;
}

// A document in the application's direction: the default text option sets the direction of
// whatever the HTML leaves open, and dir= that of the blocks and tables it builds.
std::unique_ptr<QTextDocument> newDocument()
{
    auto doc = std::make_unique<QTextDocument>();
    QTextOption option = doc->defaultTextOption();
    option.setTextDirection(rightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    doc->setDefaultTextOption(option);
    doc->setDefaultStyleSheet(u"th { background-color: #e6e6e6; }"_s);
    return doc;
}

void setBody(QTextDocument &doc, const QString &title, const QString &body)
{
    const QString dir = rightToLeft() ? u"rtl"_s : u"ltr"_s;
    doc.setHtml(u"<html dir=\""_s + dir + u"\"><head><meta charset=\"utf-8\"/></head><body dir=\""_s + dir
                + u"\">"_s + body + u"</body></html>"_s);
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
}

void setPageA4(QPagedPaintDevice &device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

} // namespace

QUrl DossierDocuments::qrResourceUrl()
{
    return QUrl(u"guichet-resource:dossier-qr.png"_s);
}

QString DossierDocuments::dossierLink(const QString &dossierNumber)
{
    // A number's slashes are encoded, so that the link is one segment GuichetLink reads back.
    return u"guichet://dossier/"_s + QString::fromLatin1(QUrl::toPercentEncoding(dossierNumber));
}

std::unique_ptr<QTextDocument> DossierDocuments::receiptDocument(const DossierReceipt &receipt)
{
    auto doc = newDocument();
    QString body = heading(receipt.organisationName, tr("Dossier deposit receipt"));
    body += u"<p align=\"center\" style=\"font-size: 24pt; font-weight: bold;\">"_s
            + esc(receipt.dossierNumber) + u"</p>"_s;
    // The QR code opens the dossier in Guichet when the member comes back with the receipt.
    const QImage qr = receipt.dossierNumber.isEmpty() ? QImage() : qrCodeImage(dossierLink(receipt.dossierNumber));
    if (!qr.isNull()) {
        doc->addResource(QTextDocument::ImageResource, qrResourceUrl(), qr);
        body += u"<p align=\"center\"><img src=\""_s + qrResourceUrl().toString() + u"\" width=\""_s
                + QString::number(qr.width()) + u"\" height=\""_s + QString::number(qr.height())
                + u"\"/></p>"_s;
    }
    QString rows;
    rows += fieldRow(tr("Member:"), esc(receipt.memberName));
    rows += fieldRow(tr("Immatriculation:"), esc(receipt.memberImmatriculation));
    rows += fieldRow(tr("Beneficiary:"), esc(receipt.beneficiaryName));
    rows += fieldRow(tr("Date of care:"), shortDate(receipt.dateOfCare));
    rows += fieldRow(tr("Deposited on:"), shortDateTime(receipt.depositedAt));
    rows += fieldRow(tr("Received by:"), esc(receipt.agentName));
    rows += fieldRow(tr("Lines of care:"), number(receipt.lineCount));
    if (receipt.lineCount > 0)
        rows += fieldRow(tr("Total billed:"), Money::format(receipt.billed).toHtmlEscaped());
    body += fieldTable(rows);
    if (receipt.paymentTarget.isValid())
        body += u"<p><b>"_s + tr("Payment expected by %1.").arg(shortDate(receipt.paymentTarget)).toHtmlEscaped()
                + u"</b></p>"_s;
    if (!receipt.lateJustification.isEmpty())
        body += u"<p>"_s + tr("Late deposit accepted: %1").arg(receipt.lateJustification).toHtmlEscaped()
                + u"</p>"_s;
    body += u"<p><small>"_s
            + tr("Keep this receipt: its number is asked for any question about the dossier.").toHtmlEscaped()
            + u"</small></p>"_s;
    setBody(*doc, tr("Deposit receipt %1").arg(receipt.dossierNumber), body);
    return doc;
}

std::unique_ptr<QTextDocument> DossierDocuments::incompleteLetterDocument(const IncompleteLetter &letter)
{
    auto doc = newDocument();
    QString body = u"<p><b>"_s + esc(letter.organisationName) + u"</b></p>"_s;
    // The addressee on the far side, where a window envelope shows it.
    const QString addressee = esc(letter.memberName) + u"<br/>"_s + escLines(letter.memberAddress) + u"<br/>"_s
                              + tr("Immatriculation: %1").arg(letter.memberImmatriculation).toHtmlEscaped();
    body += u"<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"_s
            + row({cell(QString(), u"width=\"50%\""_s), cell(addressee)}) + u"</table>"_s;
    body += u"<p>"_s + tr("Date: %1").arg(shortDate(letter.writtenOn)).toHtmlEscaped() + u"</p>"_s;
    body += u"<p><b>"_s + tr("Subject: incomplete dossier %1").arg(letter.dossierNumber).toHtmlEscaped()
            + u"</b></p>"_s;
    body += u"<p>"_s + tr("Dear %1,").arg(letter.memberName).toHtmlEscaped() + u"</p>"_s;
    // One arg() call: a name holding "%2" stays a name.
    body += u"<p>"_s
            + tr("The dossier %1 that you deposited on %2 for the care of %3 on %4 is incomplete. "
                 "It cannot be processed until the following documents are brought to the counter:")
                      .arg(letter.dossierNumber.isEmpty() ? u"—"_s : letter.dossierNumber,
                           shortDate(letter.depositedOn),
                           letter.beneficiaryName.isEmpty() ? u"—"_s : letter.beneficiaryName,
                           shortDate(letter.dateOfCare))
                      .toHtmlEscaped()
            + u"</p><ul>"_s;
    for (const QString &item : letter.missing)
        body += u"<li>"_s + esc(item) + u"</li>"_s;
    body += u"</ul>"_s;
    body += u"<p>"_s
            + tr("Please bring them to the counter together with this letter. Your dossier keeps its "
                 "number and its deposit date.")
                      .toHtmlEscaped()
            + u"</p>"_s;
    body += u"<p>"_s + tr("Yours sincerely,").toHtmlEscaped() + u"</p>"_s;
    body += u"<p>"_s + esc(letter.agentName) + u"<br/>"_s + esc(letter.organisationName) + u"</p>"_s;
    setBody(*doc, tr("Incomplete dossier %1").arg(letter.dossierNumber), body);
    return doc;
}

std::unique_ptr<QTextDocument> DossierDocuments::batchSummaryDocument(const BatchSummary &summary)
{
    auto doc = newDocument();
    const QString title = tr("Payment batch %1").arg(summary.batchNumber);
    QString body = heading(summary.organisationName, title);
    QString fields;
    fields += fieldRow(tr("Period:"), esc(summary.period));
    fields += fieldRow(tr("Created on:"), shortDateTime(summary.createdAt));
    fields += fieldRow(tr("Created by:"), esc(summary.createdBy));
    fields += fieldRow(tr("File:"), esc(summary.fileName));
    body += fieldTable(fields);

    QString rows = headerRow({tr("No."), tr("Dossier"), tr("Immatriculation"), tr("Payee"), tr("RIB"), tr("Amount")});
    qint64 sum = 0;
    for (qsizetype i = 0; i < summary.lines.size(); ++i) {
        const BatchSummaryLine &line = summary.lines[i];
        sum += line.amount;
        rows += row({cell(number(i + 1)), cell(esc(line.dossierNumber), kNoWrap), cell(esc(line.immatriculation), kNoWrap),
                     cell(esc(line.payee)), cell(esc(line.rib), kNoWrap),
                     amountCell(Money::format(line.amount).toHtmlEscaped())});
    }
    rows += row({cell(u"<b>"_s + tr("Total").toHtmlEscaped() + u"</b>"_s, u"colspan=\"5\""_s),
                 amountCell(u"<b>"_s + Money::format(summary.total).toHtmlEscaped() + u"</b>"_s)});
    body += gridTable(rows);

    QString totals;
    totals += fieldRow(tr("Number of payments:"), number(summary.lines.size()));
    totals += fieldRow(tr("Total:"), Money::format(summary.total).toHtmlEscaped());
    totals += fieldRow(tr("Control sum:"), esc(summary.controlSum));
    body += u"<p></p>"_s + fieldTable(totals);
    // Whoever signs must see it when the total given is not that of the lines printed.
    if (sum != summary.total)
        body += u"<p><b>"_s
                + tr("Warning: the lines add up to %1, not to the total.").arg(Money::format(sum)).toHtmlEscaped()
                + u"</b></p>"_s;

    // Room to sign by hand under each name.
    const QString dateAndSignature = u"<br/>"_s + tr("Date:").toHtmlEscaped() + u"<br/>"_s
                                     + tr("Signature:").toHtmlEscaped() + u"<br/><br/><br/>"_s;
    body += u"<p></p><table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\">"_s
            + row({cell(tr("Prepared by").toHtmlEscaped() + u"<br/><b>"_s + esc(summary.createdBy) + u"</b>"_s
                            + dateAndSignature,
                        u"width=\"50%\""_s),
                   cell(tr("Checked and approved by").toHtmlEscaped() + u"<br/><b>&nbsp;</b>"_s + dateAndSignature,
                        u"width=\"50%\""_s)})
            + u"</table>"_s;
    setBody(*doc, title, body);
    return doc;
}

std::unique_ptr<QTextDocument> DossierDocuments::archiveBoxDocument(const ArchiveBoxListing &listing)
{
    auto doc = newDocument();
    const QString title = tr("Archive box %1").arg(listing.boxNumber);
    QString body = heading(listing.organisationName, title);
    QString fields;
    fields += fieldRow(tr("Place:"), esc(listing.place));
    fields += fieldRow(tr("Dossiers:"), number(listing.lines.size()));
    fields += fieldRow(tr("Printed on:"), shortDateTime(listing.printedAt));
    body += fieldTable(fields);

    QString rows = headerRow({tr("No."), tr("Dossier"), tr("Beneficiary"), tr("Date of care"), tr("Deposited on"),
                              tr("Place")});
    for (qsizetype i = 0; i < listing.lines.size(); ++i) {
        const ArchiveBoxLine &line = listing.lines[i];
        rows += row({cell(number(i + 1)), cell(esc(line.dossierNumber)), cell(esc(line.beneficiaryName)),
                     cell(shortDate(line.dateOfCare)), cell(shortDate(line.depositedOn)), cell(esc(line.place))});
    }
    body += gridTable(rows);
    setBody(*doc, title, body);
    return doc;
}

std::unique_ptr<QTextDocument> DossierDocuments::purgeReportDocument(const PurgeReport &report)
{
    auto doc = newDocument();
    const QString title = tr("Purge report %1").arg(report.runNumber);
    QString body = heading(u"CNOPS"_s, title);
    QString fields;
    fields += fieldRow(tr("As of:"), shortDate(report.asOf));
    fields += fieldRow(tr("Started:"), shortDateTime(report.startedAt) + u" · "_s + esc(report.startedBy));
    fields += fieldRow(tr("Finished:"), shortDateTime(report.finishedAt));
    body += fieldTable(fields);
    QString rows = headerRow({tr("Processing"), tr("CNDP"), tr("What went"), tr("Count")});
    for (const PurgeReportLine &line : report.lines)
        rows += row({cell(esc(line.purposeCode + u" — "_s + line.purposeName)), cell(esc(line.cndpNumber)),
                     cell(esc(line.what)), amountCell(number(line.count))});
    if (report.lines.isEmpty())
        rows += row({cell(tr("Nothing had expired.").toHtmlEscaped(), u"colspan=\"4\""_s)});
    body += gridTable(rows);
    body += u"<p>"_s
            + tr("Counts only: the report, like the audit log, keeps nothing of what was removed.").toHtmlEscaped()
            + u"</p>"_s;
    setBody(*doc, title, body);
    return doc;
}

std::unique_ptr<QTextDocument> DossierDocuments::destructionRecordDocument(const DestructionRecord &record)
{
    auto doc = newDocument();
    const QString title = tr("Record of destruction of archive boxes");
    QString body = heading(u"CNOPS"_s, title);
    QString fields;
    fields += fieldRow(tr("Expired as of:"), shortDate(record.asOf));
    fields += fieldRow(tr("Retention rule:"), esc(record.rule));
    fields += fieldRow(tr("Boxes:"), number(record.boxes.size()));
    fields += fieldRow(tr("Printed on:"), shortDateTime(record.printedAt));
    body += fieldTable(fields);
    QString rows = headerRow({tr("No."), tr("Mutuelle"), tr("Box"), tr("Place"), tr("Dossiers"), tr("Destroyed on")});
    for (qsizetype i = 0; i < record.boxes.size(); ++i) {
        const DestructionBox &box = record.boxes[i];
        rows += row({cell(number(i + 1)), cell(esc(box.organisationCode)), cell(esc(box.number)), cell(esc(box.place)),
                     amountCell(number(box.dossiers)), cell(u"&nbsp;"_s)});
    }
    body += gridTable(rows);
    body += u"<p>"_s
            + tr("Every dossier in these boxes is past its retention and under no legal hold. The boxes were "
                 "destroyed on the dates written above, in the presence of the undersigned.")
                  .toHtmlEscaped()
            + u"</p>"_s;
    QString signatures;
    signatures += fieldRow(tr("Data-protection officer:"), esc(record.officerName) + u"<br/><br/>"_s);
    signatures += fieldRow(tr("Head of the archives:"), u"<br/><br/>"_s);
    signatures += fieldRow(tr("Witness:"), u"<br/><br/>"_s);
    body += fieldTable(signatures);
    setBody(*doc, title, body);
    return doc;
}

std::unique_ptr<QTextDocument> DossierDocuments::registryDocument(const QList<RegistryEntry> &entries, QDate on)
{
    auto doc = newDocument();
    const QString title = tr("Registry of processings");
    QString body = heading(u"CNOPS"_s, title);
    body += fieldTable(fieldRow(tr("On:"), shortDate(on)));
    QString rows = headerRow({tr("Processing"), tr("CNDP"), tr("Data"), tr("Recipients"), tr("Retention"),
                              tr("Answering division")});
    for (const RegistryEntry &e : entries)
        rows += row({cell(esc(e.code + u" — "_s + e.name)), cell(esc(e.cndpNumber)), cell(esc(e.dataCategories)),
                     cell(esc(e.recipients)), cell(esc(e.retention)),
                     cell(esc(e.divisionName) + u"<br/>"_s + esc(e.divisionEmail) + u"<br/>"_s
                          + esc(e.divisionAddress))});
    body += gridTable(rows);
    setBody(*doc, title, body);
    return doc;
}

bool DossierDocuments::writePdf(QTextDocument &doc, const QString &path, QString *error)
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
        setPageA4(writer);
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

void DossierDocuments::showPrintPreview(QTextDocument &doc, QWidget *parent)
{
    const QString title = doc.metaInformation(QTextDocument::DocumentTitle);
    QPrinter printer(QPrinter::HighResolution);
    setPageA4(printer);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&doc](QPrinter *target) { doc.print(target); });
    dialog.exec();
}

} // namespace guichet
