#pragma once

#include "core/Session.h"
#include "data/dossiers/DossierRepository.h"

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
// keyboard: Tab from cell to cell, Return on to the next cell that needs typing, a new line opens by itself,
// an empty INPE repeats the line above's, a medicine's public price or an act's tariff is proposed,
// Ctrl+S saves, Ctrl+Return ends the entry), mark it incomplete and print the letter, review each line (MCM/MCC: A, J, R for
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
    // A line's code, once typed or picked: its label and, unless the agent typed one, its amount
    // in force on the date of care (a medicine's public price, an act's tariff).
    void resolveCode(int row);
    // True when the INPE of `row`, left empty, is the provider of the line above (a medicine under
    // a medicine, whose pharmacy is known).
    bool repeatsProviderAbove(int row) const;
    // Return in a cell of a line: to the next cell that needs typing.
    void moveOnFrom(int row, int column);
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
