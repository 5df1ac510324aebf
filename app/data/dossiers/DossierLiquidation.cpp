// DossierRepository, liquidation (AMO/STU), and LiquidationHelper, which liquidates alongside on PostgreSQL.
#include "data/dossiers/DossierRepository.h"
#include "data/dossiers/DossierSql.h"

#include "data/common/AuditLog.h"
#include "data/common/Database.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

constexpr int LiquidationChunk = 500;

} // namespace

Dossier DossierRepository::liquidate(const Session &session, qint64 dossierId, int version)
{
    requireRegimePurpose(session, Action::DossierLiquidate);
    Transaction transaction(m_db);
    const Target t = lockForChange(session, dossierId, version, {DossierStatus::Liquidation});
    QList<qint64> ids;
    QList<ClaimLine> claims;
    QSqlQuery l = Sql::run(m_db, u"SELECT id, code, category, COALESCE(allowed_quantity, quantity), "
                                 "COALESCE(allowed_unit, billed_unit) FROM dossier_lines "
                                 "WHERE dossier_id = ? ORDER BY line_no"_s,
                           {t.id});
    while (l.next()) {
        ids.append(l.value(0).toLongLong());
        claims.append({l.value(1).toString(), l.value(2).toString(), l.value(3).toInt(), l.value(4).toLongLong()});
    }
    l.finish();
    const Liquidation result = ReferenceRepository(m_db).liquidator().liquidate(t.regime, t.organisationCode, t.dateOfCare, claims);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const LiquidatedLine &line = result.lines.at(i);
        // A line the controller rejected (nothing allowed) pays nothing and is not an error.
        const bool rejectedLine = claims.at(i).quantity == 0;
        Sql::run(m_db, u"UPDATE dossier_lines SET base = ?, amo = ?, complementary = ?, reimbursed = ?, notes = ? "
                       "WHERE id = ?"_s,
                 {line.base, line.amo, line.complementary, line.reimbursed, rejectedLine ? 0 : line.notes, ids.at(i)});
    }
    // What was billed is the dossier's since its lines were saved.
    Sql::run(m_db, u"UPDATE dossiers SET amo = ?, complementary = ?, reimbursed = ? WHERE id = ?"_s,
             {result.amo, result.complementary, result.reimbursed, t.id});
    move(session, t, DossierStatus::Liquidated, Money::format(result.reimbursed), u"liquidate"_s,
         {{u"reimbursed"_s, result.reimbursed}});
    transaction.commit();
    return fetch(session, dossierId); // the change is audited: no read row for showing it
}

LiquidationHelper::LiquidationHelper(const QSqlDatabase &db, const Clock &clock, const Session &session,
                                     QSharedPointer<Liquidator> prices)
{
    // Read here: a connection serves only the thread that opened it.
    const ConnectionSpec spec = Database::specOf(db);
    const QString role = Sql::scalar(db, u"SELECT current_user"_s).toString();
    static std::atomic<int> helpers{0};
    const QString name = u"liquidation-helper-%1"_s.arg(++helpers);
    m_thread = std::thread([this, &clock, session, prices, spec, role, name] {
        try {
            QSqlDatabase helperDb = Database::open(spec, name);
            Sql::run(helperDb, u"SELECT set_config('role', ?, false)"_s, {role}); // the session's purpose
            DossierRepository repository(helperDb, clock);
            DossierRepository::LiquidationCursor cursor;
            cursor.prices = prices;
            while (!m_stop)
                if (const std::optional<int> chunk = repository.liquidateChunk(session, cursor))
                    m_done += *chunk;
                else
                    break;
        } catch (...) {
            m_failure = std::current_exception();
            m_failed = true;
        }
        Database::close(name);
    });
}

LiquidationHelper::~LiquidationHelper()
{
    stop();
}

void LiquidationHelper::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void LiquidationHelper::rethrowFailure()
{
    if (m_failed)
        std::rethrow_exception(m_failure);
}

void LiquidationHelper::finish()
{
    if (m_thread.joinable())
        m_thread.join();
    rethrowFailure();
}

DossierRepository::QueueSummary DossierRepository::waitingForLiquidation(const Session &session) const
{
    const QString regime = requireRegimePurpose(session);
    QString sql = u"SELECT COUNT(*), COALESCE(SUM(billed), 0) FROM dossiers WHERE status = 'liquidation' AND regime = ?"_s;
    QVariantList values{regime};
    if (!session.seesAllOrganisations()) {
        sql += u" AND organisation_id = ?"_s;
        values.append(session.organisation.id);
    }
    QSqlQuery q = Sql::run(m_db, sql, values);
    QueueSummary summary;
    if (q.next()) {
        summary.count = q.value(0).toInt();
        summary.billed = q.value(1).toLongLong();
    }
    return summary;
}

int DossierRepository::liquidateWaiting(const Session &session, const std::function<bool(int)> &progress)
{
    LiquidationCursor cursor;
    int done = 0;
    while (const std::optional<int> chunk = liquidateChunk(session, cursor)) {
        done += *chunk;
        if (progress && !progress(done))
            return done + stopLiquidation(cursor);
    }
    return done;
}

int DossierRepository::stopLiquidation(LiquidationCursor &cursor)
{
    if (!cursor.helper)
        return 0;
    cursor.helper->stop();
    const int uncounted = cursor.helper->done() - cursor.helperCounted;
    cursor.helper.reset();
    return uncounted;
}

std::optional<int> DossierRepository::liquidateChunk(const Session &session, LiquidationCursor &cursor)
{
    const QString regime = requireRegimePurpose(session, Action::DossierLiquidate);
    if (cursor.prices.isNull()) {
        cursor.prices = QSharedPointer<Liquidator>::create(ReferenceRepository(m_db).liquidator());
        if (Sql::dialect(m_db) == Dialect::Postgres)
            cursor.helper = std::make_shared<LiquidationHelper>(m_db, m_clock, session, cursor.prices);
    }
    const Liquidator &prices = *cursor.prices;
    // What the helper did since the last call counts with this chunk.
    const auto helperSince = [&cursor] {
        if (!cursor.helper)
            return 0;
        cursor.helper->rethrowFailure();
        const int since = cursor.helper->done() - cursor.helperCounted;
        cursor.helperCounted += since;
        return since;
    };
    // The chunk is taken along the queue's index, most urgent first; the organisation is in the
    // statement only when the agent is bounded to one (as in DossierQueueModel).
    QString pick = u"SELECT d.id, d.organisation_id, d.person_id, o.code, d.date_of_care, d.version, d.payment_target "
                   "FROM dossiers d JOIN organisations o ON o.id = d.organisation_id "
                   "WHERE d.status = 'liquidation' AND d.regime = ?"_s;
    if (!session.seesAllOrganisations())
        pick += u" AND d.organisation_id = ?"_s;
    pick += u" AND (d.payment_target, d.id) > (?, ?) ORDER BY d.payment_target, d.id LIMIT ?"_s
            + Sql::lockClause(m_db, u"FOR UPDATE OF d SKIP LOCKED"_s);
    {
        Transaction transaction(m_db);
        struct Item
        {
            qint64 id, organisationId, personId;
            QString organisationCode;
            QDate care;
            int version;
            QList<qint64> lineIds;
            QList<ClaimLine> claims;
        };
        QList<Item> items;
        QHash<qint64, qsizetype> indexOf;
        QVariantList values{regime};
        if (!session.seesAllOrganisations())
            values.append(session.organisation.id);
        values << Sql::text(cursor.afterTarget) << cursor.afterId << LiquidationChunk;
        QSqlQuery q = Sql::run(m_db, pick, values);
        while (q.next()) {
            indexOf.insert(q.value(0).toLongLong(), items.size());
            items.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                          q.value(3).toString(), dateOf(q.value(4)), q.value(5).toInt(), {}, {}});
            cursor.afterTarget = q.value(6).toString();
        }
        q.finish();
        if (items.isEmpty()) {
            transaction.commit();
            if (!cursor.helper)
                return std::nullopt;
            cursor.helper->finish(); // its last chunk, at most
            const int since = helperSince();
            cursor.helper.reset();
            return since > 0 ? std::optional<int>(since) : std::nullopt;
        }
        cursor.afterId = items.last().id;

        QString inList;
        QVariantList ids;
        for (const Item &item : std::as_const(items)) {
            inList += inList.isEmpty() ? u"?"_s : u", ?"_s;
            ids.append(item.id);
        }
        QSqlQuery l = Sql::run(m_db,
                               u"SELECT dossier_id, id, code, category, COALESCE(allowed_quantity, quantity), "
                               "COALESCE(allowed_unit, billed_unit) FROM dossier_lines "
                               "WHERE dossier_id IN ("_s
                                   + inList + u") ORDER BY dossier_id, line_no"_s,
                               ids);
        while (l.next()) {
            Item &item = items[indexOf.value(l.value(0).toLongLong())];
            item.lineIds.append(l.value(1).toLongLong());
            item.claims.append({l.value(2).toString(), l.value(3).toString(), l.value(4).toInt(), l.value(5).toLongLong()});
        }
        l.finish();

        // Three set-based statements per chunk: the dossiers first (their version checked), then
        // the lines and the timeline of those that moved.
        const QString now = toStoredTimestamp(m_clock.nowUtc());
        QList<QVariantList> dossierRows;
        QHash<qint64, Liquidation> results;
        for (const Item &item : std::as_const(items)) {
            const Liquidation result = prices.liquidate(regime, item.organisationCode, item.care, item.claims);
            dossierRows.append({item.id, result.amo, result.complementary, result.reimbursed, item.version});
            results.insert(item.id, result);
        }
        QSet<qint64> moved;
        Sql::bulk(m_db,
                  u"UPDATE dossiers SET status = 'liquidated', amo = v.column2, complementary = v.column3, "
                  "reimbursed = v.column4, updated_at = ?, version = dossiers.version + 1 "
                  "FROM %1 WHERE dossiers.id = v.column1 AND dossiers.version = v.column5 RETURNING dossiers.id"_s,
                  {now}, QList<Sql::Column>(5, Sql::Column::BigInt), dossierRows, [&moved](QSqlQuery &r) { moved.insert(r.value(0).toLongLong()); });
        QList<QVariantList> lineRows;
        QList<QVariantList> eventRows;
        QVariantList liquidated;
        for (const Item &item : std::as_const(items)) {
            if (!moved.contains(item.id))
                continue; // changed meanwhile: left for the next run
            const Liquidation &result = results[item.id];
            for (qsizetype i = 0; i < item.lineIds.size(); ++i) {
                const LiquidatedLine &line = result.lines.at(i);
                lineRows.append({item.lineIds.at(i), line.base, line.amo, line.complementary, line.reimbursed,
                                 item.claims.at(i).quantity == 0 ? 0 : line.notes});
            }
            eventRows.append({item.id, item.organisationId, now, session.login, Sql::text(session.fullName),
                              session.activePurpose(), u"liquidation"_s, u"liquidated"_s,
                              Money::format(result.reimbursed)});
            liquidated.append(item.id);
        }
        Sql::bulk(m_db,
                  u"UPDATE dossier_lines SET base = v.column2, amo = v.column3, complementary = v.column4, "
                  "reimbursed = v.column5, notes = v.column6 FROM %1 WHERE dossier_lines.id = v.column1"_s,
                  {}, QList<Sql::Column>(6, Sql::Column::BigInt), lineRows);
        Sql::bulk(m_db,
                  u"INSERT INTO dossier_events (dossier_id, organisation_id, at, agent, agent_name, purpose, "
                  "from_status, to_status, reason) SELECT * FROM %1"_s,
                  {},
                  {Sql::Column::BigInt, Sql::Column::BigInt, Sql::Column::Text, Sql::Column::Text, Sql::Column::Text,
                   Sql::Column::Text, Sql::Column::Text, Sql::Column::Text, Sql::Column::Text},
                  eventRows);
        // One audit row per chunk, naming every dossier it liquidated.
        AuditLog(m_db, m_clock)
            .appendInTransaction(session, {u"liquidate"_s, u"dossier"_s, QString(), 0,
                                           {{u"dossiers"_s, liquidated}, {u"count"_s, liquidated.size()}}});
        transaction.commit();
        return int(liquidated.size()) + helperSince();
    }
}

} // namespace guichet
