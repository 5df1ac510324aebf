#pragma once

#include "data/persons/PersonRepository.h"

#include <QDialog>

namespace guichet {

// Two versions of one person side by side: what this agent typed and what another agent saved
// meanwhile. The agent chooses; nothing is overwritten without being seen.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Back = QDialog::Rejected, KeepMine = 10, TakeSaved = 11 };

    ConflictDialog(const Person &mine, const Person &saved, QWidget *parent = nullptr);
};

} // namespace guichet
