#include "data/demo/DemoSeeder.h"

#include "core/Contributions.h"
#include "core/PurposeRules.h"
#include "core/Rib.h"
#include "data/dossiers/ActImporter.h"
#include "data/common/AgentRepository.h"
#include "data/common/CalendarRepository.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/dossiers/DossierRepository.h"
#include "data/litigation/LitigationRepository.h"
#include "data/dossiers/MedicineImporter.h"
#include "data/common/ReferenceRepository.h"
#include "data/rights/RightsRepository.h"

#include "core/Clock.h"
#include "core/TextNormalizer.h"
#include "data/common/AuditLog.h"
#include "data/common/DatabaseError.h"
#include "data/common/Sql.h"
#include "data/common/Transaction.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSysInfo>

#include <algorithm>
#include <functional>
#include <numeric>

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

// A dozen medicines, as they are in the published list (resources/data/medicaments-ma.csv). The
// installed programs do not ship that file and have no way to find it, so the demo imports these
// lines; `guichet-admin import-medicines --file resources/data/medicaments-ma.csv` adds the rest.
constexpr char kDemoMedicines[] =
    "name,dci,dosage,forme,presentation,ppv,prix_br,type,remboursable\n"
    "DOLIPRANE,PARACETAMOL,300 MG,POUDRE POUR SOLUTION BUVABLE,1 BOITE 12 SACHET,13.7,13.7,Princeps,1\n"
    "EFFERALGAN,PARACETAMOL,500 MG,COMPRIME EFFERVESCENT,1 BOITE 16 COMPRIME,17.6,17.6,Princeps,1\n"
    "AUGMENTIN,AMOXICILLINE / ACIDE CLAVULANIQUE,500 / 125 MG / MG,COMPRIME PELLICULE,1 BOITE 12 COMPRIME,207.0,"
    "207.0,Princeps,1\n"
    "CLAMOXYL,AMOXICILLINE,500 MG,COMPRIME DISPERSIBLE,1 BOITE 24 COMPRIME,51.4,51.4,Princeps,1\n"
    "SPASFON,PHLOROGLUCINOL,80 MG,COMPRIME ENROBE,1 BOITE 30 COMPRIME,39.2,39.2,Princeps,1\n"
    "SMECTA,DIOSMECTITE,3 G,POUDRE POUR SUSPENSION BUVABLE,1 BOITE 30 SACHET,49.0,49.0,Princeps,1\n"
    "AERIUS,DESLORATADINE,0.5 MG,SIROP,1 FLACON 60 ML,25.0,25.0,Princeps,1\n"
    "VENTOLINE,SALBUTAMOL,100 \u00b5G,SUSPENSION POUR INHALATION BUCCALE,1 FLACON 200 DOSE,29.5,29.5,Princeps,1\n"
    "AMLOR,AMLODIPINE,10 MG,COMPRIME,1 BOITE 14 COMPRIME,98.9,98.9,Princeps,1\n"
    "GLUCOPHAGE 850,METFORMINE,850 MG,COMPRIME PELLICULE,1 BOITE 30 COMPRIME,23.9,20.4,Princeps,1\n"
    "LEVOTHYROX,LEVOTHYROXINE SODIQUE,200 \u00b5G,COMPRIME SECABLE,1 BOITE 30 COMPRIME SECABLE,37.2,37.2,Princeps,1\n"
    "LANTUS SOLOSTAR,INSULINE HUMAINE,100 UI,SOLUTION INJECTABLE LP,1 BOITE 5 SERINGUE PREREMPLIE,152.5,152.5,"
    "Princeps,1\n";

// The seeded nomenclature has only the two consultations, and no act of category ALD: the demo
// adds haemodialysis, a long-term condition, so that some dossiers go to control as ALD. The
// tariff is the demo's figure; the fund loads the real nomenclature with import-acts.
constexpr char kDemoAldAct[] = "code,name,category,tariff,usual_quantity\n"
                               "HD,S\u00e9ance d'h\u00e9modialyse,ald,850.00,13\n";

// The dossiers' history: 90 days up to today (day 90), with two payment batches.
constexpr int HistoryDays = 90;
constexpr int FirstBatchDay = 60;
constexpr int FirstBatchPaidDay = 68;
constexpr int SecondBatchDay = 84;

// The clock of that history, moved forward step by step, never past the real now.
class HistoryClock final : public Clock
{
public:
    explicit HistoryClock(QDateTime limit) : m_limit(limit), m_now(std::move(limit)) {}
    QDateTime nowUtc() const override { return m_now; }
    void moveTo(const QDateTime &at) { m_now = std::min(at, m_limit); }

private:
    QDateTime m_limit;
    QDateTime m_now;
};

// One demo dossier: where it should end, and the day of each step (-1: never).
struct DossierPlan
{
    enum class Kind { Plain, Ald, Deviation, SameNumber, Twin };
    enum class Review { Accept, Adjust, RejectOneLine, RejectAll };

    DossierStatus target = DossierStatus::Entry;
    Kind kind = Kind::Plain;
    Review review = Review::Accept;
    qint64 personId = 0;
    QString number;
    QDate care;
    QString lateJustification;
    QList<DossierLineInput> lines;
    QStringList missing;
    int depositDay = 0;
    int resumeDay = -1;     // marked incomplete at the deposit, the papers brought that day
    int linesDay = -1;
    int incompleteDay = -1; // still incomplete today
    int completeDay = -1;
    int reviewDay = -1;
    int liquidateDay = -1;
    // As it goes.
    qint64 id = 0;
    int version = 0;
    DossierStatus status = DossierStatus::Entry;

    void follow(const Dossier &d)
    {
        id = d.id;
        version = d.version;
        status = d.status;
    }
};

Session demoSession(const QSqlDatabase &db, const QString &login, const QString &purpose)
{
    const std::optional<AgentRecord> agent = AgentRepository(db).findByLogin(login);
    Session session;
    if (agent) {
        session.agentId = agent->id;
        session.login = agent->login;
        session.fullName = agent->fullName;
        session.organisation = agent->organisation;
        session.roleCode = agent->roleCode;
        session.roleName = agent->roleName;
        session.purposes = ReferenceRepository(db).purposesOfRole(agent->roleCode);
        session.workstation = QSysInfo::machineHostName();
    }
    if (!agent || !session.setActivePurpose(purpose))
        throw DatabaseError(DatabaseError::Kind::Query,
                            u"demo agent %1 cannot work under %2"_s.arg(login, purpose));
    return session;
}

} // namespace

QString DemoSeeder::demoPassword()
{
    return u"Demo-Guichet-2026"_s;
}

QList<DemoSeeder::DemoAgent> DemoSeeder::demoAgents()
{
    return {
        {u"guichet.demo"_s, u"Samira Bennis"_s, u"MGPAP"_s, u"COUNTER"_s, true},
        {u"guichet.omfam"_s, u"Youssef Raji"_s, u"OMFAM"_s, u"COUNTER"_s},
        {u"liquidateur.demo"_s, u"Hicham Ouali"_s, u"MGPAP"_s, u"LIQUIDATOR"_s},
        {u"liquidateur.omfam"_s, u"Imane Tazi"_s, u"OMFAM"_s, u"LIQUIDATOR"_s},
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
    if (!seedPeople(passwordHash, families))
        return false;
    seedDossiers();
    seedRightsRequests();
    seedComplaints();
    seedLitigation();
    return true;
}

bool DemoSeeder::seedPeople(const QString &passwordHash, int families)
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
                 "password_changed_at, supervisor) SELECT ?, ?, o.id, r.id, ?, ?, ?, ? FROM organisations o, roles r "
                 "WHERE o.code = ? AND r.code = ?"_s,
                 {agent.login, agent.fullName, passwordHash, now, now, agent.supervisor, agent.organisationCode,
                  agent.roleCode});
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

    // Former members, whose relationship with their mutuelle ended (retired abroad, left the
    // public service): most more than five years ago, so that the purge's dry run lists them and
    // their families; one two years ago, still kept. Nothing else of theirs runs: no dossier, no
    // complaint or case open (seedComplaints gives one a complaint closed long ago, seedLitigation
    // puts another under an audit hold).
    struct Former
    {
        const char *organisation;
        int endedMonthsAgo;
    };
    static constexpr Former formers[] = {{"MGPAP", 74}, {"MGPAP", 88}, {"OMFAM", 79}, {"MGPAP", 103},
                                         {"OMFAM", 95}, {"MGEN", 84},  {"MGPAP", 26}};
    QRandomGenerator formerRng(20261124);
    for (int f = 0; f < int(std::size(formers)); ++f) {
        const auto mutuelle = std::find_if(mutuelles.cbegin(), mutuelles.cend(), [&](const auto &m) {
            return m.second == QLatin1StringView(formers[f].organisation);
        });
        if (mutuelle == mutuelles.cend())
            continue;
        const qint64 org = mutuelle->first;
        const QDate ended = QDate(today.year(), today.month(), 1).addMonths(-formers[f].endedMonthsAgo).addDays(-1);
        const bool female = formerRng.bounded(2) == 0;
        const Name &last = pick(formerRng, kLastNames);
        const QDate birth(1944 + formerRng.bounded(14), 1 + formerRng.bounded(12), 1 + formerRng.bounded(28));
        const QString immatriculation = u"%1"_s.arg(700000000 + f * 104729, 9, 10, QChar(u'0'));
        const QString cin = QString::fromLatin1(cinLetters[formerRng.bounded(int(std::size(cinLetters)))])
                            + QString::number(100000 + formerRng.bounded(899999));
        const Name &first = female ? pick(formerRng, kFemaleFirstNames) : pick(formerRng, kMaleFirstNames);
        const qint64 member = addPerson(org, 0, u"member"_s, immatriculation, cin, last, first, birth,
                                        female ? u"F"_s : u"M"_s, u"AMO"_s);
        ++persons;
        Sql::run(m_db,
                 u"UPDATE persons SET status = 'ended', relation_start = ?, relation_end = ?, phone = ?, address = ? "
                 "WHERE id = ?"_s,
                 {birth.addYears(24).toString(Qt::ISODate), ended.toString(Qt::ISODate),
                  u"05%1"_s.arg(formerRng.bounded(10000000, 99999999)),
                  u"%1, avenue Hassan II, %2"_s.arg(1 + formerRng.bounded(200)).arg(f % 2 ? u"Salé"_s : u"Témara"_s),
                  member});
        // A spouse, and a child grown up since; both went with the member's file.
        int suffix = 1;
        if (f % 3 != 2) {
            addPerson(org, member, u"spouse"_s, immatriculation + u"-%1"_s.arg(suffix++, 2, 10, QChar(u'0')), QString(),
                      pick(formerRng, kLastNames),
                      female ? pick(formerRng, kMaleFirstNames) : pick(formerRng, kFemaleFirstNames),
                      birth.addDays(formerRng.bounded(3000) - 1500), female ? u"M"_s : u"F"_s, u"AMO"_s);
            ++persons;
        }
        const bool girl = formerRng.bounded(2) == 0;
        const Name *child = &(girl ? pick(formerRng, kFemaleFirstNames) : pick(formerRng, kMaleFirstNames));
        if (child == &first)
            child = girl ? &kFemaleFirstNames[0] : &kMaleFirstNames[0]; // not the parent's own name
        addPerson(org, member, u"child"_s, immatriculation + u"-%1"_s.arg(suffix++, 2, 10, QChar(u'0')), QString(),
                  last, *child,
                  QDate(1985 + formerRng.bounded(12), 1 + formerRng.bounded(12), 1 + formerRng.bounded(28)),
                  girl ? u"F"_s : u"M"_s, u"AMO"_s);
        ++persons;
        Sql::run(m_db, u"UPDATE persons SET status = 'ended' WHERE member_id = ?"_s, {member});
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

int DemoSeeder::seedDossiers()
{
    const QDateTime realNow = Clock::system().nowUtc();
    const QDate today = realNow.date();
    const QDate firstDay = today.addDays(-HistoryDays);
    HistoryClock clock(realNow);
    clock.moveTo(QDateTime(firstDay, QTime(7, 30), Qt::UTC));
    QRandomGenerator rng(20261123); // the same history every time

    // The reference lists the lines use, as an administrator loads them before the first deposit.
    // Prices apply from well before the oldest date of care, so that every line is priced.
    const Session admin = AuditLog::anonymousSession(u"guichet-admin"_s);
    const QDate pricesFrom(today.year() - 1, 1, 1);
    if (Sql::scalar(m_db, u"SELECT COUNT(*) FROM medicines"_s).toInt() == 0)
        MedicineImporter(m_db, clock)
            .run(admin, QByteArray(kDemoMedicines), pricesFrom, MedicineImporter::Mode::Import);
    QString aldAct = Sql::scalar(m_db, u"SELECT MIN(code) FROM acts WHERE category = 'ald'"_s).toString();
    if (aldAct.isEmpty() && !Sql::scalar(m_db, u"SELECT 1 FROM acts WHERE code = 'HD'"_s).isValid()) {
        ActImporter(m_db, clock)
            .run(admin, QByteArray(kDemoAldAct), pricesFrom, MedicineImporter::Mode::Import);
        aldAct = u"HD"_s;
    }
    const Centimes aldTariff =
        aldAct.isEmpty() ? 0
                         : Sql::scalar(m_db, u"SELECT MAX(tariff) FROM act_tariffs WHERE act_code = ?"_s, {aldAct})
                               .toLongLong();

    struct Medicine
    {
        QString code;
        Centimes ppv;
    };
    QList<Medicine> medicines;
    QSqlQuery m = Sql::run(m_db,
                           u"SELECT m.id, p.ppv FROM medicines m JOIN medicine_prices p ON p.medicine_id = m.id "
                           "WHERE m.reimbursable = ? AND p.valid_from = (SELECT MAX(valid_from) FROM medicine_prices "
                           "WHERE medicine_id = m.id AND valid_from <= ?) ORDER BY m.id LIMIT 12"_s,
                           {true, pricesFrom.toString(Qt::ISODate)});
    while (m.next())
        medicines.append({ReferenceRepository::medicineCode(m.value(0).toLongLong()), m.value(1).toLongLong()});
    m.finish();

    // The families whose dossiers the demo deposits: the persons still covered of a mutuelle, in
    // a regime (AMO; the students' regime is STU). Former members deposit nothing.
    auto beneficiariesOf = [this](const QString &organisation, const QString &regime) {
        QList<qint64> ids;
        QSqlQuery p = Sql::run(m_db, u"SELECT p.id FROM persons p JOIN organisations o ON o.id = p.organisation_id "
                                     "WHERE o.code = ? AND p.regime = ? AND p.status = 'active' ORDER BY p.id"_s,
                               {organisation, regime});
        while (p.next())
            ids.append(p.value(0).toLongLong());
        return ids;
    };
    const QList<qint64> mgpapFamilies = beneficiariesOf(u"MGPAP"_s, u"AMO"_s);
    if (mgpapFamilies.isEmpty())
        return 0;

    // Providers, by their INPE (nine digits): doctors, pharmacies, a dialysis centre.
    auto inpes = [&rng](int count) {
        QStringList codes;
        for (int i = 0; i < count; ++i)
            codes.append(QString::number(100000000 + rng.bounded(900000000)));
        return codes;
    };
    const QStringList doctors = inpes(8), pharmacies = inpes(6), centres = inpes(2);

    auto plainLines = [&] {
        QList<DossierLineInput> lines;
        if (medicines.isEmpty() || rng.bounded(8) != 0) {
            const bool specialist = rng.bounded(3) == 0;
            static constexpr Centimes general[] = {8000, 8000, 10000, 12000};
            static constexpr Centimes special[] = {15000, 15000, 20000, 22000};
            lines.append({specialist ? u"CS"_s : u"C"_s, doctors.at(rng.bounded(int(doctors.size()))), 1,
                          specialist ? pick(rng, special) : pick(rng, general)});
        }
        const QString pharmacy = pharmacies.at(rng.bounded(int(pharmacies.size())));
        const int count = medicines.isEmpty() ? 0 : rng.bounded(lines.isEmpty() ? 1 : 0, 4);
        for (int i = 0; i < count; ++i) {
            const Medicine &medicine = medicines.at(rng.bounded(int(medicines.size())));
            lines.append({medicine.code, pharmacy, 1 + rng.bounded(2), medicine.ppv});
        }
        return lines;
    };
    auto aldLines = [&] {
        // One to three weeks of sessions, and the nephrologist's consultation.
        const QString centre = centres.at(rng.bounded(int(centres.size())));
        QList<DossierLineInput> lines{{aldAct, centre, 3 + rng.bounded(8), aldTariff}};
        if (rng.bounded(2) == 0)
            lines.append({u"CS"_s, doctors.at(rng.bounded(int(doctors.size()))), 1, 15000});
        return lines;
    };

    // What each queue of the Dossiers pages will hold, and the days of deposit that make some of
    // them late or due soon.
    struct Quota
    {
        DossierStatus target;
        int count;
        int firstDay, lastDay;
        int ald, deviation, duplicates;
    };
    using S = DossierStatus;
    // The MGPAP's ambulatory dossiers, the bulk of the demo.
    const QList<Quota> quotas = {
        {S::Paid, 70, 0, 48, 6, 0, 0},         {S::Batched, 45, 38, 80, 4, 0, 0},
        {S::Liquidated, 30, 40, 86, 3, 0, 0},  {S::Liquidation, 35, 5, 89, 4, 0, 0},
        {S::Control, 35, 20, 89, 15, 8, 12},   {S::Rejected, 15, 10, 88, 3, 4, 8},
        {S::Incomplete, 25, 10, 90, 0, 0, 0},  {S::Entry, 45, 15, 90, 0, 0, 0},
    };
    // The other queues of the demo agents (the MGPAP's students, the OMFAM's two regimes): a few
    // dossiers in each. Those meant for control or rejection are of the kinds always controlled.
    const QList<Quota> fewQuotas = {
        {S::Paid, 4, 0, 48, 1, 0, 0},         {S::Batched, 4, 38, 80, 1, 0, 0},
        {S::Liquidated, 3, 40, 86, 0, 0, 0},  {S::Liquidation, 4, 5, 89, 1, 0, 0},
        {S::Control, 4, 20, 89, 2, 2, 0},     {S::Rejected, 3, 10, 88, 2, 1, 0},
        {S::Incomplete, 3, 10, 90, 0, 0, 0},  {S::Entry, 4, 15, 90, 0, 0, 0},
    };
    static constexpr const char16_t *missingPapers[] = {
        u"Ordonnance originale", u"Feuille de soins signée par le médecin", u"Facture de la pharmacie",
        u"Vignettes des médicaments", u"Compte rendu médical",
    };
    static constexpr const char16_t *lateReasons[] = {
        u"Assuré hospitalisé pendant plus de deux mois (bulletin de sortie joint)",
        u"Assuré en mission à l'étranger, attestation de l'administration jointe",
        u"Feuille de soins retournée par la poste, adresse erronée",
    };
    auto between = [&rng](int low, int high) { return low >= high ? low : low + rng.bounded(high - low + 1); };

    // The plans of one mutuelle and regime, numbered in the order of deposit from `sequence`.
    // `lateDeposits`: some care more than 60 days old, accepted by a supervisor at the counter.
    auto planDossiers = [&](const QList<Quota> &quotaList, const QList<qint64> &beneficiaries, bool lateDeposits,
                            int sequence) {
        QList<DossierPlan> plans;
        for (const Quota &quota : quotaList) {
            for (int i = 0; i < quota.count; ++i) {
                DossierPlan plan;
                plan.target = quota.target;
                if (i < quota.ald && !aldAct.isEmpty())
                    plan.kind = DossierPlan::Kind::Ald;
                else if (i < quota.ald + quota.deviation)
                    plan.kind = DossierPlan::Kind::Deviation;
                else if (i < quota.ald + quota.deviation + quota.duplicates)
                    plan.kind = i % 2 == 0 ? DossierPlan::Kind::SameNumber : DossierPlan::Kind::Twin;
                // Open queues: most dossiers recent, one in five old enough to be late (deposited more
                // than 60 days ago) or due soon (within 15 days of its target).
                const bool open =
                    quota.target == S::Entry || quota.target == S::Incomplete || quota.target == S::Liquidation;
                plan.depositDay = !open        ? between(quota.firstDay, quota.lastDay)
                                  : i % 5 == 0 ? between(quota.firstDay, 50)
                                               : between(70, quota.lastDay);
                plan.personId = beneficiaries.at(rng.bounded(int(beneficiaries.size())));
                const QDate deposit = firstDay.addDays(plan.depositDay);
                // The care a few days before the deposit; one dossier in 35 deposited late, by the supervisor.
                if (lateDeposits && rng.bounded(35) == 0 && plan.kind == DossierPlan::Kind::Plain) {
                    plan.care = deposit.addDays(-between(61, 80));
                    plan.lateJustification = QString::fromUtf16(pick(rng, lateReasons));
                } else {
                    plan.care = deposit.addDays(-between(0, rng.bounded(4) == 0 ? 45 : 12));
                }
                switch (plan.kind) {
                case DossierPlan::Kind::Ald:
                    plan.lines = aldLines();
                    break;
                case DossierPlan::Kind::Deviation: // a specialist's consultation at twice the tariff
                    plan.lines = {{u"CS"_s, doctors.at(rng.bounded(int(doctors.size()))), 1, 30000}};
                    break;
                default:
                    plan.lines = plainLines();
                }

                // The steps: entry on the day of deposit or the next, medical control within a few
                // days, liquidation within a week; within the window of the dossier's final status.
                int last = HistoryDays, firstLiquidation = 0;
                if (plan.target == S::Paid)
                    last = FirstBatchDay;
                else if (plan.target == S::Batched)
                    firstLiquidation = FirstBatchDay + 1, last = SecondBatchDay;
                else if (plan.target == S::Liquidated)
                    firstLiquidation = SecondBatchDay + 1;
                if (plan.target == S::Entry) {
                    if (rng.bounded(2) == 0)
                        plan.linesDay = std::min(plan.depositDay + rng.bounded(2), HistoryDays);
                    plans.append(plan);
                    continue;
                }
                if (plan.target == S::Incomplete) {
                    if (rng.bounded(3) == 0)
                        plan.linesDay = plan.depositDay;
                    plan.incompleteDay = std::min(plan.depositDay + rng.bounded(2), HistoryDays);
                    plan.missing.append(QString::fromUtf16(pick(rng, missingPapers)));
                    if (rng.bounded(3) == 0)
                        plan.missing.append(QString::fromUtf16(missingPapers[0]));
                    plan.missing.removeDuplicates();
                    plans.append(plan);
                    continue;
                }
                int day = plan.depositDay;
                if (rng.bounded(8) == 0 && plan.kind == DossierPlan::Kind::Plain && day + 6 < last) {
                    plan.missing.append(QString::fromUtf16(pick(rng, missingPapers)));
                    plan.resumeDay = day = day + between(2, 6);
                }
                plan.linesDay = day = std::min(day + rng.bounded(2), last);
                plan.completeDay = day;
                const bool reviewed = plan.kind != DossierPlan::Kind::Plain;
                if (plan.target == S::Control)
                    ; // waits for the controller
                else if (reviewed)
                    plan.reviewDay = day = std::min(day + between(1, 4), last);
                if (plan.target == S::Rejected) {
                    plan.review = DossierPlan::Review::RejectAll;
                } else if (reviewed) {
                    const int r = rng.bounded(8);
                    plan.review = r < 5 ? DossierPlan::Review::Accept
                                        : r < 7 ? DossierPlan::Review::Adjust : DossierPlan::Review::RejectOneLine;
                }
                if (plan.target == S::Paid || plan.target == S::Batched || plan.target == S::Liquidated)
                    plan.liquidateDay = std::clamp(day + between(1, 5), firstLiquidation, last);
                plans.append(plan);
            }
        }

        // Duplicates: the paper of an earlier dossier deposited again, under its number or under a new
        // one with the same beneficiary, provider, date of care and amount. The earlier dossier was
        // entered before, and its care is recent enough for the deposit to be on time.
        QHash<qsizetype, qsizetype> originalOf;
        for (qsizetype i = 0; i < plans.size(); ++i) {
            DossierPlan &plan = plans[i];
            if (plan.kind != DossierPlan::Kind::SameNumber && plan.kind != DossierPlan::Kind::Twin)
                continue;
            QList<qsizetype> originals;
            const QDate deposit = firstDay.addDays(plan.depositDay);
            for (qsizetype j = 0; j < plans.size(); ++j) {
                const DossierPlan &other = plans.at(j);
                if (other.kind == DossierPlan::Kind::Plain && other.completeDay >= 0 && other.completeDay < plan.depositDay
                    && other.lateJustification.isEmpty() && other.care >= deposit.addDays(-50))
                    originals.append(j);
            }
            if (originals.isEmpty()) {
                plan.kind = DossierPlan::Kind::Deviation;
                plan.lines = {{u"CS"_s, doctors.first(), 1, 30000}};
                continue;
            }
            const qsizetype original = originals.at(rng.bounded(int(originals.size())));
            originalOf.insert(i, original);
            plan.personId = plans.at(original).personId;
            plan.care = plans.at(original).care;
            plan.lines = plans.at(original).lines;
            plan.lateJustification.clear();
            plan.resumeDay = -1;
            plan.missing.clear();
        }

        // Numbers as on the barcodes, in the order of deposit; a same-number duplicate takes its original's.
        QList<qsizetype> order(plans.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](qsizetype a, qsizetype b) { return plans.at(a).depositDay < plans.at(b).depositDay; });
        for (qsizetype index : std::as_const(order)) {
            DossierPlan &plan = plans[index];
            sequence += 1 + rng.bounded(40);
            plan.number = u"%1-%2"_s.arg(firstDay.addDays(plan.depositDay).year()).arg(sequence, 7, 10, QChar(u'0'));
        }
        for (auto it = originalOf.cbegin(); it != originalOf.cend(); ++it) {
            if (plans.at(it.key()).kind == DossierPlan::Kind::SameNumber)
                plans[it.key()].number = plans.at(it.value()).number;
        }
        return plans;
    };

    // Each mutuelle and regime of a demo agent: who deposits and enters, who liquidates and pays
    // (each stage is its role's work: core/Permissions), and the plans. The MGPAP's ambulatory dossiers come first, as before.
    struct Pipeline
    {
        Session counter;
        Session liquidator;
        QList<DossierPlan> plans;
        qint64 firstBatch = 0;
    };
    QList<Pipeline> pipelines;
    pipelines.append({demoSession(m_db, u"guichet.demo"_s, u"AMO"_s),
                      demoSession(m_db, u"liquidateur.demo"_s, u"AMO"_s),
                      planDossiers(quotas, mgpapFamilies, true, 48210)});
    struct Other
    {
        QString organisation, regime, counter, liquidator;
        int sequence;
    };
    const Other others[] = {
        {u"MGPAP"_s, u"STU"_s, u"guichet.demo"_s, u"liquidateur.demo"_s, 62100},
        {u"OMFAM"_s, u"AMO"_s, u"guichet.omfam"_s, u"liquidateur.omfam"_s, 70300},
        {u"OMFAM"_s, u"STU"_s, u"guichet.omfam"_s, u"liquidateur.omfam"_s, 78500},
    };
    for (const Other &other : others) {
        const QList<qint64> families = beneficiariesOf(other.organisation, other.regime);
        if (families.isEmpty())
            continue;
        pipelines.append({demoSession(m_db, other.counter, other.regime),
                          demoSession(m_db, other.liquidator, other.regime),
                          planDossiers(fewQuotas, families, false, other.sequence)});
    }

    // The history, day by day: the counter deposits and enters, the controller reviews, the
    // liquidator liquidates and pays, each through the repository and on that day's clock.
    const Session controller = demoSession(m_db, u"medecin.demo"_s, u"MCM"_s);
    DossierRepository repo(m_db, clock);
    for (int day = 0; day <= HistoryDays; ++day) {
        const QDate date = firstDay.addDays(day);
        QDateTime at(date, QTime(8, 30), Qt::UTC);
        auto tick = [&] {
            at = at.addSecs(60 + rng.bounded(180));
            clock.moveTo(at);
        };
        for (Pipeline &pipeline : pipelines) {
            const Session &counter = pipeline.counter;
            const Session &liquidatorSession = pipeline.liquidator;
            QList<DossierPlan> &plans = pipeline.plans;
            for (DossierPlan &plan : plans) {
                if (plan.depositDay != day)
                    continue;
                tick();
                plan.follow(repo.deposit(counter, {plan.personId, plan.number, plan.care, plan.lateJustification}));
                if (plan.resumeDay >= 0) {
                    tick();
                    plan.follow(repo.markIncomplete(counter, plan.id, plan.version, plan.missing));
                }
            }
            for (DossierPlan &plan : plans) {
                if (plan.id == 0)
                    continue;
                if (plan.resumeDay == day) {
                    tick();
                    plan.follow(repo.resumeEntry(counter, plan.id, plan.version));
                }
                if (plan.linesDay == day) {
                    tick();
                    plan.follow(repo.saveLines(counter, plan.id, plan.version, plan.lines));
                }
                if (plan.incompleteDay == day) {
                    tick();
                    plan.follow(repo.markIncomplete(counter, plan.id, plan.version, plan.missing));
                }
                if (plan.completeDay == day) {
                    tick();
                    plan.follow(repo.completeEntry(counter, plan.id, plan.version));
                    // The random share of control (drawn with this database's own key) picks some
                    // dossiers meant to go straight on: the controller accepts them the same day.
                    if (plan.status == S::Control && plan.target != S::Control && plan.reviewDay < 0)
                        plan.reviewDay = day;
                }
            }
            for (DossierPlan &plan : plans) {
                if (plan.reviewDay != day || plan.status != S::Control)
                    continue;
                tick();
                const Dossier d = repo.load(controller, plan.id);
                QList<LineReview> reviews;
                for (qsizetype i = 0; i < d.lines.size(); ++i) {
                    const DossierLine &line = d.lines.at(i);
                    LineReview review{line.id};
                    if (plan.review == DossierPlan::Review::RejectAll) {
                        review.decision = LineReview::Decision::Rejected;
                        review.reasonCode = plan.kind == DossierPlan::Kind::Deviation ? u"NOT_JUSTIFIED"_s
                                            : plan.kind == DossierPlan::Kind::Ald  ? u"NOT_COVERED"_s
                                                                                   : u"DUPLICATE"_s;
                    } else if (plan.review == DossierPlan::Review::Adjust && i == 0) {
                        review.decision = LineReview::Decision::Adjusted;
                        review.allowedQuantity = line.quantity > 1 ? line.quantity - 1 : line.quantity;
                        review.allowedUnit = line.quantity > 1 ? line.billedUnit : line.billedUnit * 3 / 4;
                        review.reasonCode = line.quantity > 1 ? u"QUANTITY"_s : u"AMOUNT"_s;
                    } else if (plan.review == DossierPlan::Review::RejectOneLine && i == d.lines.size() - 1 && i > 0) {
                        review.decision = LineReview::Decision::Rejected;
                        review.reasonCode = u"NO_PRESCRIPTION"_s;
                    }
                    reviews.append(review);
                }
                tick();
                plan.follow(repo.review(controller, plan.id, d.version, reviews));
            }
            for (DossierPlan &plan : plans) {
                if (plan.liquidateDay != day || plan.status != S::Liquidation)
                    continue;
                tick();
                plan.follow(repo.liquidate(liquidatorSession, plan.id, plan.version));
            }
            // A batch takes every liquidated dossier: none is made when none waits.
            if ((day == FirstBatchDay || day == SecondBatchDay)
                && Sql::scalar(m_db, u"SELECT count(*) FROM dossiers WHERE organisation_id = ? AND regime = ? "
                                     "AND status = 'liquidated' AND batch_id IS NULL"_s,
                               {liquidatorSession.organisation.id,
                                PurposeRules::dossierRegime(liquidatorSession.activePurpose())})
                           .toInt()
                       > 0) {
                tick();
                const qint64 batch = repo.createBatch(liquidatorSession, date.toString(u"yyyy-MM"_s)).id;
                if (day == FirstBatchDay)
                    pipeline.firstBatch = batch;
            } else if (day == FirstBatchPaidDay && pipeline.firstBatch) {
                tick();
                repo.markBatchPaid(liquidatorSession, pipeline.firstBatch);
            }
        }
    }

    // The paper of the paid dossiers of each mutuelle's ambulatory regime, filed in a box of its
    // archives (ARM) on the last day.
    clock.moveTo(QDateTime(today, QTime(14, 0), Qt::UTC));
    int total = 0;
    for (Pipeline &pipeline : pipelines) {
        total += int(pipeline.plans.size());
        if (pipeline.counter.activePurpose() != u"AMO"_s)
            continue;
        const Session archivist = demoSession(m_db, pipeline.counter.login, u"ARM"_s);
        const QString box = u"%1-%2-0001"_s.arg(pipeline.counter.organisation.code).arg(today.year());
        // Paid in a batch: their versions are the database's.
        QSqlQuery paid = Sql::run(m_db, u"SELECT id, version FROM dossiers WHERE organisation_id = ? "
                                        "AND regime = 'AMO' AND status = 'paid' ORDER BY id LIMIT 8"_s,
                                  {pipeline.counter.organisation.id});
        QList<std::pair<qint64, int>> dossiers;
        while (paid.next())
            dossiers.append({paid.value(0).toLongLong(), paid.value(1).toInt()});
        paid.finish();
        int filed = 0;
        for (const auto &[id, version] : std::as_const(dossiers))
            repo.fileInBox(archivist, id, version, box, u"Magasin des archives, travée 2"_s,
                           u"Chemise %1"_s.arg(++filed));
    }
    return total;
}

int DemoSeeder::seedRightsRequests()
{
    // A few requests of MGPAP members for the legal division to follow: one late, one with days
    // left, one waiting for its identity check, and a rectification for a second agent.
    const QDateTime realNow = Clock::system().nowUtc();
    HistoryClock clock(realNow);
    RightsRepository rights(m_db, CalendarRepository(m_db).calendar(), clock);
    const Session legal = demoSession(m_db, u"juriste.demo"_s, u"LEG"_s);
    QStringList members;
    QSqlQuery q = Sql::run(m_db, u"SELECT p.immatriculation FROM persons p JOIN organisations o ON o.id = p.organisation_id "
                                 "WHERE o.code = 'MGPAP' AND p.relation = 'member' AND p.status = 'active' "
                                 "ORDER BY p.id LIMIT 4"_s);
    while (q.next())
        members.append(q.value(0).toString());
    if (members.size() < 4)
        return 0;

    struct Plan
    {
        int daysAgo;
        RightsKind kind;
        ComplaintChannel channel;
        QStringList purposes;
        bool identityChecked;
        QString details;
    };
    const QList<Plan> plans = {
        {45, RightsKind::Access, ComplaintChannel::Post, {u"REG"_s, u"AMO"_s, u"MCM"_s}, true,
         u"Copie de toutes les données me concernant et concernant mes enfants."_s},
        {12, RightsKind::Rectification, ComplaintChannel::Counter, {u"REG"_s}, true,
         u"Mon numéro de téléphone a changé."_s},
        {3, RightsKind::Opposition, ComplaintChannel::Email, {u"REG"_s, u"WEB"_s}, true,
         u"Je ne souhaite plus être suivi en ligne ni recevoir d'offres."_s},
        {0, RightsKind::Deletion, ComplaintChannel::CallCentre, {u"REG"_s}, false, QString()},
    };
    int taken = 0;
    for (const Plan &plan : plans) {
        clock.moveTo(realNow.addDays(-plan.daysAgo));
        NewRightsRequest n;
        n.kind = plan.kind;
        n.channel = plan.channel;
        n.immatriculation = members.at(taken);
        n.purposes = plan.purposes;
        n.details = plan.details;
        n.requesterContact = u"Rabat"_s;
        if (plan.identityChecked)
            n.identity = IdentityCheck::CinShown;
        if (plan.kind == RightsKind::Rectification) {
            n.field = u"phone"_s;
            n.requestedValue = u"0661000000"_s;
            n.evidence = u"Facture de l'opérateur"_s;
        }
        rights.intake(legal, n);
        ++taken;
    }
    return taken;
}

int DemoSeeder::seedComplaints()
{
    // The complaints of the two mutuelles of the demo counters, at every step: taken in by the
    // counter (and the legal division for what it takes from a queue), through the repository,
    // each step on its own day so that the clocks, the timelines and the letters say something.
    const QDateTime realNow = Clock::system().nowUtc();
    HistoryClock clock(realNow);
    const BusinessCalendar calendar = CalendarRepository(m_db).calendar();
    ComplaintRepository complaints(m_db, clock);
    const QDate today = calendar.localDate(realNow);
    // A working day `daysAgo` business days back, at a local time; never past the real now.
    auto when = [&](int daysAgo, QTime time) {
        return std::min(calendar.at(calendar.addBusinessDays(today, -daysAgo), time).toUTC(), realNow.addSecs(-60));
    };
    QHash<QString, qint64> divisions;
    for (const auto &[id, code] : complaints.divisions())
        divisions.insert(code, id);

    struct Step
    {
        enum Kind { Take, Note, InternalNote, Pause, Resume, Answer, Escalate, Close, Reopen };
        int daysAgo;
        QTime time;
        Kind kind;
        QString text;     // or the division's code, to escalate to
        QString agent;    // empty: the mutuelle's counter
    };
    // The requester: the beneficiary of a dossier in that status (linked to the complaint), a
    // member when empty, someone not on file when "-".
    struct Plan
    {
        ComplaintChannel channel;
        QString category;
        QString dossierStatus;
        int daysAgo;
        QTime time;
        QString description;
        QString descriptionAr; // what an OMFAM member wrote, in Arabic
        QList<Step> steps;
    };
    using K = Step::Kind;
    const QList<Plan> plans = {
        // New, taken in this morning: nobody on it yet.
        {ComplaintChannel::Counter, u"REIMB_DELAY"_s, u"liquidation"_s, 0, QTime(9, 40),
         u"Dossier déposé il y a plusieurs semaines et toujours pas remboursé : l'assuré demande où il en est."_s,
         u"أودعت ملفي منذ عدة أسابيع ولم أتوصل بالتعويض بعد، أرجو إفادتي بوضعيته."_s, {}},
        // Late: no first response after nine business days.
        {ComplaintChannel::Post, u"REGISTRATION"_s, QString(), 9, QTime(10, 0),
         u"Ma fille née en mars n'apparaît toujours pas comme ayante droit, malgré l'extrait d'acte de naissance "
         "déposé au guichet."_s,
         QString(),
         {{8, QTime(11, 0), K::InternalNote,
           u"Extrait d'acte de naissance transmis à la DIC, relancée par téléphone."_s, {}}}},
        // Taken by the counter, with an internal note.
        {ComplaintChannel::CallCentre, u"CONTRIBUTION"_s, QString(), 2, QTime(14, 20),
         u"L'assuré conteste les cotisations prélevées pendant ses deux mois de mise en disponibilité."_s,
         u"أعترض على الاشتراكات المقتطعة خلال شهرين من الاستيداع."_s,
         {{1, QTime(9, 10), K::Take, {}, {}},
          {1, QTime(9, 30), K::InternalNote,
           u"Attestation de mise en disponibilité demandée au service du personnel."_s, {}}}},
        // Waiting for the member: the clock is paused.
        {ComplaintChannel::Email, u"REIMB_AMOUNT"_s, u"paid"_s, 4, QTime(11, 0),
         u"Le montant remboursé pour les médicaments est inférieur à ce que j'attendais."_s, QString(),
         {{4, QTime(15, 0), K::Take, {}, {}},
          {3, QTime(10, 0), K::Pause,
           u"Merci de nous transmettre la facture détaillée de la pharmacie et les vignettes des médicaments."_s, {}}}},
        // First response given.
        {ComplaintChannel::Counter, u"MED_CONTROL"_s, u"rejected"_s, 6, QTime(10, 30),
         u"Le contrôle médical a rejeté les soins de mon dossier ; je demande qu'il soit réexaminé."_s,
         u"رفضت المراقبة الطبية العلاجات المضمنة في ملفي، وألتمس إعادة دراسته."_s,
         {{5, QTime(14, 0), K::Answer,
           u"Votre demande de réexamen a été transmise au médecin contrôleur. Vous recevrez sa décision motivée "
           "dans un délai de quinze jours ouvrables."_s, {}}}},
        // Escalated from the production to the medical control, where the legal division takes it.
        {ComplaintChannel::Portal, u"REIMB_AMOUNT"_s, u"control"_s, 3, QTime(16, 0),
         u"Mon dossier est bloqué depuis des semaines et personne ne sait me dire pourquoi."_s, QString(),
         {{2, QTime(10, 0), K::InternalNote,
           u"Le dossier est au contrôle médical : la liquidation attend sa décision."_s, {}},
          {2, QTime(10, 15), K::Escalate, u"DCM"_s, {}},
          {1, QTime(9, 0), K::Take, {}, u"juriste.demo"_s}}},
        // Answered, then closed with its resolution.
        {ComplaintChannel::Counter, u"REIMB_DELAY"_s, u"paid"_s, 15, QTime(9, 15),
         u"Dossier déposé il y a deux mois : l'assurée n'a reçu aucun virement."_s, QString(),
         {{14, QTime(11, 0), K::Answer,
           u"Votre dossier a été liquidé ; son remboursement figure dans le prochain ordre de virement."_s, {}},
          {8, QTime(15, 30), K::Close,
           u"Le remboursement de votre dossier a été viré sur votre compte bancaire. Nous vous remercions de votre "
           "patience."_s, {}}}},
        // Closed, then reopened: the member brought a new paper.
        {ComplaintChannel::Post, u"REIMB_AMOUNT"_s, u"paid"_s, 25, QTime(10, 0),
         u"Je conteste le montant remboursé pour la consultation du spécialiste."_s,
         u"أعترض على المبلغ المعوض عن استشارة الطبيب المختص."_s,
         {{23, QTime(10, 0), K::Answer,
           u"La consultation est remboursée sur la base de la tarification nationale de référence, à 80 %."_s, {}},
          {18, QTime(14, 0), K::Close,
           u"Le montant appliqué est conforme à la tarification nationale de référence : aucun complément "
           "n'est dû."_s, {}},
          {3, QTime(9, 45), K::Reopen,
           u"L'assuré produit une attestation : la consultation était celle d'un professeur agrégé."_s, {}},
          {2, QTime(11, 30), K::Note,
           u"Attestation reçue et transmise pour avis à la division de la production."_s, {}}}},
        // Someone not on file; the clock paused for a day, then resumed.
        {ComplaintChannel::Email, u"OTHER"_s, u"-"_s, 1, QTime(10, 0),
         u"La pharmacie signale des feuilles de soins refusées au guichet pour un cachet jugé illisible."_s, QString(),
         {{1, QTime(11, 0), K::Pause, u"Merci de nous envoyer une copie des feuilles de soins concernées."_s, {}},
          {0, QTime(9, 0), K::Resume, {}, {}}}},
        // The reception, answered and closed within its service level.
        {ComplaintChannel::Counter, u"RECEPTION"_s, QString(), 12, QTime(9, 0),
         u"Plus de deux heures d'attente au guichet, sans ticket ni ordre de passage."_s,
         u"انتظرت أكثر من ساعتين أمام الشباك دون تذكرة أو ترتيب للدور."_s,
         {{12, QTime(11, 0), K::Answer, u"Nous vous présentons nos excuses pour cette attente."_s, {}},
          {11, QTime(10, 0), K::Close,
           u"Un second guichet ouvre désormais les matins de forte affluence, avec des tickets d'ordre de "
           "passage."_s, {}}}},
        // Answered and closed, both past their service levels.
        {ComplaintChannel::Post, u"REGISTRATION"_s, QString(), 30, QTime(10, 0),
         u"Demande de duplicata de la carte d'immatriculation perdue, restée sans suite."_s, QString(),
         {{26, QTime(10, 0), K::Answer, u"Votre demande de duplicata est enregistrée et transmise à la DIC."_s, {}},
          {19, QTime(12, 0), K::Close,
           u"Le duplicata de votre carte est à retirer au guichet de votre mutuelle."_s, {}}}},
    };

    // Who complains, in each mutuelle: distinct persons still covered, found through their dossiers.
    struct Requester
    {
        qint64 personId = 0;
        bool member = false;
        QString dossier;
        QString contact;
    };
    auto requesters = [&](const QString &organisation) {
        QList<Requester> found;
        QSet<qint64> used;
        for (const Plan &plan : plans) {
            Requester r;
            if (plan.dossierStatus == u"-"_s) {
                found.append(r);
                continue;
            }
            QSqlQuery q = plan.dossierStatus.isEmpty()
                              ? Sql::run(m_db, u"SELECT p.id, '', p.member_id, p.phone FROM persons p "
                                               "JOIN organisations o ON o.id = p.organisation_id WHERE o.code = ? "
                                               "AND p.relation = 'member' AND p.status = 'active' AND p.regime = 'AMO' "
                                               "ORDER BY p.id"_s,
                                         {organisation})
                              : Sql::run(m_db, u"SELECT p.id, d.number, p.member_id, COALESCE(p.phone, m.phone) "
                                               "FROM dossiers d JOIN persons p ON p.id = d.person_id "
                                               "JOIN persons m ON m.id = d.member_id "
                                               "JOIN organisations o ON o.id = d.organisation_id WHERE o.code = ? "
                                               "AND d.regime = 'AMO' AND d.status = ? ORDER BY d.id"_s,
                                         {organisation, plan.dossierStatus});
            // Someone who did not complain yet; in a small demo, someone who did.
            while (q.next()) {
                const bool again = used.contains(q.value(0).toLongLong());
                if (again && r.personId != 0)
                    continue;
                r = {q.value(0).toLongLong(), q.value(2).isNull(), q.value(1).toString(), q.value(3).toString()};
                if (!again)
                    break;
            }
            q.finish();
            if (r.personId == 0)
                return QList<Requester>(); // no family in this mutuelle
            used.insert(r.personId);
            found.append(r);
        }
        return found;
    };

    // Every step of every complaint, in the order of time, as the agents did them.
    struct Action
    {
        QDateTime at;
        std::function<void()> run;
    };
    QList<Action> actions;
    QHash<qint64, int> versionOf;
    QList<qint64> ids;
    ids.reserve(2 * plans.size());
    auto follow = [&versionOf](const Complaint &k) { versionOf.insert(k.id, k.version); };
    for (const QString &organisation : {u"MGPAP"_s, u"OMFAM"_s}) {
        const QList<Requester> who = requesters(organisation);
        if (who.size() != plans.size())
            continue;
        const QString counterLogin = organisation == u"MGPAP"_s ? u"guichet.demo"_s : u"guichet.omfam"_s;
        const Session counter = demoSession(m_db, counterLogin, u"CPL"_s);
        for (qsizetype i = 0; i < plans.size(); ++i) {
            const Plan &plan = plans.at(i);
            const Requester requester = who.at(i);
            const qsizetype slot = ids.size();
            ids.append(0);
            const QDateTime received = when(plan.daysAgo, plan.time);
            actions.append({received.addSecs(10 * 60), [&, plan, requester, counter, received, slot, organisation] {
                ComplaintIntake intake;
                intake.channel = plan.channel;
                intake.receivedAt = received;
                intake.categoryCode = plan.category;
                intake.description = organisation == u"OMFAM"_s && !plan.descriptionAr.isEmpty() ? plan.descriptionAr
                                                                                                 : plan.description;
                if (requester.personId == 0) {
                    intake.requester = RequesterKind::Other;
                    intake.requesterName = u"Pharmacie Al Amal — صيدلية الأمل"_s;
                    intake.requesterContact = u"pharmacie.alamal@example.ma"_s;
                } else {
                    intake.requester = requester.member ? RequesterKind::Member : RequesterKind::Beneficiary;
                    intake.personId = requester.personId;
                    intake.requesterContact = requester.contact;
                    if (!requester.dossier.isEmpty())
                        intake.dossierNumbers = {requester.dossier};
                }
                const Complaint k = complaints.intake(counter, intake);
                ids[slot] = k.id;
                follow(k);
            }});
            for (const Step &step : plan.steps) {
                const Session agent = step.agent.isEmpty() ? counter : demoSession(m_db, step.agent, u"CPL"_s);
                actions.append({when(step.daysAgo, step.time), [&, step, agent, slot] {
                    const qint64 id = ids.at(slot);
                    const int version = versionOf.value(id);
                    switch (step.kind) {
                    case K::Take: {
                        // The oldest complaint nobody took in the division: not always this one.
                        const QString division =
                            Sql::scalar(m_db, u"SELECT v.code FROM complaints k "
                                              "JOIN divisions v ON v.id = k.division_id WHERE k.id = ?"_s,
                                        {id})
                                .toString();
                        if (const std::optional<qint64> taken = complaints.takeNext(agent, divisions.value(division)))
                            versionOf[*taken] += 1;
                        break;
                    }
                    case K::Note:
                    case K::InternalNote:
                        follow(complaints.addNote(agent, id, version, step.text, step.kind == K::InternalNote));
                        break;
                    case K::Pause:
                        follow(complaints.pause(agent, id, version, step.text));
                        break;
                    case K::Resume:
                        follow(complaints.resume(agent, id, version));
                        break;
                    case K::Answer:
                        follow(complaints.answer(agent, id, version, step.text));
                        break;
                    case K::Escalate:
                        follow(complaints.escalate(
                            agent, id, version, divisions.value(step.text),
                            u"La décision sur les lignes du dossier revient au contrôle médical."_s));
                        break;
                    case K::Close:
                        follow(complaints.close(agent, id, version, step.text));
                        break;
                    case K::Reopen:
                        follow(complaints.reopen(agent, id, version, step.text));
                        break;
                    }
                }});
            }
        }
    }
    std::stable_sort(actions.begin(), actions.end(), [](const Action &a, const Action &b) { return a.at < b.at; });
    for (const Action &action : std::as_const(actions)) {
        clock.moveTo(action.at);
        action.run();
    }

    // A former member's complaint, closed more than five years ago: the purge anonymises it with him.
    QSqlQuery f = Sql::run(m_db, u"SELECT p.id, p.relation_end, p.phone FROM persons p "
                                 "JOIN organisations o ON o.id = p.organisation_id WHERE o.code = 'MGPAP' "
                                 "AND p.relation = 'member' AND p.status = 'ended' AND p.relation_end < ? "
                                 "ORDER BY p.relation_end DESC, p.id LIMIT 1"_s,
                           {today.addYears(-6).toString(Qt::ISODate)});
    int taken = int(versionOf.size());
    if (f.next()) {
        const qint64 personId = f.value(0).toLongLong();
        const QDate ended = QDate::fromString(f.value(1).toString(), Qt::ISODate);
        const QString phone = f.value(2).toString();
        f.finish();
        const Session counter = demoSession(m_db, u"guichet.demo"_s, u"CPL"_s);
        const QDate received = calendar.addBusinessDays(ended.addMonths(-4), 0);
        clock.moveTo(calendar.at(received, QTime(10, 30)).toUTC());
        ComplaintIntake intake;
        intake.channel = ComplaintChannel::Counter;
        intake.receivedAt = clock.nowUtc().addSecs(-15 * 60);
        intake.personId = personId;
        intake.requesterContact = phone;
        intake.categoryCode = u"CONTRIBUTION"_s;
        intake.description = u"Le membre demande l'attestation de ses cotisations avant son départ à la retraite."_s;
        Complaint k = complaints.intake(counter, intake);
        clock.moveTo(calendar.at(calendar.addBusinessDays(received, 1), QTime(11, 0)).toUTC());
        k = complaints.answer(counter, k.id, k.version, u"Votre attestation est en préparation à la DIC."_s);
        clock.moveTo(calendar.at(calendar.addBusinessDays(received, 4), QTime(15, 0)).toUTC());
        complaints.close(counter, k.id, k.version, u"L'attestation de vos cotisations vous a été remise au guichet."_s);
        ++taken;
    }
    return taken;
}

int DemoSeeder::seedLitigation()
{
    // Three cases of the legal division: one from the reopened complaint, with hearings past
    // (one still without its outcome) and to come (one within its reminder); one of the OMFAM
    // waiting for an expert's report; one closed, its hold lifted. And an audit hold on a former
    // member, whom the purge then leaves alone.
    const QDateTime realNow = Clock::system().nowUtc();
    HistoryClock clock(realNow);
    const BusinessCalendar calendar = CalendarRepository(m_db).calendar();
    LitigationRepository litigation(m_db, clock);
    const Session legal = demoSession(m_db, u"juriste.demo"_s, u"LEG"_s);
    const QDate today = calendar.localDate(realNow);
    auto day = [&](int businessDays) { return calendar.addBusinessDays(today, businessDays); };
    auto past = [&](int businessDaysAgo, QTime time) {
        return std::min(calendar.at(day(-businessDaysAgo), time).toUTC(), realNow.addSecs(-60));
    };
    auto member = [&](const QString &organisation, int skip) {
        return Sql::scalar(m_db, u"SELECT p.immatriculation FROM persons p "
                                 "JOIN organisations o ON o.id = p.organisation_id WHERE o.code = ? "
                                 "AND p.relation = 'member' AND p.status = 'active' AND p.regime = 'AMO' "
                                 "ORDER BY p.id DESC LIMIT 1 OFFSET ?"_s,
                           {organisation, skip})
            .toString();
    };
    auto nameOf = [&](const QString &immatriculation) {
        QSqlQuery q = Sql::run(m_db, u"SELECT first_name, last_name FROM persons WHERE immatriculation = ?"_s,
                               {immatriculation});
        return q.next() ? QString(q.value(0).toString() + u' ' + q.value(1).toString()) : QString();
    };

    struct Hearing
    {
        int businessDays; // from today: negative in the past
        QTime time;
        QString purpose;
        int remindDays;
        QString outcome; // recorded the day after, for a past hearing
    };
    struct Plan
    {
        QString organisation;
        bool fromComplaint;
        int openedDaysAgo;
        QString court;
        int courtNumber;
        QString courtCode;
        QString subject;
        QList<Hearing> hearings;
        int closedDaysAgo; // -1: still open
        QString outcome;
    };
    const QList<Plan> plans = {
        {u"MGPAP"_s, true, 15, u"Tribunal administratif de Rabat"_s, 412, u"7110"_s,
         u"Contestation du montant remboursé d'une consultation de spécialiste, après la réclamation rouverte."_s,
         {{-10, QTime(10, 0), u"Audience de mise en état"_s, 3,
           u"Renvoi : la mutuelle produit le détail de la liquidation et la tarification appliquée."_s},
          {-3, QTime(9, 30), u"Échange des mémoires"_s, 3, QString()},
          {2, QTime(10, 0), u"Plaidoiries"_s, 3, QString()},
          {25, QTime(9, 0), u"Prononcé du jugement"_s, 5, QString()}},
         -1, QString()},
        {u"OMFAM"_s, false, 30, u"Tribunal de première instance de Casablanca"_s, 1587, u"1201"_s,
         u"Refus de prise en charge de prothèses dentaires ; demande de remboursement et de dommages-intérêts."_s,
         {{-12, QTime(10, 0), u"Première audience"_s, 3,
           u"Expertise médicale ordonnée ; l'expert dépose son rapport sous quarante-cinq jours."_s},
          {8, QTime(11, 0), u"Dépôt du rapport d'expertise"_s, 10, QString()}},
         -1, QString()},
        {u"MGPAP"_s, false, 140, u"Tribunal administratif de Rabat"_s, 98, u"7110"_s,
         u"Radiation d'un ayant droit contestée par le membre."_s,
         {{-100, QTime(10, 30), u"Audience"_s, 3, u"Jugement : la demande est rejetée."_s}},
         60, u"Jugement définitif en faveur de la mutuelle : aucun appel formé dans le délai."_s},
    };

    int opened = 0;
    for (const Plan &plan : plans) {
        NewLitigationCase request;
        QString name;
        if (plan.fromComplaint) {
            QSqlQuery k = Sql::run(m_db, u"SELECT k.number, p.first_name || ' ' || p.last_name FROM complaints k "
                                         "JOIN persons p ON p.id = k.person_id "
                                         "JOIN organisations o ON o.id = k.organisation_id WHERE o.code = ? "
                                         "AND k.reopened > 0 AND k.person_id IS NOT NULL ORDER BY k.id LIMIT 1"_s,
                                   {plan.organisation});
            if (k.next()) {
                request.complaintNumber = k.value(0).toString();
                name = k.value(1).toString();
            }
        }
        if (request.complaintNumber.isEmpty()) {
            request.immatriculation = member(plan.organisation, opened);
            if (request.immatriculation.isEmpty())
                continue;
            name = nameOf(request.immatriculation);
        }
        const QDate openedOn = day(-plan.openedDaysAgo);
        request.court = plan.court;
        request.caseNumber = u"%1/%2/%3"_s.arg(plan.courtNumber).arg(plan.courtCode).arg(openedOn.year());
        request.parties = u"%1 c/ %2 et la CNOPS"_s.arg(name, plan.organisation);
        request.subject = plan.subject;
        clock.moveTo(past(plan.openedDaysAgo, QTime(10, 0)));
        LitigationCase c = litigation.open(legal, request);
        clock.moveTo(clock.nowUtc().addSecs(20 * 60));
        for (const Hearing &hearing : plan.hearings)
            c = litigation.addHearing(legal, c.id, c.version, calendar.at(day(hearing.businessDays), hearing.time),
                                      hearing.purpose, hearing.remindDays, calendar);
        for (const Hearing &hearing : plan.hearings) {
            if (hearing.outcome.isEmpty())
                continue;
            const QDateTime at = calendar.at(day(hearing.businessDays), hearing.time);
            const auto h = std::find_if(c.hearings.cbegin(), c.hearings.cend(),
                                        [&](const LitigationHearing &x) { return x.at == at; });
            if (h == c.hearings.cend())
                continue;
            clock.moveTo(past(-hearing.businessDays - 1, QTime(15, 0)));
            c = litigation.recordHearingOutcome(legal, c.id, c.version, h->id, hearing.outcome);
        }
        if (plan.closedDaysAgo >= 0) {
            clock.moveTo(past(plan.closedDaysAgo, QTime(12, 0)));
            litigation.close(legal, c.id, c.version, plan.outcome);
        }
        ++opened;
    }

    // The audit hold, on the MGPAP's former member who left longest ago.
    const QString former =
        Sql::scalar(m_db, u"SELECT p.immatriculation FROM persons p JOIN organisations o ON o.id = p.organisation_id "
                          "WHERE o.code = 'MGPAP' AND p.relation = 'member' AND p.status = 'ended' "
                          "ORDER BY p.relation_end, p.id LIMIT 1"_s)
            .toString();
    if (!former.isEmpty()) {
        clock.moveTo(past(5, QTime(10, 0)));
        litigation.placeAuditHold(demoSession(m_db, u"dpo.demo"_s, u"AUD"_s), former,
                                  u"Contrôle de la CNDP 2026 des traitements AMO : dossiers des anciens membres"_s);
    }
    return opened;
}

} // namespace guichet
