#include "ui/persons/PersonEditDialog.h"

#include "ui/common/DateField.h"

#include "core/FieldRules.h"
#include "core/Rib.h"
#include "data/persons/PersonTableModel.h"
#include "ui/common/ConflictDialog.h"
#include "ui/common/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QEvent>
#include <QPushButton>
#include <QTimer>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

PersonEditDialog::PersonEditDialog(PersonRepository &repository, const Session &session, const Person &person,
                                   QWidget *parent)
    : QDialog(parent), m_repository(repository), m_session(session)
{
    setObjectName(u"personEditDialog"_s);
    m_base = person;
    if (!isNew())
        setWindowTitle(tr("Edit %1 %2").arg(person.lastName, person.firstName));
    else
        setWindowTitle(person.relation == u"member"_s ? tr("Register a member") : tr("Register a beneficiary"));
    auto field = [this](const QString &name, int maxLength) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setMaxLength(maxLength);
        edit->setMinimumWidth(210);
        return edit;
    };
    m_immatriculation = field(u"immatriculation"_s, 15);
    m_immatriculation->setReadOnly(!isNew());
    m_relation = new QComboBox(this);
    m_relation->setObjectName(u"relation"_s);
    for (const QString &relation : {u"member"_s, u"spouse"_s, u"child"_s, u"other"_s})
        m_relation->addItem(PersonTableModel::relationLabel(relation), relation);
    m_relation->setEnabled(isNew() && person.relation != u"member"_s);
    if (m_relation->isEnabled())
        m_relation->removeItem(0); // a beneficiary is not a member
    m_childCondition = new QComboBox(this);
    m_childCondition->setObjectName(u"childCondition"_s);
    for (const QString &condition : {QString(), u"student"_s, u"disabled"_s})
        m_childCondition->addItem(PersonRepository::childConditionLabel(condition), condition);
    m_regime = new QComboBox(this);
    m_regime->setObjectName(u"regime"_s);
    m_regime->addItem(tr("AMO-Public"), u"AMO"_s);
    m_regime->addItem(tr("Students"), u"STU"_s);
    m_regime->setEnabled(isNew() && person.relation == u"member"_s);
    m_lastName = field(u"lastName"_s, FieldRules::MaxNameLength);
    m_firstName = field(u"firstName"_s, FieldRules::MaxNameLength);
    m_lastNameAr = field(u"lastNameAr"_s, FieldRules::MaxNameLength);
    m_firstNameAr = field(u"firstNameAr"_s, FieldRules::MaxNameLength);
    m_lastNameAr->setLayoutDirection(Qt::RightToLeft);
    m_firstNameAr->setLayoutDirection(Qt::RightToLeft);
    m_cin = field(u"cin"_s, 8);
    // Blank for a new person, so that a forgotten birth date is refused rather than registered
    // as some default.
    m_birthDate = dateField(u"birthDate"_s, this);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(u"sex"_s);
    m_sex->addItem(tr("Female"), u"F"_s);
    m_sex->addItem(tr("Male"), u"M"_s);
    m_address = field(u"address"_s, FieldRules::MaxAddressLength);
    m_address->setMinimumWidth(260);
    m_phone = field(u"phone"_s, 20);
    m_phone->setPlaceholderText(u"06 12 34 56 78"_s);
    m_email = field(u"email"_s, FieldRules::MaxEmailLength);
    m_status = new QComboBox(this);
    m_status->setObjectName(u"status"_s);
    for (const QString &status : {u"active"_s, u"retired"_s, u"ended"_s})
        m_status->addItem(PersonRepository::statusLabel(status), status);
    m_relationStart = dateField(u"relationStart"_s, this);
    m_relationEnd = dateField(u"relationEnd"_s, this);
    for (QLineEdit *date : {m_birthDate, m_relationStart, m_relationEnd})
        date->installEventFilter(this);
    m_rib = field(u"rib"_s, 40);
    m_rib->setPlaceholderText(tr("24 digits"));
    m_ribCheck = new QLabel(this);
    m_ribCheck->setObjectName(u"ribCheck"_s);
    connect(m_rib, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QString problem = text.trimmed().isEmpty() ? QString() : Rib::problem(text);
        m_ribCheck->setText(text.trimmed().isEmpty() ? QString() : problem.isEmpty() ? tr("Key verified") : problem);
    });
    connect(m_relation, &QComboBox::currentIndexChanged, this, &PersonEditDialog::updateChildCondition);
    m_error = new ErrorLabel(this);

    auto *identity = new QGroupBox(tr("Identity"), this);
    auto *left = new QFormLayout(identity);
    m_identityForm = left;
    left->addRow(tr("&Immatriculation:"), m_immatriculation);
    left->addRow(tr("Relati&on:"), m_relation);
    left->addRow(tr("C&hild's condition:"), m_childCondition);
    left->addRow(tr("&Last name:"), m_lastName);
    left->addRow(tr("&First name:"), m_firstName);
    left->addRow(tr("Last name in &Arabic:"), m_lastNameAr);
    left->addRow(tr("First name in A&rabic:"), m_firstNameAr);
    left->addRow(tr("&CIN:"), m_cin);
    left->addRow(tr("&Birth date:"), m_birthDate);
    left->addRow(tr("Se&x:"), m_sex);
    auto *membership = new QGroupBox(tr("Contact and membership"), this);
    auto *right = new QFormLayout(membership);
    right->addRow(tr("A&ddress:"), m_address);
    right->addRow(tr("&Phone:"), m_phone);
    right->addRow(tr("&E-mail:"), m_email);
    right->addRow(tr("Regi&me:"), m_regime);
    right->addRow(tr("Stat&us:"), m_status);
    right->addRow(tr("Relationship s&tarts:"), m_relationStart);
    right->addRow(tr("Relationship e&nds:"), m_relationEnd);
    right->addRow(tr("Ban&k account (RIB):"), m_rib);
    right->addRow(QString(), m_ribCheck);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(isNew() ? tr("Re&gister") : tr("&Save"));
    buttons->button(QDialogButtonBox::Save)->setShortcut(QKeySequence::Save);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonEditDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(identity);
    columns->addWidget(membership);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Tab goes down the identity, then down the membership: the order of the paper form.
    QWidget *order[] = {m_immatriculation, m_relation, m_childCondition, m_lastName,     m_firstName,
                        m_lastNameAr,      m_firstNameAr, m_cin,         m_birthDate,    m_sex,
                        m_address,         m_phone,    m_email,          m_regime,       m_status,
                        m_relationStart,   m_relationEnd, m_rib};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    load(person);
    (isNew() ? (m_relation->isEnabled() ? static_cast<QWidget *>(m_relation) : m_immatriculation) : m_lastName)
        ->setFocus();
}

bool PersonEditDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A click into an empty date puts the cursor on its first digit, wherever the click fell.
    if (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::FocusIn) {
        auto *edit = qobject_cast<QLineEdit *>(watched);
        if (edit && isBlank(edit))
            QTimer::singleShot(0, edit, [edit] {
                if (isBlank(edit)) // still: nothing was typed meanwhile
                    edit->setCursorPosition(0);
            });
    }
    return QDialog::eventFilter(watched, event);
}

void PersonEditDialog::updateChildCondition()
{
    // Asked of a child only.
    const bool child = m_relation->currentData().toString() == u"child"_s;
    m_identityForm->setRowVisible(m_childCondition, child);
    if (!child)
        m_childCondition->setCurrentIndex(0);
}

void PersonEditDialog::load(const Person &person)
{
    m_base = person;
    m_immatriculation->setText(person.immatriculation);
    m_relation->setCurrentIndex(qMax(0, m_relation->findData(person.relation)));
    m_childCondition->setCurrentIndex(qMax(0, m_childCondition->findData(person.childCondition)));
    m_regime->setCurrentIndex(qMax(0, m_regime->findData(person.regime)));
    m_lastName->setText(person.lastName);
    m_firstName->setText(person.firstName);
    m_lastNameAr->setText(person.lastNameAr);
    m_firstNameAr->setText(person.firstNameAr);
    m_cin->setText(person.cin);
    setDate(m_birthDate, person.birthDate);
    m_sex->setCurrentIndex(qMax(0, m_sex->findData(person.sex)));
    m_address->setText(person.address);
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    m_status->setCurrentIndex(qMax(0, m_status->findData(person.status)));
    setDate(m_relationStart, person.relationStart);
    setDate(m_relationEnd, person.relationEnd);
    m_rib->setText(person.rib);
    updateChildCondition();
}

Person PersonEditDialog::person() const
{
    Person p = m_base;
    if (isNew()) {
        p.immatriculation = m_immatriculation->text();
        p.relation = m_relation->currentData().toString();
        p.regime = m_regime->currentData().toString();
    }
    p.childCondition = m_childCondition->currentData().toString();
    p.lastName = m_lastName->text();
    p.firstName = m_firstName->text();
    p.lastNameAr = m_lastNameAr->text();
    p.firstNameAr = m_firstNameAr->text();
    p.cin = m_cin->text();
    p.birthDate = dateOf(m_birthDate);
    p.sex = m_sex->currentData().toString();
    p.address = m_address->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.status = m_status->currentData().toString();
    p.relationStart = dateOf(m_relationStart);
    p.relationEnd = dateOf(m_relationEnd);
    p.rib = m_rib->text();
    return p;
}

bool PersonEditDialog::save(const Person &person)
{
    try {
        if (isNew()) {
            m_savedId = m_repository.create(m_session, person);
        } else {
            m_repository.update(m_session, person);
            m_savedId = person.id;
        }
        return true;
    } catch (const DuplicatePerson &duplicate) {
        m_error->say(duplicate.userMessage());
        if (QMessageBox::question(this, windowTitle(),
                                  duplicate.userMessage() + u"\n\n"_s + tr("Open the existing file now?"),
                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open)
            == QMessageBox::Open) {
            m_existingId = duplicate.existingId();
            done(ShowExisting);
        }
        return false;
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
    // An optional date half typed is a mistake, not "no date".
    for (const auto &[field, label] : {std::pair{m_relationStart, tr("The start of the relationship")},
                                       std::pair{m_relationEnd, tr("The end of the relationship")}}) {
        if (!isBlank(field) && !dateOf(field).isValid()) {
            m_error->say(tr("%1 is not a valid date (dd/mm/yyyy).").arg(label));
            field->setFocus();
            return;
        }
    }
    if (save(person()))
        QDialog::accept();
}

void PersonEditDialog::reject()
{
    const Person typed = person();
    const bool touched = isNew() ? !typed.lastName.trimmed().isEmpty() || !typed.immatriculation.trimmed().isEmpty()
                                 : !PersonRepository::changes(m_base, PersonRepository::normalized(typed)).isEmpty();
    if (touched
        && QMessageBox::question(this, windowTitle(), tr("Discard your changes?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace guichet
