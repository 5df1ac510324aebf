#include "data/DemoSeeder.h"

#include "core/Contributions.h"
#include "core/Rib.h"
#include "data/ReferenceRepository.h"

#include "core/Clock.h"
#include "core/TextNormalizer.h"
#include "data/AuditLog.h"
#include "data/DatabaseError.h"
#include "data/Sql.h"
#include "data/Transaction.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

struct Name
{
    const char16_t *latin;
    const char16_t *arabic;
};

constexpr Name kLastNames[] = {
    {u"Alaoui", u"العلوي"},         {u"Bennani", u"بناني"},       {u"El Idrissi", u"الإدريسي"},
    {u"Tazi", u"التازي"},           {u"Berrada", u"برادة"},       {u"Chraïbi", u"الشرايبي"},
    {u"Fassi Fihri", u"الفاسي الفهري"}, {u"Benjelloun", u"بنجلون"}, {u"Amrani", u"العمراني"},
    {u"Ouazzani", u"الوزاني"},      {u"Aït Ma'ati", u"آيت معطي"}, {u"Lahlou", u"لحلو"},
    {u"Benkirane", u"بنكيران"},     {u"Ziani", u"الزياني"},       {u"O'Hadj Ali", u"أوحاج علي"},
    {u"Hajji", u"الحجي"},           {u"Mansouri", u"المنصوري"},   {u"Naciri", u"الناصري"},
    {u"Sebti", u"السبتي"},          {u"Kettani", u"الكتاني"},
};
constexpr Name kMaleFirstNames[] = {
    {u"Mohammed", u"محمد"}, {u"Ahmed", u"أحمد"},   {u"Youssef", u"يوسف"},  {u"Omar", u"عمر"},
    {u"Hamza", u"حمزة"},    {u"Karim", u"كريم"},   {u"Rachid", u"رشيد"},   {u"Abdellah", u"عبد الله"},
    {u"Mehdi", u"المهدي"},  {u"Said", u"سعيد"},
};
constexpr Name kFemaleFirstNames[] = {
    {u"Fatima", u"فاطمة"}, {u"Khadija", u"خديجة"}, {u"Zineb", u"زينب"}, {u"Salma", u"سلمى"},
    {u"Imane", u"إيمان"},  {u"Nadia", u"نادية"},   {u"Meryem", u"مريم"}, {u"Houda", u"هدى"},
    {u"Aïcha", u"عائشة"},  {u"Loubna", u"لبنى"},
};

template <typename T, std::size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

} // namespace

QString DemoSeeder::demoPassword()
{
    return u"Demo-Guichet-2026"_s;
}

QList<DemoSeeder::DemoAgent> DemoSeeder::demoAgents()
{
    return {
        {u"guichet.demo"_s, u"Samira Bennis"_s, u"MGPAP"_s, u"COUNTER"_s},
        {u"guichet.omfam"_s, u"Youssef Raji"_s, u"OMFAM"_s, u"COUNTER"_s},
        {u"liquidateur.demo"_s, u"Hicham Ouali"_s, u"MGPAP"_s, u"LIQUIDATOR"_s},
        {u"medecin.demo"_s, u"Dr Leila Squalli"_s, u"CNOPS"_s, u"MEDICAL"_s},
        {u"juriste.demo"_s, u"Nabil Cherkaoui"_s, u"CNOPS"_s, u"LEGAL"_s},
        {u"dpo.demo"_s, u"Amal Benslimane"_s, u"CNOPS"_s, u"DPO"_s},
        {u"auditeur.demo"_s, u"Driss Filali"_s, u"CNOPS"_s, u"AUDITOR"_s},
        {u"admin.demo"_s, u"Karim Tahiri"_s, u"CNOPS"_s, u"ADMIN"_s},
    };
}

DemoSeeder::DemoSeeder(QSqlDatabase db) : m_db(std::move(db)) {}

bool DemoSeeder::isDemoDatabase(const QSqlDatabase &db)
{
    return Sql::scalar(db, u"SELECT value FROM app_settings WHERE key = 'demo'"_s).toString() == u"1"_s;
}

bool DemoSeeder::seed(const QString &passwordHash, int families)
{
    Transaction transaction(m_db);
    if (isDemoDatabase(m_db))
        return false;
    // Demo agents share a published password: never on a database that holds real agents or persons.
    if (Sql::scalar(m_db, u"SELECT count(*) FROM agents"_s).toInt() > 0
        || Sql::scalar(m_db, u"SELECT count(*) FROM persons"_s).toInt() > 0)
        throw DatabaseError(DatabaseError::Kind::Refused,
                            tr("This database already holds agents or persons: demo data goes into an empty "
                               "database only."));

    const QString now = toStoredTimestamp(Clock::system().nowUtc());
    for (const DemoAgent &agent : demoAgents()) {
        Sql::run(m_db,
                 u"INSERT INTO agents (login, full_name, organisation_id, role_id, password_hash, created_at, "
                 "password_changed_at) SELECT ?, ?, o.id, r.id, ?, ?, ? FROM organisations o, roles r "
                 "WHERE o.code = ? AND r.code = ?"_s,
                 {agent.login, agent.fullName, passwordHash, now, now, agent.organisationCode, agent.roleCode});
    }

    QList<std::pair<qint64, QString>> mutuelles;
    QSqlQuery orgs = Sql::run(m_db, u"SELECT id, code FROM organisations WHERE is_cnops = ? ORDER BY code"_s, {false});
    while (orgs.next())
        mutuelles.append({orgs.value(0).toLongLong(), orgs.value(1).toString()});

    QRandomGenerator rng(20261122); // the same demo every time
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO persons (organisation_id, member_id, relation, immatriculation, cin, last_name, "
                   "first_name, last_name_ar, first_name_ar, birth_date, sex, regime, name_key, name_ar_key, "
                   "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    auto addPerson = [&](qint64 org, qint64 memberId, const QString &relation, const QString &immatriculation,
                         const QString &cin, const Name &last, const Name &first, QDate birth, const QString &sex,
                         const QString &regime) {
        const QString lastName = QString::fromUtf16(last.latin);
        const QString firstName = QString::fromUtf16(first.latin);
        const QString lastNameAr = QString::fromUtf16(last.arabic);
        const QString firstNameAr = QString::fromUtf16(first.arabic);
        const QVariantList values = {org,
                                     memberId ? QVariant(memberId) : QVariant(QMetaType::fromType<qlonglong>()),
                                     relation,
                                     immatriculation,
                                     Sql::nullIfEmpty(cin),
                                     lastName,
                                     firstName,
                                     lastNameAr,
                                     firstNameAr,
                                     birth.toString(Qt::ISODate),
                                     sex,
                                     regime,
                                     TextNormalizer::searchKey(lastName + u' ' + firstName),
                                     TextNormalizer::searchKey(lastNameAr + u' ' + firstNameAr),
                                     now,
                                     now};
        for (const QVariant &value : values)
            insert.addBindValue(value);
        if (!insert.exec() || !insert.next())
            throw DatabaseError::fromSql(insert.lastError(), tr("create the demo persons"));
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        return id;
    };

    // The rest of a member's file, and a year of contributions: most paid, some families behind.
    const Contributions rules(ReferenceRepository(m_db).contributionRules());
    const QDate today = QDate::currentDate();
    auto addMemberAccount = [&](qint64 member, qint64 org, int family, const QDate &birth, bool student,
                                QRandomGenerator &random) {
        static const char16_t *const cities[] = {u"Rabat", u"Casablanca", u"Fès", u"Marrakech", u"Tanger",
                                                 u"Agadir", u"Oujda", u"Meknès", u"Kénitra", u"Tétouan"};
        const QString bank = u"%1%2"_s.arg(random.bounded(100, 999)).arg(random.bounded(100, 999));
        const QString account = u"%1"_s.arg(random.bounded(Q_INT64_C(1000000000000000), Q_INT64_C(9999999999999999)));
        const QString first22 = bank + account;
        const QDate start = student ? QDate(today.year() - 2, 9, 1) : birth.addYears(23 + random.bounded(5));
        Sql::run(m_db, u"UPDATE persons SET phone = ?, address = ?, relation_start = ?, rib = ? WHERE id = ?"_s,
                 {u"06%1"_s.arg(random.bounded(10000000, 99999999)),
                  u"%1, rue %2, %3"_s.arg(1 + random.bounded(120)).arg(family + 1)
                      .arg(QString::fromUtf16(cities[random.bounded(int(std::size(cities)))])),
                  start.toString(Qt::ISODate), QString(first22 + u"%1"_s.arg(Rib::key(first22), 2, 10, QChar(u'0'))), member});
        const Centimes income = Centimes(random.bounded(600000, 2500000));
        const bool behind = family % 7 == 3;
        for (int back = 12; back >= 1; --back) {
            const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
            if (month < start)
                continue;
            const auto due = rules.monthly(ContributionRule::Basis::Salary, income, month);
            const QString period = month.toString(u"yyyy-MM"_s);
            Sql::run(m_db,
                     u"INSERT INTO contribution_dues (person_id, organisation_id, period, basis, income, employee, "
                     "employer, total, recorded_at) VALUES (?, ?, ?, 'salary', ?, ?, ?, ?, ?)"_s,
                     {member, org, period, income, due->employee, due->employer, due->total, now});
            if (!behind || back > 5)
                Sql::run(m_db,
                         u"INSERT INTO contribution_receipts (person_id, organisation_id, period, amount, received_on, "
                         "reference, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                         {member, org, period, due->total, month.addMonths(1).addDays(4).toString(Qt::ISODate),
                          u"PREL-%1"_s.arg(period), now});
        }
    };

    static const char *const cinLetters[] = {"A", "AB", "BE", "BK", "C", "D", "EE", "G", "J", "K", "X"};
    int persons = 0;
    for (int family = 0; family < families; ++family) {
        const auto &[org, orgCode] = mutuelles.at(family % mutuelles.size());
        const Name &last = pick(rng, kLastNames);
        const bool female = rng.bounded(2) == 0;
        const Name &first = female ? pick(rng, kFemaleFirstNames) : pick(rng, kMaleFirstNames);
        const bool student = family % 10 == 9;
        const QDate birth = student ? QDate(2001 + rng.bounded(6), 1 + rng.bounded(12), 1 + rng.bounded(28))
                                    : QDate(1960 + rng.bounded(35), 1 + rng.bounded(12), 1 + rng.bounded(28));
        const QString immatriculation = u"%1"_s.arg(100000000 + family * 7919 % 90000000, 9, 10, QChar(u'0'));
        const QString cin = QString::fromLatin1(cinLetters[rng.bounded(int(std::size(cinLetters)))])
                            + QString::number(100000 + rng.bounded(899999));
        const qint64 member = addPerson(org, 0, u"member"_s, immatriculation, cin, last, first, birth,
                                        female ? u"F"_s : u"M"_s, student ? u"STU"_s : u"AMO"_s);
        ++persons;
        addMemberAccount(member, org, family, birth, student, rng);
        if (student)
            continue;
        int suffix = 1;
        if (rng.bounded(3) != 0) { // a spouse
            const Name &spouseFirst = female ? pick(rng, kMaleFirstNames) : pick(rng, kFemaleFirstNames);
            addPerson(org, member, u"spouse"_s, immatriculation + u"-%1"_s.arg(suffix++, 2, 10, QChar(u'0')),
                      QString(), pick(rng, kLastNames), spouseFirst, birth.addDays(rng.bounded(4000) - 2000),
                      female ? u"M"_s : u"F"_s, u"AMO"_s);
            ++persons;
        }
        const int children = rng.bounded(4);
        for (int c = 0; c < children; ++c) {
            const bool girl = rng.bounded(2) == 0;
            addPerson(org, member, u"child"_s, immatriculation + u"-%1"_s.arg(suffix++, 2, 10, QChar(u'0')), QString(),
                      last, girl ? pick(rng, kFemaleFirstNames) : pick(rng, kMaleFirstNames),
                      QDate(2006 + rng.bounded(19), 1 + rng.bounded(12), 1 + rng.bounded(28)), girl ? u"F"_s : u"M"_s,
                      u"AMO"_s);
            ++persons;
        }
        Q_UNUSED(orgCode);
    }

    Sql::run(m_db, u"INSERT INTO app_settings (key, value) VALUES ('demo', '1')"_s);
    AuditLog(m_db).appendInTransaction(AuditLog::anonymousSession(u"guichet-admin"_s),
                                       {u"seed-demo"_s,
                                        u"database"_s,
                                        QString(),
                                        0,
                                        {{u"agents"_s, int(demoAgents().size())}, {u"persons"_s, persons}}});
    transaction.commit();
    return true;
}

} // namespace guichet
