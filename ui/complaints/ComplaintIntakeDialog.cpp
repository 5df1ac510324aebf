#include "ui/complaints/ComplaintIntakeDialog.h"

#include "ui/common/DateField.h"
#include "ui/common/CurrentRow.h"
#include "ui/common/ErrorLabel.h"
#include "ui/common/PersonSearchField.h"

#include "data/common/DatabaseError.h"
#include "data/persons/PersonTableModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

ComplaintIntakeDialog::ComplaintIntakeDialog(QSqlDatabase db, ComplaintRepository &repository,
                                             const Session &session, QWidget *parent)
    : QDialog(parent), m_repository(repository), m_session(session)
{
    setObjectName(u"complaintIntakeDialog"_s);
    setWindowTitle(tr("Take in a complaint"));
    resize(820, 720);
    m_persons = new PersonTableModel(std::move(db), session, this);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(u"complaintChannel"_s);
    for (const ComplaintChannel channel : {ComplaintChannel::Counter, ComplaintChannel::CallCentre,
                                           ComplaintChannel::Portal, ComplaintChannel::Email, ComplaintChannel::Post})
        m_channel->addItem(Complaints::label(channel), QVariant::fromValue(int(channel)));
    m_received = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_received->setObjectName(u"complaintReceived"_s);
    m_received->setDisplayFormat(u"dd/MM/yyyy HH:mm"_s);
    m_received->setMaximumDateTime(QDateTime::currentDateTime().addSecs(5 * 60));
    tabLeavesSections(m_received);
    m_received->setLayoutDirection(Qt::LeftToRight); // digits read left to right, in Arabic too

    m_onFile = new QComboBox(this);
    m_onFile->setObjectName(u"complaintOnFile"_s);
    m_onFile->addItem(tr("A member or beneficiary on file"));
    m_onFile->addItem(Complaints::label(RequesterKind::Other));
    m_search = new PersonSearchField(this, u"complaintSearch"_s);
    m_search->setPlaceholderText(tr("Immatriculation number, CIN or name"));
    m_table = new QTableView(this);
    m_table->installEventFilter(this);
    m_table->setObjectName(u"complaintPersons"_s);
    m_table->setModel(m_persons);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(PersonTableModel::Cin, true);
    m_table->setColumnHidden(PersonTableModel::OrganisationCode, !session.seesAllOrganisations());
    m_table->setTabKeyNavigation(false);
    m_table->setMaximumHeight(170);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"complaintRequesterName"_s);
    m_name->setMaxLength(200);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(u"complaintContact"_s);
    m_contact->setMaxLength(300);
    m_contact->setPlaceholderText(tr("Phone, e-mail or address for the answer"));

    m_category = new QComboBox(this);
    m_category->setObjectName(u"complaintCategory"_s);
    try {
        for (const ComplaintCategory &category : m_repository.categories()) {
            const QString name = layoutDirection() == Qt::RightToLeft && !category.nameAr.isEmpty() ? category.nameAr
                                                                                                      : category.name;
            m_category->addItem(tr("%1 (answered by %2)").arg(name, category.divisionCode), category.code);
        }
    } catch (const DatabaseError &) {
        // Said when recording: the list stays empty.
    }
    m_dossiers = new QLineEdit(this);
    m_dossiers->setObjectName(u"complaintDossiers"_s);
    m_dossiers->setMaxLength(400);
    m_dossiers->setPlaceholderText(tr("Numbers of the dossiers concerned, separated by spaces or commas"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"complaintDescription"_s);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the requester says, in their words"));
    m_attachments = new QListWidget(this);
    m_attachments->setObjectName(u"complaintAttachments"_s);
    m_attachments->setMaximumHeight(70);
    auto *addFiles = new QPushButton(tr("Add documents… (Ctrl+O)"), this);
    addFiles->setObjectName(u"complaintAddFiles"_s);
    addFiles->setAutoDefault(false);
    connect(addFiles, &QPushButton::clicked, this, &ComplaintIntakeDialog::addAttachments);
    auto *open = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this);
    connect(open, &QShortcut::activated, this, &ComplaintIntakeDialog::addAttachments);
    m_error = new ErrorLabel(this, u"complaintError"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Recei&ved on:"), m_received);
    form->addRow(tr("&Who complains:"), m_onFile);
    form->addRow(tr("&Find:"), m_search);
    form->addRow(m_table);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Dossiers:"), m_dossiers);
    form->addRow(tr("&Text of the complaint:"), m_description);
    form->addRow(tr("Documents:"), m_attachments);
    form->addRow(QString(), addFiles);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    QPushButton *ok = buttons->addButton(tr("&Record (Ctrl+S)"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(u"complaintRecord"_s);
    ok->setAutoDefault(false);
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    connect(save, &QShortcut::activated, this, &ComplaintIntakeDialog::record);
    connect(ok, &QPushButton::clicked, this, &ComplaintIntakeDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder(m_channel, m_received);
    setTabOrder(m_received, m_onFile);
    setTabOrder(m_onFile, m_search);
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_name);
    setTabOrder(m_name, m_contact);
    setTabOrder(m_contact, m_category);
    setTabOrder(m_category, m_dossiers);
    setTabOrder(m_dossiers, m_description);
    setTabOrder(m_description, addFiles);

    connect(m_search, &PersonSearchField::searchRequested, this, &ComplaintIntakeDialog::applySearch);
    // From the search, Down goes to the family listed, Return to the contact (first person).
    connect(m_search, &PersonSearchField::moveToResults, this, [this] {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_persons->rowCount() > 0)
            makeCurrentRow(m_table, 0);
    });
    connect(m_search, &PersonSearchField::searchConfirmed, m_contact, qOverload<>(&QWidget::setFocus));
    connect(m_persons, &PersonTableModel::errorOccurred, m_error, &ErrorLabel::say);
    connect(m_onFile, &QComboBox::currentIndexChanged, this, &ComplaintIntakeDialog::updateRequester);
    updateRequester();
}

void ComplaintIntakeDialog::updateRequester()
{
    // On file, the name comes from the member's file; not on file, it is typed.
    const bool onFile = m_onFile->currentIndex() == 0;
    m_search->setEnabled(onFile);
    m_table->setEnabled(onFile);
    m_name->setEnabled(!onFile);
}

bool ComplaintIntakeDialog::eventFilter(QObject *watched, QEvent *event)
{
    // In the family listed, Return picks the requester and goes on to the contact: it never
    // records nor closes the dialog.
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_table->currentIndex().isValid())
                m_contact->setFocus();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ComplaintIntakeDialog::applySearch(const QString &text)
{
    m_persons->setFilterText(text);
    if (m_persons->rowCount() > 0)
        makeCurrentRow(m_table, 0);
}

void ComplaintIntakeDialog::addAttachments()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Documents received with the complaint"));
    for (const QString &path : paths) {
        QFile file(path);
        if (file.size() > ComplaintRepository::MaxAttachmentBytes) {
            m_error->say(tr("%1 is larger than %2 MB.")
                             .arg(QFileInfo(path).fileName())
                             .arg(ComplaintRepository::MaxAttachmentBytes / (1024 * 1024)));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            m_error->say(tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()));
            continue;
        }
        const QByteArray content = file.readAll();
        m_files.append({QFileInfo(path).fileName(), content, content.size()});
        m_attachments->addItem(QFileInfo(path).fileName());
    }
}

void ComplaintIntakeDialog::record()
{
    m_error->hide();
    ComplaintIntake intake;
    intake.channel = ComplaintChannel(m_channel->currentData().toInt());
    intake.receivedAt = m_received->dateTime().toUTC();
    if (m_onFile->currentIndex() == 0) {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid()) {
            m_error->say(tr("Find the member, then choose who complains in the list."));
            m_search->setFocus();
            return;
        }
        intake.personId = current.siblingAtColumn(0).data(PersonTableModel::PersonIdRole).toLongLong();
        intake.requester =
            current.siblingAtColumn(PersonTableModel::Relation).data(PersonTableModel::RawValueRole).toString()
                    == u"member"_s
                ? RequesterKind::Member
                : RequesterKind::Beneficiary;
    } else {
        intake.requester = RequesterKind::Other;
        intake.requesterName = m_name->text();
    }
    intake.requesterContact = m_contact->text();
    intake.categoryCode = m_category->currentData().toString();
    intake.description = m_description->toPlainText();
    intake.dossierNumbers = m_dossiers->text().split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts);
    intake.attachments = m_files;
    try {
        m_recorded = m_repository.intake(m_session, intake);
        accept();
    } catch (const DatabaseError &error) {
        m_error->say(error.userMessage()); // nothing typed is lost: the form stays as it was
    }
}

} // namespace guichet
