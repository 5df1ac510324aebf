#pragma once

#include "core/BusinessCalendar.h"
#include "core/Session.h"
#include "data/litigation/LitigationRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;
class QTreeWidget;

namespace guichet {

class ErrorLabel;

// The litigation of the legal division (LEG): the open cases with their next hearing, the
// reminders of hearings to prepare and of outcomes to record, a case opened (Ctrl+R) or worked on
// (Enter). The cases are its first tab; the shell adds the other areas' pages of the division's
// section after them (MainWindow: the complaints, which LEG reads and opens a case from, and the
// rights requests).
class LitigationPage : public QWidget
{
    Q_OBJECT

public:
    LitigationPage(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);

    void newCase();
    void openCase(qint64 caseId);
    void refresh();
    // Another area's page, as a tab after those of the cases.
    void addTab(QWidget *page, const QString &label);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Session m_session;
    LitigationRepository m_repository;
    BusinessCalendar m_calendar;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_cases = nullptr;
    QListWidget *m_reminders = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
