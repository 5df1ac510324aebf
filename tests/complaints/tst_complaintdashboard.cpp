#include "TestDatabase.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/persons/PersonRepository.h"
#include "ui/complaints/ComplaintDashboard.h"
#include "ui/common/ErrorLabel.h"
#include "ui/shell/Language.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <functional>

using namespace guichet;
using namespace guichet::test;
using namespace Qt::StringLiterals;

namespace {

const QTimeZone Rabat(QByteArrayLiteral("Africa/Casablanca"));

QDateTime local(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Rabat);
}

// Monday 23 November 2026, 10:00 in Rabat.
const FixedClock &testClock()
{
    static const FixedClock fixed(local(2026, 11, 23, 10).toUTC());
    return fixed;
}

// With GUICHET_SCREENSHOTS=DIR, saves what the test shows, to look at it (docs/testing.md).
void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

// The pages of the printed document as images, the way the printer lays them out (A4, 15 mm
// margins: 180 × 267 mm of text, at 96 dpi).
void screenshotPages(QTextDocument &doc, const QString &name)
{
    const QString dir = qEnvironmentVariable("GUICHET_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QSizeF page(180 / 25.4 * 96, 267 / 25.4 * 96);
    doc.setPageSize(page);
    for (int i = 0; i < doc.pageCount(); ++i) {
        QImage image(page.toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.translate(0, -i * page.height());
        doc.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.end();
        image.save(dir + u'/' + name + u"-page"_s + QString::number(i + 1) + u".png"_s);
    }
}

QStringList rowOf(const QTableWidget *table, const QString &first)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == first) {
            QStringList cells;
            for (int c = 1; c < table->columnCount(); ++c)
                cells << table->item(r, c)->text();
            return cells;
        }
    }
    return {u"no row "_s + first};
}

// The pixels that are not white.
int inkedPixels(const QImage &image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    return inked;
}

QStringList firstColumn(const QTableWidget *table)
{
    QStringList names;
    for (int r = 0; r < table->rowCount(); ++r)
        names << table->item(r, 0)->text();
    return names;
}

// A MGPAP member and three complaints at Monday 23 November 2026 (seeded holidays):
// - REIMB_DELAY by post, received this morning: open;
// - REGISTRATION at the counter, Tue 10 Nov, no answer (due Wed 11): open, late and breached;
// - OTHER by e-mail, Mon 5 Oct 09:00, closed Wed 7 Oct 12:00: 450 + 480 + 210 = 1140 minutes,
//   2.375 business days;
// - OTHER by e-mail, Mon 7 Sep 09:00, closed (so answered) Wed 9 Sep 16:00, just before its first
//   response was due: 450 + 480 + 450 = 1380 minutes, 2.875 business days;
// - REIMB_DELAY by post, Mon 3 Aug 09:00, closed the same day at 15:00: 390 minutes.
struct Fixture
{
    explicit Fixture(const QString &name) : t(name)
    {
        counter = t.createAgentSession(u"counter"_s, u"MGPAP"_s, u"COUNTER"_s);
        Session registrar = counter;
        registrar.setActivePurpose(u"REG"_s);
        Person m;
        m.lastName = u"El Amrani"_s;
        m.firstName = u"Nadia"_s;
        m.immatriculation = u"710000001"_s;
        m.birthDate = QDate(1975, 4, 4);
        m.sex = u"F"_s;
        memberId = PersonRepository(t.db()).create(registrar, m);
        QVERIFY(counter.setActivePurpose(u"CPL"_s));

        take(u"REIMB_DELAY"_s, ComplaintChannel::Post, local(2026, 11, 23, 9, 30));
        take(u"REGISTRATION"_s, ComplaintChannel::Counter, local(2026, 11, 10, 10));
        const Complaint closed = take(u"OTHER"_s, ComplaintChannel::Email, local(2026, 10, 5, 9));
        close(closed, local(2026, 10, 7, 12));
        close(take(u"OTHER"_s, ComplaintChannel::Email, local(2026, 9, 7, 9)), local(2026, 9, 9, 16));
        close(take(u"REIMB_DELAY"_s, ComplaintChannel::Post, local(2026, 8, 3, 9)), local(2026, 8, 3, 15));
    }

    Complaint close(const Complaint &k, const QDateTime &when)
    {
        return at(when, [&](ComplaintRepository &r) { return r.close(counter, k.id, k.version, u"Résolu"_s); });
    }

    Complaint at(const QDateTime &when, const std::function<Complaint(ComplaintRepository &)> &step)
    {
        const FixedClock clock(when.toUTC());
        ComplaintRepository repo(t.db(), clock);
        return step(repo);
    }

    Complaint take(const QString &category, ComplaintChannel channel, const QDateTime &received)
    {
        ComplaintIntake intake;
        intake.channel = channel;
        intake.receivedAt = received;
        intake.personId = memberId;
        intake.categoryCode = category;
        intake.description = u"Réclamation de test"_s;
        return at(received, [&](ComplaintRepository &r) { return r.intake(counter, intake); });
    }

    qint64 division(const QString &code)
    {
        for (const auto &[id, c] : ComplaintRepository(t.db()).divisions())
            if (c == code)
                return id;
        return 0;
    }

    QString categoryName(const QString &code, bool arabic)
    {
        for (const ComplaintCategory &c : ComplaintRepository(t.db()).categories())
            if (c.code == code)
                return arabic ? c.nameAr : c.name;
        return {};
    }

    TestDatabase t;
    Session counter;
    qint64 memberId = 0;
};

} // namespace

class TestComplaintDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Language::apply(u"en"_s); }

    void theTablesShowTheFiguresOfTheDivisionChosen()
    {
        Fixture f(u"complaint_dashboard"_s);
        ComplaintDashboard dashboard(f.t.db(), f.counter, testClock());
        QCOMPARE(dashboard.objectName(), u"complaintDashboard"_s);
        dashboard.resize(1280, 1000);
        dashboard.show(); // reads the figures
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));

        auto *byCategory = dashboard.findChild<QTableWidget *>(u"complaintDashboardCategoryTable"_s);
        auto *byChannel = dashboard.findChild<QTableWidget *>(u"complaintDashboardChannelTable"_s);
        auto *byMonth = dashboard.findChild<QTableWidget *>(u"complaintDashboardMonthTable"_s);
        QVERIFY(byCategory && byChannel && byMonth);
        // Every category (8) and channel (5), then the total.
        QCOMPARE(byCategory->rowCount(), 9);
        QCOMPARE(rowOf(byCategory, f.categoryName(u"REIMB_DELAY"_s, false)), (QStringList{u"1"_s, u"0"_s, u"0"_s}));
        QCOMPARE(rowOf(byCategory, f.categoryName(u"REGISTRATION"_s, false)),
                 (QStringList{u"1"_s, u"1"_s, u"1"_s}));
        QCOMPARE(rowOf(byCategory, f.categoryName(u"OTHER"_s, false)), (QStringList{u"0"_s, u"0"_s, u"0"_s}));
        QCOMPARE(rowOf(byCategory, u"Total"_s), (QStringList{u"2"_s, u"1"_s, u"1"_s}));
        QCOMPARE(byChannel->rowCount(), 6);
        QCOMPARE(rowOf(byChannel, u"Counter"_s), (QStringList{u"1"_s, u"1"_s, u"1"_s}));
        QCOMPARE(rowOf(byChannel, u"Post"_s), (QStringList{u"1"_s, u"0"_s, u"0"_s}));
        QCOMPARE(rowOf(byChannel, u"E-mail to a division"_s), (QStringList{u"0"_s, u"0"_s, u"0"_s}));
        // Twelve months, in the order of the chart.
        QCOMPARE(byMonth->rowCount(), 12);
        QCOMPARE(byMonth->item(0, 0)->text(), u"December 2025"_s);
        QCOMPARE(byMonth->item(11, 0)->text(), u"November 2026"_s);
        QCOMPARE(rowOf(byMonth, u"November 2026"_s), (QStringList{u"0"_s, u"—"_s, u"—"_s}));
        QCOMPARE(rowOf(byMonth, u"October 2026"_s), (QStringList{u"1"_s, u"2.4"_s, u"2.4"_s}));
        QCOMPARE(rowOf(byMonth, u"September 2026"_s), (QStringList{u"1"_s, u"2.9"_s, u"2.9"_s}));
        QCOMPARE(rowOf(byMonth, u"July 2026"_s), (QStringList{u"0"_s, u"—"_s, u"—"_s}));
        QCOMPARE(dashboard.figures().months.at(10).medianDays, 2.375);
        // The charts show the same.
        auto *categoryChart = dashboard.findChild<QChartView *>(u"complaintDashboardCategoryChart"_s);
        QVERIFY(categoryChart && categoryChart->chart());
        QCOMPARE(categoryChart->chart()->series().size(), 1);
        QVERIFY(dashboard.findChild<QLabel *>(u"complaintDashboardSummary"_s)->text().contains(u"2 open, 1 late"_s));
        screenshot(&dashboard, u"dashboard-en"_s);
        if (const QString shots = qEnvironmentVariable("GUICHET_SCREENSHOTS"); !shots.isEmpty())
            dashboard.chartImage(ComplaintDashboard::Chart::ByMonth, {680, 320}).save(shots + u"/months-en.png"_s);

        // Another division: the combo reads the figures again.
        auto *division = dashboard.findChild<QComboBox *>(u"complaintDashboardDivision"_s);
        QCOMPARE(division->itemText(0), u"Every division"_s);
        const qint64 dic = f.division(u"DIC"_s);
        division->setCurrentIndex(division->findData(dic));
        QCOMPARE(dashboard.figures().divisionId, dic);
        QCOMPARE(firstColumn(byCategory), (QStringList{f.categoryName(u"CONTRIBUTION"_s, false),
                                                       f.categoryName(u"REGISTRATION"_s, false), u"Total"_s}));
        QCOMPARE(rowOf(byCategory, u"Total"_s), (QStringList{u"1"_s, u"1"_s, u"1"_s}));
        QCOMPARE(rowOf(byChannel, u"Post"_s), (QStringList{u"0"_s, u"0"_s, u"0"_s}));
        QCOMPARE(rowOf(byMonth, u"October 2026"_s), (QStringList{u"0"_s, u"—"_s, u"—"_s}));

        // F5 reads what was taken in since.
        f.take(u"CONTRIBUTION"_s, ComplaintChannel::Portal, local(2026, 11, 23, 9, 45));
        QTest::keyClick(&dashboard, Qt::Key_F5);
        QCOMPARE(rowOf(byCategory, u"Total"_s), (QStringList{u"2"_s, u"1"_s, u"1"_s}));
        QCOMPARE(rowOf(byChannel, u"Online portal"_s), (QStringList{u"1"_s, u"0"_s, u"0"_s}));
        screenshot(&dashboard, u"dashboard-en-dic"_s);

        // The printed dashboard: one A4 PDF with the division, the organisation and the figures.
        const std::unique_ptr<QTextDocument> doc = dashboard.document();
        const QString printed = doc->toPlainText();
        QVERIFY(printed.contains(u"Division DIC"_s));
        QVERIFY(printed.contains(f.counter.organisation.name));
        QVERIFY(printed.contains(u"Complaints by channel"_s));
        QVERIFY(printed.contains(u"October 2026"_s));
        screenshotPages(*doc, u"dashboard-en-print"_s);
        const QImage chart = dashboard.chartImage(ComplaintDashboard::Chart::ByMonth, {680, 300});
        QCOMPARE(chart.size(), QSize(1360, 600));
        QVERIFY(inkedPixels(chart) > 20000); // axes, bars, lines and text, not a blank page
        QTemporaryDir dir;
        const QString path = dir.filePath(u"dashboard.pdf"_s);
        QString error;
        QVERIFY2(dashboard.writePdf(path, &error), qPrintable(error));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 10000); // three charts drawn
        QVERIFY(pdf.read(4) == "%PDF");
        if (const QString shots = qEnvironmentVariable("GUICHET_SCREENSHOTS"); !shots.isEmpty())
            QFile::copy(path, shots + u"/dashboard-en.pdf"_s);
        QVERIFY(!dashboard.writePdf(dir.filePath(u"no/such/folder/dashboard.pdf"_s), &error));
        QVERIFY(!error.isEmpty());

        // Ctrl+P opens the print preview of the same document.
        QString previewTitle;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget())) {
                poll.stop();
                previewTitle = preview->windowTitle();
                preview->reject();
            }
        });
        poll.start();
        QTest::keyClick(&dashboard, Qt::Key_P, Qt::ControlModifier);
        QVERIFY(previewTitle.contains(u"Complaints dashboard"_s));
        QVERIFY(previewTitle.contains(u"Division DIC"_s));
    }

    void inArabicRightToLeft()
    {
        Fixture f(u"complaint_dashboard_ar"_s);
        Language::apply(u"ar"_s);
        {
            ComplaintDashboard dashboard(f.t.db(), f.counter, testClock());
            QCOMPARE(dashboard.layoutDirection(), Qt::RightToLeft);
            dashboard.resize(1280, 1000);
            dashboard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
            auto *byCategory = dashboard.findChild<QTableWidget *>(u"complaintDashboardCategoryTable"_s);
            // The categories by their Arabic names.
            QCOMPARE(rowOf(byCategory, f.categoryName(u"REGISTRATION"_s, true)),
                     (QStringList{QLocale().toString(1), QLocale().toString(1), QLocale().toString(1)}));
            screenshot(&dashboard, u"dashboard-ar"_s);
            const std::unique_ptr<QTextDocument> doc = dashboard.document();
            QVERIFY(doc->toPlainText().contains(f.categoryName(u"REGISTRATION"_s, true)));
            screenshotPages(*doc, u"dashboard-ar-print"_s);
            QTemporaryDir dir;
            QString error;
            QVERIFY2(dashboard.writePdf(dir.filePath(u"ar.pdf"_s), &error), qPrintable(error));
        }
        Language::apply(u"en"_s);
    }

    void refusedUnderAnotherPurpose()
    {
        Fixture f(u"complaint_dashboard_refused"_s);
        Session depositor = f.counter;
        QVERIFY(depositor.setActivePurpose(u"AMO"_s));
        ComplaintDashboard dashboard(f.t.db(), depositor, testClock());
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        auto *error = dashboard.findChild<ErrorLabel *>(u"complaintDashboardError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"AMO"_s));
        QCOMPARE(dashboard.figures().total.open, 0);
        QVERIFY(dashboard.figures().byCategory.isEmpty());
    }
};

QTEST_MAIN(TestComplaintDashboard)
#include "tst_complaintdashboard.moc"
