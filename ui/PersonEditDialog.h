#pragma once

#include "data/PersonRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace guichet {

class ErrorLabel;

// Editing a person's identity. A save over a version someone else saved meanwhile opens the
// conflict dialog; nothing the agent typed is lost, whatever the database answers.
class PersonEditDialog : public QDialog
{
    Q_OBJECT

public:
    PersonEditDialog(PersonRepository &repository, const Session &session, const Person &person,
                     QWidget *parent = nullptr);

    Person person() const; // what the form holds now

public slots:
    void accept() override;
    void reject() override;

private:
    void load(const Person &person);
    bool save(const Person &person);

    PersonRepository &m_repository;
    const Session &m_session;
    Person m_base; // the version the form started from
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastNameAr = nullptr;
    QLineEdit *m_firstNameAr = nullptr;
    QLineEdit *m_cin = nullptr;
    QDateEdit *m_birthDate = nullptr;
    QComboBox *m_sex = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
