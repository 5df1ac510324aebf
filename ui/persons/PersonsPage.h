#pragma once

#include "core/Session.h"
#include "ui/common/PersonSearchField.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTableView;

namespace guichet {

class ErrorLabel;
class PersonTableModel;

// Find a person by immatriculation number, CIN or name as the agent types, and open the file,
// all from the keyboard: Ctrl+F to search, Down to the list, Enter to open.
class PersonsPage : public QWidget
{
    Q_OBJECT

public:
    PersonsPage(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);

    PersonTableModel *model() const { return m_model; }
    PersonSearchField *searchField() const { return m_search; }
    QTableView *table() const { return m_table; }
    void focusSearch();

signals:
    void openPersonRequested(qint64 personId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateStatus();
    void openCurrent();
    void showResults(bool confirmed);

    const Session &m_session;
    PersonTableModel *m_model = nullptr;
    PersonSearchField *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
