#include "core/TextNormalizer.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private slots:
    void searchKey_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("case") << u"ALAOUI Mohammed"_s << u"alaoui mohammed"_s;
        QTest::newRow("accents") << u"Chraïbi Aïcha Élodie"_s << u"chraibi aicha elodie"_s;
        QTest::newRow("apostrophe") << u"Aït Ma'ati"_s << u"ait maati"_s;
        QTest::newRow("typographic apostrophe") << u"Aït Ma’ati"_s << u"ait maati"_s;
        QTest::newRow("hyphen and spaces") << u"  Ben-Jelloun   Omar "_s << u"ben jelloun omar"_s;
        QTest::newRow("arabic hamza alef") << u"أحمد"_s << u"احمد"_s;
        QTest::newRow("arabic harakat") << u"مُحَمَّد"_s << u"محمد"_s;
        QTest::newRow("arabic ta marbuta") << u"فاطمة"_s << u"فاطمه"_s;
        QTest::newRow("arabic alef maqsura") << u"سلمى"_s << u"سلمي"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("sql fragment kept as text") << u"x'; DROP TABLE persons;--"_s << u"x; drop table persons;"_s;
    }

    void searchKey()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TextNormalizer::searchKey(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
