#include "ui/complaints/ComplaintDashboard.h"

#include "core/DisplayDate.h"

#include "ui/common/ErrorLabel.h"
#include "ui/common/PrintDocument.h"

#include "data/common/CalendarRepository.h"
#include "data/complaints/ComplaintRepository.h"
#include "data/common/DatabaseError.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCollator>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

// The queue's stages (StageColours in ComplaintsPage.cpp), in the full shade of the same hues:
// its pale backgrounds are too close to one another and to white for bars.
const QColor OpenColour(0xff, 0xc1, 0x07);     // amber
const QColor LateColour(0xfb, 0x8c, 0x00);     // orange
const QColor BreachedColour(0xdc, 0x35, 0x45); // red
const QColor ClosedColour(0xb0, 0xbe, 0xc5);   // grey: closed is not a stage
const QColor MedianColour(0x15, 0x65, 0xc0);
const QColor MeanColour(0x6a, 0x1b, 0x9a);

// The charts on paper are as wide as the text of an A4 page at 96 dpi (180 mm), so that their
// fonts print at their true size.
constexpr int PrintedWidth = 680;
constexpr int MonthChartHeight = 320;

bool rightToLeft(const QWidget *widget)
{
    return widget->layoutDirection() == Qt::RightToLeft;
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString monthName(QDate month)
{
    return QLocale().toString(month, u"MMMM yyyy"_s);
}

// Under a bar of the chart: the month over the year, so that twelve of them fit without cuts.
QString monthLabel(QDate month)
{
    return QLocale().toString(month, u"MMM"_s).toHtmlEscaped() + u"<br/>"_s + QLocale().toString(month, u"yyyy"_s);
}

// What the figures count, under them on the screen and on paper (ComplaintStatistics).
QString definitionsText()
{
    return ComplaintDashboard::tr("Open: not closed. Late: open, and its first response or resolution is past its "
                                  "deadline now. Breached: received in the last twelve months and answered or "
                                  "resolved after a deadline, or still past it. Times in business days, pauses "
                                  "left out.");
}

// An axis from 0 to a round top, in at most about five round steps.
void setRoundRange(QValueAxis *axis, double max, bool integers)
{
    const double top = std::max(max, 1.0); // an empty chart still has a scale
    const double target = top / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(target)));
    double step = magnitude;
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= target)
            break;
    }
    if (integers)
        step = std::max(1.0, std::round(step));
    axis->setRange(0, std::ceil(top / step) * step);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    // "%d" draws no label once the numbers are localised: integers as floats without decimals.
    axis->setLabelFormat(step < 1 ? u"%.1f"_s : u"%.0f"_s);
}

QBarSet *barSet(const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(130));
    set->setLabelColor(Qt::black);
    return set;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

// Open, late and breached side by side for each label: bars and not a stack, because the three
// overlap (a late complaint is open, and most often breached too) and a stack would add them up.
QChart *countsChart(const QString &title, const QStringList &labels, const QList<ComplaintCounts> &counts, bool rtl)
{
    QChart *chart = newChart(title);
    auto *series = new QHorizontalBarSeries;
    QBarSet *open = barSet(ComplaintDashboard::tr("Open"), OpenColour);
    QBarSet *late = barSet(ComplaintDashboard::tr("Late"), LateColour);
    QBarSet *breached = barSet(ComplaintDashboard::tr("Breached (12 months)"), BreachedColour);
    // Qt draws the first label at the bottom: added the other way round, the list reads top down.
    QStringList axisLabels;
    int max = 0;
    for (qsizetype i = counts.size() - 1; i >= 0; --i) {
        *open << counts.at(i).open;
        *late << counts.at(i).late;
        *breached << counts.at(i).breached;
        axisLabels << labels.at(i).toHtmlEscaped(); // axis labels are rich text
        max = std::max({max, counts.at(i).open, counts.at(i).late, counts.at(i).breached});
    }
    series->append({open, late, breached});
    series->setBarWidth(0.85);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(axisLabels);
    names->setGridLineVisible(false);
    // Right to left: the names on the right and the bars growing leftwards from them.
    chart->addAxis(names, rtl ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(names);
    auto *values = new QValueAxis;
    setRoundRange(values, max, true);
    values->setReverse(rtl);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

// The complaints closed each month as bars (count on their own axis), the median and the mean
// resolution time as lines over them (business days). Right to left, the months run leftwards.
QChart *monthsChart(const QList<MonthFigures> &months, bool rtl)
{
    QChart *chart = newChart(ComplaintDashboard::tr("Resolution time over the last twelve months"));
    const qsizetype n = months.size();
    const auto x = [&](qsizetype i) { return rtl ? n - 1 - i : i; };
    QStringList labels(n);
    QList<qreal> closedCounts(n, 0);
    auto *median = new QLineSeries;
    median->setName(ComplaintDashboard::tr("Median (business days)"));
    auto *mean = new QLineSeries;
    mean->setName(ComplaintDashboard::tr("Mean (business days)"));
    int maxClosed = 0;
    double maxDays = 0;
    // A month without closing has no time: the lines skip it rather than drop to zero.
    QList<QPointF> medianPoints, meanPoints;
    for (qsizetype i = 0; i < n; ++i) {
        const MonthFigures &m = months.at(i);
        labels[x(i)] = monthLabel(m.month);
        closedCounts[x(i)] = m.closed;
        maxClosed = std::max(maxClosed, m.closed);
        if (m.closed > 0) {
            medianPoints.append({qreal(x(i)), m.medianDays});
            meanPoints.append({qreal(x(i)), m.meanDays});
            maxDays = std::max({maxDays, m.medianDays, m.meanDays});
        }
    }
    const auto byX = [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); };
    std::sort(medianPoints.begin(), medianPoints.end(), byX);
    std::sort(meanPoints.begin(), meanPoints.end(), byX);
    median->append(medianPoints);
    mean->append(meanPoints);

    auto *bars = new QBarSeries;
    QBarSet *closed = barSet(ComplaintDashboard::tr("Closed"), ClosedColour);
    closed->append(closedCounts);
    bars->append(closed);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    for (QLineSeries *line : {median, mean}) {
        // The mean dashed and thinner over the median: both stay visible where they meet.
        QPen pen(line == median ? MedianColour : MeanColour);
        pen.setWidthF(line == median ? 4 : 2);
        if (line == mean)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->setPointsVisible(true);
        chart->addSeries(line);
    }

    auto *monthAxis = new QBarCategoryAxis;
    monthAxis->append(labels);
    monthAxis->setGridLineVisible(false);
    chart->addAxis(monthAxis, Qt::AlignBottom);
    auto *days = new QValueAxis;
    days->setTitleText(ComplaintDashboard::tr("Business days"));
    setRoundRange(days, maxDays * 1.1, false); // room above the highest point
    auto *count = new QValueAxis;
    count->setTitleText(ComplaintDashboard::tr("Closed"));
    count->setGridLineVisible(false);
    setRoundRange(count, maxClosed, true);
    // The days where reading starts, the count on the other side.
    chart->addAxis(days, rtl ? Qt::AlignRight : Qt::AlignLeft);
    chart->addAxis(count, rtl ? Qt::AlignLeft : Qt::AlignRight);
    bars->attachAxis(monthAxis);
    bars->attachAxis(count);
    for (QLineSeries *line : {median, mean}) {
        line->attachAxis(monthAxis);
        line->attachAxis(days);
    }
    return chart;
}

QTableWidget *newTable(QWidget *parent, const QString &name, const QString &accessibleName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return table;
}

// A row of a table: the first cell a name, the others figures on the side where lines end.
void setRow(QTableWidget *table, int row, const QStringList &cells, bool bold = false)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        if (c > 0)
            item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        if (bold) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        table->setItem(row, c, item);
    }
}

// A table as tall as its rows: no scroll bar of its own.
void fitRows(QTableWidget *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    table->setFixedHeight(height);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

// The height of a chart of bars for `rows` names: room for the three bars of each, the title,
// the axis and the legend.
int chartHeight(qsizetype rows)
{
    return 110 + 30 * int(std::max<qsizetype>(rows, 3));
}

QStringList monthRow(const MonthFigures &m)
{
    return {monthName(m.month), QLocale().toString(m.closed), m.closed > 0 ? number(m.medianDays) : u"—"_s,
            m.closed > 0 ? number(m.meanDays) : u"—"_s};
}

QChartView *newChartView(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *view = new QChartView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 280);
    return view;
}

// Swaps the chart a view shows; the view gives the old one back to be deleted.
void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QStringList counts(const ComplaintCounts &c)
{
    return {QLocale().toString(c.open), QLocale().toString(c.late), QLocale().toString(c.breached)};
}

} // namespace

ComplaintDashboard::ComplaintDashboard(QSqlDatabase db, const Session &session, QWidget *parent)
    : ComplaintDashboard(std::move(db), session, Clock::system(), parent)
{
}

ComplaintDashboard::ComplaintDashboard(QSqlDatabase db, const Session &session, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_session(session), m_clock(clock)
{
    setObjectName(u"complaintDashboard"_s);
    setWindowTitle(tr("Complaints dashboard"));
    setSizeGripEnabled(true);
    m_error = new ErrorLabel(this, u"complaintDashboardError"_s);
    try {
        m_calendar = CalendarRepository(m_db).calendar();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }

    auto *title = new QLabel(tr("<h2>Complaints dashboard</h2>"), this);
    m_division = new QComboBox(this);
    m_division->setObjectName(u"complaintDashboardDivision"_s);
    m_division->addItem(tr("Every division"), qint64(0));
    try {
        for (const auto &[id, code] : ComplaintRepository(m_db).divisions())
            m_division->addItem(tr("Division %1").arg(code), id);
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
    auto *divisionLabel = new QLabel(tr("&Division:"), this);
    divisionLabel->setBuddy(m_division);

    auto *actions = new QHBoxLayout;
    actions->addWidget(divisionLabel);
    actions->addWidget(m_division);
    const auto addAction = [&](const QString &name, const QString &text, const QKeySequence &keys,
                               void (ComplaintDashboard::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        if (!keys.isEmpty()) {
            auto *shortcut = new QShortcut(keys, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, slot);
        }
        actions->addWidget(button);
    };
    addAction(u"complaintDashboardRefresh"_s, tr("Re&fresh (F5)"), QKeySequence(Qt::Key_F5),
              &ComplaintDashboard::refresh);
    actions->addStretch(1);
    addAction(u"complaintDashboardPrint"_s, tr("&Print… (Ctrl+P)"), QKeySequence(Qt::CTRL | Qt::Key_P),
              &ComplaintDashboard::print);
    addAction(u"complaintDashboardPdf"_s, tr("Save as P&DF…"), QKeySequence(), &ComplaintDashboard::saveAsPdf);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"complaintDashboardSummary"_s);
    m_summary->setWordWrap(true);
    auto *definitions = new QLabel(definitionsText(), this);
    definitions->setWordWrap(true);
    QFont small = definitions->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    definitions->setFont(small);

    m_categoryView = newChartView(this, u"complaintDashboardCategoryChart"_s, tr("Complaints by category"));
    m_channelView = newChartView(this, u"complaintDashboardChannelChart"_s, tr("Complaints by channel"));
    m_monthView = newChartView(this, u"complaintDashboardMonthChart"_s, tr("Resolution time by month"));
    m_monthView->setMinimumHeight(MonthChartHeight);
    const QStringList countHeaders{tr("Open"), tr("Late"), tr("Breached (12 months)")};
    m_categoryTable = newTable(this, u"complaintDashboardCategoryTable"_s, tr("Complaints by category"),
                               QStringList{tr("Category")} + countHeaders);
    m_channelTable = newTable(this, u"complaintDashboardChannelTable"_s, tr("Complaints by channel"),
                              QStringList{tr("Channel")} + countHeaders);
    m_monthTable = newTable(this, u"complaintDashboardMonthTable"_s, tr("Resolution time by month"),
                            {tr("Month"), tr("Closed"), tr("Median (business days)"), tr("Mean (business days)")});

    // Each chart with its table beside it (mirrored in Arabic by the layout itself).
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_categoryView, 0, 0);
    grid->addWidget(m_categoryTable, 0, 1, Qt::AlignTop);
    grid->addWidget(m_channelView, 1, 0);
    grid->addWidget(m_channelTable, 1, 1, Qt::AlignTop);
    grid->addWidget(m_monthView, 2, 0);
    grid->addWidget(m_monthTable, 2, 1, Qt::AlignTop);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    grid->setRowStretch(2, 3);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_status = new QLabel(this);
    m_status->setObjectName(u"complaintDashboardStatus"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(definitions);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    resize(1200, 900);

    connect(m_division, &QComboBox::currentIndexChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

ComplaintDashboard::~ComplaintDashboard() = default;

void ComplaintDashboard::showEvent(QShowEvent *event)
{
    // Read when shown, under the purpose then active (the server checks it), and fresh.
    QDialog::showEvent(event);
    refresh();
}

qint64 ComplaintDashboard::divisionId() const
{
    return m_division->currentData().toLongLong();
}

bool ComplaintDashboard::setDivisionId(qint64 divisionId)
{
    const int index = m_division->findData(divisionId);
    if (index < 0)
        return false;
    m_division->setCurrentIndex(index);
    return true;
}

QString ComplaintDashboard::categoryName(const CategoryFigures &category) const
{
    // The category in the language of the screen, as the intake names it.
    return rightToLeft(this) && !category.nameAr.isEmpty() ? category.nameAr : category.name;
}

QString ComplaintDashboard::divisionText() const
{
    return m_division->currentText();
}

void ComplaintDashboard::refresh()
{
    m_error->hide();
    m_status->clear();
    try {
        m_figures = ComplaintStatistics(m_db, m_clock).dashboard(m_session, divisionId(), m_calendar);
    } catch (const DatabaseError &error) {
        m_figures = {};
        m_error->say(error.userMessage());
    }
    // The categories in the alphabetical order of the names shown.
    QCollator collator(locale());
    std::stable_sort(m_figures.byCategory.begin(), m_figures.byCategory.end(),
                     [&](const CategoryFigures &a, const CategoryFigures &b) {
                         return collator.compare(categoryName(a), categoryName(b)) < 0;
                     });
    m_summary->setText(
        tr("%1: %2 open, %3 late now; %4 breached in the last twelve months. Figures at %5.")
            .arg(divisionText(), QLocale().toString(m_figures.total.open), QLocale().toString(m_figures.total.late),
                 QLocale().toString(m_figures.total.breached),
                 m_figures.at.isValid() ? displayDateTime(m_figures.at)
                                        : u"—"_s));
    replaceChart(m_categoryView, buildChart(Chart::ByCategory));
    replaceChart(m_channelView, buildChart(Chart::ByChannel));
    replaceChart(m_monthView, buildChart(Chart::ByMonth));
    fillTables();
}

QChart *ComplaintDashboard::buildChart(Chart which) const
{
    const bool rtl = rightToLeft(this);
    QStringList labels;
    QList<ComplaintCounts> values;
    switch (which) {
    case Chart::ByCategory:
        for (const CategoryFigures &c : m_figures.byCategory) {
            labels << categoryName(c);
            values << c.counts;
        }
        return countsChart(tr("Complaints by category"), labels, values, rtl);
    case Chart::ByChannel:
        for (const ChannelFigures &c : m_figures.byChannel) {
            labels << Complaints::label(c.channel);
            values << c.counts;
        }
        return countsChart(tr("Complaints by channel"), labels, values, rtl);
    case Chart::ByMonth:
        return monthsChart(m_figures.months, rtl);
    }
    Q_UNREACHABLE();
    return nullptr;
}

void ComplaintDashboard::fillTables()
{
    m_categoryTable->setRowCount(int(m_figures.byCategory.size()) + 1);
    int row = 0;
    for (const CategoryFigures &c : std::as_const(m_figures.byCategory))
        setRow(m_categoryTable, row++, QStringList{categoryName(c)} + counts(c.counts));
    setRow(m_categoryTable, row, QStringList{tr("Total")} + counts(m_figures.total), true);

    m_channelTable->setRowCount(int(m_figures.byChannel.size()) + 1);
    row = 0;
    for (const ChannelFigures &c : std::as_const(m_figures.byChannel))
        setRow(m_channelTable, row++, QStringList{Complaints::label(c.channel)} + counts(c.counts));
    setRow(m_channelTable, row, QStringList{tr("Total")} + counts(m_figures.total), true);

    // In the order of the chart.
    m_monthTable->setRowCount(int(m_figures.months.size()));
    row = 0;
    for (const MonthFigures &m : std::as_const(m_figures.months))
        setRow(m_monthTable, row++, monthRow(m));

    // The tables whole (the window scrolls), and each chart as tall as its rows need.
    for (QTableWidget *table : {m_categoryTable, m_channelTable, m_monthTable})
        fitRows(table);
    m_categoryView->setMinimumHeight(chartHeight(m_figures.byCategory.size()));
    m_channelView->setMinimumHeight(chartHeight(m_figures.byChannel.size()));
}

QImage ComplaintDashboard::chartImage(Chart which, const QSize &size) const
{
    // A chart of its own, laid out at the size asked rather than at that of the screen, drawn at
    // twice the resolution so that it stays sharp on paper.
    QGraphicsScene scene;
    QChart *chart = buildChart(which);
    chart->setTitle(QString()); // the document's heading says it
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    return image;
}

std::unique_ptr<QTextDocument> ComplaintDashboard::document() const
{
    // In the direction of the dashboard, which may differ from the application's.
    PrintDocument doc(layoutDirection());
    const QString title = tr("Complaints dashboard");
    QString body = doc.heading(m_session.organisation.name, title);
    const auto field = [&](const QString &label, const QString &value) {
        return doc.fieldRow(label, doc.esc(value));
    };
    // On the side where reading starts.
    body += doc.fieldTable(field(tr("Division:"), divisionText())
                               + field(tr("Figures at:"), displayDateTime(m_figures.at))
                               + field(tr("Printed on:"), displayDateTime(m_clock.nowUtc()))
                               + field(tr("Open:"), QLocale().toString(m_figures.total.open))
                               + field(tr("Late now:"), QLocale().toString(m_figures.total.late))
                               + field(tr("Breached in the last twelve months:"),
                                       QLocale().toString(m_figures.total.breached)),
                           PrintDocument::Place::AtStart);

    const auto image = [&](Chart which, const QString &name) {
        const QSize size(PrintedWidth, which == Chart::ByMonth     ? MonthChartHeight
                                       : which == Chart::ByChannel ? chartHeight(m_figures.byChannel.size())
                                                                   : chartHeight(m_figures.byCategory.size()));
        return doc.centredImage(QUrl(u"guichet-resource:dashboard-"_s + name + u".png"_s), chartImage(which, size),
                                size);
    };
    const QStringList countHeaders{tr("Open"), tr("Late"), tr("Breached (12 months)")};

    QList<QStringList> rows;
    for (const CategoryFigures &c : m_figures.byCategory)
        rows.append(QStringList{categoryName(c)} + counts(c.counts));
    rows.append(QStringList{tr("Total")} + counts(m_figures.total));
    body += u"<h3>"_s + tr("Complaints by category").toHtmlEscaped() + u"</h3>"_s + image(Chart::ByCategory, u"category"_s)
            + doc.textTable(QStringList{tr("Category")} + countHeaders, rows, int(rows.size()) - 1);

    rows.clear();
    for (const ChannelFigures &c : m_figures.byChannel)
        rows.append(QStringList{Complaints::label(c.channel)} + counts(c.counts));
    rows.append(QStringList{tr("Total")} + counts(m_figures.total));
    // Each section on a page of its own: a chart is never cut from its table.
    body += u"<h3 style=\"page-break-before: always;\">"_s + tr("Complaints by channel").toHtmlEscaped() + u"</h3>"_s
            + image(Chart::ByChannel, u"channel"_s)
            + doc.textTable(QStringList{tr("Channel")} + countHeaders, rows, int(rows.size()) - 1);

    rows.clear();
    for (const MonthFigures &m : m_figures.months)
        rows.append(monthRow(m));
    body += u"<h3 style=\"page-break-before: always;\">"_s
            + tr("Resolution time over the last twelve months").toHtmlEscaped() + u"</h3>"_s
            + image(Chart::ByMonth, u"month"_s)
            + doc.textTable({tr("Month"), tr("Closed"), tr("Median (business days)"), tr("Mean (business days)")}, rows);
    body += u"<p><small>"_s + definitionsText().toHtmlEscaped() + u"</small></p>"_s;

    return doc.finish(title + u" — "_s + divisionText(), body);
}

bool ComplaintDashboard::writePdf(const QString &path, QString *error) const
{
    const std::unique_ptr<QTextDocument> doc = document();
    return PrintDocument::writePdf(*doc, path, error);
}

void ComplaintDashboard::print()
{
    const std::unique_ptr<QTextDocument> doc = document();
    PrintDocument::showPrintPreview(*doc, this);
}

void ComplaintDashboard::saveAsPdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        tr("complaints-dashboard-%1.pdf").arg(m_clock.nowUtc().toLocalTime().date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the dashboard as PDF"),
                                                      QDir(folder).filePath(suggested), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (writePdf(path, &error))
        m_status->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    else
        m_error->say(error);
}

} // namespace guichet
