#include "TestDatabase.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/WorkQueue.h"

#include <QMutex>
#include <QTest>
#include <QThread>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

class TestWorkQueue : public QObject
{
    Q_OBJECT

private slots:
    void takesTheNearestDeadlineFirstAndOnlyOnce()
    {
        TestDatabase t(u"queue_order"_s);
        Session agent = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        QVERIFY(agent.setActivePurpose(u"AMO"_s));
        WorkQueue queue(t.db());
        queue.enqueue(agent, u"dossier"_s, u"D-3"_s, QDate(2026, 12, 20));
        queue.enqueue(agent, u"dossier"_s, u"D-1"_s, QDate(2026, 12, 1));
        queue.enqueue(agent, u"dossier"_s, u"D-2"_s, QDate(2026, 12, 10));
        QCOMPARE(queue.waitingCount(agent), 3);
        QCOMPARE(queue.takeNext(agent)->entityId, u"D-1"_s);
        const auto second = queue.takeNext(agent);
        QCOMPARE(second->entityId, u"D-2"_s);
        queue.release(agent, second->id);
        QCOMPARE(queue.takeNext(agent)->entityId, u"D-2"_s); // released, so waiting again
        const auto third = queue.takeNext(agent);
        QCOMPARE(third->entityId, u"D-3"_s);
        QVERIFY(!queue.takeNext(agent));
        queue.complete(agent, third->id);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, queue.complete(agent, third->id));
    }

    void aQueueBelongsToItsPurposeAndOrganisation()
    {
        TestDatabase t(u"queue_bounds"_s);
        Session mgpap = t.createAgentSession(u"agent.mgpap"_s, u"MGPAP"_s, u"COUNTER"_s);
        Session omfam = t.createAgentSession(u"agent.omfam"_s, u"OMFAM"_s, u"COUNTER"_s);
        QVERIFY(mgpap.setActivePurpose(u"AMO"_s));
        QVERIFY(omfam.setActivePurpose(u"AMO"_s));
        WorkQueue queue(t.db());
        queue.enqueue(mgpap, u"dossier"_s, u"D-1"_s, QDate(2026, 12, 1));
        QVERIFY(!queue.takeNext(omfam));
        QVERIFY(mgpap.setActivePurpose(u"STU"_s));
        QVERIFY(!queue.takeNext(mgpap));
        QVERIFY(mgpap.setActivePurpose(u"AMO"_s));
        const auto item = queue.takeNext(mgpap);
        QVERIFY(item);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, queue.complete(omfam, item->id)); // not omfam's to finish
    }

    void agentsTakingAtOnceNeverTakeTheSameItem()
    {
        TestDatabase t(u"queue_race"_s);
        Session first = t.createAgentSession(u"agent.one"_s, u"MGPAP"_s, u"COUNTER"_s);
        Session second = t.createAgentSession(u"agent.two"_s, u"MGPAP"_s, u"COUNTER"_s);
        QVERIFY(first.setActivePurpose(u"AMO"_s));
        QVERIFY(second.setActivePurpose(u"AMO"_s));
        constexpr int items = 60;
        {
            WorkQueue queue(t.db());
            for (int i = 0; i < items; ++i)
                queue.enqueue(first, u"dossier"_s, QString::number(i), QDate(2026, 12, 1).addDays(i % 7));
        }
        QMutex mutex;
        QStringList taken;
        QStringList failures;
        auto work = [&](Session session, QString name) {
            // Each workstation has its own connection, opened in its own thread.
            {
                QSqlDatabase db = t.openSecondConnection(name);
                WorkQueue queue(db);
                try {
                    while (const auto item = queue.takeNext(session)) {
                        QMutexLocker locker(&mutex);
                        taken << item->entityId;
                    }
                } catch (const DatabaseError &error) {
                    QMutexLocker locker(&mutex);
                    failures << error.fullMessage();
                }
            }
            Database::close(t.connectionName() + u'-' + name);
        };
        std::unique_ptr<QThread> a(QThread::create(work, first, u"thread-a"_s));
        std::unique_ptr<QThread> b(QThread::create(work, second, u"thread-b"_s));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(taken.size(), items);
        QCOMPARE(QSet<QString>(taken.cbegin(), taken.cend()).size(), items);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM work_items WHERE taken_by IS NULL"_s).toInt(), 0);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(DISTINCT taken_by) FROM work_items"_s).toInt() >= 1, true);
    }
};

QTEST_GUILESS_MAIN(TestWorkQueue)
#include "tst_workqueue.moc"
