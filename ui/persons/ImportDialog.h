#pragma once

#include "core/Session.h"
#include "data/persons/MemberImporter.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace guichet {

// Importing members from a CSV file: choose the file, check it (a dry run that lists every
// problem with its line), then import it — all of it or nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);

    // For tests and for a file given in advance.
    void setFile(const QString &path);
    const ImportReport &lastReport() const { return m_report; }

public slots:
    void check();
    void runImport();

private:
    bool run(MemberImporter::Mode mode);
    void showReport(const ImportReport &report, MemberImporter::Mode mode);

    QSqlDatabase m_db;
    const Session &m_session;
    ImportReport m_report;
    QLineEdit *m_path = nullptr;
    QComboBox *m_organisation = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace guichet
