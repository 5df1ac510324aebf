#include "ui/persons/PersonFileDialog.h"

#include "core/DisplayDate.h"

#include "core/PurposeRules.h"
#include "data/common/DatabaseError.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/MemberAccountRepository.h"
#include "data/persons/PersonTableModel.h"
#include "ui/persons/ContributionDialogs.h"
#include "ui/common/ErrorLabel.h"
#include "ui/rights/RightsDialogs.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text.isEmpty() ? u"—"_s : text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QTableWidget *readOnlyTable(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    // Every column fits its widest value: amounts are read at a glance, never cut.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *amountItem(Centimes amount)
{
    auto *item = new QTableWidgetItem(Money::format(amount));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PersonFileDialog::PersonFileDialog(const PersonFile &file, QSqlDatabase db, const Session &session, QWidget *parent)
    : QDialog(parent), m_file(file), m_session(session),
      m_account(std::make_unique<MemberAccountRepository>(db)),
      m_rights(std::make_unique<RightsRepository>(db, BusinessCalendar()))
{
    setObjectName(u"personFileDialog"_s);
    const Person &p = m_file.person;
    setWindowTitle(tr("File of %1 %2").arg(p.lastName, p.firstName));
    const bool registration = PurposeRules::changesPersons(session.activePurpose());

    m_entitlement = new QLabel(this);
    m_entitlement->setObjectName(u"entitlement"_s);
    m_entitlement->setWordWrap(true);
    m_error = new ErrorLabel(this);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"fileTabs"_s);
    tabs->addTab(identityTab(), tr("&Identity"));
    if (p.relation == u"member"_s) {
        tabs->addTab(beneficiariesTab(), tr("Bene&ficiaries (%1)").arg(m_file.beneficiaries.size()));
        tabs->addTab(contributionsTab(), tr("C&ontributions"));
    }
    tabs->addTab(consentsTab(), tr("Consents and o&ppositions"));
    tabs->addTab(dossiersTab(db), tr("&Dossiers"));
    // Complaints are read under their own purposes, in their own section: the file does not claim
    // there are none.
    tabs->addTab(placeholderTab(tr("Complaints are read in the complaints section, under the purposes CPL and LEG, "
                                   "not in the member file.")),
                 tr("Co&mplaints"));
    tabs->addTab(disclosuresTab(db), tr("Disc&losures"));

    const Purpose *purpose = session.purpose(session.activePurpose());
    auto *notice = new QLabel(tr("Opened under the purpose %1 (CNDP %2). This access is recorded in the audit log.")
                                  .arg(session.activePurpose(), purpose ? purpose->cndpNumber : QString()),
                              this);
    notice->setWordWrap(true);
    notice->setStyleSheet(u"color: palette(mid);"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (registration) {
        QPushButton *editButton = buttons->addButton(tr("&Edit… (F2)"), QDialogButtonBox::ActionRole);
        editButton->setObjectName(u"edit"_s);
        editButton->setShortcut(Qt::Key_F2);
        connect(editButton, &QPushButton::clicked, this, [this] { done(EditRequested); });
        if (p.relation == u"member"_s) {
            QPushButton *add = buttons->addButton(tr("&Add beneficiary… (Ctrl+B)"), QDialogButtonBox::ActionRole);
            add->setObjectName(u"addBeneficiary"_s);
            add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
            connect(add, &QPushButton::clicked, this, [this] { done(AddBeneficiaryRequested); });
        }
    }
    if (!PurposeRules::dossierRegime(p.regime).isEmpty() && session.hasPurpose(p.regime)) {
        QPushButton *deposit = buttons->addButton(tr("Deposit a dossier… (Ctrl+D)"), QDialogButtonBox::ActionRole);
        deposit->setObjectName(u"depositForPerson"_s);
        deposit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
        connect(deposit, &QPushButton::clicked, this, [this] { done(DepositRequested); });
    }
    if (p.memberId != 0) {
        QPushButton *member = buttons->addButton(tr("Member's file (Ctrl+Up)"), QDialogButtonBox::ActionRole);
        member->setObjectName(u"openMember"_s);
        member->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
        connect(member, &QPushButton::clicked, this, [this] {
            m_requestedPersonId = m_file.person.memberId;
            done(OpenPersonRequested);
        });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_entitlement);
    layout->addWidget(m_error);
    layout->addWidget(tabs, 1);
    layout->addWidget(notice);
    layout->addWidget(buttons);
    refreshAccount();
    resize(760, 560);
}

PersonFileDialog::~PersonFileDialog() = default;

QWidget *PersonFileDialog::identityTab()
{
    const Person &p = m_file.person;
    auto *tab = new QWidget(this);
    auto *left = new QFormLayout;
    left->addRow(tr("Immatriculation:"), valueLabel(p.immatriculation, tab));
    left->addRow(tr("CIN:"), valueLabel(p.cin, tab));
    left->addRow(tr("Last name:"), valueLabel(p.lastName, tab));
    left->addRow(tr("First name:"), valueLabel(p.firstName, tab));
    left->addRow(tr("Name in Arabic:"), valueLabel(QStringList{p.lastNameAr, p.firstNameAr}.join(u' ').trimmed(), tab));
    left->addRow(tr("Birth date:"), valueLabel(QLocale().toString(p.birthDate, QLocale::LongFormat), tab));
    left->addRow(tr("Sex:"), valueLabel(p.sex == u"F"_s ? tr("Female") : tr("Male"), tab));
    left->addRow(tr("Relation:"), valueLabel(PersonTableModel::relationLabel(p.relation), tab));
    if (p.relation == u"child"_s)
        left->addRow(tr("Child's condition:"), valueLabel(PersonRepository::childConditionLabel(p.childCondition), tab));
    auto *right = new QFormLayout;
    right->addRow(tr("Address:"), valueLabel(p.address, tab));
    right->addRow(tr("Phone:"), valueLabel(p.phone, tab));
    right->addRow(tr("E-mail:"), valueLabel(p.email, tab));
    right->addRow(tr("Regime:"), valueLabel(p.regime == u"STU"_s ? tr("Students") : tr("AMO-Public"), tab));
    right->addRow(tr("Organisation:"), valueLabel(p.organisationCode, tab));
    right->addRow(tr("Status:"), valueLabel(PersonRepository::statusLabel(p.status), tab));
    right->addRow(tr("Relationship:"),
                  valueLabel(tr("from %1 to %2")
                                 .arg(p.relationStart.isValid() ? displayDate(p.relationStart) : tr("registration"),
                                      p.relationEnd.isValid() ? displayDate(p.relationEnd) : tr("today")),
                             tab));
    right->addRow(tr("RIB:"), valueLabel(p.rib, tab));
    auto *layout = new QHBoxLayout(tab);
    layout->addLayout(left);
    layout->addLayout(right);
    return tab;
}

QWidget *PersonFileDialog::beneficiariesTab()
{
    auto *tab = new QWidget(this);
    auto *table = readOnlyTable(u"beneficiaries"_s,
                                {tr("Relation"), tr("Last name"), tr("First name"), tr("Birth date"), tr("Status")}, tab);
    table->setRowCount(int(m_file.beneficiaries.size()));
    for (int row = 0; row < m_file.beneficiaries.size(); ++row) {
        const Person &b = m_file.beneficiaries.at(row);
        auto *relation = new QTableWidgetItem(PersonTableModel::relationLabel(b.relation));
        relation->setData(Qt::UserRole, b.id);
        table->setItem(row, 0, relation);
        table->setItem(row, 1, new QTableWidgetItem(b.lastName));
        table->setItem(row, 2, new QTableWidgetItem(b.firstName));
        table->setItem(row, 3, new QTableWidgetItem(displayDate(b.birthDate)));
        table->setItem(row, 4, new QTableWidgetItem(PersonRepository::statusLabel(b.status)));
    }
    // Enter (or a double click) opens the beneficiary's own file.
    auto open = [this, table] {
        if (table->currentRow() < 0)
            return;
        m_requestedPersonId = table->item(table->currentRow(), 0)->data(Qt::UserRole).toLongLong();
        done(OpenPersonRequested);
    };
    connect(table, &QTableWidget::activated, this, open);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(table);
    layout->addWidget(new QLabel(tr("Enter opens the selected beneficiary's file."), tab));
    return tab;
}

QWidget *PersonFileDialog::contributionsTab()
{
    auto *tab = new QWidget(this);
    m_arrears = new QLabel(tab);
    m_arrears->setObjectName(u"arrears"_s);
    m_ledger = readOnlyTable(u"ledger"_s,
                             {tr("Month"), tr("Basis"), tr("Income"), tr("Employee"), tr("Employer"), tr("Due"),
                              tr("Received"), tr("Outstanding")},
                             tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_arrears);
    layout->addWidget(m_ledger, 1);
    if (PurposeRules::changesPersons(m_session.activePurpose())) {
        auto *row = new QHBoxLayout;
        auto *due = new QPushButton(tr("Record a month &due…"), tab);
        due->setObjectName(u"recordDue"_s);
        auto *receipt = new QPushButton(tr("Record a pa&yment…"), tab);
        receipt->setObjectName(u"recordReceipt"_s);
        connect(due, &QPushButton::clicked, this, &PersonFileDialog::recordDue);
        connect(receipt, &QPushButton::clicked, this, &PersonFileDialog::recordReceipt);
        row->addWidget(due);
        row->addWidget(receipt);
        row->addStretch();
        layout->addLayout(row);
    }
    return tab;
}

QWidget *PersonFileDialog::consentsTab()
{
    auto *tab = new QWidget(this);
    m_consents = readOnlyTable(u"consents"_s, {tr("Consent"), tr("Given"), tr("Withdrawn")}, tab);
    m_oppositions = readOnlyTable(u"oppositions"_s, {tr("Processing"), tr("Reason"), tr("Recorded")}, tab);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Consents"), tab));
    layout->addWidget(m_consents, 1);
    if (PurposeRules::changesPersons(m_session.activePurpose())) {
        auto *row = new QHBoxLayout;
        auto *give = new QPushButton(tr("&Record a consent…"), tab);
        give->setObjectName(u"giveConsent"_s);
        auto *withdraw = new QPushButton(tr("&Withdraw the selected consent"), tab);
        withdraw->setObjectName(u"withdrawConsent"_s);
        connect(give, &QPushButton::clicked, this, &PersonFileDialog::giveConsent);
        connect(withdraw, &QPushButton::clicked, this, &PersonFileDialog::withdrawConsent);
        row->addWidget(give);
        row->addWidget(withdraw);
        row->addStretch();
        layout->addLayout(row);
    }
    layout->addWidget(new QLabel(tr("Oppositions"), tab));
    layout->addWidget(m_oppositions, 1);
    return tab;
}

QWidget *PersonFileDialog::dossiersTab(QSqlDatabase db)
{
    // Dossiers belong to the purposes that handle them: registration does not see them.
    if (!PurposeRules::readsDossiers(m_session.activePurpose()))
        return placeholderTab(tr("Dossiers are seen under the purposes that handle them (AMO, STU, medical control, "
                                 "archives), not under %1.")
                                  .arg(m_session.activePurpose()));
    QList<Dossier> dossiers;
    try {
        dossiers = DossierRepository(std::move(db)).dossiersOfPerson(m_session, m_file.person.id);
    } catch (const DatabaseError &error) {
        return placeholderTab(error.userMessage());
    }
    if (dossiers.isEmpty())
        return placeholderTab(tr("No dossier deposited yet."));
    auto *table = new QTableWidget(int(dossiers.size()), 6, this);
    table->setObjectName(u"personDossiers"_s);
    table->setHorizontalHeaderLabels({tr("Dossier"), tr("Beneficiary"), tr("Date of care"), tr("Status"), tr("Billed"),
                                      tr("Reimbursed")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    for (int row = 0; row < dossiers.size(); ++row) {
        const Dossier &d = dossiers.at(row);
        table->setItem(row, 0, new QTableWidgetItem(d.number));
        table->setItem(row, 1, new QTableWidgetItem(d.beneficiaryName));
        table->setItem(row, 2, new QTableWidgetItem(displayDate(d.dateOfCare)));
        table->setItem(row, 3, new QTableWidgetItem(dossierStatusLabel(d.status)));
        table->setItem(row, 4, amountItem(d.billed));
        table->setItem(row, 5, amountItem(d.reimbursed));
    }
    table->resizeColumnsToContents();
    return table;
}

QWidget *PersonFileDialog::placeholderTab(const QString &text)
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *label = new QLabel(text, tab);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    return tab;
}

void PersonFileDialog::refreshAccount()
{
    const Person &p = m_file.person;
    try {
        const Entitlement::Result result = m_account->entitlement(m_session, p.id, QDate::currentDate());
        m_entitlement->setText(Entitlement::describe(result));
        m_entitlement->setStyleSheet(result.entitled() ? u"font-weight: bold; color: #1b5e20;"_s
                                                       : u"font-weight: bold; color: #b71c1c;"_s);
        if (m_ledger) {
            m_entries = m_account->ledger(m_session, p.id);
            const QList<LedgerEntry> &entries = m_entries;
            m_ledger->setRowCount(int(entries.size()));
            for (int r = 0; r < entries.size(); ++r) {
                const LedgerEntry &e = entries.at(r);
                auto *month = new QTableWidgetItem(e.month.toString(u"MM/yyyy"_s));
                month->setData(Qt::UserRole, e.month);
                m_ledger->setItem(r, 0, month);
                m_ledger->setItem(r, 1, new QTableWidgetItem(e.basis == u"pension"_s ? tr("Pension") : tr("Salary")));
                m_ledger->setItem(r, 2, amountItem(e.income));
                m_ledger->setItem(r, 3, amountItem(e.employee));
                m_ledger->setItem(r, 4, amountItem(e.employer));
                m_ledger->setItem(r, 5, amountItem(e.due));
                m_ledger->setItem(r, 6, amountItem(e.received));
                m_ledger->setItem(r, 7, amountItem(e.due - e.received));
            }
            m_arrears->setText(result.arrears > 0 ? tr("Arrears: %1").arg(Money::format(result.arrears))
                                                  : tr("No arrears."));
        }
        const QList<Consent> consents = m_account->consents(m_session, p.id);
        m_consents->setRowCount(int(consents.size()));
        for (int r = 0; r < consents.size(); ++r) {
            const Consent &c = consents.at(r);
            auto *kind = new QTableWidgetItem(MemberAccountRepository::consentLabel(c.kind));
            kind->setData(Qt::UserRole, c.id);
            m_consents->setItem(r, 0, kind);
            m_consents->setItem(r, 1, new QTableWidgetItem(c.givenAt.left(10)));
            m_consents->setItem(r, 2, new QTableWidgetItem(c.withdrawnAt.left(10)));
        }
        const QList<Opposition> oppositions = m_account->oppositions(m_session, p.id);
        m_oppositions->setRowCount(int(oppositions.size()));
        for (int r = 0; r < oppositions.size(); ++r) {
            const Opposition &o = oppositions.at(r);
            m_oppositions->setItem(r, 0, new QTableWidgetItem(o.purposeCode));
            m_oppositions->setItem(r, 1, new QTableWidgetItem(o.reason));
            m_oppositions->setItem(r, 2, new QTableWidgetItem(o.recordedAt.left(10)));
        }
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void PersonFileDialog::recordDue()
{
    std::optional<Contributions> rules;
    try {
        rules.emplace(m_account->rules());
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
        return;
    }
    DueDialog dialog(*rules, this);
    while (dialog.exec() == QDialog::Accepted) {
        try {
            m_account->recordDue(m_session, m_file.person.id, dialog.month(), dialog.basis(), dialog.income());
            refreshAccount();
            return;
        } catch (const DatabaseError &error) {
            dialog.say(error.userMessage()); // back to the form, as typed
        }
    }
}

void PersonFileDialog::recordReceipt()
{
    ReceiptDialog dialog(this);
    if (m_ledger->currentRow() >= 0) {
        const int row = m_ledger->currentRow();
        dialog.setProposal(m_entries.at(row).month, m_entries.at(row).due - m_entries.at(row).received);
    }
    while (dialog.exec() == QDialog::Accepted) {
        try {
            m_account->recordReceipt(m_session, m_file.person.id, dialog.month(), dialog.amount(),
                                     dialog.receivedOn(), dialog.reference());
            refreshAccount();
            return;
        } catch (const DatabaseError &error) {
            dialog.say(error.userMessage());
        }
    }
}

QWidget *PersonFileDialog::disclosuresTab(QSqlDatabase)
{
    auto *tab = new QWidget(this);
    m_disclosures = readOnlyTable(u"disclosures"_s, {tr("Date"), tr("Processing"), tr("Kind of recipient"),
                                                     tr("Recipient"), tr("What was disclosed")},
                                  tab);
    auto *record = new QPushButton(tr("Record a disclo&sure…"), tab);
    record->setObjectName(u"recordDisclosure"_s);
    connect(record, &QPushButton::clicked, this, &PersonFileDialog::recordDisclosure);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Transmissions of this person's data to third parties:"), tab), 1);
    row->addWidget(record);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(row);
    layout->addWidget(m_disclosures, 1);
    refreshDisclosures();
    return tab;
}

void PersonFileDialog::refreshDisclosures()
{
    try {
        const QList<Disclosure> list = m_rights->disclosuresOf(m_file.person.id);
        m_disclosures->setRowCount(int(list.size()));
        for (int r = 0; r < list.size(); ++r) {
            const Disclosure &d = list.at(r);
            const QStringList cells{displayDateTime(d.disclosedAt),
                                    d.purposeCode, DisclosureDialog::kindLabel(d.recipientKind), d.recipient, d.what};
            for (int c = 0; c < cells.size(); ++c)
                m_disclosures->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        }
        m_disclosures->resizeColumnsToContents();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void PersonFileDialog::recordDisclosure()
{
    DisclosureDialog dialog(*m_rights, m_session, m_file.person.id, this);
    if (dialog.exec() == QDialog::Accepted)
        refreshDisclosures();
}

void PersonFileDialog::giveConsent()
{
    QStringList labels;
    for (const QString &kind : MemberAccountRepository::consentKinds())
        labels << MemberAccountRepository::consentLabel(kind);
    bool ok = false;
    const QString label = QInputDialog::getItem(this, tr("Record a consent"), tr("Consent given by the person to:"),
                                                labels, 0, false, &ok);
    if (!ok)
        return;
    try {
        m_account->giveConsent(m_session, m_file.person.id,
                               MemberAccountRepository::consentKinds().at(labels.indexOf(label)));
        refreshAccount();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void PersonFileDialog::withdrawConsent()
{
    const int row = m_consents->currentRow();
    if (row < 0) {
        m_error->say(tr("Select the consent to withdraw."));
        return;
    }
    if (QMessageBox::question(this, windowTitle(),
                              tr("Withdraw the consent \"%1\"? The person is excluded from it at once.")
                                  .arg(m_consents->item(row, 0)->text()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    try {
        m_account->withdrawConsent(m_session, m_file.person.id, m_consents->item(row, 0)->data(Qt::UserRole).toLongLong());
        refreshAccount();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

} // namespace guichet
