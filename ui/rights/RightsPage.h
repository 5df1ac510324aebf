#pragma once

#include "core/Session.h"
#include "data/rights/RightsRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeWidget;

namespace guichet {

class ErrorLabel;

// The rights requests (law 09-08) a purpose works on, late first, with the business days left:
// every request under LEG (which takes them in, Ctrl+D) and AUD; the rectifications to approve
// under REG; the access requests whose medical part awaits its sign-off under medical control.
// Enter opens a request.
class RightsPage : public QWidget
{
    Q_OBJECT

public:
    RightsPage(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);
    void newRequest();
    void openRequest(qint64 id);
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QSqlDatabase m_db;
    Session m_session;
    RightsRepository m_repository;
    QTreeWidget *m_list = nullptr;
    QCheckBox *m_withAnswered = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
