#include "TestDatabase.h"
#include "admin/AdminCommands.h"
#include "data/common/AuditLog.h"
#include "data/common/CalendarRepository.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"

#include <QTest>

#include <algorithm>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

// The public holidays as reference data: seeded by the migrations, read into the business-day
// calendar, changed by the administrator with every change audited.
class TestCalendarRepository : public QObject
{
    Q_OBJECT

    static int auditRows(const QSqlDatabase &db, const QString &action)
    {
        return Sql::scalar(db, u"SELECT count(*) FROM audit_log WHERE entity = 'holiday' AND action = ?"_s, {action})
            .toInt();
    }

private slots:
    void theMigrationsSeedTheMoroccanHolidays()
    {
        TestDatabase t(u"calendar_seed"_s);
        const CalendarRepository repository(t.db());
        const QList<PublicHoliday> year = repository.holidays(2026);
        QCOMPARE(year.size(), 18); // 11 fixed, and 7 Islamic days estimated ahead
        QCOMPARE(year.first().date, QDate(2026, 1, 1));
        QVERIFY(std::is_sorted(year.cbegin(), year.cend(),
                               [](const PublicHoliday &a, const PublicHoliday &b) { return a.date < b.date; }));
        int provisional = 0;
        for (const PublicHoliday &holiday : year) {
            QVERIFY(!holiday.name.isEmpty());
            QVERIFY(!holiday.nameAr.isEmpty());
            provisional += holiday.provisional ? 1 : 0;
        }
        QCOMPARE(provisional, 7);
        const BusinessCalendar calendar = repository.calendar();
        QVERIFY(!calendar.isBusinessDay(QDate(2026, 11, 18))); // Independence Day, a Wednesday
        QVERIFY(!calendar.isBusinessDay(QDate(2026, 1, 14)));  // Amazigh New Year
        QVERIFY(calendar.isBusinessDay(QDate(2026, 11, 19)));
        // Thursday 5 November + 1: the Green March (Friday 6), then the weekend.
        QCOMPARE(calendar.addBusinessDays(QDate(2026, 11, 5), 1), QDate(2026, 11, 9));
        QVERIFY(repository.holidays(1999).isEmpty());
    }

    void anAdministratorConfirmsMovesAndRemovesHolidays()
    {
        TestDatabase t(u"calendar_edit"_s);
        CalendarRepository repository(t.db());
        const Session admin = AuditLog::anonymousSession(u"guichet-admin"_s);
        // The Islamic New Year announced a day later than estimated: the estimate goes, the date comes.
        QVERIFY(repository.removeHoliday(admin, QDate(2027, 6, 7)));
        QVERIFY(!repository.removeHoliday(admin, QDate(2027, 6, 7)));
        repository.setHoliday(admin, {QDate(2027, 6, 8), u"  1er   Moharram "_s, u"فاتح محرم"_s, false});
        const QList<PublicHoliday> june = [&] {
            QList<PublicHoliday> found;
            for (const PublicHoliday &h : repository.holidays(2027))
                if (h.date.month() == 6)
                    found.append(h);
            return found;
        }();
        QCOMPARE(june.size(), 1);
        QCOMPARE(june.first().date, QDate(2027, 6, 8));
        QCOMPARE(june.first().name, u"1er Moharram"_s);
        QCOMPARE(june.first().nameAr, u"فاتح محرم"_s);
        QVERIFY(!june.first().provisional);
        // A correction replaces: apostrophes and SQL fragments are names like any other.
        repository.setHoliday(admin, {QDate(2027, 6, 8), u"l'an'; DROP TABLE public_holidays; --"_s, {}, true});
        const QList<PublicHoliday> year = repository.holidays(2027);
        QCOMPARE(year.size(), 18); // one removed, one added, one replaced
        const auto found = std::find_if(year.cbegin(), year.cend(),
                                        [](const PublicHoliday &h) { return h.date == QDate(2027, 6, 8); });
        QVERIFY(found != year.cend());
        const PublicHoliday corrected = *found;
        QCOMPARE(corrected.name, u"l'an'; DROP TABLE public_holidays; --"_s);
        QVERIFY(corrected.provisional);
        QVERIFY(!repository.calendar().isBusinessDay(QDate(2027, 6, 8)));
        QVERIFY(repository.calendar().isBusinessDay(QDate(2027, 6, 7)));
        QCOMPARE(auditRows(t.db(), u"set"_s), 2);
        QCOMPARE(auditRows(t.db(), u"remove"_s), 1);
    }

    void badInputIsRefusedAndChangesNothing()
    {
        TestDatabase t(u"calendar_refused"_s);
        CalendarRepository repository(t.db());
        const Session admin = AuditLog::anonymousSession(u"guichet-admin"_s);
        const int before = int(repository.holidays().size());
        const auto refused = [&](const PublicHoliday &holiday) {
            try {
                repository.setHoliday(admin, holiday);
            } catch (const DatabaseError &e) {
                return e.kind() == DatabaseError::Kind::Refused;
            }
            return false;
        };
        QVERIFY(refused({QDate(2027, 2, 30), u"Impossible"_s, {}, false}));
        QVERIFY(refused({QDate(2027, 3, 1), u"   "_s, {}, false}));
        QVERIFY(refused({QDate(2027, 3, 1), QString(101, u'x'), {}, false}));
        QVERIFY(refused({QDate(2027, 3, 1), u"Nom"_s, QString(101, u'ع'), false}));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, repository.removeHoliday(admin, QDate()));
        QCOMPARE(repository.holidays().size(), before);
        QCOMPARE(auditRows(t.db(), u"set"_s), 0);
    }

    void theAdministrationCommands()
    {
        TestDatabase t(u"calendar_cli"_s);
        const auto admin = [&t](const QStringList &arguments) {
            return AdminCommands::run(QStringList{u"guichet-admin"_s, u"--database"_s, t.url()} + arguments);
        };
        QCOMPARE(admin({u"holidays"_s, u"--year"_s, u"2027"_s}), int(AdminCommands::Success));
        QCOMPARE(admin({u"holidays"_s, u"--year"_s, u"27"_s}), int(AdminCommands::UsageError));
        QCOMPARE(admin({u"set-holiday"_s, u"--date"_s, u"2027-13-01"_s, u"--name"_s, u"X"_s}),
                 int(AdminCommands::UsageError));
        QCOMPARE(admin({u"set-holiday"_s, u"--date"_s, u"2027-12-31"_s}), int(AdminCommands::Failure)); // no name
        QCOMPARE(admin({u"set-holiday"_s, u"--date"_s, u"2027-12-31"_s, u"--name"_s, u"Jour de test"_s,
                        u"--name-ar"_s, u"يوم تجريبي"_s, u"--provisional"_s}),
                 int(AdminCommands::Success));
        const PublicHoliday added = CalendarRepository(t.db()).holidays(2027).last();
        QCOMPARE(added.date, QDate(2027, 12, 31));
        QCOMPARE(added.nameAr, u"يوم تجريبي"_s);
        QVERIFY(added.provisional);
        QCOMPARE(admin({u"remove-holiday"_s, u"--date"_s, u"2027-12-31"_s}), int(AdminCommands::Success));
        QCOMPARE(admin({u"remove-holiday"_s, u"--date"_s, u"2027-12-31"_s}), int(AdminCommands::Failure));
    }
};

QTEST_GUILESS_MAIN(TestCalendarRepository)
#include "tst_calendarrepository.moc"
