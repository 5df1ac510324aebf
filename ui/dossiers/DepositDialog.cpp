#include "ui/dossiers/DepositDialog.h"

#include "ui/common/DateField.h"
#include "ui/common/CurrentRow.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PersonSearchField.h"

#include "core/DossierRules.h"
#include "data/common/DatabaseError.h"
#include "data/persons/PersonTableModel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

DepositDialog::DepositDialog(QSqlDatabase db, DossierRepository &repository, const Session &session, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_session(session)
{
    setObjectName(u"depositDialog"_s);
    setWindowTitle(tr("Deposit a dossier"));
    resize(760, 520);
    m_persons = new PersonTableModel(std::move(db), session, this);

    m_search = new PersonSearchField(this, u"depositSearch"_s);
    m_search->setPlaceholderText(tr("Immatriculation number, CIN or name"));
    m_table = new QTableView(this);
    m_table->setObjectName(u"depositPersons"_s);
    m_table->setModel(m_persons);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(PersonTableModel::Cin, true);
    m_table->setColumnHidden(PersonTableModel::OrganisationCode, !session.seesAllOrganisations());
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);

    m_number = new QLineEdit(this);
    m_number->setObjectName(u"dossierNumber"_s);
    m_number->setMaxLength(32);
    m_dateOfCare = dateField(u"dateOfCare"_s, this);
    m_justification = new QLineEdit(this);
    m_justification->setObjectName(u"lateJustification"_s);
    m_justification->setMaxLength(500);
    m_justification->setPlaceholderText(tr("Only a supervisor, only for care more than %1 days old")
                                            .arg(DossierRules::DepositDays));
    m_error = new ErrorLabel(this, u"depositError"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Member:"), m_search);
    form->addRow(m_table);
    form->addRow(tr("Dossier &number (barcode):"), m_number);
    form->addRow(tr("&Date of care (dd/mm/yyyy):"), m_dateOfCare);
    form->addRow(tr("&Justification of a late deposit:"), m_justification);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QPushButton *ok = buttons->addButton(tr("Deposit (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(u"deposit"_s);
    ok->setAutoDefault(false);
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    connect(save, &QShortcut::activated, this, &DepositDialog::deposit);
    connect(ok, &QPushButton::clicked, this, &DepositDialog::deposit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_number);
    setTabOrder(m_number, m_dateOfCare);
    setTabOrder(m_dateOfCare, m_justification);

    connect(m_search, &PersonSearchField::searchRequested, this, &DepositDialog::applySearch);
    // From the search, Down goes to the family listed, Return to the barcode (first person).
    connect(m_search, &PersonSearchField::moveToResults, this, [this] {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_persons->rowCount() > 0)
            makeCurrentRow(m_table, 0);
    });
    connect(m_search, &PersonSearchField::searchConfirmed, m_number, qOverload<>(&QWidget::setFocus));
    connect(m_persons, &PersonTableModel::errorOccurred, m_error, &ErrorLabel::say);
}

bool DepositDialog::eventFilter(QObject *watched, QEvent *event)
{
    // In the family listed, Return picks the beneficiary and goes on to the barcode: it never
    // submits nor closes the dialog.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_table->currentIndex().isValid())
                m_number->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DepositDialog::reject()
{
    // Escape and Cancel: what the agent typed is not thrown away without a word.
    const bool typed = !m_number->text().trimmed().isEmpty() || !isBlank(m_dateOfCare)
                       || !m_justification->text().trimmed().isEmpty();
    if (typed
        && QMessageBox::question(this, windowTitle(), tr("The dossier is not deposited. Discard what you typed?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    QDialog::reject();
}

void DepositDialog::startWith(const Person &person)
{
    // The family is found by the member's number: a beneficiary's is the member's with a rank.
    const QSignalBlocker quiet(m_search);
    m_search->setText(person.immatriculation.section(u'-', 0, 0));
    m_persons->setFilterText(m_search->text());
    for (int row = 0; row < m_persons->rowCount(); ++row) {
        if (m_persons->index(row, 0).data(PersonTableModel::PersonIdRole).toLongLong() == person.id) {
            makeCurrentRow(m_table, row);
            m_number->setFocus();
            return;
        }
    }
    // Not listed (the search finds a family by other means): the agent searches as usual.
    m_search->setText(person.immatriculation);
    m_persons->setFilterText(m_search->text());
    if (m_persons->rowCount() > 0)
        makeCurrentRow(m_table, 0);
    m_table->setFocus();
}

void DepositDialog::applySearch(const QString &text)
{
    m_persons->setFilterText(text);
    if (m_persons->rowCount() > 0)
        makeCurrentRow(m_table, 0);
}

void DepositDialog::deposit()
{
    m_error->hide();
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_error->say(tr("Find the member, then choose the beneficiary in the list."));
        m_search->setFocus();
        return;
    }
    DepositRequest request;
    request.personId = current.siblingAtColumn(0).data(PersonTableModel::PersonIdRole).toLongLong();
    request.number = m_number->text();
    request.dateOfCare = dateOf(m_dateOfCare);
    request.lateJustification = m_justification->text();
    if (!request.dateOfCare.isValid()) {
        m_error->say(tr("Type the date of care as dd/mm/yyyy."));
        m_dateOfCare->setFocus();
        return;
    }
    try {
        m_deposited = m_repository.deposit(m_session, request);
        accept();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

} // namespace guichet
