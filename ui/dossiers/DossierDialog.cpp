#include "ui/dossiers/DossierDialog.h"

#include "ui/common/SaveLocation.h"

#include "ui/dossiers/DossierDocuments.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PrintDocument.h"

#include "core/DisplayDate.h"
#include "core/Liquidation.h"
#include "core/Money.h"
#include "core/Permissions.h"
#include "core/PurposeRules.h"
#include "data/common/DatabaseError.h"

#include <QApplication>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

namespace {

enum LineColumn { Code, Inpe, Quantity, Unit, Label, Billed, Decision, AllowedQuantity, AllowedUnit, Reason,
                  Reimbursed, LineColumnCount };

// A number or a name inside a sentence keeps its own direction: "2026-0049279" stays whole in
// an Arabic sentence, an Arabic name in a French one.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text.toHtmlEscaped() + QChar(0x2069);
}

// An amount inside a sentence: "0,00 DH" stays in that order in Arabic.
QString amount(Centimes value)
{
    return QChar(0x2068) + Money::format(value) + QChar(0x2069);
}

QTableWidgetItem *cell(const QString &text, bool editable, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number)
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return item;
}

QString decisionLabel(const QString &decision)
{
    if (decision == u"adjusted"_s)
        return DossierDialog::tr("Adjusted");
    if (decision == u"rejected"_s)
        return DossierDialog::tr("Rejected");
    return DossierDialog::tr("Accepted");
}

// Keys of the review: A accept, J adjust, R reject, 1 to 9 the reason of the list.
class ReviewKeys : public QObject
{
public:
    ReviewKeys(QTableWidget *table, const QList<std::pair<QString, QString>> &reasons)
        : QObject(table), m_table(table), m_reasons(reasons)
    {
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress) // keys typed in a cell's editor go to the editor, not here
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_table->currentRow();
        if (row < 0 || key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return false;
        QString decision;
        switch (key->key()) {
        case Qt::Key_A: decision = u"accepted"_s; break;
        case Qt::Key_J: decision = u"adjusted"_s; break;
        case Qt::Key_R: decision = u"rejected"_s; break;
        default: break;
        }
        if (!decision.isEmpty()) {
            QTableWidgetItem *item = m_table->item(row, Decision);
            item->setData(Qt::UserRole, decision);
            item->setText(decisionLabel(decision));
            if (decision == u"accepted"_s)
                m_table->item(row, Reason)->setData(Qt::UserRole, QString()), m_table->item(row, Reason)->setText({});
            // What the line will pay on: all of it, nothing, or what the controller types.
            QTableWidgetItem *quantity = m_table->item(row, AllowedQuantity);
            QTableWidgetItem *unit = m_table->item(row, AllowedUnit);
            const bool rejected = decision == u"rejected"_s;
            quantity->setText(QString::number(rejected ? 0 : quantity->data(Qt::UserRole).toInt()));
            unit->setText(Money::format(rejected ? 0 : unit->data(Qt::UserRole).toLongLong()));
            const Qt::ItemFlags adjustable = decision == u"adjusted"_s ? Qt::ItemIsEditable : Qt::NoItemFlags;
            for (int column : {AllowedQuantity, AllowedUnit}) {
                QTableWidgetItem *allowed = m_table->item(row, column);
                allowed->setFlags((allowed->flags() & ~Qt::ItemIsEditable) | adjustable);
            }
            if (decision == u"adjusted"_s)
                m_table->setCurrentCell(row, AllowedQuantity);
            return true;
        }
        // In a cell the controller types in (an adjusted amount), digits are the amount.
        if (const QTableWidgetItem *current = m_table->currentItem(); current && (current->flags() & Qt::ItemIsEditable))
            return false;
        const int index = key->key() - Qt::Key_1;
        if (index >= 0 && index < 9 && index < m_reasons.size()) {
            QTableWidgetItem *item = m_table->item(row, Reason);
            item->setData(Qt::UserRole, m_reasons.at(index).first);
            item->setText(m_reasons.at(index).second);
            return true;
        }
        return false;
    }

private:
    QTableWidget *m_table;
    QList<std::pair<QString, QString>> m_reasons;
};

// What the cells of a line being entered keep beside their text.
enum LineRole {
    KindRole = Qt::UserRole + 1,   // on the code: act or medicine, once the code is found in the reference
    PrefilledRole = Qt::UserRole + 2 // on the unit amount: the amount the reference gave, while not typed over
};

// A medicine's code as saving a line reads it besides MED-<id>: the id alone.
bool isMedicineNumber(const QString &code)
{
    static const QRegularExpression number(u"^(?:MED-)?[0-9]{1,18}$"_s);
    return number.match(code).hasMatch();
}

// The item of the reference list that `typed` names exactly, as saving a line resolves it: an act
// of that code first, then the medicine of that id.
std::optional<ReferenceRepository::CareItem> exactItem(const QList<ReferenceRepository::CareItem> &items,
                                                       const QString &typed)
{
    const QString code = typed.trimmed().toUpper();
    for (const ReferenceRepository::CareItem &item : items)
        if (item.code == code)
            return item;
    if (isMedicineNumber(code)) {
        const QString medicine = ReferenceRepository::medicineCode(code.mid(code.startsWith(u"MED-"_s) ? 4 : 0).toLongLong());
        for (const ReferenceRepository::CareItem &item : items)
            if (item.code == medicine)
                return item;
    }
    return std::nullopt;
}

// The cells typed in a line (code, INPE, quantity, amount): Return keeps the cell and goes on to
// the next one that needs typing (moveOn), where Tab goes to the next cell whatever it holds.
class EntryDelegate : public QStyledItemDelegate
{
public:
    EntryDelegate(std::function<bool()> entering, std::function<void()> moveOn, QObject *parent)
        : QStyledItemDelegate(parent), m_entering(std::move(entering)), m_moveOn(std::move(moveOn))
    {
    }

    // Hands the editor's text to the table, closes the editor, and moves on; false when the lines
    // are not being entered (the default handling applies).
    bool finish(QWidget *editor)
    {
        if (!m_entering())
            return false;
        emit commitData(editor);
        emit closeEditor(editor, QAbstractItemDelegate::NoHint);
        m_moveOn();
        return true;
    }

protected:
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && !(key->modifiers() & ~Qt::KeypadModifier)) {
                if (auto *editor = qobject_cast<QWidget *>(object); editor && finish(editor))
                    return true;
            }
        }
        return QStyledItemDelegate::eventFilter(object, event);
    }

private:
    std::function<bool()> m_entering;
    std::function<void()> m_moveOn;
};

// The keys of the list that opens under a line's code. With nothing highlighted, Return takes the
// item the code names exactly, else the first of the list (a number, MED-123 or 123, is only ever
// a code: without an item of that code it stays as typed), and goes on as Return does in a cell;
// Tab takes the same (or the one highlighted) and goes to the next cell. Down then Return takes
// the item highlighted into the cell, which stays open (Qt's own handling).
class CompletionKeys : public QObject
{
public:
    CompletionKeys(QLineEdit *edit, QCompleter *completer, EntryDelegate *delegate)
        : QObject(edit), m_edit(edit), m_completer(completer), m_delegate(delegate)
    {
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        QAbstractItemView *popup = m_completer->popup();
        if (!popup->isVisible())
            return false;
        const bool plain = !(key->modifiers() & ~Qt::KeypadModifier);
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && plain;
        const bool tab = key->key() == Qt::Key_Tab && plain;
        const bool backtab = key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && key->modifiers() == Qt::ShiftModifier);
        if (!enter && !tab && !backtab)
            return false;
        const QModelIndex highlighted = popup->currentIndex();
        if (enter && highlighted.isValid())
            return false;
        if (!backtab) {
            const QString chosen = highlighted.isValid() ? highlighted.data(Qt::UserRole).toString() : choose();
            if (!chosen.isEmpty())
                m_edit->setText(chosen);
        }
        popup->hide();
        if (enter) {
            if (!m_delegate->finish(m_edit)) {
                QKeyEvent copy(QEvent::KeyPress, key->key(), key->modifiers());
                QCoreApplication::sendEvent(m_edit, &copy);
            }
        } else {
            // To the editor, whose delegate hands the code to the table and moves to the next cell.
            QKeyEvent copy(QEvent::KeyPress, key->key(), key->modifiers());
            QCoreApplication::sendEvent(m_edit, &copy);
        }
        return true;
    }

private:
    QString choose() const
    {
        const QAbstractItemModel *model = m_completer->model();
        QList<ReferenceRepository::CareItem> listed;
        for (int row = 0; row < model->rowCount(); ++row)
            listed.append({model->index(row, 0).data(Qt::UserRole).toString(), QString(), {}});
        if (const auto exact = exactItem(listed, m_edit->text()))
            return exact->code;
        if (listed.isEmpty() || isMedicineNumber(m_edit->text().trimmed().toUpper()))
            return {};
        return listed.constFirst().code;
    }

    QLineEdit *m_edit;
    QCompleter *m_completer;
    EntryDelegate *m_delegate;
};

// The code of a line: typed (C, CS, MED-123) or found by the start of an act's code or a
// medicine's name in a list that opens under the cell; the code of the one picked is kept.
class CodeDelegate : public EntryDelegate
{
public:
    CodeDelegate(DossierRepository &repository, std::function<bool()> entering, std::function<void()> moveOn,
                 QObject *parent)
        : EntryDelegate(std::move(entering), std::move(moveOn), parent), m_repository(repository)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(u"lineCodeEditor"_s);
        edit->setMaxLength(64);
        auto *found = new QStandardItemModel(edit);
        auto *completer = new QCompleter(found, edit);
        completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
        completer->setCompletionRole(Qt::UserRole);
        completer->setMaxVisibleItems(12);
        edit->setCompleter(completer);
        // After the completer's own filter, so that this one sees the keys first.
        completer->popup()->installEventFilter(
            new CompletionKeys(edit, completer, const_cast<CodeDelegate *>(this)));
        QObject::connect(edit, &QLineEdit::textEdited, edit, [this, found, completer](const QString &text) {
            found->clear();
            // Two letters or fewer are a code (C, CS): no list in the way of a fast typist.
            if (text.trimmed().size() < 3)
                return;
            try {
                for (const ReferenceRepository::CareItem &item : m_repository.careItems(text)) {
                    auto *row = new QStandardItem(item.code + u" — "_s + item.label);
                    row->setData(item.code, Qt::UserRole);
                    found->appendRow(row);
                }
            } catch (const DatabaseError &) {
                return; // the list is a help: typing goes on, and saving says what is wrong
            }
            if (found->rowCount() > 0)
                completer->complete();
        });
        return edit;
    }

private:
    DossierRepository &m_repository;
};

// Tab and Shift+Tab go from one cell the agent types in to the next, over the computed ones.
class LinesTable : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override
    {
        if (action != MoveNext && action != MovePrevious)
            return QTableWidget::moveCursor(action, modifiers);
        const int step = action == MoveNext ? 1 : -1;
        int row = currentRow();
        int column = currentColumn();
        for (int n = 0; n < rowCount() * columnCount(); ++n) {
            column += step;
            if (column >= columnCount()) {
                column = 0;
                ++row;
            } else if (column < 0) {
                column = columnCount() - 1;
                --row;
            }
            if (row < 0 || row >= rowCount())
                break;
            if (isColumnHidden(column))
                continue;
            if (const QTableWidgetItem *it = item(row, column); it && (it->flags() & Qt::ItemIsEditable))
                return model()->index(row, column);
        }
        return QTableWidget::moveCursor(action, modifiers);
    }
};

} // namespace

DossierDialog::DossierDialog(DossierRepository &repository, const Session &session, const Dossier &dossier,
                             QWidget *parent)
    : QDialog(parent), m_repository(repository), m_session(session)
{
    setObjectName(u"dossierDialog"_s);
    resize(1000, 620);
    m_header = new QLabel(this);
    m_header->setObjectName(u"dossierHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals = new QLabel(this);
    m_totals->setObjectName(u"dossierTotals"_s);
    m_error = new ErrorLabel(this, u"dossierError"_s);

    m_lines = new LinesTable(0, LineColumnCount, this);
    m_lines->setObjectName(u"dossierLines"_s);
    m_lines->setHorizontalHeaderLabels({tr("Act or medicine"), tr("Provider INPE"), tr("Qty"), tr("Unit amount"),
                                        tr("Label"), tr("Billed"), tr("Decision"), tr("Allowed qty"),
                                        tr("Allowed amount"), tr("Reason"), tr("Reimbursed")});
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);
    auto entering = [this] { return m_entering; };
    auto moveOn = [this] { moveOnFrom(m_lines->currentRow(), m_lines->currentColumn()); };
    m_lines->setItemDelegateForColumn(Code, new CodeDelegate(repository, entering, moveOn, m_lines));
    for (int column : {Inpe, Quantity, Unit})
        m_lines->setItemDelegateForColumn(column, new EntryDelegate(entering, moveOn, m_lines));
    m_lines->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                             | QAbstractItemView::EditKeyPressed);
    m_lines->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_lines->horizontalHeader()->setSectionResizeMode(Label, QHeaderView::Stretch);
    m_lines->verticalHeader()->setDefaultSectionSize(26);
    connect(m_lines, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_entering && item->column() == Code)
            resolveCode(item->row());
        if (m_entering && item->row() == m_lines->rowCount() - 1 && !item->text().trimmed().isEmpty())
            ensureEmptyLastRow();
    });

    m_timeline = new QTableWidget(0, 5, this);
    m_timeline->setObjectName(u"dossierTimeline"_s);
    m_timeline->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Purpose"), tr("Step"), tr("Why")});
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->verticalHeader()->hide();

    auto *archive = new QWidget(this);
    auto *archiveForm = new QFormLayout(archive);
    m_box = new QLineEdit(archive);
    m_box->setObjectName(u"archiveBox"_s);
    m_box->setMaxLength(32);
    m_boxPlace = new QLineEdit(archive);
    m_boxPlace->setObjectName(u"archiveBoxPlace"_s);
    m_boxPlace->setMaxLength(200);
    m_placeInBox = new QLineEdit(archive);
    m_placeInBox->setObjectName(u"archivePlace"_s);
    m_placeInBox->setMaxLength(32);
    archiveForm->addRow(tr("&Box number:"), m_box);
    archiveForm->addRow(tr("Where the box is &kept (new box):"), m_boxPlace);
    archiveForm->addRow(tr("&Place in the box:"), m_placeInBox);
    auto *file = new QPushButton(tr("&File in this box"), archive);
    file->setObjectName(u"fileInBox"_s);
    archiveForm->addRow(QString(), file);
    connect(file, &QPushButton::clicked, this, [this] { run([this] { fileInBox(); }); });
    archive->setEnabled(Permissions::allows(session, Action::DossierArchive));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_lines, tr("&Lines"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(archive, tr("Arc&hive"));

    // Each stage's buttons for the role whose work it is under this purpose (core/Permissions).
    const bool enters = Permissions::allows(session, Action::DossierEnter);
    const bool liquidates = Permissions::allows(session, Action::DossierLiquidate);
    const bool controller = Permissions::allows(session, Action::DossierControl);
    auto *buttons = new QDialogButtonBox(this);
    auto addButton = [&](const QString &name, const QString &text, const QKeySequence &shortcut,
                         const std::function<void()> &action) {
        QPushButton *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        button->setObjectName(name);
        button->setAutoDefault(false);
        if (!shortcut.isEmpty()) {
            // A shortcut of the dialog, so that it works while a cell of the table has the focus;
            // it works only while its button is shown (showDossier() sets both), so that one key can do
            // the next step of whichever stage the dossier is at.
            auto *sc = new QShortcut(shortcut, this);
            sc->setObjectName(name + u"Shortcut"_s);
            connect(sc, &QShortcut::activated, button, &QPushButton::click);
            button->setToolTip(shortcut.toString(QKeySequence::NativeText));
        }
        connect(button, &QPushButton::clicked, this, [this, action] { run(action); });
        return button;
    };
    if (enters) {
        addButton(u"saveLines"_s, tr("&Save lines (Ctrl+S)"), QKeySequence(Qt::CTRL | Qt::Key_S), [this] { saveLines(); });
        addButton(u"completeEntry"_s, tr("&End entry (Ctrl+Return)"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                  [this] { completeEntry(); });
        addButton(u"markIncomplete"_s, tr("&Incomplete… (Ctrl+M)"), QKeySequence(Qt::CTRL | Qt::Key_M),
                  [this] { markIncomplete(); });
        addButton(u"resumeEntry"_s, tr("Documents &brought (Ctrl+B)"), QKeySequence(Qt::CTRL | Qt::Key_B),
                  [this] { resumeEntry(); });
        addButton(u"rejectDossier"_s, tr("&Reject… (Ctrl+R)"), QKeySequence(Qt::CTRL | Qt::Key_R),
                  [this] { rejectDossier(); });
        addButton(u"printLetter"_s, tr("Print &letter (Ctrl+L)"), QKeySequence(Qt::CTRL | Qt::Key_L),
                  [this] { printLetter(false); });
        addButton(u"letterPdf"_s, tr("Letter as PDF… (Ctrl+Shift+L)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
                  [this] { printLetter(true); });
    }
    if (liquidates)
        addButton(u"liquidate"_s, tr("Li&quidate (Ctrl+Return)"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                  [this] { liquidate(); });
    if (controller) {
        m_reasons = repository.controlReasons();
        m_lines->installEventFilter(new ReviewKeys(m_lines, m_reasons));
        addButton(u"submitReview"_s, tr("&Validate review (Ctrl+Return)"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                  [this] { submitReview(); });
        addButton(u"nextDossier"_s, tr("&Next dossier (Ctrl+N)"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] {
            if (mayLeave())
                done(NextRequested);
        });
    }
    addButton(u"printReceipt"_s, tr("&Print receipt (Ctrl+P)"), QKeySequence(Qt::CTRL | Qt::Key_P),
              [this] { printReceipt(false); });
    addButton(u"receiptPdf"_s, tr("Receipt as P&DF… (Ctrl+Shift+P)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
              [this] { printReceipt(true); });
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *legend = new QLabel(this);
    legend->setObjectName(u"reviewLegend"_s);
    legend->setWordWrap(true);
    if (controller) {
        QStringList keys;
        for (qsizetype i = 0; i < m_reasons.size() && i < 9; ++i)
            keys.append(u"%1 %2"_s.arg(i + 1).arg(m_reasons.at(i).second));
        legend->setText(tr("A accept, J adjust, R reject; reason: %1").arg(keys.join(u" · "_s)));
    }
    legend->setVisible(controller);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(legend);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);
    showDossier(dossier);
}

DossierReceipt DossierDialog::receiptOf(const Dossier &d, const QString &agentName)
{
    DossierReceipt r;
    r.organisationName = d.organisationName;
    r.dossierNumber = d.number;
    r.memberName = d.memberName;
    r.memberImmatriculation = d.memberImmatriculation;
    r.beneficiaryName = d.beneficiaryName;
    r.dateOfCare = d.dateOfCare;
    r.depositedAt = d.depositedAt.toLocalTime();
    r.agentName = agentName;
    r.lateJustification = d.lateJustification;
    r.paymentTarget = d.paymentTarget;
    r.lineCount = int(d.lines.size());
    r.billed = d.billed;
    return r;
}

void DossierDialog::run(const std::function<void()> &action)
{
    m_error->hide();
    try {
        action();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage());
    }
}

void DossierDialog::showDossier(const Dossier &d)
{
    m_dossier = d;
    m_entering = Permissions::allows(m_session, Action::DossierEnter)
                 && (d.status == DossierStatus::Entry || d.status == DossierStatus::Incomplete);
    m_reviewing = Permissions::allows(m_session, Action::DossierControl) && d.status == DossierStatus::Control;
    setWindowTitle(tr("Dossier %1").arg(d.number));

    const int daysLeft = DossierRules::daysLeft(d.depositedOn, d.longTerm, QDate::currentDate());
    QString header = tr("<b>Dossier %1</b> — %2<br>Beneficiary: %3 · Member: %4 (%5)<br>"
                        "Care on %6 · deposited on %7 by %8")
                         .arg(isolated(d.number), dossierStatusLabel(d.status).toHtmlEscaped(),
                              isolated(d.beneficiaryName), isolated(d.memberName),
                              isolated(d.memberImmatriculation), displayDate(d.dateOfCare),
                              displayDate(d.depositedOn), d.depositedBy.toHtmlEscaped());
    if (DossierRules::awaitsPayment(d.status))
        header += u"<br>"_s
                  + (daysLeft < 0 ? tr("<span style='color:#b02a37'>Payment %n day(s) late</span>", nullptr, -daysLeft)
                                  : tr("%n day(s) left to pay (by %1)", nullptr, daysLeft).arg(displayDate(d.paymentTarget)));
    if (!d.missing.isEmpty())
        header += u"<br>"_s + tr("Missing: %1").arg(d.missing.join(u", "_s).toHtmlEscaped());
    if (!d.fraudFlags.isEmpty())
        header += u"<br><span style='color:#b02a37'>"_s
                  + tr("May duplicate dossier(s) %1").arg(d.fraudFlags.join(u", "_s).toHtmlEscaped()) + u"</span>"_s;
    if (!d.lateJustification.isEmpty())
        header += u"<br>"_s + tr("Late deposit accepted: %1").arg(d.lateJustification.toHtmlEscaped());
    if (!d.archiveBox.isEmpty())
        header += u"<br>"_s + tr("Archived in box %1, place %2").arg(d.archiveBox.toHtmlEscaped(),
                                                                     d.archivePlace.toHtmlEscaped());
    m_header->setText(header);
    m_totals->setText(tr("Billed %1 · AMO %2 · complementary %3 · reimbursed %4")
                          .arg(amount(d.billed), amount(d.amo), amount(d.complementary), amount(d.reimbursed)));
    fillLines();

    m_timeline->setRowCount(0);
    for (const DossierEvent &e : d.timeline) {
        const int row = m_timeline->rowCount();
        m_timeline->insertRow(row);
        const auto to = dossierStatusFromCode(e.toStatus);
        const auto from = dossierStatusFromCode(e.fromStatus);
        const QString step = from && to && from != to
                                 ? tr("%1 → %2").arg(dossierStatusLabel(*from), dossierStatusLabel(*to))
                                 : (to ? dossierStatusLabel(*to) : e.toStatus);
        m_timeline->setItem(row, 0, cell(displayDateTime(e.at), false));
        m_timeline->setItem(row, 1, cell(e.agentName.isEmpty() ? e.agent : e.agentName, false));
        m_timeline->setItem(row, 2, cell(e.purpose, false));
        m_timeline->setItem(row, 3, cell(step, false));
        m_timeline->setItem(row, 4, cell(e.reason, false));
    }
    m_timeline->resizeColumnsToContents();

    auto visible = [this](const QString &name, bool on) {
        if (auto *button = findChild<QPushButton *>(name))
            button->setVisible(on);
        if (auto *shortcut = findChild<QShortcut *>(name + u"Shortcut"_s))
            shortcut->setEnabled(on);
    };
    visible(u"saveLines"_s, m_entering);
    visible(u"completeEntry"_s, m_entering && d.status == DossierStatus::Entry);
    visible(u"markIncomplete"_s, m_entering);
    visible(u"resumeEntry"_s, m_entering && d.status == DossierStatus::Incomplete);
    visible(u"rejectDossier"_s, m_entering);
    visible(u"printLetter"_s, !d.missing.isEmpty());
    visible(u"letterPdf"_s, !d.missing.isEmpty());
    visible(u"liquidate"_s, d.status == DossierStatus::Liquidation && Permissions::allows(m_session, Action::DossierLiquidate));
    visible(u"submitReview"_s, m_reviewing);
    m_savedState = typedState();
    m_box->setText(d.archiveBox);
    m_placeInBox->setText(d.archivePlace);
    if (m_entering || m_reviewing) {
        m_lines->setFocus();
        m_lines->setCurrentCell(0, m_reviewing ? Decision : Code);
    }
}

QString DossierDialog::typedState() const
{
    // What the agent can type or decide in the lines and the archive, as one text to compare.
    QStringList state;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        for (int column : {Code, Inpe, Quantity, Unit, AllowedQuantity, AllowedUnit}) {
            const QTableWidgetItem *item = m_lines->item(row, column);
            state.append(item ? item->text().trimmed() : QString());
        }
        for (int column : {Decision, Reason}) {
            const QTableWidgetItem *item = m_lines->item(row, column);
            state.append(item ? item->data(Qt::UserRole).toString() : QString());
        }
    }
    state << m_box->text() << m_boxPlace->text() << m_placeInBox->text();
    return state.join(QChar(0x1F));
}

bool DossierDialog::mayLeave()
{
    commitTypedCell();
    if (typedState() == m_savedState)
        return true;
    return QMessageBox::question(this, windowTitle(),
                                 tr("Lines or decisions typed in dossier %1 are not saved. Discard them?")
                                     .arg(m_dossier.number),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
           == QMessageBox::Discard;
}

void DossierDialog::reject()
{
    // Escape, Close and the window's close button: nothing typed is lost without the agent's word.
    if (mayLeave())
        QDialog::reject();
}

void DossierDialog::fillLines()
{
    const QSignalBlocker blocker(m_lines);
    m_lines->setRowCount(0);
    const bool controlled = std::any_of(m_dossier.lines.cbegin(), m_dossier.lines.cend(),
                                        [](const DossierLine &l) { return l.allowedQuantity.has_value(); });
    for (const DossierLine &l : m_dossier.lines) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lines->setItem(row, Code, cell(l.code, m_entering));
        m_lines->item(row, Code)->setData(KindRole, l.kind);
        m_lines->setItem(row, Inpe, cell(l.providerInpe, m_entering));
        m_lines->setItem(row, Quantity, cell(QString::number(l.quantity), m_entering, true));
        m_lines->setItem(row, Unit, cell(Money::format(l.billedUnit), m_entering, true));
        m_lines->setItem(row, Label, cell(l.label, false));
        m_lines->setItem(row, Billed, cell(Money::format(l.billedUnit * l.quantity), false, true));
        QString decision = l.decision;
        if (decision.isEmpty() && m_reviewing)
            decision = u"accepted"_s;
        auto *decisionItem = cell(decision.isEmpty() ? QString() : decisionLabel(decision), false);
        decisionItem->setData(Qt::UserRole, decision);
        m_lines->setItem(row, Decision, decisionItem);
        const bool adjustable = m_reviewing && decision == u"adjusted"_s;
        m_lines->setItem(row, AllowedQuantity,
                         cell(QString::number(l.allowedQuantity.value_or(l.quantity)), adjustable, true));
        m_lines->setItem(row, AllowedUnit, cell(Money::format(l.allowedUnit.value_or(l.billedUnit)), adjustable, true));
        m_lines->item(row, AllowedQuantity)->setData(Qt::UserRole, l.quantity);
        m_lines->item(row, AllowedUnit)->setData(Qt::UserRole, l.billedUnit);
        QString reasonLabel;
        for (const auto &[code, label] : std::as_const(m_reasons))
            if (code == l.reasonCode)
                reasonLabel = label;
        auto *reasonItem = cell(reasonLabel, false);
        reasonItem->setData(Qt::UserRole, l.reasonCode);
        m_lines->setItem(row, Reason, reasonItem);
        m_lines->setItem(row, Reimbursed, cell(Money::format(l.reimbursed), false, true));
    }
    const bool medical = PurposeRules::controlsDossiers(m_session.activePurpose());
    m_lines->setColumnHidden(Decision, !medical);
    m_lines->setColumnHidden(Reason, !medical);
    m_lines->setColumnHidden(AllowedQuantity, !(medical || controlled));
    m_lines->setColumnHidden(AllowedUnit, !(medical || controlled));
    const DossierStatus s = m_dossier.status;
    m_lines->setColumnHidden(Reimbursed, !(s == DossierStatus::Liquidated || s == DossierStatus::Batched
                                           || s == DossierStatus::Paid));
    if (m_entering)
        ensureEmptyLastRow();
}

void DossierDialog::ensureEmptyLastRow()
{
    const int last = m_lines->rowCount() - 1;
    if (last >= 0) {
        bool empty = true;
        for (int column : {Code, Inpe, Quantity, Unit})
            if (m_lines->item(last, column) && !m_lines->item(last, column)->text().trimmed().isEmpty())
                empty = false;
        if (empty)
            return;
    }
    const QSignalBlocker blocker(m_lines);
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    for (int column : {Code, Inpe, Quantity, Unit})
        m_lines->setItem(row, column, cell(QString(), true, column >= Quantity));
    for (int column = Label; column < LineColumnCount; ++column)
        m_lines->setItem(row, column, cell(QString(), false));
}

void DossierDialog::resolveCode(int row)
{
    QTableWidgetItem *code = m_lines->item(row, Code);
    QTableWidgetItem *unit = m_lines->item(row, Unit);
    QTableWidgetItem *label = m_lines->item(row, Label);
    if (!code || !unit || !label)
        return;
    std::optional<ReferenceRepository::CareItem> found;
    if (!code->text().trimmed().isEmpty()) {
        try {
            found = exactItem(m_repository.careItems(code->text()), code->text());
        } catch (const DatabaseError &) {
            // The price is a help: the agent types it, and saving says what is wrong.
        }
    }
    const QSignalBlocker blocker(m_lines);
    code->setData(KindRole, !found ? QString() : found->code.startsWith(u"MED-"_s) ? u"medicine"_s : u"act"_s);
    label->setText(found ? found->label : QString());
    // The amount in force on the date of care, unless the agent typed one: a medicine's public
    // price, an act's tariff (what the agent types over when the invoice says otherwise).
    const QString prefilled = unit->data(PrefilledRole).toString();
    const QString typed = unit->text().trimmed();
    if (typed.isEmpty() || (!prefilled.isEmpty() && typed == prefilled)) {
        const QDate care = m_dossier.dateOfCare.isValid() ? m_dossier.dateOfCare : QDate::currentDate();
        const std::optional<Centimes> price = found ? found->priceOn(care) : std::nullopt;
        const QString text = price ? Money::format(*price) : QString();
        unit->setText(text);
        unit->setData(PrefilledRole, text);
    }
}

bool DossierDialog::repeatsProviderAbove(int row) const
{
    // A medicine under a medicine: the same pharmacy, whose INPE an empty cell repeats.
    auto kind = [this](int r) { return m_lines->item(r, Code) ? m_lines->item(r, Code)->data(KindRole).toString() : QString(); };
    if (row < 1 || kind(row) != u"medicine"_s || kind(row - 1) != u"medicine"_s)
        return false;
    for (int r = row - 1; r >= 0; --r) {
        if (m_lines->item(r, Inpe) && !m_lines->item(r, Inpe)->text().trimmed().isEmpty())
            return true;
        if (kind(r) != u"medicine"_s)
            return false;
    }
    return false;
}

void DossierDialog::moveOnFrom(int row, int column)
{
    // Return in a line: on to the next cell that needs typing, past an INPE that repeats the line
    // above's, a quantity (empty is one) and a medicine's public price as the reference gave it;
    // an act's amount is stopped at (a doctor's fee can be over the tariff). Tab and Shift+Tab
    // still reach every cell.
    auto text = [this](int r, int c) { return m_lines->item(r, c) ? m_lines->item(r, c)->text().trimmed() : QString(); };
    if (row < 0 || text(row, Code).isEmpty())
        return;
    if (column < Inpe && text(row, Inpe).isEmpty() && !repeatsProviderAbove(row)) {
        m_lines->setCurrentCell(row, Inpe);
        return;
    }
    if (column < Unit) {
        const QTableWidgetItem *unit = m_lines->item(row, Unit);
        const bool given = unit && !text(row, Unit).isEmpty() && text(row, Unit) == unit->data(PrefilledRole).toString();
        const bool medicine = m_lines->item(row, Code)->data(KindRole).toString() == u"medicine"_s;
        if (text(row, Unit).isEmpty() || (given && !medicine)) {
            m_lines->setCurrentCell(row, Unit);
            return;
        }
    }
    ensureEmptyLastRow();
    if (row + 1 < m_lines->rowCount())
        m_lines->setCurrentCell(row + 1, Code);
}

QList<DossierLineInput> DossierDialog::typedLines(QString *problem) const
{
    QList<DossierLineInput> lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        auto text = [&](int column) { return m_lines->item(row, column) ? m_lines->item(row, column)->text().trimmed() : QString(); };
        if (text(Code).isEmpty() && text(Quantity).isEmpty() && text(Unit).isEmpty())
            continue; // the empty line waiting at the end
        DossierLineInput in;
        in.code = text(Code);
        // An empty INPE is the provider of the line above: typed once per provider.
        in.providerInpe = text(Inpe).isEmpty() && !lines.isEmpty() ? lines.constLast().providerInpe : text(Inpe);
        bool ok = false;
        in.quantity = text(Quantity).isEmpty() ? 1 : text(Quantity).toInt(&ok);
        if (!text(Quantity).isEmpty() && !ok) {
            *problem = tr("Line %1: the quantity is a whole number.").arg(row + 1);
            return {};
        }
        const std::optional<Centimes> unit = Money::parse(text(Unit));
        if (!unit) {
            *problem = tr("Line %1: type the amount billed, for example 150,00.").arg(row + 1);
            return {};
        }
        in.billedUnit = *unit;
        lines.append(in);
    }
    return lines;
}

void DossierDialog::commitTypedCell()
{
    // A cell's editor hands its text to the table when it loses the focus.
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus != m_lines && m_lines->isAncestorOf(focus))
        m_lines->setFocus();
}

bool DossierDialog::saveLines()
{
    commitTypedCell();
    QString problem;
    const QList<DossierLineInput> lines = typedLines(&problem);
    if (!problem.isEmpty()) {
        m_error->say(problem);
        return false;
    }
    showDossier(m_repository.saveLines(m_session, m_dossier.id, m_dossier.version, lines));
    return true;
}

void DossierDialog::completeEntry()
{
    if (!saveLines())
        return;
    showDossier(m_repository.completeEntry(m_session, m_dossier.id, m_dossier.version));
}

void DossierDialog::markIncomplete()
{
    bool ok = false;
    const QString missing = QInputDialog::getMultiLineText(
        this, tr("Incomplete dossier"), tr("What is missing (one document per line):"), m_dossier.missing.join(u'\n'), &ok);
    if (!ok)
        return;
    if (m_dossier.status == DossierStatus::Entry && !saveLines())
        return;
    showDossier(m_repository.markIncomplete(m_session, m_dossier.id, m_dossier.version, missing.split(u'\n')));
}

void DossierDialog::resumeEntry()
{
    showDossier(m_repository.resumeEntry(m_session, m_dossier.id, m_dossier.version));
}

void DossierDialog::rejectDossier()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reject the dossier"),
                                                 tr("Why is dossier %1 rejected? The member will be told.")
                                                     .arg(m_dossier.number),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (QMessageBox::question(this, tr("Reject the dossier"),
                              tr("Reject dossier %1? It will not be liquidated; this cannot be undone.")
                                  .arg(m_dossier.number))
        != QMessageBox::Yes)
        return;
    showDossier(m_repository.reject(m_session, m_dossier.id, m_dossier.version, reason));
}

void DossierDialog::submitReview()
{
    commitTypedCell();
    QList<LineReview> reviews;
    for (int row = 0; row < m_lines->rowCount() && row < m_dossier.lines.size(); ++row) {
        LineReview r;
        r.lineId = m_dossier.lines.at(row).id;
        const QString decision = m_lines->item(row, Decision)->data(Qt::UserRole).toString();
        r.decision = decision == u"adjusted"_s   ? LineReview::Decision::Adjusted
                     : decision == u"rejected"_s ? LineReview::Decision::Rejected
                                                 : LineReview::Decision::Accepted;
        r.reasonCode = m_lines->item(row, Reason)->data(Qt::UserRole).toString();
        if (r.decision == LineReview::Decision::Adjusted) {
            bool ok = false;
            r.allowedQuantity = m_lines->item(row, AllowedQuantity)->text().trimmed().toInt(&ok);
            const std::optional<Centimes> unit = Money::parse(m_lines->item(row, AllowedUnit)->text());
            if (!ok || !unit) {
                m_error->say(tr("Line %1: type the quantity and the unit amount allowed.").arg(row + 1));
                return;
            }
            r.allowedUnit = *unit;
        }
        reviews.append(r);
    }
    showDossier(m_repository.review(m_session, m_dossier.id, m_dossier.version, reviews));
}

void DossierDialog::liquidate()
{
    showDossier(m_repository.liquidate(m_session, m_dossier.id, m_dossier.version));
}

void DossierDialog::fileInBox()
{
    showDossier(m_repository.fileInBox(m_session, m_dossier.id, m_dossier.version, m_box->text(), m_boxPlace->text(),
                                m_placeInBox->text()));
}

void DossierDialog::printReceipt(bool pdf)
{
    const std::unique_ptr<QTextDocument> doc = DossierDocuments::receiptDocument(receiptOf(m_dossier, m_session.fullName));
    output(*doc, pdf, tr("Save the receipt"), tr("receipt-%1.pdf").arg(m_dossier.number));
}

void DossierDialog::printLetter(bool pdf)
{
    IncompleteLetter letter;
    letter.organisationName = m_dossier.organisationName;
    letter.memberName = m_dossier.memberName;
    letter.memberAddress = m_dossier.memberAddress;
    letter.memberImmatriculation = m_dossier.memberImmatriculation;
    letter.dossierNumber = m_dossier.number;
    letter.beneficiaryName = m_dossier.beneficiaryName;
    letter.dateOfCare = m_dossier.dateOfCare;
    letter.depositedOn = m_dossier.depositedOn;
    letter.missing = m_dossier.missing;
    letter.writtenOn = QDate::currentDate();
    letter.agentName = m_session.fullName;
    const std::unique_ptr<QTextDocument> doc = DossierDocuments::incompleteLetterDocument(letter);
    output(*doc, pdf, tr("Save the letter"), tr("letter-%1.pdf").arg(m_dossier.number));
}

void DossierDialog::output(QTextDocument &doc, bool pdf, const QString &saveTitle, const QString &fileName)
{
    if (!pdf) {
        PrintDocument::showPrintPreview(doc, this);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, saveTitle, inDocuments(fileName), tr("PDF (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !PrintDocument::writePdf(doc, path, &error))
        m_error->say(error);
}

} // namespace guichet
