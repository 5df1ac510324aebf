#pragma once

#include "core/Session.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/PersonRepository.h"

#include <QDialog>

class QLineEdit;
class QTableView;

namespace guichet {

class ErrorLabel;
class PersonSearchField;
class PersonTableModel;

// The deposit at the counter: find the member (number, CIN or name), pick the beneficiary in the
// family listed, scan or type the dossier's barcode and the date of care, Ctrl+S. A care more
// than 60 days old needs a supervisor's justification.
class DepositDialog : public QDialog
{
    Q_OBJECT

public:
    DepositDialog(QSqlDatabase db, DossierRepository &repository, const Session &session, QWidget *parent = nullptr);

    const Dossier &deposited() const { return m_deposited; }
    // Opened from a person's file: their family is listed with them chosen, and the agent starts
    // at the barcode (Shift+Tab goes back to the family for another beneficiary).
    void startWith(const Person &person);

public slots:
    // Asks before the typed number, date or justification are thrown away.
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch(const QString &text);
    void deposit();

    DossierRepository &m_repository;
    Session m_session;
    PersonTableModel *m_persons = nullptr;
    PersonSearchField *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_number = nullptr;
    QLineEdit *m_dateOfCare = nullptr;
    QLineEdit *m_justification = nullptr;
    ErrorLabel *m_error = nullptr;
    Dossier m_deposited;
};

} // namespace guichet
