#include "TestDatabase.h"
#include "data/common/AuditLog.h"
#include "data/common/Database.h"
#include "data/common/DatabaseError.h"
#include "data/persons/PersonRepository.h"
#include "data/common/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>
#include <QThread>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {
Person member(const QString &last, const QString &first, const QString &immatriculation)
{
    Person p;
    p.lastName = last;
    p.firstName = first;
    p.immatriculation = immatriculation;
    p.birthDate = QDate(1980, 5, 17);
    p.sex = u"F"_s;
    return p;
}
} // namespace

class TestPersonRepository : public QObject
{
    Q_OBJECT

private slots:
    void storesNamesExactlyAsTyped_data()
    {
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("lastAr");
        QTest::newRow("apostrophe") << u"Aït Ma'ati"_s << u"Zineb"_s << u"آيت معطي"_s;
        QTest::newRow("arabic") << u"El Idrissi"_s << u"Omar"_s << u"الإدريسي"_s;
        QTest::newRow("sql fragment") << u"Robert'); DROP TABLE persons;--"_s << u"Bobby"_s << QString();
        QTest::newRow("max length") << QString(100, u'é') << u"X"_s << QString(100, u'ب');
    }

    void storesNamesExactlyAsTyped()
    {
        QFETCH(QString, last);
        QFETCH(QString, first);
        QFETCH(QString, lastAr);
        TestDatabase t(u"persons_names"_s);
        Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        session.setActivePurpose(u"REG"_s);
        Person p = member(last, first, u"123456789"_s);
        p.lastNameAr = lastAr;
        PersonRepository repository(t.db());
        const qint64 id = repository.create(session, p);
        const auto file = repository.openFile(session, id);
        QVERIFY(file);
        QCOMPARE(file->person.lastName, last);
        QCOMPARE(file->person.firstName, first);
        QCOMPARE(file->person.lastNameAr, lastAr);
        QCOMPARE(file->person.organisationCode, u"MGPAP"_s);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt(), 1);
    }

    void refusesBadInputWithReasons_data()
    {
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("immatriculation");
        QTest::addColumn<QDate>("birth");
        QTest::newRow("empty name") << QString() << u"123456789"_s << QDate(1980, 1, 1);
        QTest::newRow("10000 characters") << QString(10000, u'a') << u"123456789"_s << QDate(1980, 1, 1);
        QTest::newRow("control character") << u"Ali\u0007"_s << u"123456789"_s << QDate(1980, 1, 1);
        QTest::newRow("bad immatriculation") << u"Ali"_s << u"12AB"_s << QDate(1980, 1, 1);
        QTest::newRow("impossible date") << u"Ali"_s << u"123456789"_s << QDate(2023, 2, 30);
        QTest::newRow("future date") << u"Ali"_s << u"123456789"_s << QDate::currentDate().addDays(1);
    }

    void refusesBadInputWithReasons()
    {
        QFETCH(QString, last);
        QFETCH(QString, immatriculation);
        QFETCH(QDate, birth);
        TestDatabase t(u"persons_bad"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        Person p = member(last, u"Ali"_s, immatriculation);
        p.birthDate = birth;
        const int auditBefore = Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log"_s).toInt();
        try {
            PersonRepository(t.db()).create(session, p);
            QFAIL("bad input must be refused");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.kind(), DatabaseError::Kind::Refused);
            QVERIFY(!error.userMessage().isEmpty());
            QVERIFY(error.userMessage().size() < 500);
        }
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt(), 0);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM audit_log"_s).toInt(), auditBefore);
    }

    void creationAndReadingAreAudited()
    {
        TestDatabase t(u"persons_audit"_s);
        Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        session.setActivePurpose(u"REG"_s);
        PersonRepository repository(t.db());
        const qint64 id = repository.create(session, member(u"Tazi"_s, u"Salma"_s, u"200000001"_s));
        repository.openFile(session, id);
        QSqlQuery q = Sql::run(t.db(), u"SELECT action, purpose, details FROM audit_log WHERE person_id = ? ORDER BY seq"_s,
                               {QString::number(id)});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"create"_s);
        QCOMPARE(q.value(1).toString(), u"REG"_s);
        QVERIFY(q.value(2).toString().contains(u"last_name"_s));
        QVERIFY2(!q.value(2).toString().contains(u"Tazi"_s), "no personal data in the audit log");
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"read"_s);
        QCOMPARE(q.value(1).toString(), u"REG"_s);
        QVERIFY(!q.next());
    }

    void aMutuelleSeesOnlyItsOwnPersons()
    {
        TestDatabase t(u"persons_scope"_s);
        const Session mgpap = t.createAgentSession(u"agent.mgpap"_s, u"MGPAP"_s, u"COUNTER"_s);
        const Session omfam = t.createAgentSession(u"agent.omfam"_s, u"OMFAM"_s, u"COUNTER"_s);
        const Session cnops = t.createAgentSession(u"agent.cnops"_s, u"CNOPS"_s, u"LEGAL"_s);
        PersonRepository repository(t.db());
        Person p = member(u"Lahlou"_s, u"Nadia"_s, u"300000001"_s);
        p.organisationId = omfam.organisation.id; // ignored: a mutuelle registers its own members
        const qint64 id = repository.create(mgpap, p);
        QVERIFY(repository.openFile(mgpap, id));
        QVERIFY(!repository.openFile(omfam, id));
        QVERIFY(repository.openFile(cnops, id));
        QCOMPARE(repository.openFile(mgpap, id)->person.organisationCode, u"MGPAP"_s);
    }

    void thePurposeBoundsWhatTheAgentMayDo()
    {
        TestDatabase t(u"persons_purpose"_s);
        Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        PersonRepository repository(t.db());
        const qint64 id = repository.create(session, member(u"Naciri"_s, u"Omar"_s, u"500000009"_s));
        QVERIFY(session.setActivePurpose(u"CPL"_s)); // complaints read persons, do not register them
        QVERIFY(repository.openFile(session, id));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, repository.create(session, member(u"X"_s, u"Y"_s, u"500000010"_s)));
        QVERIFY(session.setActivePurpose(QString()));
        QVERIFY_THROWS_EXCEPTION(DatabaseError, repository.openFile(session, id));
        const Session auditor = t.createAgentSession(u"auditor"_s, u"CNOPS"_s, u"AUDITOR"_s);
        QVERIFY_THROWS_EXCEPTION(DatabaseError, repository.openFile(auditor, id));
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt(), 1);
    }

    void twoClientsSavingTheSameFileMeetOneConflictAndLoseNothing()
    {
        TestDatabase t(u"persons_conflict"_s);
        const Session first = t.createAgentSession(u"agent.one"_s, u"MGPAP"_s, u"COUNTER"_s);
        const Session second = t.createAgentSession(u"agent.two"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 id = PersonRepository(t.db()).create(first, member(u"Filali"_s, u"Driss"_s, u"700000001"_s));
        PersonRepository here(t.db());
        PersonRepository there(t.openSecondConnection(u"other"_s));
        Person mine = here.openFile(first, id)->person;
        Person theirs = there.openFile(second, id)->person;
        QCOMPARE(mine.version, theirs.version);

        mine.lastName = u"Filali Baba"_s;
        const qint64 saved = here.update(first, mine);
        QCOMPARE(saved, mine.version + 1);

        theirs.firstName = u"Idriss"_s;
        try {
            there.update(second, theirs);
            QFAIL("a save over a newer version must be refused");
        } catch (const PersonConflict &conflict) {
            QCOMPARE(conflict.mine().firstName, u"Idriss"_s);
            QCOMPARE(conflict.saved().lastName, u"Filali Baba"_s);
            QCOMPARE(conflict.saved().version, saved);
            // The agent keeps the saved version and adds their own change to it.
            Person merged = conflict.saved();
            merged.firstName = conflict.mine().firstName;
            there.update(second, merged);
        }
        const Person final = here.openFile(first, id)->person;
        QCOMPARE(final.lastName, u"Filali Baba"_s);
        QCOMPARE(final.firstName, u"Idriss"_s);
        QCOMPARE(final.version, saved + 1);
        QSqlQuery updates = Sql::run(t.db(), u"SELECT agent, details FROM audit_log WHERE action = 'update' ORDER BY seq"_s);
        QVERIFY(updates.next());
        QCOMPARE(updates.value(0).toString(), u"agent.one"_s);
        QVERIFY(updates.value(1).toString().contains(u"last_name"_s));
        QVERIFY(updates.next());
        QCOMPARE(updates.value(0).toString(), u"agent.two"_s);
        QVERIFY(!updates.next());
    }

    void simultaneousSavesLetExactlyOneThrough()
    {
        TestDatabase t(u"persons_race"_s);
        const Session first = t.createAgentSession(u"agent.one"_s, u"MGPAP"_s, u"COUNTER"_s);
        const Session second = t.createAgentSession(u"agent.two"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 id = PersonRepository(t.db()).create(first, member(u"Squalli"_s, u"Leila"_s, u"700000002"_s));
        const Person read = PersonRepository(t.db()).openFile(first, id)->person;
        QMutex mutex;
        int saved = 0;
        int conflicts = 0;
        QStringList failures;
        auto save = [&](Session session, QString name, QString newName) {
            {
                QSqlDatabase db = t.openSecondConnection(name);
                Person p = read;
                p.firstName = newName;
                try {
                    PersonRepository(db).update(session, p);
                    QMutexLocker locker(&mutex);
                    ++saved;
                } catch (const PersonConflict &) {
                    QMutexLocker locker(&mutex);
                    ++conflicts;
                } catch (const DatabaseError &error) {
                    QMutexLocker locker(&mutex);
                    failures << error.fullMessage();
                }
            }
            Database::close(t.connectionName() + u'-' + name);
        };
        std::unique_ptr<QThread> a(QThread::create(save, first, u"a"_s, u"Leïla"_s));
        std::unique_ptr<QThread> b(QThread::create(save, second, u"b"_s, u"Layla"_s));
        a->start();
        b->start();
        QVERIFY(a->wait(30000) && b->wait(30000));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(saved, 1);
        QCOMPARE(conflicts, 1);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT version FROM persons WHERE id = ?"_s, {id}).toLongLong(), read.version + 1);
    }

    void aSecondRegistrationOfTheSamePersonIsRefused()
    {
        TestDatabase t(u"persons_duplicate"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        PersonRepository repository(t.db());
        Person first = member(u"Chraïbi"_s, u"Aïcha"_s, u"800000001"_s);
        first.cin = u"BK123456"_s;
        const qint64 id = repository.create(session, first);

        Person sameCin = member(u"Autre"_s, u"Nom"_s, u"800000002"_s);
        sameCin.cin = u"bk123456"_s; // typed in lower case
        Person sameNames = member(u"CHRAIBI"_s, u"Aicha"_s, u"800000003"_s); // same birth date, no accents
        for (const Person &again : {sameCin, sameNames}) {
            try {
                repository.create(session, again);
                QFAIL("a duplicate must be refused");
            } catch (const DuplicatePerson &duplicate) {
                QCOMPARE(duplicate.existingId(), id);
                QVERIFY(!duplicate.userMessage().isEmpty());
            }
        }
        Person namesake = member(u"Chraïbi"_s, u"Aïcha"_s, u"800000004"_s);
        namesake.birthDate = QDate(1991, 1, 1); // a namesake born another day is someone else
        repository.create(session, namesake);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt(), 2);
    }

    void memberFileListsBeneficiaries()
    {
        TestDatabase t(u"persons_family"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        PersonRepository repository(t.db());
        const qint64 memberId = repository.create(session, member(u"Kettani"_s, u"Houda"_s, u"400000001"_s));
        Person child = member(u"Kettani"_s, u"Rachid"_s, u"400000001-01"_s);
        child.relation = u"child"_s;
        child.memberId = memberId;
        child.birthDate = QDate(2015, 3, 3);
        child.sex = u"M"_s;
        repository.create(session, child);
        const auto file = repository.openFile(session, memberId);
        QVERIFY(file);
        QCOMPARE(file->beneficiaries.size(), 1);
        QCOMPARE(file->beneficiaries.first().firstName, u"Rachid"_s);
    }

    void theWholeMemberFileIsStoredAndNormalised()
    {
        TestDatabase t(u"persons_memberfile"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        PersonRepository repository(t.db());
        Person p = member(u"Bennis"_s, u"Nadia"_s, u"500000001"_s);
        p.address = u"٣ شارع محمد الخامس، الرباط"_s;
        p.phone = u"+212 6 12 34 56 78"_s;
        p.email = u" n.bennis@example.ma "_s;
        p.status = u"retired"_s;
        p.relationStart = QDate(2001, 9, 1);
        p.rib = u"011780000012345678901296"_s; // a RIB whose key holds
        const qint64 id = repository.create(session, p);
        const Person saved = repository.openFile(session, id)->person;
        QCOMPARE(saved.address, p.address);
        QCOMPARE(saved.phone, u"0612345678"_s);
        QCOMPARE(saved.email, u"n.bennis@example.ma"_s);
        QCOMPARE(saved.status, u"retired"_s);
        QCOMPARE(saved.relationStart, QDate(2001, 9, 1));
        QVERIFY(!saved.relationEnd.isValid());
        QCOMPARE(saved.rib, p.rib);
    }

    void refusesAnInconsistentMemberFile_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("rib key") << u"rib"_s << u"011780000012345678901297"_s;
        QTest::newRow("rib length") << u"rib"_s << u"0117800000123"_s;
        QTest::newRow("phone") << u"phone"_s << u"12345"_s;
        QTest::newRow("email") << u"email"_s << u"nobody@"_s;
        QTest::newRow("ended without end date") << u"status"_s << u"ended"_s;
        QTest::newRow("ends before it starts") << u"relation_end"_s << u"1999-01-01"_s;
        QTest::newRow("child over 21") << u"child"_s << QString();
        QTest::newRow("student over 26") << u"child"_s << u"student"_s;
        QTest::newRow("unknown status") << u"status"_s << u"dead'; --"_s;
    }

    void refusesAnInconsistentMemberFile()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        TestDatabase t(u"persons_refused"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        PersonRepository repository(t.db());
        const qint64 memberId = repository.create(session, member(u"Alami"_s, u"Said"_s, u"510000001"_s));
        Person p = member(u"Alami"_s, u"Karim"_s, u"510000001-01"_s);
        p.relationStart = QDate(2000, 1, 1);
        if (field == u"child"_s) {
            p.relation = u"child"_s;
            p.memberId = memberId;
            p.childCondition = value;
            p.birthDate = QDate::currentDate().addYears(value.isEmpty() ? -22 : -27);
        } else {
            p.immatriculation = u"510000002"_s;
            if (field == u"rib"_s)
                p.rib = value;
            else if (field == u"phone"_s)
                p.phone = value;
            else if (field == u"email"_s)
                p.email = value;
            else if (field == u"status"_s)
                p.status = value;
            else if (field == u"relation_end"_s)
                p.relationEnd = QDate::fromString(value, Qt::ISODate);
        }
        try {
            repository.create(session, p);
            QFAIL("the person must be refused");
        } catch (const DatabaseError &error) {
            QCOMPARE(error.kind(), DatabaseError::Kind::Refused);
            QVERIFY(!error.userMessage().isEmpty());
        }
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons"_s).toInt(), 1);
    }

    void changesKeepOldAndNewValuesApartFromTheChainedLog()
    {
        TestDatabase t(u"persons_values"_s);
        const Session session = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        PersonRepository repository(t.db());
        Person p = member(u"Sqalli"_s, u"Imane"_s, u"520000001"_s);
        p.phone = u"0612345678"_s;
        const qint64 id = repository.create(session, p);
        Person edited = repository.openFile(session, id)->person;
        edited.phone = u"0700000000"_s;
        edited.lastName = u"Sqalli-Berrada"_s;
        repository.update(session, edited);

        const QString details = Sql::scalar(t.db(), u"SELECT details FROM audit_log WHERE action = 'update' "
                                                    "AND person_id = ?"_s,
                                            {QString::number(id)})
                                    .toString();
        QVERIFY2(details.contains(u"\"phone\""_s) && details.contains(u"\"last_name\""_s), qPrintable(details));
        QVERIFY2(!details.contains(u"0700000000"_s) && !details.contains(u"Berrada"_s),
                 "no personal value in the chained log");
        const QString ref = QJsonDocument::fromJson(details.toUtf8()).object().value(u"values_ref"_s).toString();
        const QString changeSet =
            Sql::scalar(t.db(), u"SELECT change_set FROM audit_values WHERE ref = ?"_s, {ref}).toString();
        const QJsonObject values = QJsonDocument::fromJson(changeSet.toUtf8()).object();
        QCOMPARE(values.value(u"phone"_s).toArray(), (QJsonArray{u"0612345678"_s, u"0700000000"_s}));
        QCOMPARE(values.value(u"last_name"_s).toArray(), (QJsonArray{u"Sqalli"_s, u"Sqalli-Berrada"_s}));
        QVERIFY(!values.contains(u"first_name"_s)); // unchanged
        QVERIFY(AuditLog(t.db()).verify().isIntact());

        // Altered values are caught; erased ones (a purge) are not an alteration.
        Sql::run(t.db(), u"UPDATE audit_values SET change_set = replace(change_set, '0700000000', '0799999999') "
                         "WHERE ref = ?"_s,
                 {ref});
        const AuditVerification tampered = AuditLog(t.db()).verify();
        QCOMPARE(tampered.issues.size(), 1);
        QCOMPARE(tampered.issues.first().kind, AuditIssue::Kind::ValuesAltered);
        Sql::run(t.db(), u"DELETE FROM audit_values WHERE person_id = ?"_s, {id});
        QVERIFY(AuditLog(t.db()).verify().isIntact());
    }
};

QTEST_GUILESS_MAIN(TestPersonRepository)
#include "tst_personrepository.moc"
