// The purge screen through the main window: the dry run, the purge and its report.
#include "MainWindowFixture.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "data/common/Sql.h"
#include "security/EmbeddedAuthenticator.h"
#include "ui/retention/PurgePage.h"
#include "ui/shell/MainWindow.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

class TestRetentionScreens : public MainWindowTestCase
{
    Q_OBJECT

private slots:
    // The data-protection officer's dry run lists who would go (a family whose relationship
    // ended in 2019, not the active one), the purge runs after a confirmation with its progress,
    // and its report is saved as CSV and PDF.
    void officerPurgesFromTheScreen()
    {
        TestDatabase t(u"gui_purge"_s);
        Session counter = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        const qint64 ended = registerFamily(t.db(), counter, u"760000001"_s, u"Ancien"_s, u"Adil"_s, u"Sara"_s).first;
        registerFamily(t.db(), counter, u"760000002"_s, u"Actuel"_s, u"Nabil"_s, u"Rim"_s);
        Sql::run(t.db(), u"UPDATE persons SET status = 'ended', relation_end = '2019-06-30' WHERE id = ?"_s, {ended});
        Session dpo = t.createAgentSession(u"dpo"_s, u"CNOPS"_s, u"DPO"_s);

        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, dpo);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        chooseSection(window, u"AUD"_s);
        auto *page = window.findChild<PurgePage *>(u"purgePage"_s);
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->findChild<QTreeWidget *>(u"retentionRules"_s)->topLevelItemCount(), 15);

        auto *asOf = page->findChild<QLineEdit *>(u"purgeAsOf"_s);
        asOf->setFocus();
        QTest::keyClick(asOf, Qt::Key_Return); // the dry run
        auto *candidates = page->findChild<QTreeWidget *>(u"purgeCandidates"_s);
        QTRY_COMPARE(candidates->topLevelItemCount(), 2); // the member and the child
        QVERIFY(candidates->topLevelItem(0)->text(1).startsWith(u"760000001"_s));
        QVERIFY(page->findChild<QLabel *>(u"purgeDue"_s)->text().contains(u"2 persons"_s));
        screenshot(page, u"purge-dry-run"_s);

        bool confirmed = false;
        onNextModal<QMessageBox>([&](QWidget *box) {
            QVERIFY(qobject_cast<QMessageBox *>(box)->text().contains(u"2 persons"_s));
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
            confirmed = true;
        });
        QSignalSpy finished(page, &PurgePage::purgeFinished);
        page->findChild<QPushButton *>(u"purgeRun"_s)->click();
        QTRY_VERIFY(confirmed);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(page->findChild<QLabel *>(u"purgeStatus"_s)->text().contains(u"Purge done"_s));
        QVERIFY(page->findChild<QTreeWidget *>(u"purgeReport"_s)->topLevelItemCount() >= 1);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT count(*) FROM persons WHERE anonymised_at IS NOT NULL"_s).toInt(), 2);
        screenshot(page, u"purge-done"_s);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(page->saveReportCsv(dir.filePath(u"r.csv"_s), &error), qPrintable(error));
        QVERIFY2(page->saveReportPdf(dir.filePath(u"r.pdf"_s), &error), qPrintable(error));
        QFile pdf(dir.filePath(u"r.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        QVERIFY(!page->saveDestructionRecordPdf(dir.filePath(u"d.pdf"_s), &error)); // no box has expired
    }
};

QTEST_MAIN(TestRetentionScreens)
#include "tst_retentionscreens.moc"
