#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace guichet {

// Workstation settings: interface language and the idle time before the screen locks.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

public slots:
    void accept() override;

private:
    QComboBox *m_language = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
};

} // namespace guichet
