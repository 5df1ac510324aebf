#include "ui/registry/RegistryDialog.h"

#include "ui/common/SaveLocation.h"

#include "ui/common/PrintDocument.h"
#include "ui/registry/RegistryDocument.h"
#include "ui/common/ErrorLabel.h"

#include "data/common/DatabaseError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

RegistryDialog::RegistryDialog(QSqlDatabase db, const Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_repository(db)
{
    setObjectName(u"registryDialog"_s);
    setWindowTitle(tr("Registry of processings"));
    m_table = new QTreeWidget(this);
    m_table->setObjectName(u"registryTable"_s);
    m_table->setRootIsDecorated(false);
    m_table->setWordWrap(true);
    m_table->setHeaderLabels({tr("Processing"), tr("CNDP"), tr("Data"), tr("Recipients"), tr("Retention"),
                              tr("Answering division")});
    connect(m_table, &QTreeWidget::currentItemChanged, this, &RegistryDialog::showSelected);

    const bool edits = RegistryRepository::edits(session);
    auto *editor = new QWidget(this);
    m_categories = new QPlainTextEdit(editor);
    m_categories->setObjectName(u"registryCategories"_s);
    m_categories->setTabChangesFocus(true);
    m_categories->setMaximumHeight(60);
    m_recipients = new QPlainTextEdit(editor);
    m_recipients->setObjectName(u"registryRecipients"_s);
    m_recipients->setTabChangesFocus(true);
    m_recipients->setMaximumHeight(60);
    auto *saveButton = new QPushButton(tr("&Save (Ctrl+S)"), editor);
    saveButton->setObjectName(u"registrySave"_s);
    connect(saveButton, &QPushButton::clicked, this, &RegistryDialog::save);
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Data of the processing selec&ted:"), m_categories);
    form->addRow(tr("&Recipients:"), m_recipients);
    form->addRow(QString(), saveButton);
    editor->setVisible(edits);
    if (edits) {
        auto *shortcut = new QShortcut(QKeySequence::Save, this);
        connect(shortcut, &QShortcut::activated, this, &RegistryDialog::save);
    }

    const auto saveWith = [this](const QString &title, const QString &suggested, const QString &filter,
                                 bool (RegistryDialog::*write)(const QString &, QString *)) {
        const QString path = QFileDialog::getSaveFileName(this, title, inDocuments(suggested), filter);
        if (path.isEmpty())
            return;
        QString error;
        if ((this->*write)(path, &error))
            m_status->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
        else
            m_error->say(error);
    };
    auto *csv = new QPushButton(tr("Export as CS&V…"), this);
    csv->setObjectName(u"registryCsv"_s);
    connect(csv, &QPushButton::clicked, this, [=] {
        saveWith(tr("Export the registry as CSV"), tr("registry.csv"), tr("CSV (*.csv)"), &RegistryDialog::saveCsv);
    });
    auto *pdf = new QPushButton(tr("Save as P&DF…"), this);
    pdf->setObjectName(u"registryPdf"_s);
    connect(pdf, &QPushButton::clicked, this, [=] {
        saveWith(tr("Save the registry as PDF"), tr("registry.pdf"), tr("PDF (*.pdf)"), &RegistryDialog::savePdf);
    });
    auto *print = new QPushButton(tr("&Print… (Ctrl+P)"), this);
    print->setObjectName(u"registryPrint"_s);
    const auto preview = [this] {
        const auto doc = RegistryDocument::document(m_entries, QDate::currentDate());
        PrintDocument::showPrintPreview(*doc, this);
    };
    connect(print, &QPushButton::clicked, this, preview);
    connect(new QShortcut(QKeySequence::Print, this), &QShortcut::activated, this, preview);

    m_error = new ErrorLabel(this, u"registryError"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"registryStatus"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(csv);
    bottom->addWidget(pdf);
    bottom->addWidget(print);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(editor);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addLayout(bottom);
    resize(1100, 650);
    reload();
    m_table->setFocus();
}

void RegistryDialog::reload()
{
    const int row = qMax(0, m_table->indexOfTopLevelItem(m_table->currentItem()));
    m_table->clear();
    try {
        m_entries = m_repository.entries(QDate::currentDate());
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
        return;
    }
    for (const RegistryEntry &e : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_table, {e.code + u" — "_s + e.name, e.cndpNumber, e.dataCategories, e.recipients,
                                      e.retention,
                                      e.divisionName.isEmpty() ? QString()
                                                               : e.divisionName + u"\n"_s + e.divisionEmail + u"\n"_s
                                                                     + e.divisionAddress});
        for (int column = 0; column < m_table->columnCount(); ++column)
            item->setToolTip(column, item->text(column)); // the cells cut long texts short
    }
    for (int column = 0; column < 2; ++column)
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(0, qMin(m_table->columnWidth(0), 320));
    if (m_table->topLevelItemCount() > 0)
        m_table->setCurrentItem(m_table->topLevelItem(qMin(row, m_table->topLevelItemCount() - 1)));
}

void RegistryDialog::showSelected()
{
    const int row = m_table->indexOfTopLevelItem(m_table->currentItem());
    if (row < 0 || row >= m_entries.size())
        return;
    m_categories->setPlainText(m_entries.at(row).dataCategories);
    m_recipients->setPlainText(m_entries.at(row).recipients);
}

void RegistryDialog::save()
{
    m_error->hide();
    const int row = m_table->indexOfTopLevelItem(m_table->currentItem());
    if (row < 0 || row >= m_entries.size())
        return;
    const QString code = m_entries.at(row).code;
    try {
        m_repository.update(m_session, code, m_categories->toPlainText(), m_recipients->toPlainText());
        reload();
        m_status->setText(tr("The registry entry of %1 is saved.").arg(code));
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage()); // what was typed stays
    }
}

bool RegistryDialog::saveCsv(const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray csv = m_repository.csv(QDate::currentDate());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool RegistryDialog::savePdf(const QString &path, QString *error)
{
    const auto doc = RegistryDocument::document(m_entries, QDate::currentDate());
    return PrintDocument::writePdf(*doc, path, error);
}

} // namespace guichet
