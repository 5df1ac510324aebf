#include "ui/common/ConflictDialog.h"

#include "core/DisplayDate.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

ConflictDialog::ConflictDialog(const Person &mine, const Person &saved, QWidget *parent) : QDialog(parent)
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Saved meanwhile by another agent"));
    auto date = [](const QDate &d) { return displayDate(d); };
    const QList<std::tuple<QString, QString, QString>> rows = {
        {tr("Last name"), mine.lastName, saved.lastName},
        {tr("First name"), mine.firstName, saved.firstName},
        {tr("Last name in Arabic"), mine.lastNameAr, saved.lastNameAr},
        {tr("First name in Arabic"), mine.firstNameAr, saved.firstNameAr},
        {tr("CIN"), mine.cin, saved.cin},
        {tr("Birth date"), date(mine.birthDate), date(saved.birthDate)},
        {tr("Sex"), mine.sex, saved.sex},
        {tr("Address"), mine.address, saved.address},
        {tr("Phone"), mine.phone, saved.phone},
        {tr("E-mail"), mine.email, saved.email},
        {tr("Status"), PersonRepository::statusLabel(mine.status), PersonRepository::statusLabel(saved.status)},
        {tr("Start of the relationship"), date(mine.relationStart), date(saved.relationStart)},
        {tr("End of the relationship"), date(mine.relationEnd), date(saved.relationEnd)},
        {tr("RIB"), mine.rib, saved.rib},
        {tr("Child's condition"), PersonRepository::childConditionLabel(mine.childCondition),
         PersonRepository::childConditionLabel(saved.childCondition)},
    };
    auto *table = new QTableWidget(int(rows.size()), 3, this);
    table->setObjectName(u"versions"_s);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your version"), tr("Saved version")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
    QFont bold = font();
    bold.setBold(true);
    for (int r = 0; r < rows.size(); ++r) {
        const auto &[label, a, b] = rows.at(r);
        table->setItem(r, 0, new QTableWidgetItem(label));
        table->setItem(r, 1, new QTableWidgetItem(a));
        table->setItem(r, 2, new QTableWidgetItem(b));
        if (a != b) { // what differs stands out
            for (int c = 0; c < 3; ++c)
                table->item(r, c)->setFont(bold);
        }
    }
    table->resizeColumnsToContents();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("&Keep my version"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(u"keepMine"_s);
    QPushButton *take = buttons->addButton(tr("&Take the saved version"), QDialogButtonBox::ResetRole);
    take->setObjectName(u"takeSaved"_s);
    buttons->addButton(tr("&Back to my form"), QDialogButtonBox::RejectRole);
    connect(keep, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(take, &QPushButton::clicked, this, [this] { done(TakeSaved); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Another agent saved this file after you opened it. Compare, then choose."), this));
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(620, 360);
}

} // namespace guichet
