#include "TestDatabase.h"
#include "core/Clock.h"
#include "data/dossiers/DossierQueueModel.h"
#include "data/persons/PersonRepository.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const FixedClock &testClock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    return fixed;
}

// `count` dossiers of one person in one status, deposited on successive days back from today
// (so their payment targets differ), inserted directly: the queue only reads.
void insertDossiers(QSqlDatabase db, qint64 organisationId, qint64 personId, const QString &status, int count,
                    const QString &regime = u"AMO"_s, int firstNumber = 0, int firstAge = 0)
{
    Transaction transaction(db);
    for (int i = 0; i < count; ++i) {
        const QDate deposited = QDate(2026, 11, 23).addDays(-(firstAge + i % 90));
        Sql::run(db,
                 u"INSERT INTO dossiers (organisation_id, number, person_id, member_id, regime, date_of_care, "
                 "deposited_on, deposited_at, deposited_by, payment_target, status, billed, created_at, updated_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, '2026-11-23T10:00:00Z', 'test', ?, ?, ?, '2026-11-23T10:00:00Z', "
                 "'2026-11-23T10:00:00Z')"_s,
                 {organisationId, u"Q%1"_s.arg(firstNumber + i, 6, 10, QChar(u'0')), personId, personId, regime,
                  deposited.addDays(-3).toString(Qt::ISODate), deposited.toString(Qt::ISODate),
                  deposited.addDays(60).toString(Qt::ISODate), status, 1000 + i});
    }
    transaction.commit();
}

} // namespace

class TestDossierQueueModel : public QObject
{
    Q_OBJECT

private slots:
    void aQueueIsOneStatusNearestTargetFirstInAWindow()
    {
        TestDatabase t(u"queue_window"_s);
        Session session = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        Person p;
        p.lastName = u"Idrissi"_s;
        p.firstName = u"Nadia"_s;
        p.immatriculation = u"730000001"_s;
        p.birthDate = QDate(1985, 1, 1);
        p.sex = u"F"_s;
        const qint64 personId = PersonRepository(t.db()).create(session, p);
        const qint64 mgpap = session.organisation.id;
        const int total = DossierQueueModel::WindowRows + 3 * DossierQueueModel::PageSize + 17;
        insertDossiers(t.db(), mgpap, personId, u"liquidated"_s, total);
        insertDossiers(t.db(), mgpap, personId, u"entry"_s, 5, u"AMO"_s, 900000, 70);
        insertDossiers(t.db(), mgpap, personId, u"liquidated"_s, 7, u"STU"_s, 800000);
        QVERIFY(session.setActivePurpose(u"AMO"_s));

        DossierQueueModel model(t.db(), session, testClock());
        model.setStatus(DossierStatus::Liquidated);
        QCOMPARE(model.rowCount(), DossierQueueModel::PageSize);
        QVERIFY(!model.hasRowsBefore());
        // Nearest payment target first, then by id.
        QList<std::pair<QString, qint64>> keys;
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.dossierId(row);
            keys.append({Sql::scalar(t.db(), u"SELECT payment_target FROM dossiers WHERE id = ?"_s, {id}).toString(), id});
            QVERIFY(!model.index(row, DossierQueueModel::DaysLeft).data(Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));

        // Scrolling to the end: never more than the window in memory, every dossier seen once.
        QSet<qint64> seen;
        int maxRows = 0;
        qint64 lastSeen = 0;
        auto collect = [&] {
            for (int row = 0; row < model.rowCount(); ++row)
                seen.insert(model.dossierId(row));
            maxRows = std::max(maxRows, model.rowCount());
        };
        collect();
        while (model.canFetchMore({})) {
            model.fetchMore({});
            collect();
        }
        lastSeen = model.dossierId(model.rowCount() - 1);
        QCOMPARE(seen.size(), total); // the STU dossiers and the other statuses are not in this queue
        QVERIFY(maxRows <= DossierQueueModel::WindowRows);
        QVERIFY(model.hasRowsBefore());
        QCOMPARE(model.rowsBefore() + model.rowCount(), total);

        // Scrolling back up brings the earlier rows back, in order, and the window stays bounded.
        const qint64 firstInWindow = model.dossierId(0);
        QCOMPARE(model.fetchPrevious(), DossierQueueModel::PageSize);
        QCOMPARE(model.dossierId(DossierQueueModel::PageSize), firstInWindow);
        QVERIFY(model.rowCount() <= DossierQueueModel::WindowRows);
        QVERIFY(model.canFetchMore({})); // the bottom left the window: it can come back
        while (model.hasRowsBefore())
            QVERIFY(model.fetchPrevious() > 0);
        DossierQueueModel fresh(t.db(), session, testClock());
        fresh.setStatus(DossierStatus::Liquidated);
        for (int row = 0; row < fresh.rowCount(); ++row)
            QCOMPARE(model.dossierId(row), fresh.dossierId(row));
        QVERIFY(lastSeen != 0);

        // The days left: deposited 74 days ago, the dossier is 14 days late, first and shown late.
        DossierQueueModel late(t.db(), session, testClock());
        late.setStatus(DossierStatus::Entry);
        QCOMPARE(late.rowCount(), 5);
        const QModelIndex days = late.index(0, DossierQueueModel::DaysLeft);
        QCOMPARE(days.data(DossierQueueModel::UrgencyRole).toInt(), int(DossierRules::Urgency::Late));
        QCOMPARE(days.data().toString(), u"14 day(s) late"_s);
        QCOMPARE(late.index(4, DossierQueueModel::DaysLeft).data().toString(), u"10 day(s) late"_s);
    }

    void anotherMutuelleAndAnotherPurposeSeeOtherQueues()
    {
        TestDatabase t(u"queue_bounds"_s);
        Session mgpap = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        Person p;
        p.lastName = u"Berrada"_s;
        p.firstName = u"Ali"_s;
        p.immatriculation = u"740000001"_s;
        p.birthDate = QDate(1975, 1, 1);
        p.sex = u"M"_s;
        const qint64 personId = PersonRepository(t.db()).create(mgpap, p);
        insertDossiers(t.db(), mgpap.organisation.id, personId, u"control"_s, 3);

        Session omfam = t.createAgentSession(u"omfam"_s, u"OMFAM"_s, u"COUNTER"_s);
        QVERIFY(omfam.setActivePurpose(u"AMO"_s));
        DossierQueueModel theirs(t.db(), omfam, testClock());
        theirs.setStatus(DossierStatus::Control);
        QCOMPARE(theirs.rowCount(), 0);

        Session doctor = t.createAgentSession(u"doctor"_s, u"CNOPS"_s, u"MEDICAL"_s);
        QVERIFY(doctor.setActivePurpose(u"MCC"_s));
        DossierQueueModel cnops(t.db(), doctor, testClock());
        cnops.setStatus(DossierStatus::Control);
        QCOMPARE(cnops.rowCount(), 3); // the CNOPS sees every mutuelle, every regime

        QVERIFY(mgpap.setActivePurpose(u"REG"_s));
        DossierQueueModel registration(t.db(), mgpap, testClock());
        QString error;
        connect(&registration, &DossierQueueModel::errorOccurred, this, [&error](const QString &m) { error = m; });
        registration.setStatus(DossierStatus::Control);
        QCOMPARE(registration.rowCount(), 0);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDossierQueueModel)
#include "tst_dossierqueuemodel.moc"
