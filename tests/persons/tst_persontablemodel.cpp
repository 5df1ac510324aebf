#include "TestDatabase.h"
#include "data/persons/PersonRepository.h"
#include "data/persons/PersonTableModel.h"
#include "data/common/Sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

// 250 persons in MGPAP and 30 in OMFAM, names from a small list so that sorting has ties.
void seed(TestDatabase &t, const Session &mgpap, const Session &omfam)
{
    const QList<std::pair<QString, QString>> names = {
        {u"Alaoui"_s, u"العلوي"_s}, {u"Bennani"_s, u"بناني"_s}, {u"Chraïbi"_s, u"الشرايبي"_s},
        {u"Aït Ma'ati"_s, u"آيت معطي"_s}, {u"El Idrissi"_s, u"الإدريسي"_s}};
    PersonRepository repository(t.db());
    for (int i = 0; i < 280; ++i) {
        Person p;
        p.lastName = names.at(i % names.size()).first;
        p.lastNameAr = names.at(i % names.size()).second;
        p.firstName = u"Prénom%1"_s.arg(i);
        p.immatriculation = QString::number(500000000 + i);
        p.birthDate = QDate(1950, 1, 1).addDays(i * 37);
        p.sex = i % 2 ? u"F"_s : u"M"_s;
        repository.create(i < 250 ? mgpap : omfam, p);
    }
}

QStringList column(const PersonTableModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(PersonTableModel::RawValueRole).toString();
    return values;
}

void fetchAll(PersonTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

} // namespace

class TestPersonTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    Session m_mgpap;
    Session m_omfam;
    Session m_cnops;

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>(u"person_model"_s);
        m_mgpap = m_db->createAgentSession(u"agent.mgpap"_s, u"MGPAP"_s, u"COUNTER"_s);
        m_omfam = m_db->createAgentSession(u"agent.omfam"_s, u"OMFAM"_s, u"COUNTER"_s);
        m_cnops = m_db->createAgentSession(u"agent.cnops"_s, u"CNOPS"_s, u"LEGAL"_s);
        seed(*m_db, m_mgpap, m_omfam);
    }

    void cleanupTestCase() { m_db.reset(); }

    void pagesThroughEveryRowOnceInOrder()
    {
        PersonTableModel model(m_db->db(), m_mgpap);
        QCOMPARE(model.rowCount(), PersonTableModel::PageSize); // the first page only
        QVERIFY(model.canFetchMore({}));
        // The tester fetches more itself, as views do when they scroll.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 250);
        QCOMPARE(model.roundTrips(), 3); // 100 + 100 + 50: one query a page
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(PersonTableModel::PersonIdRole).toString();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 250);
        const QStringList names = column(model, PersonTableModel::LastName);
        QCOMPARE(names.first(), u"Aït Ma'ati"_s);
        QCOMPARE(names.last(), u"El Idrissi"_s);
    }

    void sortsInSqlBothWays()
    {
        PersonTableModel model(m_db->db(), m_mgpap);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.sort(PersonTableModel::BirthDate, Qt::DescendingOrder);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 250);
        const QStringList births = column(model, PersonTableModel::BirthDate);
        QStringList sorted = births;
        std::sort(sorted.begin(), sorted.end(), std::greater<>());
        QCOMPARE(births, sorted);

        model.sort(PersonTableModel::Immatriculation, Qt::AscendingOrder);
        fetchAll(model);
        const QStringList numbers = column(model, PersonTableModel::Immatriculation);
        QCOMPARE(numbers.first(), u"500000000"_s);
        QCOMPARE(numbers.last(), u"500000249"_s);

        model.sort(PersonTableModel::Relation, Qt::AscendingOrder); // not sortable on an index: ignored
        QCOMPARE(model.sortColumn(), int(PersonTableModel::Immatriculation));
    }

    void filtersIgnoringCaseAccentsAndArabicVariants_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("expected");
        QTest::newRow("latin, no accent") << u"chraibi"_s << 50;
        QTest::newRow("upper case") << u"BENNANI"_s << 50;
        QTest::newRow("apostrophe dropped") << u"ait maati"_s << 50;
        QTest::newRow("apostrophe typed") << u"Aït Ma'ati"_s << 50;
        QTest::newRow("arabic without hamza") << u"الادريسي"_s << 50;
        QTest::newRow("immatriculation prefix") << u"50000024"_s << 10;
        QTest::newRow("like wildcard is literal") << u"%"_s << 0;
        QTest::newRow("underscore is literal") << u"_"_s << 0;
        QTest::newRow("sql fragment") << u"' OR 1=1 --"_s << 0;
        QTest::newRow("huge") << QString(10000, u'z') << 0;
        QTest::newRow("other mutuelle's names") << u"Prénom260"_s << 0;
    }

    void filtersIgnoringCaseAccentsAndArabicVariants()
    {
        QFETCH(QString, filter);
        QFETCH(int, expected);
        PersonTableModel model(m_db->db(), m_mgpap);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &PersonTableModel::errorOccurred);
        model.setFilterText(filter);
        fetchAll(model);
        QCOMPARE(model.rowCount(), expected);
        QCOMPARE(errors.count(), 0);
    }

    void organisationBoundsTheList()
    {
        PersonTableModel omfam(m_db->db(), m_omfam);
        fetchAll(omfam);
        QCOMPARE(omfam.rowCount(), 30);
        for (int row = 0; row < omfam.rowCount(); ++row)
            QCOMPARE(omfam.index(row, PersonTableModel::OrganisationCode).data().toString(), u"OMFAM"_s);
        PersonTableModel cnops(m_db->db(), m_cnops);
        fetchAll(cnops);
        QCOMPARE(cnops.rowCount(), 280);
    }

    void refreshesWhenAnotherAgentChangesThePersons()
    {
        if (!TestDatabase::isPostgres())
            QSKIP("the embedded database has one workstation: nobody else changes it");
        PersonTableModel model(m_db->db(), m_omfam);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.watchChanges());
        fetchAll(model);
        QCOMPARE(model.rowCount(), 30);

        // Another workstation registers a member of OMFAM, then one of MGPAP.
        QSqlDatabase other = m_db->openSecondConnection(u"other-workstation"_s);
        PersonRepository repository(other);
        Person p;
        p.lastName = u"Zniber"_s;
        p.firstName = u"Hind"_s;
        p.immatriculation = u"590000001"_s;
        p.birthDate = QDate(1990, 9, 9);
        p.sex = u"F"_s;
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        repository.create(m_omfam, p);
        QTRY_COMPARE(resets.count(), 1);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 31);

        p.immatriculation = u"590000002"_s;
        repository.create(m_mgpap, p);
        QTest::qWait(600); // longer than the reload delay: MGPAP's change is not OMFAM's business
        QCOMPARE(resets.count(), 1);
    }

    void stoppedDatabaseIsReportedNotFatal()
    {
        QSqlDatabase second = m_db->openSecondConnection(u"closing"_s);
        PersonTableModel model(second, m_mgpap);
        QCOMPARE(model.rowCount(), PersonTableModel::PageSize);
        QSignalSpy errors(&model, &PersonTableModel::errorOccurred);
        second.close();
        model.fetchMore({});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(model.rowCount(), PersonTableModel::PageSize); // what was shown stays
        QVERIFY(!model.canFetchMore({}));
    }
};

QTEST_GUILESS_MAIN(TestPersonTableModel)
#include "tst_persontablemodel.moc"
