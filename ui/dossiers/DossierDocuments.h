#pragma once

#include "core/PaymentOrder.h"
#include "data/dossiers/DossierRepository.h"
#include "ui/common/PrintDocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTextDocument;
class QWidget;

namespace guichet {

// What the printed documents of the dossier pipeline say, filled by whoever prints them.
// Amounts are in centimes.
struct DossierReceipt {
    QString organisationName; QString dossierNumber; QString memberName; QString memberImmatriculation;
    QString beneficiaryName; QDate dateOfCare; QDateTime depositedAt; QString agentName;
    QString lateJustification; // empty unless a supervisor accepted a late deposit
    QDate paymentTarget; int lineCount = 0;
    qint64 billed = 0; // centimes: the total of the lines, once entered
};
struct IncompleteLetter {
    QString organisationName; QString memberName; QString memberAddress; QString memberImmatriculation;
    QString dossierNumber; QString beneficiaryName; QDate dateOfCare; QDate depositedOn; QStringList missing; QDate writtenOn; QString agentName;
};
// The lines of a batch are those of its payment-order file.
using BatchSummaryLine = PaymentOrderLine;
struct BatchSummary {
    QString organisationName; QString batchNumber; QString period; QDateTime createdAt; QString createdBy;
    QList<BatchSummaryLine> lines; qint64 total = 0; QString controlSum; QString fileName;
};
// The dossiers of a box, as the archives read them.
using ArchiveBoxLine = ArchivedDossier;
struct ArchiveBoxListing { QString organisationName; QString boxNumber; QString place; QList<ArchiveBoxLine> lines; QDateTime printedAt; };

// The documents of the dossier pipeline as rich text (PrintDocument), ready for a print preview
// or a PDF. Every field is HTML-escaped; the documents follow the application's layout direction
// (right to left in Arabic) and its locale for amounts; dates as core/DisplayDate writes them.
// The title is the document's DocumentTitle meta information.
class DossierDocuments
{
    Q_DECLARE_TR_FUNCTIONS(DossierDocuments)

public:
    // The deposit receipt handed to the member, with the dossier number as a QR code of its
    // guichet://dossier/<number> link (image resource qrResourceUrl()).
    static std::unique_ptr<QTextDocument> receiptDocument(const DossierReceipt &receipt);
    // The letter telling the member what to bring back for an incomplete dossier.
    static std::unique_ptr<QTextDocument> incompleteLetterDocument(const IncompleteLetter &letter);
    // The summary of a payment batch, signed before its file leaves for the bank.
    static std::unique_ptr<QTextDocument> batchSummaryDocument(const BatchSummary &summary);
    // The listing stuck on an archive box.
    static std::unique_ptr<QTextDocument> archiveBoxDocument(const ArchiveBoxListing &listing);

    // The name of the receipt's QR code among the document's image resources.
    static QUrl qrResourceUrl();
    // The text of the receipt's QR code: the link that opens the dossier in Guichet.
    static QString dossierLink(const QString &dossierNumber);

};

} // namespace guichet
