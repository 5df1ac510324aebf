#include "ui/PersonFileDialog.h"

#include "core/PurposeRules.h"
#include "data/PersonTableModel.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
} // namespace

PersonFileDialog::PersonFileDialog(const PersonFile &file, const Session &session, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"personFileDialog"_s);
    const Person &p = file.person;
    setWindowTitle(tr("File of %1 %2").arg(p.lastName, p.firstName));

    auto *identity = new QGroupBox(tr("Identity"), this);
    auto *form = new QFormLayout(identity);
    form->addRow(tr("Immatriculation:"), valueLabel(p.immatriculation, identity));
    form->addRow(tr("CIN:"), valueLabel(p.cin, identity));
    form->addRow(tr("Last name:"), valueLabel(p.lastName, identity));
    form->addRow(tr("First name:"), valueLabel(p.firstName, identity));
    auto *arabic = valueLabel(QStringList{p.lastNameAr, p.firstNameAr}.join(u' ').trimmed(), identity);
    arabic->setLayoutDirection(Qt::RightToLeft);
    form->addRow(tr("Name in Arabic:"), arabic);
    form->addRow(tr("Birth date:"), valueLabel(QLocale().toString(p.birthDate, QLocale::LongFormat), identity));
    form->addRow(tr("Sex:"), valueLabel(p.sex == u"F"_s ? tr("Female") : tr("Male"), identity));
    form->addRow(tr("Relation:"), valueLabel(PersonTableModel::relationLabel(p.relation), identity));
    form->addRow(tr("Regime:"), valueLabel(p.regime == u"STU"_s ? tr("Students") : tr("AMO-Public"), identity));
    form->addRow(tr("Organisation:"), valueLabel(p.organisationCode, identity));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(identity);

    if (p.relation == u"member"_s) {
        auto *group = new QGroupBox(tr("Beneficiaries (%1)").arg(file.beneficiaries.size()), this);
        auto *table = new QTableWidget(int(file.beneficiaries.size()), 4, group);
        table->setObjectName(u"beneficiaries"_s);
        table->setHorizontalHeaderLabels({tr("Relation"), tr("Last name"), tr("First name"), tr("Birth date")});
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        for (int row = 0; row < file.beneficiaries.size(); ++row) {
            const Person &b = file.beneficiaries.at(row);
            table->setItem(row, 0, new QTableWidgetItem(PersonTableModel::relationLabel(b.relation)));
            table->setItem(row, 1, new QTableWidgetItem(b.lastName));
            table->setItem(row, 2, new QTableWidgetItem(b.firstName));
            table->setItem(row, 3, new QTableWidgetItem(QLocale().toString(b.birthDate, QLocale::ShortFormat)));
        }
        auto *groupLayout = new QVBoxLayout(group);
        groupLayout->addWidget(table);
        layout->addWidget(group);
    }

    const Purpose *purpose = session.purpose(session.activePurpose());
    auto *notice = new QLabel(tr("Opened under the purpose %1 (CNDP %2). This access is recorded in the audit log.")
                                  .arg(session.activePurpose(), purpose ? purpose->cndpNumber : QString()),
                              this);
    notice->setWordWrap(true);
    notice->setStyleSheet(u"color: palette(mid);"_s);
    layout->addWidget(notice);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (PurposeRules::changesPersons(session.activePurpose())) {
        QPushButton *editButton = buttons->addButton(tr("&Edit… (F2)"), QDialogButtonBox::ActionRole);
        editButton->setObjectName(u"edit"_s);
        editButton->setShortcut(Qt::Key_F2);
        connect(editButton, &QPushButton::clicked, this, [this] { done(EditRequested); });
    }
    layout->addWidget(buttons);
    resize(560, 520);
}

} // namespace guichet
