#pragma once

#include "data/persons/MemberAccountRepository.h"
#include "data/persons/PersonRepository.h"
#include "data/rights/RightsRepository.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QTableWidget;

namespace guichet {

class ErrorLabel;

// A person's file: identity, beneficiaries, contributions with the entitlement that follows,
// consents and oppositions, and the places where dossiers, complaints and requests will show.
// Opening it is recorded in the audit log under the active purpose, and the dialog says so.
// Under REG the agent edits (F2), adds a beneficiary (Ctrl+B) and keeps the ledger, all from
// the keyboard; an agent whose role deposits the person's regime deposits a dossier for them
// (Ctrl+D) without searching them again.
class PersonFileDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { EditRequested = 2, AddBeneficiaryRequested, OpenPersonRequested, DepositRequested };

    PersonFileDialog(const PersonFile &file, QSqlDatabase db, const Session &session, QWidget *parent = nullptr);
    ~PersonFileDialog() override;

    // After OpenPersonRequested: the beneficiary or member to open.
    qint64 requestedPersonId() const { return m_requestedPersonId; }

private:
    QWidget *identityTab();
    QWidget *beneficiariesTab();
    QWidget *contributionsTab();
    QWidget *consentsTab();
    QWidget *dossiersTab(QSqlDatabase db);
    QWidget *disclosuresTab(QSqlDatabase db);
    void refreshDisclosures();
    void recordDisclosure();
    QWidget *placeholderTab(const QString &text);
    void refreshAccount();
    void recordDue();
    void recordReceipt();
    void giveConsent();
    void withdrawConsent();

    PersonFile m_file;
    const Session &m_session;
    std::unique_ptr<MemberAccountRepository> m_account;
    qint64 m_requestedPersonId = 0;
    QLabel *m_entitlement = nullptr;
    QLabel *m_arrears = nullptr;
    QTableWidget *m_ledger = nullptr;
    QList<LedgerEntry> m_entries; // the rows of m_ledger
    QTableWidget *m_consents = nullptr;
    QTableWidget *m_oppositions = nullptr;
    std::unique_ptr<RightsRepository> m_rights;
    QTableWidget *m_disclosures = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
