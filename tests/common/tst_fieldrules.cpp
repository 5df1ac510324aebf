#include "core/FieldRules.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestFieldRules : public QObject
{
    Q_OBJECT

private slots:
    void phone_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("stored");
        QTest::newRow("mobile") << u"06 12 34 56 78"_s << true << u"0612345678"_s;
        QTest::newRow("international") << u"+212 612-345-678"_s << true << u"0612345678"_s;
        QTest::newRow("00212") << u"00212537000000"_s << true << u"0537000000"_s;
        QTest::newRow("arabic-indic") << u"\u0660\u0666\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"_s << true
                                      << u"0612345678"_s;
        QTest::newRow("empty is allowed") << QString() << true << QString();
        QTest::newRow("too short") << u"06123"_s << false << u"06123"_s;
        QTest::newRow("letters") << u"06-CALL-ME"_s << false << u"06-CALL-ME"_s;
        QTest::newRow("foreign") << u"+33612345678"_s << false << u"+33612345678"_s;
    }

    void phone()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(QString, stored);
        QCOMPARE(FieldRules::checkPhone(typed).isEmpty(), valid);
        QCOMPARE(FieldRules::normalizedPhone(typed), stored);
    }

    void email_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"a.benani@mgpap.ma"_s << true;
        QTest::newRow("empty is allowed") << QString() << true;
        QTest::newRow("no domain") << u"a.benani@"_s << false;
        QTest::newRow("no at") << u"benani.ma"_s << false;
        QTest::newRow("space") << u"a benani@x.ma"_s << false;
        QTest::newRow("huge") << QString(300, u'a') + u"@x.ma"_s << false;
    }

    void email()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QCOMPARE(FieldRules::checkEmail(typed).isEmpty(), valid);
    }

    void cin_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::newRow("two letters") << u"AB123456"_s << true;
        QTest::newRow("one letter") << u"K12345"_s << true;
        QTest::newRow("empty is allowed") << QString() << true;
        QTest::newRow("lower case is not stored") << u"ab123456"_s << false;
        QTest::newRow("three letters") << u"ABC12345"_s << false;
        QTest::newRow("seven digits") << u"A1234567"_s << false;
        QTest::newRow("digits only") << u"123456"_s << false;
        QTest::newRow("sql") << u"A1' OR '1'='1"_s << false;
    }

    void cin()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QCOMPARE(FieldRules::checkCin(typed).isEmpty(), valid);
    }

    void addressRefusesControlCharactersAndLength()
    {
        QVERIFY(FieldRules::checkAddress(u"12, rue d'Agadir\nRabat"_s).isEmpty());
        QVERIFY(FieldRules::checkAddress(u"٣ شارع محمد الخامس، الرباط"_s).isEmpty());
        QVERIFY(!FieldRules::checkAddress(u"rue\u0007"_s).isEmpty());
        QVERIFY(!FieldRules::checkAddress(QString(FieldRules::MaxAddressLength + 1, u'x')).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
