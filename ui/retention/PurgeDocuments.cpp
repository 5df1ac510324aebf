#include "ui/retention/PurgeDocuments.h"

#include "core/DisplayDate.h"
#include "ui/common/PrintDocument.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace guichet {

std::unique_ptr<QTextDocument> PurgeDocuments::purgeReportDocument(const PurgeReport &report)
{
    PrintDocument doc;
    const QString title = tr("Purge report %1").arg(report.runNumber);
    QString body = doc.heading(u"CNOPS"_s, title);
    QString fields;
    fields += doc.fieldRow(tr("As of:"), displayDate(report.asOf));
    fields += doc.fieldRow(tr("Started:"), displayDateTime(report.startedAt) + u" · "_s + doc.esc(report.startedBy));
    fields += doc.fieldRow(tr("Finished:"), displayDateTime(report.finishedAt));
    body += doc.fieldTable(fields);
    QString rows = doc.headerRow({tr("Processing"), tr("CNDP"), tr("What went"), tr("Count")});
    for (const PurgeReportLine &line : report.lines)
        rows += doc.row({doc.cell(doc.esc(line.purposeCode + u" — "_s + line.purposeName)),
                         doc.cell(doc.esc(line.cndpNumber)), doc.cell(doc.esc(line.what)),
                         doc.amountCell(doc.number(line.count))});
    if (report.lines.isEmpty())
        rows += doc.row({doc.cell(tr("Nothing had expired.").toHtmlEscaped(), u"colspan=\"4\""_s)});
    body += doc.gridTable(rows);
    body += u"<p>"_s
            + tr("Counts only: the report, like the audit log, keeps nothing of what was removed.").toHtmlEscaped()
            + u"</p>"_s;
    return doc.finish(title, body);
}

std::unique_ptr<QTextDocument> PurgeDocuments::destructionRecordDocument(const DestructionRecord &record)
{
    PrintDocument doc;
    const QString title = tr("Record of destruction of archive boxes");
    QString body = doc.heading(u"CNOPS"_s, title);
    QString fields;
    fields += doc.fieldRow(tr("Expired as of:"), displayDate(record.asOf));
    fields += doc.fieldRow(tr("Retention rule:"), doc.esc(record.rule));
    fields += doc.fieldRow(tr("Boxes:"), doc.number(record.boxes.size()));
    fields += doc.fieldRow(tr("Printed on:"), displayDateTime(record.printedAt));
    body += doc.fieldTable(fields);
    QString rows =
        doc.headerRow({tr("No."), tr("Mutuelle"), tr("Box"), tr("Place"), tr("Dossiers"), tr("Destroyed on")});
    for (qsizetype i = 0; i < record.boxes.size(); ++i) {
        const DestructionBox &box = record.boxes[i];
        rows += doc.row({doc.cell(doc.number(i + 1)), doc.cell(doc.esc(box.organisationCode)),
                         doc.cell(doc.esc(box.number)), doc.cell(doc.esc(box.place)),
                         doc.amountCell(doc.number(box.dossiers)), doc.cell(u"&nbsp;"_s)});
    }
    body += doc.gridTable(rows);
    body += u"<p>"_s
            + tr("Every dossier in these boxes is past its retention and under no legal hold. The boxes were "
                 "destroyed on the dates written above, in the presence of the undersigned.")
                  .toHtmlEscaped()
            + u"</p>"_s;
    QString signatures;
    signatures += doc.fieldRow(tr("Data-protection officer:"), doc.esc(record.officerName) + u"<br/><br/>"_s);
    signatures += doc.fieldRow(tr("Head of the archives:"), u"<br/><br/>"_s);
    signatures += doc.fieldRow(tr("Witness:"), u"<br/><br/>"_s);
    body += doc.fieldTable(signatures);
    return doc.finish(title, body);
}

} // namespace guichet
