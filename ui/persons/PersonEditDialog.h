#pragma once

#include "data/persons/PersonRepository.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace guichet {

class ErrorLabel;

// Registering a member or a beneficiary (a person without id), or editing a person's file. A
// save over a version someone else saved meanwhile opens the conflict dialog; a registration of
// someone already there offers the existing file. Nothing typed is lost, whatever the database
// answers.
class PersonEditDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { ShowExisting = 2 }; // a duplicate: existingPersonId() is the file to open

    PersonEditDialog(PersonRepository &repository, const Session &session, const Person &person,
                     QWidget *parent = nullptr);

    Person person() const; // what the form holds now
    qint64 savedPersonId() const { return m_savedId; }
    qint64 existingPersonId() const { return m_existingId; }

public slots:
    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(const Person &person);
    bool save(const Person &person);
    void updateChildCondition();
    bool isNew() const { return m_base.id == 0; }

    PersonRepository &m_repository;
    const Session &m_session;
    Person m_base; // the version the form started from
    qint64 m_savedId = 0;
    qint64 m_existingId = 0;
    QLineEdit *m_immatriculation = nullptr;
    QComboBox *m_relation = nullptr;
    QComboBox *m_childCondition = nullptr;
    QComboBox *m_regime = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastNameAr = nullptr;
    QLineEdit *m_firstNameAr = nullptr;
    QLineEdit *m_cin = nullptr;
    QLineEdit *m_birthDate = nullptr; // typed as on the CIN: dd/MM/yyyy
    QComboBox *m_sex = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_relationStart = nullptr; // dd/mm/yyyy, optional
    QLineEdit *m_relationEnd = nullptr;
    QLineEdit *m_rib = nullptr;
    QLabel *m_ribCheck = nullptr;
    QFormLayout *m_identityForm = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
