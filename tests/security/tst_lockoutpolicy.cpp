#include "core/LockoutPolicy.h"

#include <QTest>

using namespace guichet;

class TestLockoutPolicy : public QObject
{
    Q_OBJECT

private slots:
    void fiveFailuresLockForFifteenMinutes()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
        LockoutPolicy::State state;
        for (int i = 1; i < LockoutPolicy::MaxFailedAttempts; ++i) {
            state = LockoutPolicy::afterFailure(state, now);
            QVERIFY(!LockoutPolicy::isLocked(state, now));
        }
        state = LockoutPolicy::afterFailure(state, now);
        QVERIFY(LockoutPolicy::isLocked(state, now));
        QVERIFY(LockoutPolicy::isLocked(state, now.addSecs(15 * 60 - 1)));
        QVERIFY(!LockoutPolicy::isLocked(state, now.addSecs(15 * 60)));
    }

    void expiredLockStartsAFreshCount()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
        LockoutPolicy::State state;
        for (int i = 0; i < 5; ++i)
            state = LockoutPolicy::afterFailure(state, now);
        const QDateTime later = now.addSecs(16 * 60);
        state = LockoutPolicy::afterFailure(state, later);
        QCOMPARE(state.failedAttempts, 1);
        QVERIFY(!LockoutPolicy::isLocked(state, later));
    }

    void successClears()
    {
        const LockoutPolicy::State state = LockoutPolicy::afterSuccess();
        QCOMPARE(state.failedAttempts, 0);
        QVERIFY(!state.lockedUntil.isValid());
    }
};

QTEST_GUILESS_MAIN(TestLockoutPolicy)
#include "tst_lockoutpolicy.moc"
