#pragma once

#include "core/Session.h"
#include "data/complaints/ComplaintRepository.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;

namespace guichet {

class ErrorLabel;
class PersonSearchField;
class PersonTableModel;

// Taking in a complaint, from the keyboard: the channel and when it arrived, who complains (found
// by number, CIN or name, or typed when not on file), how to answer, the category (which names
// the answering division), the dossiers concerned, the text and the documents received; Ctrl+S.
class ComplaintIntakeDialog : public QDialog
{
    Q_OBJECT

public:
    ComplaintIntakeDialog(QSqlDatabase db, ComplaintRepository &repository, const Session &session,
                          QWidget *parent = nullptr);

    const Complaint &recorded() const { return m_recorded; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch(const QString &text);
    void updateRequester();
    void addAttachments();
    void record();

    ComplaintRepository &m_repository;
    Session m_session;
    PersonTableModel *m_persons = nullptr;
    QComboBox *m_channel = nullptr;
    QDateTimeEdit *m_received = nullptr;
    QComboBox *m_onFile = nullptr;
    PersonSearchField *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_contact = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_dossiers = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QListWidget *m_attachments = nullptr;
    QList<ComplaintAttachment> m_files;
    ErrorLabel *m_error = nullptr;
    Complaint m_recorded;
};

} // namespace guichet
