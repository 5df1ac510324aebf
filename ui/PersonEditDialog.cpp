#include "ui/PersonEditDialog.h"

#include "ui/ErrorLabel.h"

#include "core/FieldRules.h"
#include "ui/ConflictDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

PersonEditDialog::PersonEditDialog(PersonRepository &repository, const Session &session, const Person &person,
                                   QWidget *parent)
    : QDialog(parent), m_repository(repository), m_session(session)
{
    setObjectName(u"personEditDialog"_s);
    setWindowTitle(tr("Edit %1 %2").arg(person.lastName, person.firstName));
    auto field = [this](const QString &name, int maxLength) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setMaxLength(maxLength);
        return edit;
    };
    m_lastName = field(u"lastName"_s, FieldRules::MaxNameLength);
    m_firstName = field(u"firstName"_s, FieldRules::MaxNameLength);
    m_lastNameAr = field(u"lastNameAr"_s, FieldRules::MaxNameLength);
    m_firstNameAr = field(u"firstNameAr"_s, FieldRules::MaxNameLength);
    m_lastNameAr->setLayoutDirection(Qt::RightToLeft);
    m_firstNameAr->setLayoutDirection(Qt::RightToLeft);
    m_cin = field(u"cin"_s, 8);
    m_birthDate = new QDateEdit(this);
    m_birthDate->setObjectName(u"birthDate"_s);
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_birthDate->setMinimumDate(QDate(1900, 1, 1));
    m_birthDate->setMaximumDate(QDate::currentDate());
    m_sex = new QComboBox(this);
    m_sex->setObjectName(u"sex"_s);
    m_sex->addItem(tr("Female"), u"F"_s);
    m_sex->addItem(tr("Male"), u"M"_s);
    m_error = new ErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Immatriculation:"), new QLabel(person.immatriculation, this));
    form->addRow(tr("&Last name:"), m_lastName);
    form->addRow(tr("&First name:"), m_firstName);
    form->addRow(tr("Last name in &Arabic:"), m_lastNameAr);
    form->addRow(tr("First name in A&rabic:"), m_firstNameAr);
    form->addRow(tr("&CIN:"), m_cin);
    form->addRow(tr("&Birth date:"), m_birthDate);
    form->addRow(tr("Se&x:"), m_sex);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonEditDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    load(person);
    m_lastName->setFocus();
}

void PersonEditDialog::load(const Person &person)
{
    m_base = person;
    m_lastName->setText(person.lastName);
    m_firstName->setText(person.firstName);
    m_lastNameAr->setText(person.lastNameAr);
    m_firstNameAr->setText(person.firstNameAr);
    m_cin->setText(person.cin);
    m_birthDate->setDate(person.birthDate);
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(person.sex)));
}

Person PersonEditDialog::person() const
{
    Person p = m_base;
    p.lastName = m_lastName->text();
    p.firstName = m_firstName->text();
    p.lastNameAr = m_lastNameAr->text();
    p.firstNameAr = m_firstNameAr->text();
    p.cin = m_cin->text();
    p.birthDate = m_birthDate->date();
    p.sex = m_sex->currentData().toString();
    return p;
}

bool PersonEditDialog::save(const Person &person)
{
    try {
        m_repository.update(m_session, person);
        return true;
    } catch (const PersonConflict &conflict) {
        ConflictDialog dialog(conflict.mine(), conflict.saved(), this);
        switch (dialog.exec()) {
        case ConflictDialog::KeepMine: {
            // Mine, written over the version now saved: the agent has seen what it replaces.
            Person again = conflict.mine();
            again.version = conflict.saved().version;
            m_base.version = conflict.saved().version;
            return save(again);
        }
        case ConflictDialog::TakeSaved:
            load(conflict.saved()); // the form shows the saved version; the agent may edit it again
            m_error->say(tr("The form now shows the version saved by the other agent."));
            return false;
        default:
            return false; // back to the form, as typed
        }
    } catch (const DatabaseError &error) {
        // Refused or connection lost: the form stays as typed.
        m_error->say(error.userMessage());
        return false;
    }
}

void PersonEditDialog::accept()
{
    if (save(person()))
        QDialog::accept();
}

void PersonEditDialog::reject()
{
    if (!PersonRepository::changedFields(m_base, person()).isEmpty()
        && QMessageBox::question(this, windowTitle(), tr("Discard your changes?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace guichet
