#include "core/ControlSelection.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

using Kind = ControlRule::Kind;

namespace {

const QByteArray key = QByteArrayLiteral("a secret key of the tests, 32 B!");

// Usual unit amounts: a consultation 150 DH, a medicine 32.70 DH, a free act; anything else has none.
std::optional<Centimes> usual(const QString &code)
{
    if (code == u"C")
        return 15000;
    if (code == u"MED")
        return 3270;
    if (code == u"FREE")
        return 0;
    return std::nullopt;
}

QList<ControlLine> oneLine(const QString &code, const QString &category, int quantity, Centimes unit)
{
    return {{code, category, quantity, unit}};
}

// What share of `count` generated dossier numbers a keyed random rule selects.
QSet<QString> drawnAmong(const QByteArray &k, int count, qint64 share)
{
    const ControlSelector selector({{u"RANDOM"_s, Kind::RandomShare, share, {}}}, k);
    QSet<QString> drawn;
    for (int i = 0; i < count; ++i) {
        const QString number = u"2026-%1"_s.arg(i, 7, 10, QChar(u'0'));
        if (selector.select({number, {}}, usual).selected())
            drawn.insert(number);
    }
    return drawn;
}

} // namespace

class TestControlSelection : public QObject
{
    Q_OBJECT

private slots:
    void oneRule_data()
    {
        QTest::addColumn<ControlRule>("rule");
        QTest::addColumn<QList<ControlLine>>("lines");
        QTest::addColumn<bool>("selected");

        const ControlRule threshold{u"THRESHOLD"_s, Kind::AmountAbove, 500000, {}}; // 5,000 DH
        QTest::newRow("amount: exactly at the threshold") << threshold << oneLine(u"C"_s, u"c"_s, 1, 500000) << false;
        QTest::newRow("amount: one centime above") << threshold << oneLine(u"C"_s, u"c"_s, 1, 500001) << true;
        QTest::newRow("amount: below") << threshold << oneLine(u"C"_s, u"c"_s, 1, 15000) << false;
        QTest::newRow("amount: quantity counts") << threshold << oneLine(u"MED"_s, u"m"_s, 2, 250001) << true;
        QTest::newRow("amount: sum of lines at the threshold")
            << threshold << QList<ControlLine>{{u"C"_s, u"c"_s, 2, 200000}, {u"MED"_s, u"m"_s, 4, 25000}} << false;
        QTest::newRow("amount: sum of lines above")
            << threshold << QList<ControlLine>{{u"C"_s, u"c"_s, 2, 200000}, {u"MED"_s, u"m"_s, 4, 25001}} << true;
        QTest::newRow("amount: overflow does not wrap round")
            << threshold << QList<ControlLine>{{u"C"_s, u"c"_s, 999, std::numeric_limits<Centimes>::max() / 2}} << true;
        QTest::newRow("amount: no lines") << threshold << QList<ControlLine>{} << false;

        const ControlRule deviation{u"DEVIATION"_s, Kind::DeviationFromUsual, 5000, {}}; // above 150 %
        QTest::newRow("deviation: exactly 150 %") << deviation << oneLine(u"C"_s, u"c"_s, 1, 22500) << false;
        QTest::newRow("deviation: one centime above") << deviation << oneLine(u"C"_s, u"c"_s, 1, 22501) << true;
        // 150 % of 32.70 DH is 49.05 DH exactly.
        QTest::newRow("deviation: medicine at 150 %") << deviation << oneLine(u"MED"_s, u"m"_s, 1, 4905) << false;
        QTest::newRow("deviation: medicine above") << deviation << oneLine(u"MED"_s, u"m"_s, 1, 4906) << true;
        QTest::newRow("deviation: the unit, not the quantity") << deviation << oneLine(u"C"_s, u"c"_s, 9, 15000) << false;
        QTest::newRow("deviation: no usual amount") << deviation << oneLine(u"X"_s, u"c"_s, 1, 99999999) << false;
        QTest::newRow("deviation: usual amount of zero") << deviation << oneLine(u"FREE"_s, u"c"_s, 1, 1) << true;
        QTest::newRow("deviation: one line of several")
            << deviation << QList<ControlLine>{{u"X"_s, u"c"_s, 1, 1}, {u"C"_s, u"c"_s, 1, 30000}} << true;
        QTest::newRow("deviation: huge parameter does not overflow")
            << ControlRule{u"D"_s, Kind::DeviationFromUsual, std::numeric_limits<qint64>::max(), {}}
            << oneLine(u"C"_s, u"c"_s, 1, std::numeric_limits<Centimes>::max()) << false;
        // 1 basis point above 150 DH is 150.015 DH: 150.01 is not above it, 150.02 is.
        QTest::newRow("deviation: fraction of a centime, below")
            << ControlRule{u"D"_s, Kind::DeviationFromUsual, 1, {}} << oneLine(u"C"_s, u"c"_s, 1, 15001) << false;
        QTest::newRow("deviation: fraction of a centime, above")
            << ControlRule{u"D"_s, Kind::DeviationFromUsual, 1, {}} << oneLine(u"C"_s, u"c"_s, 1, 15002) << true;

        const ControlRule ald{u"ALD"_s, Kind::AlwaysCategory, 0, u"ald"_s};
        QTest::newRow("category: present") << ald << QList<ControlLine>{{u"C"_s, u"c"_s, 1, 1}, {u"C"_s, u"ald"_s, 1, 1}} << true;
        QTest::newRow("category: absent") << ald << oneLine(u"C"_s, u"consultation"_s, 1, 15000) << false;
        QTest::newRow("category: exact match only") << ald << oneLine(u"C"_s, u"ALD"_s, 1, 15000) << false;

        QTest::newRow("random: 0 % never") << ControlRule{u"R"_s, Kind::RandomShare, 0, {}} << QList<ControlLine>{} << false;
        QTest::newRow("random: 100 % always") << ControlRule{u"R"_s, Kind::RandomShare, 10000, {}} << QList<ControlLine>{} << true;
    }

    void oneRule()
    {
        QFETCH(ControlRule, rule);
        QFETCH(QList<ControlLine>, lines);
        QFETCH(bool, selected);
        const ControlVerdict verdict = ControlSelector({rule}, key).select({u"2026-0000001"_s, lines}, usual);
        QCOMPARE(verdict.selected(), selected);
        QCOMPARE(verdict.ruleCodes, selected ? QStringList{rule.code} : QStringList{});
    }

    void everyMatchingRuleInOrder()
    {
        const ControlSelector selector({{u"ALD"_s, Kind::AlwaysCategory, 0, u"ald"_s},
                                        {u"PROTH"_s, Kind::AlwaysCategory, 0, u"dental"_s},
                                        {u"THRESHOLD"_s, Kind::AmountAbove, 100000, {}},
                                        {u"DEVIATION"_s, Kind::DeviationFromUsual, 5000, {}},
                                        {u"ALWAYS"_s, Kind::RandomShare, 10000, {}}},
                                       key);
        const ControlCandidate dossier{u"2026-0000042"_s, {{u"C"_s, u"ald"_s, 1, 30000}, {u"MED"_s, u"m"_s, 30, 3270}}};
        QCOMPARE(selector.select(dossier, usual).ruleCodes, (QStringList{u"ALD"_s, u"THRESHOLD"_s, u"DEVIATION"_s, u"ALWAYS"_s}));
    }

    void noRulesSelectsNothing()
    {
        const ControlCandidate dossier{u"2026-0000042"_s, {{u"C"_s, u"ald"_s, 99, 9999999}}};
        QVERIFY(!ControlSelector({}, key).select(dossier, usual).selected());
        QVERIFY(!ControlSelector({}, key).select(dossier, {}).selected()); // no usual amounts at all
    }

    void randomShareIsKeyedAndReproducible()
    {
        constexpr int count = 20000;
        const QSet<QString> drawn = drawnAmong(key, count, 500);
        // 5 % of 20,000 is 1,000 with a standard deviation of about 31: 800 to 1,200 is over 6 sigma.
        QVERIFY2(drawn.size() >= count * 4 / 100 && drawn.size() <= count * 6 / 100, qPrintable(QString::number(drawn.size())));
        QCOMPARE(drawnAmong(key, count, 500), drawn); // the same key draws the same dossiers

        const QSet<QString> other = drawnAmong(QByteArrayLiteral("another key"), count, 500);
        QVERIFY(other.size() >= count * 4 / 100 && other.size() <= count * 6 / 100);
        QVERIFY(other != drawn);
        // Independent draws: they share about 5 % of their dossiers, not most of them.
        QVERIFY2((drawn & other).size() < drawn.size() / 4, qPrintable(QString::number((drawn & other).size())));

        // A larger share draws a superset: raising the share never releases a dossier.
        const QSet<QString> ten = drawnAmong(key, count, 1000);
        QVERIFY(ten.contains(drawn));
    }
};

QTEST_GUILESS_MAIN(TestControlSelection)
#include "tst_controlselection.moc"
