#include "core/CsvReader.h"

#include <QTest>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaks()
    {
        const auto result = CsvReader::read("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n1,2,3\n");
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.records.size(), 3);
        QCOMPARE(result.records.at(1).fields, (QStringList{u"x, y"_s, u"say \"hi\""_s, u"two\nlines"_s}));
        QCOMPARE(result.records.at(1).line, 2);
        QCOMPARE(result.records.at(2).line, 4); // after the line break inside the quotes
    }

    void semicolonsBomCrlfAndBlankLines()
    {
        const auto result = CsvReader::read("\xEF\xBB\xBFnom;prénom\r\n\r\nBenani;Ahmed\r\nالعلوي;فاطمة\r\n");
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.records.size(), 3);
        QCOMPARE(result.records.at(0).fields, (QStringList{u"nom"_s, u"prénom"_s}));
        QCOMPARE(result.records.at(1).line, 3);
        QCOMPARE(result.records.at(2).fields, (QStringList{u"العلوي"_s, u"فاطمة"_s}));
    }

    void emptyFieldsAreKept()
    {
        const auto result = CsvReader::read("a,,c,\n");
        QCOMPARE(result.records.size(), 1);
        QCOMPARE(result.records.at(0).fields, (QStringList{u"a"_s, QString(), u"c"_s, QString()}));
    }

    void unclosedQuoteIsAnErrorWithItsLine()
    {
        const auto result = CsvReader::read("a,b\n1,2\n3,\"open\n");
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.errorLine, 3);
    }

    void textAfterAClosingQuoteIsAnError()
    {
        const auto result = CsvReader::read("a,b\n\"x\"y,2\n");
        QVERIFY(!result.error.isEmpty());
        QCOMPARE(result.errorLine, 2);
    }

    void emptyInputHasNoRecords()
    {
        QVERIFY(CsvReader::read(QByteArray()).records.isEmpty());
        QVERIFY(CsvReader::read("\n\n").records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
