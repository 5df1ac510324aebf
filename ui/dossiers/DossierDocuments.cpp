#include "ui/dossiers/DossierDocuments.h"

#include "core/DisplayDate.h"
#include "core/Money.h"
#include "ui/common/PrintDocument.h"
#include "ui/common/QrCode.h"

#include <QImage>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace guichet {

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
    PrintDocument doc;
    QString body = doc.heading(receipt.organisationName, tr("Dossier deposit receipt"));
    body += u"<p align=\"center\" style=\"font-size: 24pt; font-weight: bold;\">"_s
            + doc.esc(receipt.dossierNumber) + u"</p>"_s;
    // The QR code opens the dossier in Guichet when the member comes back with the receipt.
    const QImage qr = receipt.dossierNumber.isEmpty() ? QImage() : qrCodeImage(dossierLink(receipt.dossierNumber));
    if (!qr.isNull())
        body += doc.centredImage(qrResourceUrl(), qr, qr.size());
    QString rows;
    rows += doc.fieldRow(tr("Member:"), doc.esc(receipt.memberName));
    rows += doc.fieldRow(tr("Immatriculation:"), doc.esc(receipt.memberImmatriculation));
    rows += doc.fieldRow(tr("Beneficiary:"), doc.esc(receipt.beneficiaryName));
    rows += doc.fieldRow(tr("Date of care:"), displayDate(receipt.dateOfCare));
    rows += doc.fieldRow(tr("Deposited on:"), displayDateTime(receipt.depositedAt));
    rows += doc.fieldRow(tr("Received by:"), doc.esc(receipt.agentName));
    rows += doc.fieldRow(tr("Lines of care:"), doc.number(receipt.lineCount));
    if (receipt.lineCount > 0)
        rows += doc.fieldRow(tr("Total billed:"), Money::format(receipt.billed).toHtmlEscaped());
    body += doc.fieldTable(rows);
    if (receipt.paymentTarget.isValid())
        body += u"<p><b>"_s + tr("Payment expected by %1.").arg(displayDate(receipt.paymentTarget)).toHtmlEscaped()
                + u"</b></p>"_s;
    if (!receipt.lateJustification.isEmpty())
        body += u"<p>"_s + tr("Late deposit accepted: %1").arg(receipt.lateJustification).toHtmlEscaped()
                + u"</p>"_s;
    body += u"<p><small>"_s
            + tr("Keep this receipt: its number is asked for any question about the dossier.").toHtmlEscaped()
            + u"</small></p>"_s;
    return doc.finish(tr("Deposit receipt %1").arg(receipt.dossierNumber), body);
}

std::unique_ptr<QTextDocument> DossierDocuments::incompleteLetterDocument(const IncompleteLetter &letter)
{
    PrintDocument doc;
    QString body = u"<p><b>"_s + doc.esc(letter.organisationName) + u"</b></p>"_s;
    // The addressee on the far side, where a window envelope shows it.
    const QString addressee = doc.esc(letter.memberName) + u"<br/>"_s + doc.escLines(letter.memberAddress)
                              + u"<br/>"_s
                              + tr("Immatriculation: %1").arg(letter.memberImmatriculation).toHtmlEscaped();
    body += u"<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"_s
            + doc.row({doc.cell(QString(), u"width=\"50%\""_s), doc.cell(addressee)}) + u"</table>"_s;
    body += u"<p>"_s + tr("Date: %1").arg(displayDate(letter.writtenOn)).toHtmlEscaped() + u"</p>"_s;
    body += u"<p><b>"_s + tr("Subject: incomplete dossier %1").arg(letter.dossierNumber).toHtmlEscaped()
            + u"</b></p>"_s;
    body += u"<p>"_s + tr("Dear %1,").arg(letter.memberName).toHtmlEscaped() + u"</p>"_s;
    // One arg() call: a name holding "%2" stays a name.
    body += u"<p>"_s
            + tr("The dossier %1 that you deposited on %2 for the care of %3 on %4 is incomplete. "
                 "It cannot be processed until the following documents are brought to the counter:")
                      .arg(letter.dossierNumber.isEmpty() ? u"—"_s : letter.dossierNumber,
                           displayDate(letter.depositedOn),
                           letter.beneficiaryName.isEmpty() ? u"—"_s : letter.beneficiaryName,
                           displayDate(letter.dateOfCare))
                      .toHtmlEscaped()
            + u"</p><ul>"_s;
    for (const QString &item : letter.missing)
        body += u"<li>"_s + doc.esc(item) + u"</li>"_s;
    body += u"</ul>"_s;
    body += u"<p>"_s
            + tr("Please bring them to the counter together with this letter. Your dossier keeps its "
                 "number and its deposit date.")
                      .toHtmlEscaped()
            + u"</p>"_s;
    body += u"<p>"_s + tr("Yours sincerely,").toHtmlEscaped() + u"</p>"_s;
    body += u"<p>"_s + doc.esc(letter.agentName) + u"<br/>"_s + doc.esc(letter.organisationName) + u"</p>"_s;
    return doc.finish(tr("Incomplete dossier %1").arg(letter.dossierNumber), body);
}

std::unique_ptr<QTextDocument> DossierDocuments::batchSummaryDocument(const BatchSummary &summary)
{
    PrintDocument doc;
    const QString title = tr("Payment batch %1").arg(summary.batchNumber);
    QString body = doc.heading(summary.organisationName, title);
    QString fields;
    fields += doc.fieldRow(tr("Period:"), doc.esc(summary.period));
    fields += doc.fieldRow(tr("Created on:"), displayDateTime(summary.createdAt));
    fields += doc.fieldRow(tr("Created by:"), doc.esc(summary.createdBy));
    fields += doc.fieldRow(tr("File:"), doc.esc(summary.fileName));
    body += doc.fieldTable(fields);

    QString rows =
        doc.headerRow({tr("No."), tr("Dossier"), tr("Immatriculation"), tr("Payee"), tr("RIB"), tr("Amount")});
    qint64 sum = 0;
    for (qsizetype i = 0; i < summary.lines.size(); ++i) {
        const BatchSummaryLine &line = summary.lines[i];
        sum += line.amount;
        rows += doc.row({doc.cell(doc.number(i + 1)), doc.noWrapCell(doc.esc(line.dossierNumber)),
                         doc.noWrapCell(doc.esc(line.immatriculation)), doc.cell(doc.esc(line.payee)),
                         doc.noWrapCell(doc.esc(line.rib)), doc.amountCell(Money::format(line.amount).toHtmlEscaped())});
    }
    rows += doc.row({doc.cell(u"<b>"_s + tr("Total").toHtmlEscaped() + u"</b>"_s, u"colspan=\"5\""_s),
                     doc.amountCell(u"<b>"_s + Money::format(summary.total).toHtmlEscaped() + u"</b>"_s)});
    body += doc.gridTable(rows);

    QString totals;
    totals += doc.fieldRow(tr("Number of payments:"), doc.number(summary.lines.size()));
    totals += doc.fieldRow(tr("Total:"), Money::format(summary.total).toHtmlEscaped());
    totals += doc.fieldRow(tr("Control sum:"), doc.esc(summary.controlSum));
    body += u"<p></p>"_s + doc.fieldTable(totals);
    // Whoever signs must see it when the total given is not that of the lines printed.
    if (sum != summary.total)
        body += u"<p><b>"_s
                + tr("Warning: the lines add up to %1, not to the total.").arg(Money::format(sum)).toHtmlEscaped()
                + u"</b></p>"_s;

    // Room to sign by hand under each name.
    const QString dateAndSignature = u"<br/>"_s + tr("Date:").toHtmlEscaped() + u"<br/>"_s
                                     + tr("Signature:").toHtmlEscaped() + u"<br/><br/><br/>"_s;
    body += u"<p></p><table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\">"_s
            + doc.row({doc.cell(tr("Prepared by").toHtmlEscaped() + u"<br/><b>"_s + doc.esc(summary.createdBy)
                                    + u"</b>"_s + dateAndSignature,
                                u"width=\"50%\""_s),
                       doc.cell(tr("Checked and approved by").toHtmlEscaped() + u"<br/><b>&nbsp;</b>"_s
                                    + dateAndSignature,
                                u"width=\"50%\""_s)})
            + u"</table>"_s;
    return doc.finish(title, body);
}

std::unique_ptr<QTextDocument> DossierDocuments::archiveBoxDocument(const ArchiveBoxListing &listing)
{
    PrintDocument doc;
    const QString title = tr("Archive box %1").arg(listing.boxNumber);
    QString body = doc.heading(listing.organisationName, title);
    QString fields;
    fields += doc.fieldRow(tr("Place:"), doc.esc(listing.place));
    fields += doc.fieldRow(tr("Dossiers:"), doc.number(listing.lines.size()));
    fields += doc.fieldRow(tr("Printed on:"), displayDateTime(listing.printedAt));
    body += doc.fieldTable(fields);

    QString rows = doc.headerRow({tr("No."), tr("Dossier"), tr("Beneficiary"), tr("Date of care"), tr("Deposited on"),
                                  tr("Place")});
    for (qsizetype i = 0; i < listing.lines.size(); ++i) {
        const ArchiveBoxLine &line = listing.lines[i];
        rows += doc.row({doc.cell(doc.number(i + 1)), doc.cell(doc.esc(line.dossierNumber)),
                         doc.cell(doc.esc(line.beneficiaryName)), doc.cell(displayDate(line.dateOfCare)),
                         doc.cell(displayDate(line.depositedOn)), doc.cell(doc.esc(line.place))});
    }
    body += doc.gridTable(rows);
    return doc.finish(title, body);
}

} // namespace guichet
