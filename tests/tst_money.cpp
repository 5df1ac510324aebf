#include "core/Money.h"

#include <QLocale>
#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void applyRate_data()
    {
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("5 % of 10,000.00") << qint64(1000000) << 500 << qint64(50000);
        QTest::newRow("half up") << qint64(10) << 500 << qint64(1);    // 0.5 centime → 1
        QTest::newRow("below half") << qint64(9) << 500 << qint64(0);  // 0.45 → 0
        QTest::newRow("half of odd") << qint64(7001) << 5000 << qint64(3501);
        QTest::newRow("negative half away") << qint64(-10) << 500 << qint64(-1);
        QTest::newRow("zero") << qint64(0) << 250 << qint64(0);
        QTest::newRow("large") << qint64(100000000000000) << 10000 << qint64(100000000000000);
    }

    void applyRate()
    {
        QFETCH(qint64, amount);
        QFETCH(int, basisPoints);
        QFETCH(qint64, expected);
        QCOMPARE(Money::applyRate(amount, basisPoints), expected);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("expected"); // -1: refused
        QTest::newRow("units") << u"400"_s << qint64(40000);
        QTest::newRow("comma") << u"8500,5"_s << qint64(850050);
        QTest::newRow("point") << u"8500.05"_s << qint64(850005);
        QTest::newRow("groups") << u"1 234,50"_s << qint64(123450);
        QTest::newRow("arabic-indic digits") << u"\u0664\u0660\u0660"_s << qint64(40000);
        QTest::newRow("three decimals") << u"1,234"_s.append(u'5') << qint64(-1);
        QTest::newRow("negative") << u"-5"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("two separators") << u"1.234,50"_s << qint64(-1);
        QTest::newRow("letters") << u"12a"_s << qint64(-1);
        QTest::newRow("sql") << u"1; DROP TABLE persons"_s << qint64(-1);
        QTest::newRow("huge") << u"99999999999"_s << qint64(-1);
        QTest::newRow("zero") << u"0"_s << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, expected);
        QCOMPARE(Money::parse(typed).value_or(-1), expected);
    }

    void formatIsExactInIntegers()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Morocco));
        QString text = Money::format(123456789012345);
        QVERIFY2(text.endsWith(u",45 DH"_s), qPrintable(text));
        QVERIFY2(QString(text).remove(QLocale().groupSeparator()).startsWith(u"1234567890123"_s), qPrintable(text));
        QCOMPARE(Money::format(-5), QLocale().negativeSign() + u"0,05 DH"_s);
        QLocale::setDefault(QLocale::c());
    }

    // The grouping done by hand is the locale's own, in every language of the application.
    void formatGroupsAsTheLocaleDoes_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("fr_MA") << QLocale(QLocale::French, QLocale::Morocco);
        QTest::newRow("ar_MA") << QLocale(QLocale::Arabic, QLocale::Morocco);
        QTest::newRow("ar_EG (Arabic-Indic digits)") << QLocale(QLocale::Arabic, QLocale::Egypt);
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("C") << QLocale::c();
    }

    void formatGroupsAsTheLocaleDoes()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        const qint64 amounts[] = {0, 5, 99, 100, 99999, 100000, 123456, 99999999, 100000000, 123456789012,
                                  -1, -100000, 999999999999999};
        for (const qint64 amount : amounts) {
            const qint64 magnitude = amount < 0 ? -amount : amount;
            const QString expected = (amount < 0 ? locale.negativeSign() : QString())
                                     + locale.toString(qlonglong(magnitude / 100)) + locale.decimalPoint()
                                     + u"%1"_s.arg(int(magnitude % 100), 2, 10, QLatin1Char('0')) + u" DH"_s;
            QCOMPARE(Money::format(amount), expected);
        }
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
