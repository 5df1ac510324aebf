#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QTextDocument;

namespace guichet {

// The report of a purge run: what went, by processing (counts only, no personal data).
struct PurgeReportLine { QString purposeCode; QString purposeName; QString cndpNumber; QString what; qint64 count = 0; };
struct PurgeReport { QString runNumber; QDate asOf; QDateTime startedAt; QString startedBy; QDateTime finishedAt; QList<PurgeReportLine> lines; };
// The boxes handed over for physical destruction, to be signed.
struct DestructionBox { QString organisationCode; QString number; QString place; int dossiers = 0; };
struct DestructionRecord { QDate asOf; QString rule; QList<DestructionBox> boxes; QString officerName; QDateTime printedAt; };

// The documents of the purge as rich text (PrintDocument), for PrintDocument::writePdf or
// showPrintPreview: in the application's direction, values escaped, dates as core/DisplayDate
// writes them.
class PurgeDocuments
{
    Q_DECLARE_TR_FUNCTIONS(PurgeDocuments)

public:
    // The report of a purge run, and the record of the destruction of expired archive boxes.
    static std::unique_ptr<QTextDocument> purgeReportDocument(const PurgeReport &report);
    static std::unique_ptr<QTextDocument> destructionRecordDocument(const DestructionRecord &record);
};

} // namespace guichet
