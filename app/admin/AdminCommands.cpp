#include "admin/AdminCommands.h"

#include "core/ConnectionSpec.h"
#include "core/FieldRules.h"
#include "data/dossiers/ActImporter.h"
#include "data/common/AgentRepository.h"
#include "data/common/AuditLog.h"
#include "data/common/CalendarRepository.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/demo/DemoSeeder.h"
#include "data/litigation/LitigationRepository.h"
#include "data/dossiers/MedicineImporter.h"
#include "data/persons/MemberImporter.h"
#include "data/retention/PurgeRepository.h"
#include "data/common/Migrator.h"
#include "data/common/ReferenceRepository.h"
#include "security/PasswordHasher.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

const QString kConnection = u"guichet-admin"_s;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// Reads one line from standard input; without echo when it is a terminal.
QString readSecretLine(const QString &prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err() << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err() << Qt::endl;
    }
    return line;
}

QSqlDatabase openAndMigrate(const ConnectionSpec &spec, bool migrate)
{
    QSqlDatabase db = Database::open(spec, kConnection);
    Migrator migrator(db);
    if (migrate)
        migrator.migrate();
    else
        migrator.requireUpToDate();
    return db;
}

int commandMigrate(const ConnectionSpec &spec)
{
    QSqlDatabase db = Database::open(spec, kConnection);
    Migrator migrator(db);
    const int from = migrator.migrate();
    const int to = migrator.currentVersion();
    if (from == to)
        out() << AdminCommands::tr("The database is up to date (schema version %1).").arg(to) << Qt::endl;
    else
        out() << AdminCommands::tr("The database was migrated from schema version %1 to %2.").arg(from).arg(to)
              << Qt::endl;
    return AdminCommands::Success;
}

int commandSeedDemo(const ConnectionSpec &spec)
{
    QSqlDatabase db = openAndMigrate(spec, true);
    DemoSeeder seeder(db);
    const QString hash = PasswordHasher().hash(DemoSeeder::demoPassword());
    if (!seeder.seed(hash))
        out() << AdminCommands::tr("Demo data is already there; nothing was changed.") << Qt::endl;
    else
        out() << AdminCommands::tr("Demo data was added.") << Qt::endl;
    out() << AdminCommands::tr("Demo agents (password: %1):").arg(DemoSeeder::demoPassword()) << Qt::endl;
    for (const auto &agent : DemoSeeder::demoAgents())
        out() << u"  %1  %2 (%3, %4)"_s.arg(agent.login.leftJustified(18), agent.fullName, agent.organisationCode,
                                            agent.roleCode)
              << Qt::endl;
    return AdminCommands::Success;
}

int commandCreateAgent(const ConnectionSpec &spec, const QCommandLineParser &parser)
{
    NewAgent agent{parser.value(u"login"_s).trimmed(), parser.value(u"name"_s).trimmed(),
                   parser.value(u"organisation"_s).trimmed().toUpper(), parser.value(u"role"_s).trimmed().toUpper(),
                   {}};
    QStringList missing;
    for (const QString &option : {u"login"_s, u"name"_s, u"organisation"_s, u"role"_s}) {
        if (parser.value(option).trimmed().isEmpty())
            missing << u"--"_s + option;
    }
    if (!missing.isEmpty()) {
        err() << AdminCommands::tr("create-agent needs %1.").arg(missing.join(u", "_s)) << Qt::endl;
        return AdminCommands::UsageError;
    }
    QString password;
    if (parser.isSet(u"password-stdin"_s)) {
        password = QTextStream(stdin).readLine();
    } else if (isatty(STDIN_FILENO)) {
        password = readSecretLine(AdminCommands::tr("Password for %1: ").arg(agent.login));
        if (readSecretLine(AdminCommands::tr("Same password again: ")) != password) {
            err() << AdminCommands::tr("The two passwords differ; no agent was created.") << Qt::endl;
            return AdminCommands::Failure;
        }
    } else {
        err() << AdminCommands::tr("Give the password on standard input with --password-stdin.") << Qt::endl;
        return AdminCommands::UsageError;
    }
    if (const QString problem = FieldRules::checkNewPassword(password, agent.login); !problem.isEmpty()) {
        err() << problem << Qt::endl;
        return AdminCommands::Failure;
    }
    QSqlDatabase db = openAndMigrate(spec, false);
    // Embedded: Guichet checks an Argon2id hash. Central: PostgreSQL checks the login role's
    // password (SCRAM-SHA-256), and no hash of it is kept in the agents table.
    if (spec.isPostgres())
        agent.serverPassword = password;
    else
        agent.passwordHash = PasswordHasher().hash(password);
    const qint64 id = AgentRepository(db).create(AuditLog::anonymousSession(u"guichet-admin"_s), agent);
    out() << AdminCommands::tr("Agent %1 created (number %2).").arg(agent.login).arg(id) << Qt::endl;
    return AdminCommands::Success;
}

int commandDeactivateAgent(const ConnectionSpec &spec, const QCommandLineParser &parser)
{
    const QString login = parser.value(u"login"_s).trimmed();
    if (login.isEmpty()) {
        err() << AdminCommands::tr("deactivate-agent needs --login.") << Qt::endl;
        return AdminCommands::UsageError;
    }
    QSqlDatabase db = openAndMigrate(spec, false);
    AgentRepository(db).deactivate(AuditLog::anonymousSession(u"guichet-admin"_s), login);
    out() << AdminCommands::tr("Agent %1 deactivated: it can no longer sign in.").arg(login) << Qt::endl;
    return AdminCommands::Success;
}

int commandImportMembers(const ConnectionSpec &spec, const QCommandLineParser &parser)
{
    const QString code = parser.value(u"organisation"_s).trimmed().toUpper();
    const QString path = parser.value(u"file"_s);
    if (code.isEmpty() || path.isEmpty()) {
        err() << AdminCommands::tr("import-members needs --file and --organisation.") << Qt::endl;
        return AdminCommands::UsageError;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << AdminCommands::tr("The file %1 cannot be read: %2").arg(path, file.errorString()) << Qt::endl;
        return AdminCommands::Failure;
    }
    QSqlDatabase db = openAndMigrate(spec, false);
    Session session = AuditLog::anonymousSession(u"guichet-admin"_s);
    for (const Organisation &o : ReferenceRepository(db).organisations())
        if (o.code == code)
            session.organisation = o;
    if (session.organisation.id == 0 || session.organisation.isCnops) {
        err() << AdminCommands::tr("Unknown mutuelle \"%1\".").arg(code) << Qt::endl;
        return AdminCommands::UsageError;
    }
    // The command registers as the processing REG does, for the mutuelle named.
    session.roleCode = u"ADMIN"_s;
    session.purposes = {Purpose{u"REG"_s, {}, {}, {}, {}, {}, true}};
    session.setActivePurpose(u"REG"_s);
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const ImportReport report = MemberImporter(db).run(
        session, file.readAll(), session.organisation.id,
        dryRun ? MemberImporter::Mode::DryRun : MemberImporter::Mode::Import, [](int done, int total) {
            out() << AdminCommands::tr("%1 of %2 lines checked").arg(done).arg(total) << Qt::endl;
            return true;
        });
    for (const ImportProblem &problem : report.problems)
        err() << AdminCommands::tr("line %1: %2").arg(problem.line).arg(problem.message) << Qt::endl;
    if (!report.ok()) {
        err() << AdminCommands::tr("%1 problem(s): nothing was imported.").arg(report.problems.size()) << Qt::endl;
        return AdminCommands::Failure;
    }
    out() << (dryRun ? AdminCommands::tr("Dry run: %1 member(s) and %2 beneficiary(ies) would be imported.")
                     : AdminCommands::tr("Imported: %1 member(s) and %2 beneficiary(ies)."))
                           .arg(report.members)
                           .arg(report.beneficiaries)
          << Qt::endl;
    return AdminCommands::Success;
}

// import-medicines and import-acts: reference lists that keep what they can of a file.
int commandImportReference(const ConnectionSpec &spec, const QCommandLineParser &parser, const QString &command)
{
    const QString path = parser.value(u"file"_s);
    if (path.isEmpty()) {
        err() << AdminCommands::tr("%1 needs --file.").arg(command) << Qt::endl;
        return AdminCommands::UsageError;
    }
    const QDate validFrom = parser.isSet(u"valid-from"_s)
                                ? QDate::fromString(parser.value(u"valid-from"_s), Qt::ISODate)
                                : QDate::currentDate();
    if (!validFrom.isValid()) {
        err() << AdminCommands::tr("--valid-from takes a date as YYYY-MM-DD.") << Qt::endl;
        return AdminCommands::UsageError;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << AdminCommands::tr("The file %1 cannot be read: %2").arg(path, file.errorString()) << Qt::endl;
        return AdminCommands::Failure;
    }
    QSqlDatabase db = openAndMigrate(spec, false);
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const auto mode = dryRun ? MedicineImporter::Mode::DryRun : MedicineImporter::Mode::Import;
    const Session admin = AuditLog::anonymousSession(u"guichet-admin"_s);
    const bool acts = command == u"import-acts"_s;
    const MedicineImportReport report = acts ? ActImporter(db).run(admin, file.readAll(), validFrom, mode)
                                             : MedicineImporter(db).run(admin, file.readAll(), validFrom, mode);
    for (const ImportProblem &problem : report.skipped)
        err() << AdminCommands::tr("line %1: %2").arg(problem.line).arg(problem.message) << Qt::endl;
    const QString summary =
        acts ? AdminCommands::tr("%1 lines read: %2 acts added, %3 updated, %4 tariffs from %5, %6 lines left out.")
                   .arg(report.rows)
                   .arg(report.added)
                   .arg(report.updated)
                   .arg(report.pricesAdded)
                   .arg(validFrom.toString(Qt::ISODate))
                   .arg(report.skipped.size())
             : AdminCommands::tr("%1 lines read: %2 medicines added, %3 updated, %4 prices from %5, %6 without an "
                                 "active ingredient (kept), %7 lines left out.")
                   .arg(report.rows)
                   .arg(report.added)
                   .arg(report.updated)
                   .arg(report.pricesAdded)
                   .arg(validFrom.toString(Qt::ISODate))
                   .arg(report.withoutDci)
                   .arg(report.skipped.size());
    out() << (dryRun ? AdminCommands::tr("Dry run, nothing changed.") : AdminCommands::tr("Imported.")) << u' '
          << summary << Qt::endl;
    // Lines left out are reported, not a failure: published lists have gaps. An unreadable file
    // is one.
    return report.rows == 0 ? AdminCommands::Failure : AdminCommands::Success;
}

// holidays [--year Y]: the public holidays of the business-day calendar, one a line.
int commandHolidays(const ConnectionSpec &spec, const QCommandLineParser &parser)
{
    int year = 0;
    if (parser.isSet(u"year"_s)) {
        bool ok = false;
        year = parser.value(u"year"_s).toInt(&ok);
        if (!ok || year < 1900 || year > 2999) {
            err() << AdminCommands::tr("The year is four digits, as 2027.") << Qt::endl;
            return AdminCommands::UsageError;
        }
    }
    QSqlDatabase db = openAndMigrate(spec, false);
    const QList<PublicHoliday> holidays = CalendarRepository(db).holidays(year);
    for (const PublicHoliday &holiday : holidays)
        out() << holiday.date.toString(Qt::ISODate) << u'\t' << holiday.name << u'\t' << holiday.nameAr
              << (holiday.provisional ? u"\t"_s + AdminCommands::tr("provisional") : QString()) << Qt::endl;
    out() << AdminCommands::tr("%n holiday(s).", nullptr, int(holidays.size())) << Qt::endl;
    return AdminCommands::Success;
}

// set-holiday --date D --name N [--name-ar A] [--provisional]; remove-holiday --date D.
int commandChangeHoliday(const ConnectionSpec &spec, const QCommandLineParser &parser, bool remove)
{
    const QDate date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
    if (!date.isValid()) {
        err() << AdminCommands::tr("Give the holiday's date with --date YYYY-MM-DD.") << Qt::endl;
        return AdminCommands::UsageError;
    }
    QSqlDatabase db = openAndMigrate(spec, false);
    CalendarRepository calendar(db);
    const Session admin = AuditLog::anonymousSession(u"guichet-admin"_s);
    if (remove) {
        if (!calendar.removeHoliday(admin, date)) {
            err() << AdminCommands::tr("No holiday on %1.").arg(date.toString(Qt::ISODate)) << Qt::endl;
            return AdminCommands::Failure;
        }
        out() << AdminCommands::tr("The holiday of %1 is removed.").arg(date.toString(Qt::ISODate)) << Qt::endl;
        return AdminCommands::Success;
    }
    calendar.setHoliday(admin, {date, parser.value(u"name"_s), parser.value(u"name-ar"_s),
                                parser.isSet(u"provisional"_s)});
    out() << AdminCommands::tr("The holiday of %1 is recorded.").arg(date.toString(Qt::ISODate)) << Qt::endl;
    return AdminCommands::Success;
}

// retention [--date D]: the rules in force.
int commandRetention(const ConnectionSpec &spec, const QCommandLineParser &parser)
{
    const QDate on = parser.isSet(u"date"_s) ? QDate::fromString(parser.value(u"date"_s), Qt::ISODate)
                                             : QDate::currentDate();
    if (!on.isValid()) {
        err() << AdminCommands::tr("Give the date with --date YYYY-MM-DD.") << Qt::endl;
        return AdminCommands::UsageError;
    }
    QSqlDatabase db = openAndMigrate(spec, false);
    PurgeRepository purge(db);
    for (const RetentionRule &rule : purge.rules(on))
        out() << rule.purposeCode << u'\t' << Retention::code(rule.startsWith) << u'\t' << rule.keepMonths << u'\t'
              << Retention::code(rule.action) << u'\t' << rule.validFrom.toString(Qt::ISODate) << u'\t'
              << Retention::describe(rule) << Qt::endl;
    return AdminCommands::Success;
}

// purge [--as-of D] [--dry-run] [--batch N] [--report FILE.csv]: the nightly purge. An
// interrupted run is resumed as of its own date.
int commandPurge(const ConnectionSpec &spec, const QCommandLineParser &parser)
{
    const QDate asOf = parser.isSet(u"as-of"_s) ? QDate::fromString(parser.value(u"as-of"_s), Qt::ISODate)
                                                : QDate::currentDate();
    bool batchOk = true;
    const int batch = parser.isSet(u"batch"_s) ? parser.value(u"batch"_s).toInt(&batchOk) : 1000;
    if (!asOf.isValid() || !batchOk || batch < 1 || batch > 100000) {
        err() << AdminCommands::tr("Give --as-of YYYY-MM-DD and --batch between 1 and 100000.") << Qt::endl;
        return AdminCommands::UsageError;
    }
    QSqlDatabase db = openAndMigrate(spec, false);
    PurgeRepository purge(db);
    const Session admin = PurgeRepository::commandLineSession();
    if (parser.isSet(u"dry-run"_s)) {
        qint64 after = 0;
        qint64 total = 0;
        const RetentionRule reg = [&] {
            for (const RetentionRule &rule : purge.rules(asOf))
                if (rule.purposeCode == u"REG"_s)
                    return rule;
            return RetentionRule{};
        }();
        for (;;) {
            const QList<PurgeCandidate> page = purge.dryRun(admin, asOf, after, 1000);
            for (const PurgeCandidate &c : page)
                out() << c.organisationCode << u'\t' << c.immatriculation << u'\t' << c.name << u'\t'
                      << AdminCommands::tr("relationship ended %1; %2")
                             .arg(c.relationEnd.toString(Qt::ISODate), Retention::describe(reg))
                      << Qt::endl;
            total += page.size();
            if (page.isEmpty())
                break;
            after = page.last().personId;
        }
        out() << AdminCommands::tr("Dry run as of %1: %n person(s) would be anonymised; nothing was changed.", nullptr,
                                   int(total))
                     .arg(asOf.toString(Qt::ISODate))
              << Qt::endl;
        return AdminCommands::Success;
    }
    const PurgeRun run = purge.start(admin, asOf);
    if (run.lastPersonId > 0)
        out() << AdminCommands::tr("Resuming purge run %1 as of %2 after person %3.")
                     .arg(run.id)
                     .arg(run.asOf.toString(Qt::ISODate))
                     .arg(run.lastPersonId)
              << Qt::endl;
    qint64 done = 0;
    int batches = run.batches;
    while (const int n = purge.runBatch(admin, run.id, batch)) {
        done += n;
        out() << AdminCommands::tr("Batch %1: %2 person(s) anonymised, %3 in this run so far.")
                     .arg(++batches)
                     .arg(n)
                     .arg(done)
              << Qt::endl;
    }
    const PurgeRun finished = purge.run(run.id);
    for (const PurgeCount &count : finished.counts)
        out() << count.purposeCode << u'\t' << count.what << u'\t' << count.count << Qt::endl;
    if (parser.isSet(u"report"_s)) {
        QSaveFile file(parser.value(u"report"_s));
        const QByteArray csv = purge.reportCsv(finished);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            err() << AdminCommands::tr("Cannot write the report %1: %2").arg(file.fileName(), file.errorString())
                  << Qt::endl;
            return AdminCommands::Failure;
        }
    }
    out() << AdminCommands::tr("Purge run %1 as of %2 is done.").arg(finished.id).arg(finished.asOf.toString(Qt::ISODate))
          << Qt::endl;
    return AdminCommands::Success;
}

// hold --immatriculation X --reason R; lift-hold --immatriculation X: holds for an audit.
int commandHold(const ConnectionSpec &spec, const QCommandLineParser &parser, bool lift)
{
    const QString immatriculation = parser.value(u"immatriculation"_s);
    if (immatriculation.trimmed().isEmpty()) {
        err() << AdminCommands::tr("Give the person with --immatriculation.") << Qt::endl;
        return AdminCommands::UsageError;
    }
    QSqlDatabase db = openAndMigrate(spec, false);
    LitigationRepository holds(db);
    const Session admin = PurgeRepository::commandLineSession();
    if (lift) {
        const int lifted = holds.liftAuditHolds(admin, immatriculation);
        out() << AdminCommands::tr("%n audit hold(s) lifted.", nullptr, lifted) << Qt::endl;
        return AdminCommands::Success;
    }
    holds.placeAuditHold(admin, immatriculation, parser.value(u"reason"_s));
    out() << AdminCommands::tr("The data of %1 is held for the audit until the hold is lifted.").arg(immatriculation)
          << Qt::endl;
    return AdminCommands::Success;
}

int commandVerifyAudit(const ConnectionSpec &spec)
{
    QSqlDatabase db = openAndMigrate(spec, false);
    const AuditVerification result = AuditLog(db).verify();
    if (result.isIntact()) {
        out() << AdminCommands::tr("The audit log is intact: %n row(s) checked.", nullptr, int(result.rowsChecked))
              << Qt::endl;
        return AdminCommands::Success;
    }
    for (const AuditIssue &issue : result.issues)
        out() << issue.message << Qt::endl;
    err() << AdminCommands::tr("The audit log is NOT intact: %n problem(s) in %1 rows.", nullptr,
                               int(result.issues.size()))
                 .arg(result.rowsChecked)
          << Qt::endl;
    return AdminCommands::Failure;
}

} // namespace

int AdminCommands::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Administration of a Guichet database.\n\nCommands:\n"
           "  migrate        bring the schema to this version\n"
           "  seed-demo      add demo agents and persons (demo databases only)\n"
           "  create-agent   create an agent: --login, --name, --organisation, --role\n"
           "  deactivate-agent  deactivate an agent: --login\n"
           "  import-members register members from a CSV file: --file, --organisation [--dry-run]\n"
           "  import-medicines import the medicines list: --file [--valid-from YYYY-MM-DD] [--dry-run]\n"
           "  import-acts    import the acts and their reference tariffs: --file [--valid-from YYYY-MM-DD] [--dry-run]\n"
           "  verify-audit   check the hash chain of the audit log\n"
           "  holidays       list the public holidays of the business-day calendar [--year YYYY]\n"
           "  set-holiday    add or correct a holiday: --date, --name [--name-ar] [--provisional]\n"
           "  remove-holiday remove a holiday (an Islamic date that moved): --date\n"
           "  retention      list the retention rules in force [--date YYYY-MM-DD]\n"
           "  purge          anonymise what the retention rules no longer keep [--as-of YYYY-MM-DD] [--dry-run]\n"
           "                 [--batch N] [--report FILE.csv]; an interrupted run resumes\n"
           "  hold           hold a person's data for an audit: --immatriculation, --reason\n"
           "  lift-hold      lift the audit holds of a person: --immatriculation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, import-acts, "
                                 "verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold or lift-hold"));
    parser.addOption({u"database"_s,
                      tr("A SQLite file, or postgresql://user@host:port/database. Default: %1.")
                          .arg(Database::defaultSqlitePath()),
                      tr("database")});
    parser.addOption({u"login"_s, tr("create-agent, deactivate-agent: the agent's login."), tr("login")});
    parser.addOption({u"name"_s, tr("create-agent: the agent's full name; set-holiday: the holiday's name (French)."),
                      tr("name")});
    parser.addOption({u"name-ar"_s, tr("set-holiday: the holiday's name in Arabic."), tr("name")});
    parser.addOption({u"date"_s, tr("set-holiday, remove-holiday: the holiday's date; retention: the day the rules are "
                                    "in force (YYYY-MM-DD)."),
                      tr("date")});
    parser.addOption({u"year"_s, tr("holidays: only the holidays of this year."), tr("year")});
    parser.addOption({u"provisional"_s, tr("set-holiday: an estimated date, to confirm when it is announced.")});
    parser.addOption({u"organisation"_s, tr("create-agent, import-members: CNOPS or a mutuelle's code (MGPAP, OMFAM, …)."),
                      tr("code")});
    parser.addOption({u"role"_s, tr("create-agent: COUNTER, LIQUIDATOR, MEDICAL, LEGAL, DPO, AUDITOR or ADMIN."),
                      tr("code")});
    parser.addOption({u"password-stdin"_s, tr("create-agent: read the password from standard input.")});
    parser.addOption({u"file"_s, tr("import-members, import-medicines, import-acts: the CSV file (columns in docs/registration.md, "
                         "docs/reference-data.md)."), tr("file")});
    parser.addOption({u"dry-run"_s, tr("import-members, import-medicines, import-acts: check the whole file, import nothing; "
                                       "purge: list who would be anonymised, change nothing.")});
    parser.addOption({u"immatriculation"_s, tr("hold, lift-hold: the person's immatriculation."), tr("number")});
    parser.addOption({u"reason"_s, tr("hold: the audit that holds the data."), tr("text")});
    parser.addOption({u"as-of"_s, tr("purge: the date the retention is counted to (default: today)."), tr("date")});
    parser.addOption({u"batch"_s, tr("purge: persons per transaction (default: 1000)."), tr("count")});
    parser.addOption({u"report"_s, tr("purge: write the report of the run, by processing, to this CSV file."), tr("file")});
    parser.addOption({u"valid-from"_s, tr("import-medicines, import-acts: the date from which the prices apply (default: today)."),
                      tr("date")});

    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.isSet(u"version"_s)) {
        out() << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << tr("Name one command: migrate, seed-demo, create-agent, deactivate-agent, import-members, import-medicines, "
              "import-acts, verify-audit, holidays, set-holiday, remove-holiday, retention, purge, hold or lift-hold.")
              << Qt::endl;
        return UsageError;
    }
    const QString command = positional.constFirst();
    static const QStringList commands = {u"migrate"_s, u"seed-demo"_s, u"create-agent"_s,
                                         u"deactivate-agent"_s, u"import-members"_s, u"import-medicines"_s,
                                         u"import-acts"_s, u"verify-audit"_s, u"holidays"_s,
                                         u"set-holiday"_s, u"remove-holiday"_s, u"retention"_s, u"purge"_s,
                                         u"hold"_s, u"lift-hold"_s};
    if (!commands.contains(command)) {
        err() << tr("Unknown command \"%1\". Commands: %2.").arg(command.left(40), commands.join(u", "_s)) << Qt::endl;
        return UsageError;
    }

    QString error;
    const QString databaseArgument =
        parser.isSet(u"database"_s) ? parser.value(u"database"_s) : Database::defaultSqlitePath();
    const std::optional<ConnectionSpec> spec = ConnectionSpecParser::parse(databaseArgument, &error);
    if (!spec) {
        err() << error << Qt::endl;
        return UsageError;
    }

    int status = Failure;
    try {
        if (command == u"migrate"_s)
            status = commandMigrate(*spec);
        else if (command == u"seed-demo"_s)
            status = commandSeedDemo(*spec);
        else if (command == u"create-agent"_s)
            status = commandCreateAgent(*spec, parser);
        else if (command == u"deactivate-agent"_s)
            status = commandDeactivateAgent(*spec, parser);
        else if (command == u"import-members"_s)
            status = commandImportMembers(*spec, parser);
        else if (command == u"import-medicines"_s || command == u"import-acts"_s)
            status = commandImportReference(*spec, parser, command);
        else if (command == u"holidays"_s)
            status = commandHolidays(*spec, parser);
        else if (command == u"retention"_s)
            status = commandRetention(*spec, parser);
        else if (command == u"purge"_s)
            status = commandPurge(*spec, parser);
        else if (command == u"hold"_s || command == u"lift-hold"_s)
            status = commandHold(*spec, parser, command == u"lift-hold"_s);
        else if (command == u"set-holiday"_s || command == u"remove-holiday"_s)
            status = commandChangeHoliday(*spec, parser, command == u"remove-holiday"_s);
        else
            status = commandVerifyAudit(*spec);
    } catch (const DatabaseError &e) {
        err() << e.fullMessage() << Qt::endl;
        status = Failure;
    }
    Database::close(kConnection);
    return status;
}

} // namespace guichet
