#include "ui/shell/SettingsDialog.h"

#include "ui/shell/IdleWatcher.h"
#include "ui/shell/Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->addItem(u"العربية"_s, u"ar"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Language::saved())));
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(u"idleMinutes"_s);
    m_idleMinutes->setRange(1, 120);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(IdleWatcher::savedMinutes());

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Loc&k the screen after:"), m_idleMinutes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    const QString language = m_language->currentData().toString();
    IdleWatcher::saveMinutes(m_idleMinutes->value());
    if (language != Language::saved()) {
        Language::save(language);
        Language::apply(language);
    }
    QDialog::accept();
}

} // namespace guichet
