#pragma once

#include "data/PersonRepository.h"

#include <QDialog>

namespace guichet {

// A person's file, read-only in this version: identity and, for a member, the beneficiaries.
// Opening it is recorded in the audit log under the active purpose, and the dialog says so.
class PersonFileDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { EditRequested = 2 };

    PersonFileDialog(const PersonFile &file, const Session &session, QWidget *parent = nullptr);
};

} // namespace guichet
