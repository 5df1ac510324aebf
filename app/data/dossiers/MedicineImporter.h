#pragma once

#include "core/Clock.h"
#include "core/Session.h"
#include "data/persons/MemberImporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace guichet {

struct MedicineImportReport
{
    int rows = 0;          // data rows read
    int added = 0;         // medicines new to the list
    int updated = 0;       // medicines whose description changed
    int pricesAdded = 0;   // price rows dated from the import's date
    int withoutDci = 0;    // kept, with no active ingredient
    bool committed = false;
    QList<ImportProblem> skipped; // lines left out, and why
};

// Imports the medicines reference list from the published CSV (name, dci, dosage, forme,
// presentation, ppv, prix_br, type, remboursable; prices in dirhams with a point). Real data
// has gaps: a line without an active ingredient is kept; a line that cannot be read (no name,
// no price, a duplicate name) is left out and reported. A medicine's price changes by a new row
// dated `validFrom`, so dossiers keep the price of their date of care. The whole file is one
// transaction: a dry run or a database error leaves the list as it was.
class MedicineImporter
{
    Q_DECLARE_TR_FUNCTIONS(MedicineImporter)

public:
    enum class Mode { DryRun, Import };

    explicit MedicineImporter(QSqlDatabase db, const Clock &clock = Clock::system());
    MedicineImportReport run(const Session &session, const QByteArray &csv, const QDate &validFrom, Mode mode);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
