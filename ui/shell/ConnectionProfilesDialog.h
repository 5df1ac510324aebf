#pragma once

#include "core/ConnectionProfile.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace guichet {

class ErrorLabel;

// The central databases this workstation signs in to: name, server, port, database, TLS mode.
// No password here: the agent types it, or keeps it in the OS keychain from the sign-in window.
class ConnectionProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionProfilesDialog(QList<ConnectionProfile> profiles, QWidget *parent = nullptr);

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }

public slots:
    void accept() override;

private:
    void showProfile(int row);
    bool keepEdits(); // the form into m_profiles; false (and says why) when invalid
    void addProfile();
    void removeProfile();

    QList<ConnectionProfile> m_profiles;
    int m_row = -1;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QComboBox *m_sslMode = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
