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
        QTest::newRow("mixed separators") << u"1.234.5"_s << qint64(-1);
        QTest::newRow("comma then three digits (a decimal in C? no: groups)") << u"1,234"_s << qint64(123400);
        QTest::newRow("groups in C") << u"1,234,567.89"_s << qint64(123456789);
        QTest::newRow("group of two") << u"1,23,456"_s << qint64(-1);
        QTest::newRow("currency after") << u"150.00 DH"_s << qint64(15000);
        QTest::newRow("currency before") << u"MAD 150"_s << qint64(15000);
        QTest::newRow("currency alone") << u"DH"_s << qint64(-1);
        QTest::newRow("currency inside") << u"1DH5"_s << qint64(-1);
        QTest::newRow("leading separator") << u",5"_s << qint64(-1);
        QTest::newRow("trailing separator") << u"12,"_s << qint64(-1);
        QTest::newRow("isolated as in a sentence") << u"\u2068150.00 DH\u2069"_s << qint64(15000);
        QTest::newRow("letters") << u"12a"_s << qint64(-1);
        QTest::newRow("sql") << u"1; DROP TABLE persons"_s << qint64(-1);
        QTest::newRow("huge") << u"99999999999"_s << qint64(-1);
        QTest::newRow("zero") << u"0"_s << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, typed);
        QFETCH(qint64, expected);
        QCOMPARE(Money::parse(typed, QLocale::c()).value_or(-1), expected);
    }

    // What an agent types, read in the locale the screen runs in.
    void parseInLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("expected"); // -1: refused
        const QLocale frMA(QLocale::French, QLocale::Morocco);
        const QLocale frFR(QLocale::French, QLocale::France);
        const QLocale arMA(QLocale::Arabic, QLocale::Morocco);
        const QLocale arEG(QLocale::Arabic, QLocale::Egypt);
        const QLocale enGB(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("fr_MA shown") << frMA << u"60.438,67 DH"_s << qint64(6043867);
        QTest::newRow("fr_MA groups") << frMA << u"1.234.567"_s << qint64(123456700);
        QTest::newRow("fr_MA point typed as decimal") << frMA << u"12.5"_s << qint64(1250);
        QTest::newRow("fr_MA three decimals") << frMA << u"1,234"_s << qint64(-1);
        QTest::newRow("fr_MA point then three digits is a group") << frMA << u"1.234"_s << qint64(123400);
        QTest::newRow("fr_MA English notation") << frMA << u"60,438.67"_s << qint64(-1);
        QTest::newRow("fr_FR narrow space") << frFR << u"60\u202F438,67\u00A0DH"_s << qint64(6043867);
        QTest::newRow("fr_FR point decimal") << frFR << u"8500.05"_s << qint64(850005);
        QTest::newRow("fr_FR point then three digits") << frFR << u"1.234"_s << qint64(-1);
        QTest::newRow("en_GB shown") << enGB << u"60,438.67 DH"_s << qint64(6043867);
        QTest::newRow("en_GB French notation") << enGB << u"60.438,67"_s << qint64(-1);
        QTest::newRow("ar_MA Arabic currency") << arMA << u"60.438,67 درهم"_s << qint64(6043867);
        QTest::newRow("ar_MA currency first") << arMA << u"د.م. 150,00"_s << qint64(15000);
        QTest::newRow("ar_MA negative with its mark") << arMA << u"\u200E-5,00"_s << qint64(-1);
        QTest::newRow("ar_EG Arabic separators") << arEG << u"\u0666\u0660\u066C\u0664\u0663\u0668\u066B\u0666\u0667"_s
                                                 << qint64(6043867);
    }

    void parseInLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, typed);
        QFETCH(qint64, expected);
        QCOMPARE(Money::parse(typed, locale).value_or(-1), expected);
    }

    // An amount Guichet shows is read back by Guichet, in every locale it runs in.
    void whatIsShownIsReadBack_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("fr_MA") << QLocale(QLocale::French, QLocale::Morocco);
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("ar_MA") << QLocale(QLocale::Arabic, QLocale::Morocco);
        QTest::newRow("ar_EG (Arabic-Indic digits)") << QLocale(QLocale::Arabic, QLocale::Egypt);
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("C") << QLocale::c();
    }

    void whatIsShownIsReadBack()
    {
        QFETCH(QLocale, locale);
        QLocale::setDefault(locale);
        const qint64 amounts[] = {0, 5, 99, 100, 15000, 99999, 100000, 123456, 6043867, 99999999, 100000000,
                                  99999999999};
        for (const qint64 amount : amounts) {
            const QString shown = Money::format(amount);
            QCOMPARE(Money::parse(shown).value_or(-1), amount);
            QCOMPARE(Money::parse(u"\u2068"_s + shown + u"\u2069"_s).value_or(-1), amount);
        }
        QLocale::setDefault(QLocale::c());
    }

    // Data files are read as written: no groups, no currency, at most two decimals.
    void parseData_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("point") << u"32.7"_s << qint64(3270);
        QTest::newRow("comma") << u"1,10"_s << qint64(110);
        QTest::newRow("units") << u"150"_s << qint64(15000);
        QTest::newRow("groups") << u"1.234,50"_s << qint64(-1);
        QTest::newRow("three decimals") << u"1.234"_s << qint64(-1);
        QTest::newRow("currency") << u"150 DH"_s << qint64(-1);
        QTest::newRow("arabic-indic digits") << u"\u0664\u0660"_s << qint64(-1);
        QTest::newRow("negative") << u"-5"_s << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
    }

    void parseData()
    {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        QCOMPARE(Money::parseData(text).value_or(-1), expected);
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
