#include "data/DemoSeeder.h"

#include "core/Contributions.h"
#include "core/Rib.h"
#include "data/ActImporter.h"
#include "data/AgentRepository.h"
#include "data/CalendarRepository.h"
#include "data/DossierRepository.h"
#include "data/MedicineImporter.h"
#include "data/ReferenceRepository.h"
#include "data/RightsRepository.h"

#include "core/Clock.h"
#include "core/TextNormalizer.h"
#include "data/AuditLog.h"
#include "data/DatabaseError.h"
#include "data/Sql.h"
#include "data/Transaction.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSysInfo>

#include <algorithm>
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

    // The MGPAP families of the AMO regime (the students' regime is STU).
    QList<qint64> beneficiaries;
    QSqlQuery p = Sql::run(m_db, u"SELECT p.id FROM persons p JOIN organisations o ON o.id = p.organisation_id "
                                 "WHERE o.code = 'MGPAP' AND p.regime = 'AMO' ORDER BY p.id"_s);
    while (p.next())
        beneficiaries.append(p.value(0).toLongLong());
    p.finish();
    if (beneficiaries.isEmpty())
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
    const Quota quotas[] = {
        {S::Paid, 70, 0, 48, 6, 0, 0},         {S::Batched, 45, 38, 80, 4, 0, 0},
        {S::Liquidated, 30, 40, 86, 3, 0, 0},  {S::Liquidation, 35, 5, 89, 4, 0, 0},
        {S::Control, 35, 20, 89, 15, 8, 12},   {S::Rejected, 15, 10, 88, 3, 4, 8},
        {S::Incomplete, 25, 10, 90, 0, 0, 0},  {S::Entry, 45, 15, 90, 0, 0, 0},
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

    QList<DossierPlan> plans;
    for (const Quota &quota : quotas) {
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
            if (rng.bounded(35) == 0 && plan.kind == DossierPlan::Kind::Plain) {
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
    int sequence = 48210;
    for (qsizetype index : std::as_const(order)) {
        DossierPlan &plan = plans[index];
        sequence += 1 + rng.bounded(40);
        plan.number = u"%1-%2"_s.arg(firstDay.addDays(plan.depositDay).year()).arg(sequence, 7, 10, QChar(u'0'));
    }
    for (auto it = originalOf.cbegin(); it != originalOf.cend(); ++it) {
        if (plans.at(it.key()).kind == DossierPlan::Kind::SameNumber)
            plans[it.key()].number = plans.at(it.value()).number;
    }

    // The history, day by day: the counter deposits and enters, the controller reviews, the
    // liquidator liquidates and pays, each through the repository and on that day's clock.
    const Session counter = demoSession(m_db, u"guichet.demo"_s, u"AMO"_s);
    const Session liquidatorSession = demoSession(m_db, u"liquidateur.demo"_s, u"AMO"_s);
    const Session controller = demoSession(m_db, u"medecin.demo"_s, u"MCM"_s);
    DossierRepository repo(m_db, clock);
    qint64 firstBatch = 0;
    for (int day = 0; day <= HistoryDays; ++day) {
        const QDate date = firstDay.addDays(day);
        QDateTime at(date, QTime(8, 30), Qt::UTC);
        auto tick = [&] {
            at = at.addSecs(60 + rng.bounded(180));
            clock.moveTo(at);
        };
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
        if (day == FirstBatchDay || day == SecondBatchDay) {
            tick();
            const qint64 batch = repo.createBatch(liquidatorSession, date.toString(u"yyyy-MM"_s)).id;
            if (day == FirstBatchDay)
                firstBatch = batch;
        } else if (day == FirstBatchPaidDay && firstBatch) {
            tick();
            repo.markBatchPaid(liquidatorSession, firstBatch);
        }
    }
    return int(plans.size());
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
                                 "WHERE o.code = 'MGPAP' AND p.relation = 'member' ORDER BY p.id LIMIT 4"_s);
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

} // namespace guichet
