// Dates show as the forms ask for them, in every language Guichet runs in.
#include "core/DisplayDate.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace guichet;
using namespace Qt::StringLiterals;

class TestDisplayDate : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void asTheFormsAskForThem_data()
    {
        QTest::addColumn<QString>("locale");
        for (const QString &locale : {u"en_GB"_s, u"fr_MA"_s, u"fr_FR"_s, u"ar_MA"_s, u"C"_s})
            QTest::newRow(qPrintable(locale)) << locale;
    }

    void asTheFormsAskForThem()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        // Typed back as it is shown: day, month, year, no direction mark, digits 0-9.
        QCOMPARE(displayDate(QDate(2026, 3, 7)), u"07/03/2026"_s);
        QCOMPARE(displayDate(QDate()), u"—"_s);
        const QDateTime instant(QDate(2026, 3, 7), QTime(9, 5), QTimeZone("Africa/Casablanca"));
        QCOMPARE(displayDateTime(instant.toUTC()), instant.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s));
        QCOMPARE(displayDateTime(QDateTime()), u"—"_s);
        // The Arabic locale's own short form is not what a form takes.
        if (locale == u"ar_MA"_s)
            QVERIFY(QLocale().toString(QDate(2026, 3, 7), QLocale::ShortFormat) != displayDate(QDate(2026, 3, 7)));
    }
};

QTEST_GUILESS_MAIN(TestDisplayDate)
#include "tst_displaydate.moc"
