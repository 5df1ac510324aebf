#include "ui/common/PrintDocument.h"
#include "ui/registry/RegistryDocument.h"
#include "ui/retention/PurgeDocuments.h"

#include <QApplication>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextOption>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

const QString trickyName = u"Aït O'Brien <b>Driss</b> & fils"_s;

// toPlainText() turns no-break spaces into spaces; so does what is expected.
QString plainOf(QString text)
{
    return text.replace(QChar::Nbsp, u' ');
}

} // namespace

class TestPurgeDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::Morocco));
    }

    void cleanup()
    {
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    // The purge report holds counts by processing; the destruction record lists the boxes with
    // room for signatures: values stay text.
    void theRetentionDocuments()
    {
        PurgeReport report{u"7"_s, QDate(2026, 11, 23), QDateTime(QDate(2026, 11, 23), QTime(2, 0)), u"guichet-admin"_s,
                           QDateTime(QDate(2026, 11, 23), QTime(2, 4)),
                           {{u"REG"_s, u"Gestion de l'immatriculation"_s, u"A-GA-104/2016"_s, u"persons anonymised"_s,
                             1234567}}};
        const auto doc = PurgeDocuments::purgeReportDocument(report);
        QVERIFY(doc->toPlainText().contains(u"A-GA-104/2016"_s));
        QVERIFY(doc->toPlainText().contains(plainOf(QLocale().toString(1234567))));
        QVERIFY(doc->toPlainText().contains(u"23/11/2026 02:04"_s));
        QCOMPARE(doc->metaInformation(QTextDocument::DocumentTitle), u"Purge report 7"_s);

        DestructionRecord record{QDate(2026, 11, 23), u"5 years after the closing of the dossier, then deleted"_s,
                                 {{u"MGPAP"_s, u"B-<12>"_s, u"Salle d'archives 2"_s, 48}}, trickyName, QDateTime::currentDateTime()};
        const auto boxes = PurgeDocuments::destructionRecordDocument(record);
        QVERIFY(boxes->toPlainText().contains(u"B-<12>"_s));
        QVERIFY(boxes->toPlainText().contains(u"Salle d'archives 2"_s));
        QVERIFY(boxes->toPlainText().contains(trickyName));
        QVERIFY(boxes->toPlainText().contains(u"Witness:"_s));
        QTemporaryDir dir;
        QString error;
        QVERIFY2(PrintDocument::writePdf(*boxes, dir.filePath(u"d.pdf"_s), &error), qPrintable(error));
    }

    // A run not finished has no end: a dash, as every date not known.
    void aDateNotKnownIsADash()
    {
        const PurgeReport report{u"8"_s, QDate(2026, 11, 23), QDateTime(QDate(2026, 11, 23), QTime(2, 0)),
                                 u"guichet-admin"_s, QDateTime(), {}};
        const QString text = PurgeDocuments::purgeReportDocument(report)->toPlainText();
        QVERIFY2(text.contains(u"Finished:\t—"_s) || text.contains(u"Finished:\n—"_s)
                     || text.contains(u"Finished: —"_s),
                 qPrintable(text));
        QVERIFY(text.contains(u"Nothing had expired."_s));
    }

    // The registry lists the processings (it is printed by the data-protection officer too).
    void theRegistryDocument()
    {
        RegistryEntry entry{u"CPL"_s, u"Gestion des réclamations"_s, u"A-PO-154/2016"_s, u"Identité <b>"_s,
                            u"Sous-traitants"_s, u"5 years"_s, u"DAJ"_s, u"Division des Affaires Juridiques"_s,
                            u"Chef"_s, u"daj@cnops.org.ma"_s, u"Rue Tindouf"_s};
        const auto registry = RegistryDocument::document({entry}, QDate(2026, 11, 23));
        QVERIFY(registry->toPlainText().contains(u"Identité <b>"_s));
        QVERIFY(registry->toPlainText().contains(u"daj@cnops.org.ma"_s));
        QVERIFY(registry->toPlainText().contains(u"23/11/2026"_s));
        QCOMPARE(registry->metaInformation(QTextDocument::DocumentTitle), u"Registry of processings"_s);
    }

    void inArabicRightToLeft()
    {
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const DestructionRecord record{QDate(2026, 11, 23), {}, {{u"MGPAP"_s, u"B-12"_s, u"Salle 2"_s, 48}}, {}, {}};
        QCOMPARE(PurgeDocuments::destructionRecordDocument(record)->defaultTextOption().textDirection(),
                 Qt::RightToLeft);
        QCOMPARE(PurgeDocuments::purgeReportDocument({})->defaultTextOption().textDirection(), Qt::RightToLeft);
        QCOMPARE(RegistryDocument::document({}, {})->defaultTextOption().textDirection(), Qt::RightToLeft);
    }
};

QTEST_MAIN(TestPurgeDocuments)
#include "tst_purgedocuments.moc"
