#pragma once

#include "core/BusinessCalendar.h"
#include "core/Session.h"
#include "data/ComplaintRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;

namespace guichet {

class ErrorLabel;

// The section of complaints (CPL): a complaint taken in from the keyboard (Ctrl+R), and those
// taken in on this desk since sign-in with their number and the first-response deadline.
class ComplaintsPage : public QWidget
{
    Q_OBJECT

public:
    ComplaintsPage(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);

    void takeIn();

private:
    QSqlDatabase m_db;
    Session m_session;
    ComplaintRepository m_repository;
    BusinessCalendar m_calendar;
    QListWidget *m_recorded = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
