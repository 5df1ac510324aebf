#pragma once

#include "core/Clock.h"
#include "core/Session.h"
#include "data/dossiers/MedicineImporter.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

namespace guichet {

// Imports the acts nomenclature with its Tarif National de Référence from a CSV file (code,
// name, category, tariff in dirhams, usual_quantity). As for medicines: a line that cannot be
// read is left out and reported, the rest is kept; a tariff that changes is a new row dated
// `validFrom`; the whole file is one transaction. The report counts acts as "medicines".
class ActImporter
{
    Q_DECLARE_TR_FUNCTIONS(ActImporter)

public:
    explicit ActImporter(QSqlDatabase db, const Clock &clock = Clock::system());
    MedicineImportReport run(const Session &session, const QByteArray &csv, const QDate &validFrom,
                             MedicineImporter::Mode mode);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
