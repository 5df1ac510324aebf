#pragma once

#include "core/Clock.h"
#include "core/Session.h"

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
    qint64 version = 0;
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
    // sentence for the user on invalid input.
    qint64 create(const Session &session, const Person &person);

    // Checks that the person can be saved; returns the problems, one sentence each.
    static QStringList problems(const Person &person);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace guichet
