#pragma once

#include "core/Session.h"
#include "data/dossiers/DossierRepository.h"
#include "data/persons/PersonRepository.h"

#include <QPointer>

#include <optional>
#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QProgressDialog;
class QLabel;
class QTableView;

namespace guichet {

class DossierQueueModel;
class ErrorLabel;

// The dossiers of a purpose: its work queues, nearest payment target first, with the days left
// highlighted (amber in the last quarter of the time allowed, red once late), and what the
// purpose does from there: deposit (Ctrl+D), open (Return), find by number (Ctrl+F), take the
// next dossier to control (Ctrl+T), liquidate all, make and pay batches, list an archive box.
class DossiersPage : public QWidget
{
    Q_OBJECT

public:
    DossiersPage(QSqlDatabase db, const Session &session, QWidget *parent = nullptr);

    void openDossier(qint64 dossierId);
    // A dossier barcode or guichet://dossier/ link: opens it (or says why not).
    void openNumber(const QString &number);
    // With `person`, the deposit starts with them chosen (from their file).
    void deposit(const std::optional<Person> &person = std::nullopt);
    void takeNext();
    DossierQueueModel *model() const { return m_model; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void liquidateAll();
    void liquidateNextChunk();
    void makeBatch();
    void payBatch();
    void listBox();
    void refresh();

    QSqlDatabase m_db;
    Session m_session;
    std::unique_ptr<DossierRepository> m_repository;
    DossierQueueModel *m_model = nullptr;
    QComboBox *m_queue = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    ErrorLabel *m_error = nullptr;
    QPointer<QProgressDialog> m_progress; // while liquidating
    DossierRepository::LiquidationCursor m_cursor;
    int m_liquidated = 0;
};

} // namespace guichet
