#include "ui/registry/RegistryDocument.h"

#include "core/DisplayDate.h"
#include "ui/common/PrintDocument.h"

#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace guichet {

std::unique_ptr<QTextDocument> RegistryDocument::document(const QList<RegistryEntry> &entries, QDate on)
{
    PrintDocument doc;
    const QString title = tr("Registry of processings");
    QString body = doc.heading(u"CNOPS"_s, title);
    body += doc.fieldTable(doc.fieldRow(tr("On:"), displayDate(on)));
    QString rows = doc.headerRow({tr("Processing"), tr("CNDP"), tr("Data"), tr("Recipients"), tr("Retention"),
                                  tr("Answering division")});
    for (const RegistryEntry &e : entries)
        rows += doc.row({doc.cell(doc.esc(e.code + u" — "_s + e.name)), doc.cell(doc.esc(e.cndpNumber)),
                         doc.cell(doc.esc(e.dataCategories)), doc.cell(doc.esc(e.recipients)),
                         doc.cell(doc.esc(e.retention)),
                         doc.cell(doc.esc(e.divisionName) + u"<br/>"_s + doc.esc(e.divisionEmail) + u"<br/>"_s
                                  + doc.esc(e.divisionAddress))});
    body += doc.gridTable(rows);
    return doc.finish(title, body);
}

} // namespace guichet
