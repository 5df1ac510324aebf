// How fast liquidation computes: the reference data of a database (tariffs of acts, the
// published medicines list with its bases, rates) loaded once, then N dossiers of five lines
// each liquidated in memory. The database part of issue 5's figure (reading the dossiers and
// writing the results) is not in this one: it comes with the dossiers.
//
//   bench_liquidation [--dossiers 100000]
//
// Uses a temporary SQLite database with the medicines list of resources/data imported.

#include "core/Liquidation.h"
#include "data/common/AuditLog.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/MedicineImporter.h"
#include "data/common/Migrator.h"
#include "data/common/ReferenceRepository.h"
#include "data/common/Sql.h"
#include "core/ConnectionSpec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace guichet;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"dossiers"_s, u"Dossiers to liquidate (default 100000)."_s, u"count"_s, u"100000"_s});
    parser.process(app);
    const int count = std::max(1, parser.value(u"dossiers"_s).toInt());
    QTextStream out(stdout);
    try {
        QTemporaryDir dir;
        QString error;
        const auto spec = ConnectionSpecParser::parse(dir.filePath(u"bench.sqlite"_s), &error);
        QSqlDatabase db = Database::open(*spec, u"bench"_s);
        Migrator(db).migrate();
        QFile list(QStringLiteral(GUICHET_SOURCE_DIR "/resources/data/medicaments-ma.csv"));
        if (!list.open(QIODevice::ReadOnly))
            throw DatabaseError(DatabaseError::Kind::Query, u"medicaments-ma.csv cannot be read"_s);
        MedicineImporter(db).run(AuditLog::anonymousSession(u"bench"_s), list.readAll(), QDate(2026, 1, 1),
                                 MedicineImporter::Mode::Import);
        QList<QString> medicineCodes;
        QSqlQuery ids = Sql::run(db, u"SELECT id FROM medicines WHERE reimbursable = ?"_s, {true});
        while (ids.next())
            medicineCodes << ReferenceRepository::medicineCode(ids.value(0).toLongLong());

        QElapsedTimer timer;
        timer.start();
        const Liquidator liquidator = ReferenceRepository(db).liquidator();
        const qint64 loadMs = timer.elapsed();

        // The dossiers, made before timing: a consultation and four medicines each.
        QRandomGenerator random(20261123);
        QList<QList<ClaimLine>> dossiers;
        dossiers.reserve(count);
        for (int d = 0; d < count; ++d) {
            QList<ClaimLine> lines = {{random.bounded(2) ? u"C"_s : u"CS"_s, u"consultation"_s, 1,
                                       Centimes(random.bounded(8000, 30000))}};
            for (int l = 0; l < 4; ++l)
                lines.append({medicineCodes.at(random.bounded(int(medicineCodes.size()))), u"medicine"_s,
                              1 + random.bounded(3), Centimes(random.bounded(1000, 50000))});
            dossiers.append(lines);
        }
        timer.restart();
        Centimes total = 0;
        for (const QList<ClaimLine> &lines : dossiers)
            total += liquidator.liquidate(u"AMO"_s, u"MGPAP"_s, QDate(2026, 10, 15), lines).reimbursed;
        const qint64 ms = std::max<qint64>(1, timer.elapsed());
        out << u"Reference loaded in %1 ms (%2 reimbursable medicines)."_s.arg(loadMs).arg(medicineCodes.size())
            << Qt::endl;
        out << u"Liquidated %1 dossiers of 5 lines in %2 ms: %3 dossiers a second (in memory; total %4)."_s
                   .arg(count)
                   .arg(ms)
                   .arg(qint64(count) * 1000 / ms)
                   .arg(Money::format(total))
            << Qt::endl;
        return 0;
    } catch (const DatabaseError &e) {
        QTextStream(stderr) << e.fullMessage() << Qt::endl;
        return 1;
    }
}
