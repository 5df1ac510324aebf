// The registry of processings through the main window: edited by the officer, read by the others.
#include "MainWindowFixture.h"
#include "NextModal.h"
#include "TestDatabase.h"
#include "data/common/Sql.h"
#include "security/EmbeddedAuthenticator.h"
#include "ui/registry/RegistryDialog.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

class TestRegistryScreens : public MainWindowTestCase
{
    Q_OBJECT

private slots:
    // The registry of processings from the Tools menu: the officer changes a processing's
    // recipients from the keyboard (Ctrl+S) and exports the registry; a counter agent reads it only.
    void theRegistryOfProcessings()
    {
        TestDatabase t(u"gui_registry"_s);
        Session dpo = t.createAgentSession(u"dpo"_s, u"CNOPS"_s, u"DPO"_s);
        EmbeddedAuthenticator auth(t.db(), kHasher);
        MainWindow window(t.db(), auth, dpo);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        bool edited = false;
        QTemporaryDir dir;
        onNextModal<RegistryDialog>([&](QWidget *widget) {
            auto *dialog = qobject_cast<RegistryDialog *>(widget);
            QVERIFY(QTest::qWaitForWindowActive(dialog));
            auto *table = dialog->findChild<QTreeWidget *>(u"registryTable"_s);
            QCOMPARE(table->topLevelItemCount(), 15);
            QTRY_VERIFY(table->hasFocus());
            QTest::keyClick(table, Qt::Key_Down); // AMO
            auto *recipients = dialog->findChild<QPlainTextEdit *>(u"registryRecipients"_s);
            recipients->setFocus();
            recipients->selectAll();
            typeText(recipients, u"Opérateurs de tiers payant ; auditeurs"_s);
            QTest::keyClick(recipients, Qt::Key_S, Qt::ControlModifier);
            QTRY_VERIFY(dialog->findChild<QLabel *>(u"registryStatus"_s)->text().contains(u"AMO"_s));
            QVERIFY(table->topLevelItem(1)->text(3).contains(u"tiers payant"_s));
            QString error;
            QVERIFY2(dialog->saveCsv(dir.filePath(u"r.csv"_s), &error), qPrintable(error));
            QVERIFY2(dialog->savePdf(dir.filePath(u"r.pdf"_s), &error), qPrintable(error));
            screenshot(dialog, u"registry"_s);
            QTest::keyClick(dialog, Qt::Key_Escape);
            edited = true;
        });
        window.findChild<QAction *>(u"registryAction"_s)->trigger();
        QTRY_VERIFY(edited);
        QCOMPARE(Sql::scalar(t.db(), u"SELECT recipients FROM purposes WHERE code = 'AMO'"_s).toString(),
                 u"Opérateurs de tiers payant ; auditeurs"_s);
        QFile csv(dir.filePath(u"r.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(csv.readAll()).contains(u"Opérateurs de tiers payant ; auditeurs"_s));

        // A counter agent reads it and cannot edit.
        Session counter = t.createAgentSession(u"agent"_s, u"MGPAP"_s, u"COUNTER"_s);
        RegistryDialog readOnly(t.db(), counter);
        QVERIFY(!readOnly.findChild<QPlainTextEdit *>(u"registryRecipients"_s)->isVisibleTo(&readOnly));
    }
};

QTEST_MAIN(TestRegistryScreens)
#include "tst_registryscreens.moc"
