#pragma once

#include "core/Session.h"
#include "data/DossierRepository.h"

#include <QDialog>

class QLabel;
class QTextDocument;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace guichet {

class ErrorLabel;

// One dossier, with what the active purpose may do to it: enter its lines (AMO/STU, from the
// keyboard: Tab from cell to cell, a new line opens by itself, an empty INPE repeats the line above's, Ctrl+S saves, Ctrl+Return ends
// the entry), mark it incomplete and print the letter, review each line (MCM/MCC: A, J, R for
// accept, adjust, reject, then Ctrl+Return; Ctrl+N takes the next dossier), liquidate it (Ctrl+Return), file it
// in an archive box (ARM/ARC); always its timeline and its receipt (Ctrl+P).
class DossierDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { Closed = QDialog::Rejected, NextRequested = 2 };

    DossierDialog(DossierRepository &repository, const Session &session, const Dossier &dossier,
                  QWidget *parent = nullptr);

    const Dossier &dossier() const { return m_dossier; }
    // The receipt as a document (for printing, a PDF, the tests).
    static struct DossierReceipt receiptOf(const Dossier &dossier, const QString &agentName);

public slots:
    // Asks before unsaved lines or decisions are thrown away.
    void reject() override;

private:
    QString typedState() const;
    // True when nothing typed is unsaved, or the agent agrees to discard it.
    bool mayLeave();
    void showDossier(const Dossier &dossier);
    void fillLines();
    void ensureEmptyLastRow();
    QList<DossierLineInput> typedLines(QString *problem) const;
    void commitTypedCell();
    bool saveLines();
    void completeEntry();
    void markIncomplete();
    void resumeEntry();
    void rejectDossier();
    void submitReview();
    void liquidate();
    void fileInBox();
    void printReceipt(bool pdf);
    void printLetter(bool pdf);
    // A print preview, or a PDF saved where the agent says.
    void output(QTextDocument &doc, bool pdf, const QString &saveTitle, const QString &fileName);
    void run(const std::function<void()> &action);

    DossierRepository &m_repository;
    Session m_session;
    Dossier m_dossier;
    bool m_entering = false;
    bool m_reviewing = false;
    QLabel *m_header = nullptr;
    QLabel *m_totals = nullptr;
    ErrorLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_lines = nullptr;
    QTableWidget *m_timeline = nullptr;
    QLineEdit *m_box = nullptr;
    QLineEdit *m_boxPlace = nullptr;
    QLineEdit *m_placeInBox = nullptr;
    QList<std::pair<QString, QString>> m_reasons;
    QString m_savedState; // typedState() as the dossier was last shown from the database
};

} // namespace guichet
