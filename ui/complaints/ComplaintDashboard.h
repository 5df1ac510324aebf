#pragma once

#include "core/BusinessCalendar.h"
#include "core/Clock.h"
#include "core/Session.h"
#include "data/complaints/ComplaintStatistics.h"

#include <QDialog>
#include <QImage>
#include <QSqlDatabase>

#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;
class QTextDocument;

namespace guichet {

class ErrorLabel;

// The complaints dashboard of a division, or of every division (CPL, and LEG which reads
// complaints): open, late and breached complaints by category and by channel, and the resolution
// times of the last twelve months, as charts and as tables of the same numbers (readable without
// the charts). F5 refreshes; Ctrl+P prints it (preview first) and "Save as PDF…" writes it as one
// A4 document. Right to left in Arabic, charts included. Definitions in ComplaintStatistics.
class ComplaintDashboard : public QDialog
{
    Q_OBJECT

public:
    enum class Chart { ByCategory, ByChannel, ByMonth };

    ComplaintDashboard(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);
    // With the clock that gives "now" (tests pin it).
    ComplaintDashboard(QSqlDatabase db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~ComplaintDashboard() override;

    // Reads the figures again, for the division chosen, and redraws; a refusal is said in place.
    void refresh();
    // The division chosen (0: every division), and its choice.
    qint64 divisionId() const;
    bool setDivisionId(qint64 divisionId);
    // What the screen shows now.
    const ComplaintFigures &figures() const { return m_figures; }

    // The printed dashboard: title, organisation, division, dates, the three charts and the tables.
    std::unique_ptr<QTextDocument> document() const;
    // One chart drawn for print, `size` in device-independent pixels, at twice that resolution.
    QImage chartImage(Chart chart, const QSize &size) const;
    // An A4 PDF of document(); false with *error set when it cannot be written.
    bool writePdf(const QString &path, QString *error) const;
    // The print preview (Ctrl+P), and the PDF asked where to save.
    void print();
    void saveAsPdf();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QString categoryName(const CategoryFigures &category) const;
    QString divisionText() const;
    QChart *buildChart(Chart chart) const;
    void fillTables();

    QSqlDatabase m_db;
    Session m_session;
    const Clock &m_clock;
    BusinessCalendar m_calendar;
    ComplaintFigures m_figures;
    QComboBox *m_division = nullptr;
    QChartView *m_categoryView = nullptr;
    QChartView *m_channelView = nullptr;
    QChartView *m_monthView = nullptr;
    QTableWidget *m_categoryTable = nullptr;
    QTableWidget *m_channelTable = nullptr;
    QTableWidget *m_monthTable = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
