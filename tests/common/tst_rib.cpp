#include "core/Rib.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestRib : public QObject
{
    Q_OBJECT

private slots:
    void keyMakesTheNumberDivisibleBy97()
    {
        const QString first22 = u"0117800000123456789012"_s;
        const int key = Rib::key(first22);
        QVERIFY(key >= 1 && key <= 97);
        const QString rib = first22 + u"%1"_s.arg(key, 2, 10, QChar(u'0'));
        QCOMPARE(Rib::problem(rib), QString());
        QCOMPARE(Rib::problem(u"011 780 0000123456789012 "_s + rib.right(2)), QString()); // grouped as typed
        QString arabic;
        for (const QChar c : rib)
            arabic.append(QChar(0x0660 + c.digitValue())); // ٠١٢…
        QCOMPARE(Rib::normalized(arabic), rib);
        QCOMPARE(Rib::problem(arabic), QString());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("rib");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << u"01178000001234567890ABCD"_s;
        QTest::newRow("too short") << u"0117800000123456789"_s;
        QTest::newRow("25 digits") << u"0117800000123456789012345"_s;
        QTest::newRow("arabic-indic digits, wrong key") << u"٠١١٧٨٠٠٠٠٠١٢٣٤٥٦٧٨٩٠١٢٠٠"_s;
        QTest::newRow("sql") << u"0' OR '1'='1"_s;
    }

    void refusals()
    {
        QFETCH(QString, rib);
        QVERIFY(!Rib::problem(rib).isEmpty());
    }

    void aWrongDigitIsCaught()
    {
        const QString first22 = u"0117800000123456789012"_s;
        QString rib = first22 + u"%1"_s.arg(Rib::key(first22), 2, 10, QChar(u'0'));
        for (int i = 0; i < 22; ++i) {
            QString typo = rib;
            typo[i] = QChar(u'0' + (typo.at(i).digitValue() + 1) % 10);
            QVERIFY2(!Rib::problem(typo).isEmpty(), qPrintable(typo));
        }
    }
};

QTEST_GUILESS_MAIN(TestRib)
#include "tst_rib.moc"
