#include "ui/shell/ConnectionProfilesDialog.h"

#include "ui/common/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

ConnectionProfilesDialog::ConnectionProfilesDialog(QList<ConnectionProfile> profiles, QWidget *parent)
    : QDialog(parent), m_profiles(std::move(profiles))
{
    setObjectName(u"connectionProfilesDialog"_s);
    setWindowTitle(tr("Central databases"));
    m_list = new QListWidget(this);
    m_list->setObjectName(u"profileList"_s);
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        m_list->addItem(p.name);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"name"_s);
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"host"_s);
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"database"_s);
    for (QLineEdit *field : {m_name, m_host, m_database})
        field->setMaxLength(ConnectionProfiles::MaxTextLength);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(1, 65535);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(u"sslMode"_s);
    m_sslMode->addItem(tr("Verify the server's certificate and name (verify-full)"), u"verify-full"_s);
    m_sslMode->addItem(tr("Verify the server's certificate (verify-ca)"), u"verify-ca"_s);
    m_sslMode->addItem(tr("Encrypt, without checking the server (require)"), u"require"_s);
    m_sslMode->addItem(tr("Encrypt if the server can (prefer)"), u"prefer"_s);
    m_sslMode->addItem(tr("No encryption (disable): tests only"), u"disable"_s);
    m_error = new ErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Encryption:"), m_sslMode);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"add"_s);
    auto *remove = new QPushButton(tr("Re&move"), this);
    remove->setObjectName(u"remove"_s);
    connect(add, &QPushButton::clicked, this, &ConnectionProfilesDialog::addProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionProfilesDialog::removeProfile);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_error);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionProfilesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_row)
            return;
        if (m_row >= 0 && !keepEdits()) { // stay on a profile until it is valid
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(m_row);
            return;
        }
        showProfile(row);
    });
    if (m_profiles.isEmpty())
        addProfile();
    else
        m_list->setCurrentRow(0);
    resize(640, 320);
}

void ConnectionProfilesDialog::showProfile(int row)
{
    m_row = row;
    const bool valid = row >= 0 && row < m_profiles.size();
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_host, m_port, m_database, m_sslMode})
        field->setEnabled(valid);
    if (!valid)
        return;
    const ConnectionProfile &p = m_profiles.at(row);
    m_name->setText(p.name);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_sslMode->setCurrentIndex(qMax(0, m_sslMode->findData(p.sslMode)));
    m_error->hide();
}

bool ConnectionProfilesDialog::keepEdits()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return true;
    ConnectionProfile p = m_profiles.at(m_row);
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    QString problem = ConnectionProfiles::problem(p);
    for (int i = 0; problem.isEmpty() && i < m_profiles.size(); ++i) {
        if (i != m_row && m_profiles.at(i).name == p.name)
            problem = tr("Another profile already has this name.");
    }
    if (!problem.isEmpty()) {
        m_error->say(problem);
        return false;
    }
    m_profiles[m_row] = p;
    m_list->item(m_row)->setText(p.name);
    m_error->hide();
    return true;
}

void ConnectionProfilesDialog::addProfile()
{
    if (!keepEdits())
        return;
    ConnectionProfile p;
    p.name = tr("New profile %1").arg(m_profiles.size() + 1);
    p.host = u"localhost"_s;
    p.database = u"guichet"_s;
    m_profiles.append(p);
    m_list->addItem(p.name);
    m_list->setCurrentRow(int(m_profiles.size() - 1));
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionProfilesDialog::removeProfile()
{
    if (m_row < 0 || m_row >= m_profiles.size())
        return;
    if (QMessageBox::question(this, windowTitle(), tr("Remove the profile \"%1\"?").arg(m_profiles.at(m_row).name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    const int row = m_row;
    m_row = -1; // nothing to keep from the form of a removed profile
    m_profiles.removeAt(row);
    delete m_list->takeItem(row);
    showProfile(m_list->currentRow());
}

void ConnectionProfilesDialog::accept()
{
    if (keepEdits())
        QDialog::accept();
}

} // namespace guichet
