#include "ui/persons/PersonsPage.h"

#include "ui/common/ErrorLabel.h"

#include "data/persons/PersonTableModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

PersonsPage::PersonsPage(QSqlDatabase db, const Session &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(u"personsPage"_s);
    m_model = new PersonTableModel(std::move(db), session, this);
    m_model->watchChanges();

    m_search = new PersonSearchField(this, u"personSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_searchLabel = new QLabel(this);
    m_searchLabel->setBuddy(m_search);

    m_table = new QTableView(this);
    m_table->setObjectName(u"personTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PersonTableModel::LastName, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Widths that fit a counter screen without scrolling sideways.
    const std::pair<int, int> widths[] = {{PersonTableModel::Immatriculation, 115}, {PersonTableModel::LastName, 135},
                                          {PersonTableModel::FirstName, 105},       {PersonTableModel::ArabicName, 150},
                                          {PersonTableModel::BirthDate, 115},        {PersonTableModel::Cin, 85},
                                          {PersonTableModel::Relation, 80}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);
    // A mutuelle's agent sees its own persons only: the organisation column would say nothing.
    m_table->setColumnHidden(PersonTableModel::OrganisationCode, !session.seesAllOrganisations());
    m_table->installEventFilter(this);
    // Columns that SQL cannot sort on an index keep the current order: put the indicator back.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!PersonTableModel::isSortable(column)) {
            const QSignalBlocker blocker(m_table->horizontalHeader());
            m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    connect(m_table, &QTableView::activated, this, &PersonsPage::openCurrent);

    m_status = new QLabel(this);
    m_status->setObjectName(u"personStatus"_s);
    m_error = new ErrorLabel(this, u"personError"_s);

    connect(m_search, &PersonSearchField::searchRequested, this, [this](const QString &text) {
        m_error->hide();
        m_model->setFilterText(text);
    });
    connect(m_search, &PersonSearchField::moveToResults, this, [this] { showResults(false); });
    connect(m_search, &PersonSearchField::searchConfirmed, this, [this] { showResults(true); });
    connect(m_model, &PersonTableModel::errorOccurred, this, [this](const QString &message) {
        m_error->say(message);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PersonsPage::updateStatus);
    // While searching, the rows are in the order of the key searched: the header says so.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_model->effectiveSortColumn(), m_model->effectiveSortOrder());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PersonsPage::updateStatus);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_search);

    retranslateUi();
    updateStatus();
}

void PersonsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PersonsPage::retranslateUi()
{
    m_searchLabel->setText(tr("&Find:"));
    m_search->setPlaceholderText(tr("Immatriculation, CIN or name (Latin or Arabic) — Ctrl+F"));
    emit m_model->headerDataChanged(Qt::Horizontal, 0, PersonTableModel::ColumnCount - 1);
    updateStatus();
}

void PersonsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PersonsPage::updateStatus()
{
    const int shown = m_model->rowCount();
    QString text = shown == 0 && !m_model->filterText().isEmpty()
                       ? tr("Nobody matches \"%1\".").arg(m_model->filterText())
                       : tr("%n person(s) shown", nullptr, shown);
    if (m_model->canFetchMore({}))
        text += u" — "_s + tr("more as you scroll");
    if (!m_session.seesAllOrganisations())
        text += u" — "_s + tr("persons of %1 only").arg(m_session.organisation.code);
    m_status->setText(text);
}

void PersonsPage::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        emit openPersonRequested(current.data(PersonTableModel::PersonIdRole).toLongLong());
}

// From the search, Down and Return go to the first person found; Return opens their file when
// nobody else matches.
void PersonsPage::showResults(bool confirmed)
{
    if (m_model->rowCount() > 0) {
        m_table->setFocus();
        m_table->setCurrentIndex(m_model->index(0, PersonTableModel::LastName));
        if (confirmed && m_model->rowCount() == 1)
            openCurrent();
    }
}

bool PersonsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_table && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet
