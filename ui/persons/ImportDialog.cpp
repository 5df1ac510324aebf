#include "ui/persons/ImportDialog.h"

#include "data/common/DatabaseError.h"
#include "data/common/ReferenceRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

ImportDialog::ImportDialog(QSqlDatabase db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(std::move(db)), m_session(session)
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import members from a CSV file"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"path"_s);
    auto *browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import members"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(u"organisation"_s);
    if (session.seesAllOrganisations()) {
        try {
            for (const Organisation &o : ReferenceRepository(m_db).organisations())
                if (!o.isCnops)
                    m_organisation->addItem(o.code + u" — "_s + o.name, o.id);
        } catch (const DatabaseError &error) {
            QMessageBox::warning(this, windowTitle(), error.userMessage());
        }
    } else {
        m_organisation->addItem(session.organisation.code, session.organisation.id);
        m_organisation->setEnabled(false);
    }
    m_summary = new QLabel(tr("Choose a file, then check it: nothing is imported until you confirm."), this);
    m_summary->setObjectName(u"summary"_s);
    m_summary->setWordWrap(true);
    m_problems = new QTableWidget(0, 2, this);
    m_problems->setObjectName(u"problems"_s);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Organisation:"), m_organisation);
    static_cast<QLabel *>(form->labelForField(fileRow))->setBuddy(m_path);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_check = buttons->addButton(tr("C&heck (dry run)"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(u"check"_s);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"import"_s);
    m_import->setEnabled(false);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this] { m_import->setEnabled(false); });
    connect(m_organisation, &QComboBox::currentIndexChanged, this, [this] { m_import->setEnabled(false); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(720, 460);
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
}

void ImportDialog::check()
{
    m_import->setEnabled(run(MemberImporter::Mode::DryRun) && m_report.ok() && m_report.rows > 0);
    if (m_import->isEnabled())
        m_import->setFocus();
}

void ImportDialog::runImport()
{
    if (QMessageBox::question(this, windowTitle(),
                              tr("Import %n person(s) into %1?", nullptr, m_report.members + m_report.beneficiaries)
                                  .arg(m_organisation->currentText()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    run(MemberImporter::Mode::Import);
    m_import->setEnabled(false);
}

bool ImportDialog::run(MemberImporter::Mode mode)
{
    QFile file(m_path->text().trimmed());
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("The file cannot be read: %1").arg(file.errorString()));
        return false;
    }
    const QByteArray content = file.readAll();
    QProgressDialog progress(mode == MemberImporter::Mode::DryRun ? tr("Checking…") : tr("Importing…"), tr("Cancel"),
                             0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_report = MemberImporter(m_db).run(m_session, content, m_organisation->currentData().toLongLong(), mode,
                                            [&progress](int done, int total) {
                                                progress.setMaximum(total);
                                                progress.setValue(done);
                                                return !progress.wasCanceled();
                                            });
        QApplication::restoreOverrideCursor();
    } catch (const DatabaseError &error) {
        QApplication::restoreOverrideCursor();
        m_summary->setText(error.userMessage() + u' ' + tr("Nothing was imported."));
        return false;
    }
    showReport(m_report, mode);
    return true;
}

void ImportDialog::showReport(const ImportReport &report, MemberImporter::Mode mode)
{
    m_problems->setRowCount(int(report.problems.size()));
    for (int r = 0; r < report.problems.size(); ++r) {
        auto *line = new QTableWidgetItem(QString::number(report.problems.at(r).line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_problems->setItem(r, 0, line);
        m_problems->setItem(r, 1, new QTableWidgetItem(report.problems.at(r).message));
    }
    if (!report.ok())
        m_summary->setText(tr("%n problem(s) found: nothing was imported. Correct the file and check it again.",
                              nullptr, int(report.problems.size())));
    else if (report.committed)
        m_summary->setText(tr("Imported: %1 member(s) and %2 beneficiary(ies).")
                               .arg(report.members)
                               .arg(report.beneficiaries));
    else if (mode == MemberImporter::Mode::DryRun)
        m_summary->setText(tr("The file is correct: %1 member(s) and %2 beneficiary(ies) would be imported.")
                               .arg(report.members)
                               .arg(report.beneficiaries));
}

} // namespace guichet
