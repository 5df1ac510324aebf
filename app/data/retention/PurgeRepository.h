#pragma once

#include "core/Clock.h"
#include "core/Retention.h"
#include "core/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace guichet {

// A person whose data has expired under every rule that keeps it, and is under no legal hold.
struct PurgeCandidate
{
    qint64 personId = 0;
    QString organisationCode;
    QString immatriculation;
    QString name;
    QDate relationEnd; // the person's, or the member's for a beneficiary
};

// What a run did, by processing: "persons anonymised" under REG, "attachments deleted" under
// CPL... Counts only.
struct PurgeCount
{
    QString purposeCode;
    QString what;
    qint64 count = 0;
};

struct PurgeRun
{
    qint64 id = 0;
    QDate asOf;
    QDateTime startedAt;
    QString startedBy;
    bool done = false;
    qint64 lastPersonId = 0;
    int batches = 0;
    QDateTime finishedAt;
    QList<PurgeCount> counts;
};

// How long the data of one person is kept, by the purge's own conditions: the day it goes, or
// none while something of theirs still runs (the relationship, a dossier, a complaint, a case);
// and the legal holds on it. A deletion request is answered from it.
struct PersonRetention
{
    QDate goesOn;        // invalid while something runs
    QStringList running; // what still runs, for the agent and the letter
    QStringList holds;   // the reasons of the holds in force
    bool mayGo(QDate on) const { return holds.isEmpty() && running.isEmpty() && goesOn <= on; }
};

// An archive box whose dossiers have all expired: listed for physical destruction.
struct ExpiredBox
{
    qint64 id = 0;
    QString organisationCode;
    QString number;
    QString place;
    int dossiers = 0;
};

// The purge of what the retention rules no longer keep (processing AUD, the data-protection
// officer; `guichet-admin purge` from the command line). A person goes once the relationship
// ended longer ago than REG keeps it, every dossier of theirs is closed longer ago than AMO/STU
// keep it, every complaint longer than CPL, every case longer than LEG, and no legal hold stands
// on them or their member. Going means anonymised in every table: names, identifiers, contacts,
// texts and attachments removed, medical notes and the values of changes deleted, dates rounded
// to the month, amounts and categories kept for the statistics. A run goes in batches, each in
// one transaction with the run's progress, so that an interrupted run resumes where it stopped
// and does nothing twice; the audit log records each batch by its counts, never what it removed.
class PurgeRepository
{
    Q_DECLARE_TR_FUNCTIONS(PurgeRepository)

public:
    explicit PurgeRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    // The rules in force on `on`, by processing.
    QList<RetentionRule> rules(QDate on) const;

    // Who would go on `asOf`, after `afterId`, at most `limit` (a dry run; an audited read).
    QList<PurgeCandidate> dryRun(const Session &session, QDate asOf, qint64 afterId, int limit);
    // How many would go on `asOf`.
    qint64 countDue(const Session &session, QDate asOf);

    // The run left unfinished, if any (to resume), else a new one as of `asOf`.
    PurgeRun start(const Session &session, QDate asOf);
    std::optional<PurgeRun> unfinished() const;
    // Purges the next batch of at most `batchSize` persons of the run; returns how many went.
    // 0 when nothing is left: the run is then done (complaints of people not on file included).
    int runBatch(const Session &session, qint64 runId, int batchSize);
    PurgeRun run(qint64 runId) const;
    std::optional<PurgeRun> latestDone() const;
    // The report of a run as CSV (RFC 4180, UTF-8): one line per processing and what went, with
    // the processing's name and CNDP number; counts only, no personal data.
    QByteArray reportCsv(const PurgeRun &run) const;
    // The processing's name and CNDP number, for the reports.
    std::pair<QString, QString> purposeOf(const QString &code) const;

    // Boxes not destroyed yet whose every dossier expired (closed longer ago than ARM keeps it,
    // nobody under a hold), and their destruction, recorded once the record is signed.
    QList<ExpiredBox> expiredBoxes(const Session &session, QDate asOf);
    void markDestroyed(const Session &session, const QList<qint64> &boxIds, QDate asOf);

    // The retention of one person on `asOf`, leaving out the hold of the rights request
    // `exceptRequest` (the deletion request asking).
    PersonRetention retentionOf(qint64 personId, QDate asOf, qint64 exceptRequest = 0) const;

    // Anonymises the persons in every table (inside the caller's transaction; `now` is the stored
    // timestamp of the change): what went, by processing. The purge and the answer to a deletion
    // request both go through here.
    static QList<PurgeCount> anonymise(const QSqlDatabase &db, const QList<qint64> &ids, const QString &now);

    // A session for guichet-admin: the data-protection officer's purpose over every mutuelle.
    static Session commandLineSession();

private:
    void requirePurging(const Session &session) const;
    RetentionRule ruleOf(const QString &purpose, QDate on) const;
    // The values of the conditions of CandidatesQuery (after the id) for a person due on asOf.
    QVariantList dueValues(const Session &session, QDate asOf) const;
    void addCount(qint64 runId, const QString &purpose, const QString &what, qint64 count);
    int purgeStrangers(const Session &session, qint64 runId, QDate asOf);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
