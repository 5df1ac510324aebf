#pragma once

#include "core/BusinessCalendar.h"
#include "core/Session.h"
#include "data/complaints/ComplaintRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableView;

namespace guichet {

class ComplaintQueueModel;
class ErrorLabel;

// The section of complaints (CPL, and LEG which reads them): the queue of a division or the
// agent's own, oldest first, with the time left to the first response and to the resolution
// (amber past half the time, orange past three quarters, red once late), the division's breach
// list, a complaint taken in from the keyboard (Ctrl+R), the next one taken and opened (Ctrl+T),
// any complaint opened with Enter, the division's dashboard (Ctrl+D).
class ComplaintsPage : public QWidget
{
    Q_OBJECT

public:
    ComplaintsPage(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);

    void takeIn();
    // Takes the oldest complaint nobody took in the division shown, and opens it.
    void takeNext();
    // Opens the complaint in its own window (modal), then refreshes the queue.
    void openComplaint(qint64 complaintId);
    // The division's dashboard (that of the queue shown, else every division's), printable.
    void showDashboard();
    void refresh();
    ComplaintQueueModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedDivision() const;

    QSqlDatabase m_db;
    Session m_session;
    ComplaintRepository m_repository;
    BusinessCalendar m_calendar;
    QComboBox *m_queue = nullptr;
    ComplaintQueueModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QListWidget *m_breaches = nullptr;
    QListWidget *m_recorded = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
