#pragma once

#include "core/Clock.h"
#include "core/DossierRules.h"
#include "core/Permissions.h"
#include "core/Liquidation.h"
#include "core/Money.h"
#include "core/PaymentOrder.h"
#include "core/Session.h"
#include "data/common/ReferenceRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSharedPointer>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <exception>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace guichet {

// A line as the counter agent types it: an act (code of the nomenclature) or a medicine
// (MED-<id> or the medicine's id), with the provider's INPE code.
struct DossierLineInput
{
    QString code;
    QString providerInpe;
    int quantity = 1;
    Centimes billedUnit = 0;
};

struct DossierLine
{
    qint64 id = 0;
    int lineNo = 0;
    QString kind; // act, medicine
    QString code;
    QString label;
    QString category;
    QString providerInpe;
    int quantity = 0;
    Centimes billedUnit = 0;
    // What medical control allowed; unset while not reviewed.
    std::optional<int> allowedQuantity;
    std::optional<Centimes> allowedUnit;
    Centimes base = 0;
    Centimes amo = 0;
    Centimes complementary = 0;
    Centimes reimbursed = 0;
    int notes = 0; // LiquidatedLine::Note
    // The controller's decision and reason: medical data, filled only under MCM/MCC.
    QString decision;
    QString reasonCode;
};

struct DossierEvent
{
    QDateTime at;
    QString agent;
    QString agentName;
    QString purpose;
    QString fromStatus;
    QString toStatus;
    QString reason;
};

struct Dossier
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString organisationCode;
    QString organisationName;
    QString number;
    qint64 personId = 0;
    qint64 memberId = 0;
    QString beneficiaryName;
    QString memberName;
    QString memberImmatriculation;
    QString memberAddress;
    QString regime;
    QDate dateOfCare;
    QDate depositedOn;
    QDateTime depositedAt;
    QString depositedBy;
    QString lateJustification;
    bool longTerm = false;
    QDate paymentTarget;
    DossierStatus status = DossierStatus::Entry;
    QStringList missing;
    QStringList controlReasons;
    QStringList fraudFlags;
    Centimes billed = 0;
    Centimes amo = 0;
    Centimes complementary = 0;
    Centimes reimbursed = 0;
    qint64 batchId = 0;
    QString archiveBox;
    QString archivePlace;
    qint64 takenBy = 0;
    int version = 0;
    QList<DossierLine> lines;
    QList<DossierEvent> timeline;
};

struct DepositRequest
{
    qint64 personId = 0;
    QString number;
    QDate dateOfCare;
    QString lateJustification; // only a supervisor's is accepted
};

struct LineReview
{
    qint64 lineId = 0;
    enum class Decision { Accepted, Adjusted, Rejected } decision = Decision::Accepted;
    int allowedQuantity = 0;       // Adjusted only
    Centimes allowedUnit = 0;      // Adjusted only
    QString reasonCode;            // required unless Accepted
};

struct PaymentBatch
{
    qint64 id = 0;
    QString number;
    QString organisationCode;
    QString organisationName;
    QString regime;
    QString period;
    QDateTime createdAt;
    QString createdBy;
    int dossierCount = 0;
    Centimes total = 0;
    QString controlSum;
    QByteArray orderFile;
    QDateTime paidAt;
    // Liquidated dossiers left out because their member has no valid RIB.
    QStringList leftOut;
};

struct ArchivedDossier
{
    QString dossierNumber;
    QString beneficiaryName;
    QDate dateOfCare;
    QDate depositedOn;
    QString place;
};

// The ambulatory dossier from the counter to the bank (PRODUCT.md, "The dossier pipeline"):
// deposit and entry and liquidation and payment under AMO or STU (each its own regime), medical
// control under MCM or MCC, archiving under ARM or ARC. Every change is one transaction with its
// timeline event and its audit row; a change made on a stale version is refused as a conflict.
// On PostgreSQL, a second connection liquidating alongside the caller's, in a thread of its own:
// most of the work of a chunk is the server's, which has cores to spare. Both take their chunks
// FOR UPDATE SKIP LOCKED, so no dossier is liquidated twice; each chunk is its own transaction.
// (DossierLiquidation.cpp.)
class LiquidationHelper
{
public:
    LiquidationHelper(const QSqlDatabase &db, const Clock &clock, const Session &session,
                      QSharedPointer<Liquidator> prices);
    // Stops after the chunk under way, and waits for it.
    ~LiquidationHelper();
    LiquidationHelper(const LiquidationHelper &) = delete;
    LiquidationHelper &operator=(const LiquidationHelper &) = delete;

    // Dossiers liquidated so far.
    int done() const { return m_done; }
    // Throws what stopped the helper (a lost connection, a refusal), if anything did.
    void rethrowFailure();
    // Stops after the chunk under way, and waits for it.
    void stop();
    // Waits until the helper finds no dossier left, then throws what stopped it, if anything did.
    void finish();

private:
    std::thread m_thread;
    std::atomic<int> m_done{0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_failed{false};
    std::exception_ptr m_failure; // written by the thread before m_failed is set
};

class DossierRepository
{
    Q_DECLARE_TR_FUNCTIONS(DossierRepository)

public:
    explicit DossierRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    // The reads every stage shares (DossierRepository.cpp).
    // Opens a dossier (audited as a read of the beneficiary's file).
    Dossier load(const Session &session, qint64 dossierId);
    // The dossiers with this number the session may see, newest first.
    QList<qint64> findByNumber(const Session &session, const QString &number);
    // The dossiers of a person (the member's family when `personId` is a member), newest first.
    QList<Dossier> dossiersOfPerson(const Session &session, qint64 personId);

    // Deposit (AMO/STU; DossierDeposit.cpp).
    Dossier deposit(const Session &session, const DepositRequest &request);

    // Entry (AMO/STU; DossierEntry.cpp).
    // Replaces the lines of a dossier being entered.
    Dossier saveLines(const Session &session, qint64 dossierId, int version, const QList<DossierLineInput> &lines);
    Dossier markIncomplete(const Session &session, qint64 dossierId, int version, const QStringList &missing);
    Dossier resumeEntry(const Session &session, qint64 dossierId, int version);
    // Rejects a dossier still at the counter (its papers never came, it is not a claim), with why.
    Dossier reject(const Session &session, qint64 dossierId, int version, const QString &reason);
    // Ends the entry: fraud checks and the control rules send the dossier to medical control or
    // straight to liquidation.
    Dossier completeEntry(const Session &session, qint64 dossierId, int version);
    // Acts and medicines matching what the agent types in a line's code (ReferenceRepository).
    QList<ReferenceRepository::CareItem> careItems(const QString &typed) const;

    // Medical control (MCM/MCC; DossierControl.cpp).
    std::optional<qint64> takeNextForControl(const Session &session);
    void releaseControl(const Session &session, qint64 dossierId);
    Dossier review(const Session &session, qint64 dossierId, int version, const QList<LineReview> &reviews);
    // code → label
    QList<std::pair<QString, QString>> controlReasons() const;

    // Liquidation (AMO/STU; DossierLiquidation.cpp).
    // How many dossiers of the session's regime (and mutuelle, when bounded to one) wait for
    // liquidation, and what they bill: said to the liquidator before liquidating them all.
    struct QueueSummary
    {
        int count = 0;
        Centimes billed = 0;
    };
    QueueSummary waitingForLiquidation(const Session &session) const;
    Dossier liquidate(const Session &session, qint64 dossierId, int version);
    // Liquidates every dossier waiting for it, in chunks of one transaction each; returns how
    // many. `progress(done)` may return false to stop after the current chunk.
    int liquidateWaiting(const Session &session, const std::function<bool(int)> &progress = {});
    // Where a liquidation in chunks is: the last dossier done, the prices read at its start and,
    // on PostgreSQL, the helper liquidating alongside (destroying the cursor stops it).
    struct LiquidationCursor
    {
        QString afterTarget;
        qint64 afterId = 0;
        QSharedPointer<Liquidator> prices;
        std::shared_ptr<LiquidationHelper> helper;
        int helperCounted = 0;
    };
    // One chunk (one transaction): how many dossiers it and the helper liquidated since the last
    // call, or nothing when none waits after the cursor and the helper is done. A screen runs one
    // chunk per turn of its event loop.
    std::optional<int> liquidateChunk(const Session &session, LiquidationCursor &cursor);
    // Ends a liquidation before its end: the helper stops after its chunk under way. Returns how
    // many dossiers it liquidated that no chunk counted yet.
    static int stopLiquidation(LiquidationCursor &cursor);

    // Payment (AMO/STU; DossierPayment.cpp).
    // Every liquidated dossier of the session's mutuelle and regime deposited up to the end of
    // `period` (YYYY-MM) whose member has a valid RIB, in one new batch.
    PaymentBatch createBatch(const Session &session, const QString &period);
    PaymentBatch batch(const Session &session, qint64 batchId);
    // The batches of the session's mutuelle and regime not yet paid, oldest first.
    QList<PaymentBatch> unpaidBatches(const Session &session);
    // The lines of a batch as sent to the bank (for its printed summary).
    QList<PaymentOrderLine> batchLines(const Session &session, qint64 batchId);
    void markBatchPaid(const Session &session, qint64 batchId);

    // Archive (ARM/ARC; DossierArchive.cpp).
    // Files the paper dossier in a box (created when new) at a place in it.
    Dossier fileInBox(const Session &session, qint64 dossierId, int version, const QString &boxNumber,
                      const QString &boxPlace, const QString &placeInBox);
    QList<ArchivedDossier> boxContents(const Session &session, const QString &boxNumber, QString *boxPlace = nullptr);

private:
    // Shared by the stages (DossierRepository.cpp); Target is defined in DossierSql.h.
    struct Target;
    // load() without its audit row: what a change returns, already audited as that change.
    Dossier fetch(const Session &session, qint64 dossierId);
    Target lockForChange(const Session &session, qint64 dossierId, int version, const QList<DossierStatus> &from);
    void move(const Session &session, const Target &target, DossierStatus to, const QString &reason,
              const QString &action, const QVariantMap &details = {});
    void recordEvent(const Session &session, qint64 dossierId, qint64 organisationId, const QString &from,
                     const QString &to, const QString &reason);
    // The regime of the session's purpose (AMO, STU), refused for another purpose; with `work`,
    // also refused unless the agent's role does that work under it (core/Permissions).
    QString requireRegimePurpose(const Session &session, std::optional<Action> work = std::nullopt) const;
    static void requireWork(const Session &session, Action work);
    QDate today() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
