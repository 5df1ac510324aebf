#include "core/GuichetLink.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestGuichetLink : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("member");
        QTest::addColumn<QString>("key");
        QTest::newRow("member") << u"guichet://member/123456789"_s << true << true << u"123456789"_s;
        QTest::newRow("beneficiary rank") << u"guichet://member/123456789-02"_s << true << true << u"123456789-02"_s;
        QTest::newRow("dossier") << u"guichet://dossier/AMO2026000123"_s << true << false << u"AMO2026000123"_s;
        QTest::newRow("dossier number with slashes") << u"guichet://dossier/AMO%2F2026%2F12"_s << true << false
                                                     << u"AMO/2026/12"_s;
        QTest::newRow("encoded slash first") << u"guichet://dossier/%2F12"_s << false << false << QString();
        QTest::newRow("encoded quote") << u"guichet://dossier/1%27"_s << false << false << QString();
        QTest::newRow("trailing slash") << u"guichet://dossier/42/"_s << true << false << u"42"_s;
        QTest::newRow("spaces around") << u"  guichet://member/1234567 "_s << true << true << u"1234567"_s;
        QTest::newRow("other scheme") << u"https://member/1"_s << false << false << QString();
        QTest::newRow("unknown kind") << u"guichet://agent/1"_s << false << false << QString();
        QTest::newRow("no key") << u"guichet://member/"_s << false << false << QString();
        QTest::newRow("two segments") << u"guichet://member/1/2"_s << false << false << QString();
        QTest::newRow("query") << u"guichet://member/1?delete=1"_s << false << false << QString();
        QTest::newRow("sql") << u"guichet://member/1'%20OR%201=1"_s << false << false << QString();
        QTest::newRow("user info") << u"guichet://x@member/1"_s << false << false << QString();
        QTest::newRow("too long key") << u"guichet://member/"_s + QString(41, u'1') << false << false << QString();
        QTest::newRow("huge") << u"guichet://member/"_s + QString(5000, u'1') << false << false << QString();
        QTest::newRow("arabic") << u"guichet://member/١٢٣"_s << false << false << QString();
        QTest::newRow("empty") << QString() << false << false << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(bool, member);
        QFETCH(QString, key);
        const auto link = GuichetLink::parse(text);
        QCOMPARE(link.has_value(), valid);
        if (link) {
            QCOMPARE(link->kind == GuichetLink::Kind::Member, member);
            QCOMPARE(link->key, key);
        }
    }
};

QTEST_GUILESS_MAIN(TestGuichetLink)
#include "tst_guichetlink.moc"
