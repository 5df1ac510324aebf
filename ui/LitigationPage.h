#pragma once

#include "core/BusinessCalendar.h"
#include "core/Session.h"
#include "data/LitigationRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace guichet {

class ErrorLabel;

// The section of the legal division (LEG): the open litigation cases with their next hearing,
// the reminders of hearings to prepare and of outcomes to record, a case opened (Ctrl+R) or
// worked on (Enter); and, in a second tab, the complaints, which LEG reads and from which a case
// is opened.
class LitigationPage : public QWidget
{
    Q_OBJECT

public:
    LitigationPage(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);

    void newCase();
    void openCase(qint64 caseId);
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Session m_session;
    LitigationRepository m_repository;
    BusinessCalendar m_calendar;
    QTreeWidget *m_cases = nullptr;
    QListWidget *m_reminders = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
