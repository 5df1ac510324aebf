#pragma once

#include "core/Session.h"
#include "data/registry/RegistryRepository.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace guichet {

class ErrorLabel;

// The registry of processings, for everyone to read (Tools menu): each processing's CNDP number,
// data, recipients, retention and answering division with its contact; printed, saved as PDF or
// exported as CSV. The data-protection officer (AUD) edits the data and the recipients of the
// processing selected (Ctrl+S).
class RegistryDialog : public QDialog
{
    Q_OBJECT

public:
    RegistryDialog(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);

    bool saveCsv(const QString &path, QString *error);
    bool savePdf(const QString &path, QString *error);

private:
    void reload();
    void showSelected();
    void save();

    Session m_session;
    RegistryRepository m_repository;
    QList<RegistryEntry> m_entries;
    QTreeWidget *m_table = nullptr;
    QPlainTextEdit *m_categories = nullptr;
    QPlainTextEdit *m_recipients = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
};

} // namespace guichet
