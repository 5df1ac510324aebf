#pragma once

#include "core/Clock.h"
#include "core/Session.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace guichet {

struct Person
{
    qint64 id = 0;
    qint64 organisationId = 0;
    QString organisationCode;
    qint64 memberId = 0; // 0 for a member; the member's id for a beneficiary
    QString relation = QStringLiteral("member"); // member, spouse, child, other
    QString immatriculation;
    QString cin;
    QString lastName;
    QString firstName;
    QString lastNameAr;
    QString firstNameAr;
    QDate birthDate;
    QString sex; // F or M
    QString regime = QStringLiteral("AMO"); // AMO or STU
    QString address;
    QString phone; // stored as 10 digits, see FieldRules::normalizedPhone
    QString email;
    QString status = QStringLiteral("active"); // active, retired, ended
    QDate relationStart;
    QDate relationEnd; // starts the retention clock
    QString rib;       // 24 digits, for reimbursements
    QString childCondition; // "", student, disabled: a child beyond 21
    qint64 version = 0;
};

// Someone else saved the person since it was read: the save was refused, and here is what is
// in the database now, for the agent to compare with what they typed.
class PersonConflict : public DatabaseError
{
public:
    PersonConflict(Person mine, Person saved);
    const Person &mine() const { return m_mine; }
    const Person &saved() const { return m_saved; }

private:
    Person m_mine;
    Person m_saved;
};

// The person is already registered (same CIN, or same names and birth date): the registration
// was refused, and here is the existing person's id, for the counter to open that file instead.
class DuplicatePerson : public DatabaseError
{
public:
    explicit DuplicatePerson(qint64 existingId);
    qint64 existingId() const { return m_existingId; }

private:
    qint64 m_existingId;
};

// A person's file as it opens at the counter: the person and, for a member, the beneficiaries.
struct PersonFile
{
    Person person;
    QList<Person> beneficiaries;
};

// Persons, always bounded by the agent's organisation, every read and change in the audit log.
class PersonRepository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    explicit PersonRepository(QSqlDatabase db, const Clock &clock = Clock::system());

    // Opens a person's file and records the read. Returns nothing when the person does not exist
    // or belongs to an organisation the agent may not see.
    std::optional<PersonFile> openFile(const Session &session, qint64 personId);
    // Validates, inserts and records the creation. Throws DatabaseError (Kind::Refused) with a
    // sentence for the user on invalid input, DuplicatePerson when the person is already there.
    qint64 create(const Session &session, const Person &person);
    // Saves the identity fields of `person` if nobody saved it since `person.version` was read;
    // otherwise throws PersonConflict and changes nothing. Returns the new version.
    qint64 update(const Session &session, const Person &person);
    // The fields whose values differ, with both values, for the audit log.
    static QList<FieldChange> changes(const Person &before, const Person &after);
    // Every field of a new person that holds a value.
    static QList<FieldChange> initialValues(const Person &person);
    // active, retired, ended → words for the agent; the same for a child's condition.
    static QString statusLabel(const QString &status);
    static QString childConditionLabel(const QString &condition);

    // Checks that the person can be saved (on `today`); returns the problems, one sentence each.
    static QStringList problems(const Person &person, const QDate &today = QDate::currentDate());
    // What is stored: trimmed names, the CIN in capitals, the phone and the RIB as digits.
    static Person normalized(Person person);

    // For imports, which register many persons in one transaction of their own: validated and
    // normalised already. Throws DuplicatePerson, DatabaseError.
    qint64 insertInTransaction(const Session &session, const Person &person);
    // The id of a person already registered with the same CIN or the same names and birth date
    // (0: none), among the persons the agent may see.
    qint64 findDuplicate(const Session &session, const Person &person);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
