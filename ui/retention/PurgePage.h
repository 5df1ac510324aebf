#pragma once

#include "core/Session.h"
#include "data/retention/PurgeRepository.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextDocument;
class QTreeWidget;

namespace guichet {

class ErrorLabel;

// The section of the data-protection officer (AUD): the retention rules in force; a dry run
// that lists who would be anonymised as of a date, and why; the purge itself in batches with a
// progress bar, stoppable and resumed where it stopped; its report by processing (PDF, CSV); the
// archive boxes whose dossiers all expired, with the printable record of their destruction. The
// shell adds the other areas' pages of the officer's section after these tabs (MainWindow: the
// rights requests).
class PurgePage : public QWidget
{
    Q_OBJECT

public:
    PurgePage(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);

    void dryRun();
    // Asks for a confirmation, then purges batch after batch (or resumes an interrupted run).
    void purge();
    void stop();
    bool isRunning() const { return m_runId > 0; }
    bool saveReportCsv(const QString &path, QString *error);
    bool saveReportPdf(const QString &path, QString *error);
    bool saveDestructionRecordPdf(const QString &path, QString *error);
    void recordDestroyed();
    // Another area's page, as a tab after those of the purge.
    void addTab(QWidget *page, const QString &label);

signals:
    void purgeFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QDate asOf() const;
    void refresh();
    void runNextBatch();
    void showReport(const PurgeRun &run);
    QList<qint64> checkedBoxes() const;
    std::unique_ptr<QTextDocument> destructionRecord(QString *error) const;

    Session m_session;
    PurgeRepository m_repository;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_rules = nullptr;
    QLineEdit *m_asOf = nullptr;
    QTreeWidget *m_candidates = nullptr;
    QLabel *m_due = nullptr;
    QPushButton *m_purge = nullptr;
    QPushButton *m_stop = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_report = nullptr;
    QListWidget *m_boxes = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
    qint64 m_runId = 0;
    bool m_stopRequested = false;
    std::optional<PurgeRun> m_lastRun;
    QList<ExpiredBox> m_expiredBoxes;
};

} // namespace guichet
