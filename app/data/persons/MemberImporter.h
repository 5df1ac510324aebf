#pragma once

#include "core/Clock.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

namespace guichet {

struct ImportProblem
{
    int line = 0; // of the file, 1 being the header
    QString message;
};

struct ImportReport
{
    int rows = 0;      // data rows read
    int members = 0;   // imported, or that a real run would import
    int beneficiaries = 0;
    bool committed = false;
    QList<ImportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

// Registers members and beneficiaries from a CSV file (docs/registration.md gives the columns).
// The whole file is one transaction: a dry run, or any problem, rolls it all back, so a file is
// imported completely or not at all, and a dry run checks exactly what the real run would do.
class MemberImporter
{
    Q_DECLARE_TR_FUNCTIONS(MemberImporter)

public:
    enum class Mode { DryRun, Import };
    // Called every few rows with (rows done, rows in all); returning false cancels (nothing imported).
    using Progress = std::function<bool(int, int)>;

    static QStringList columns();

    MemberImporter(QSqlDatabase db, const Clock &clock = Clock::system());
    // `organisationId` is where a CNOPS agent files the persons; a mutuelle's agent files them
    // under its own, whatever this says.
    ImportReport run(const Session &session, const QByteArray &csv, qint64 organisationId, Mode mode,
                     const Progress &progress = {});

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
