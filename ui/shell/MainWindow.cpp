#include "ui/shell/MainWindow.h"

#include "data/common/AuditLog.h"
#include "data/common/ConnectionMonitor.h"
#include "data/common/DatabaseError.h"
#include "data/persons/PersonRepository.h"
#include "data/persons/PersonTableModel.h"
#include "data/common/Sql.h"
#include "ui/shell/ChangePasswordDialog.h"
#include "ui/shell/IdleWatcher.h"
#include "ui/shell/LockDialog.h"
#include "ui/persons/ImportDialog.h"
#include "ui/persons/PersonEditDialog.h"
#include "ui/persons/PersonFileDialog.h"
#include "core/PurposeRules.h"
#include "core/Rights.h"
#include "ui/complaints/ComplaintsPage.h"
#include "ui/litigation/LitigationPage.h"
#include "ui/retention/PurgePage.h"
#include "ui/registry/RegistryDialog.h"
#include "ui/rights/RightsPage.h"
#include "core/DisplayNames.h"
#include "ui/dossiers/DossiersPage.h"
#include "ui/persons/PersonsPage.h"
#include "ui/shell/PurposePage.h"
#include "ui/shell/SettingsDialog.h"

#include <QAction>
#include <QLineEdit>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

MainWindow::MainWindow(QSqlDatabase db, Authenticator &authenticator, const Session &session, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_authenticator(authenticator), m_session(session)
{
    setObjectName(u"mainWindow"_s);
    m_sections = new QListWidget(this);
    m_sections->setObjectName(u"sections"_s);
    m_sections->setWordWrap(true);
    m_sections->setSpacing(2);
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sections->setMinimumWidth(220);
    m_sections->setMaximumWidth(300);
    m_pages = new QStackedWidget(this);

    // The pages read data as they are built: take the first purpose before building them.
    for (const Purpose &purpose : m_session.purposes) {
        if (purpose.hasScreens) {
            try {
                m_authenticator.usePurpose(m_session, purpose.code);
            } catch (const DatabaseError &error) {
                QMessageBox::warning(this, tr("Guichet"), error.userMessage());
            }
            break;
        }
    }
    for (const Purpose &purpose : m_session.purposes) {
        if (!purpose.hasScreens)
            continue;
        auto *item = new QListWidgetItem(m_sections); // its text is the language's (retranslateUi)
        item->setData(Qt::UserRole, purpose.code);
        // Each page keeps a session of its own purpose: its queries and checks are that purpose's.
        Session pageSession = m_session;
        pageSession.setActivePurpose(purpose.code);
        QWidget *page = nullptr;
        if (purpose.code == u"REG"_s) {
            auto *persons = new PersonsPage(m_db, m_session, m_pages);
            connect(persons, &PersonsPage::openPersonRequested, this, &MainWindow::openPerson);
            page = persons;
        } else if (PurposeRules::worksOnDossiers(purpose.code)) {
            page = new DossiersPage(m_db, pageSession, m_pages);
        } else if (pageSession.actsAsDataProtectionOfficer()) {
            // The officer's section: the purge, and the rights requests he follows and whose
            // deletions he carries out.
            auto *purge = new PurgePage(m_db, pageSession, m_pages);
            purge->addTab(new RightsPage(m_db, pageSession, purge), tr("Rights re&quests (law 09-08)"));
            page = purge;
        } else if (PurposeRules::handlesLitigation(purpose.code)) {
            // The legal division's section: the cases, the complaints it reads and opens a case
            // from, and the rights requests it answers.
            auto *litigation = new LitigationPage(m_db, pageSession, m_pages);
            litigation->addTab(new ComplaintsPage(m_db, pageSession, litigation), tr("Com&plaints"));
            litigation->addTab(new RightsPage(m_db, pageSession, litigation), tr("Rights re&quests (law 09-08)"));
            page = litigation;
        } else if (PurposeRules::readsComplaints(purpose.code)) {
            page = new ComplaintsPage(m_db, pageSession, m_pages);
        } else {
            page = new PurposePage(purpose, m_pages);
        }
        m_pages->addWidget(page);
    }
    if (m_sections->count() == 0) {
        auto *none = new QLabel(m_pages);
        none->setObjectName(u"noSections"_s);
        none->setWordWrap(true);
        none->setAlignment(Qt::AlignCenter);
        m_pages->addWidget(none);
    }

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sections);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 840});
    m_offlineBanner = new QLabel(this);
    m_offlineBanner->setObjectName(u"offlineBanner"_s);
    m_offlineBanner->setWordWrap(true);
    m_offlineBanner->setStyleSheet(u"background: #fff3cd; color: #664d03; padding: 6px; font-weight: bold;"_s);
    m_offlineBanner->hide();
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_offlineBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    // A lost server is said at the top of the window; Guichet reconnects by itself, and nothing
    // the agent typed in an open dialog is thrown away meanwhile.
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setInterval(3000);
    connect(m_reconnectTimer, &QTimer::timeout, this, &MainWindow::tryReconnect);
    connect(&ConnectionMonitor::instance(), &ConnectionMonitor::lost, this, &MainWindow::connectionLost);

    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const QString code = m_sections->item(row)->data(Qt::UserRole).toString();
        try {
            if (code != m_session.activePurpose())
                m_authenticator.usePurpose(m_session, code);
        } catch (const DatabaseError &error) {
            showError(error.userMessage());
            const QSignalBlocker blocker(m_sections);
            m_sections->setCurrentRow(int(sectionCodes().indexOf(m_session.activePurpose())));
            return;
        }
        m_pages->setCurrentIndex(row);
        updatePurposeLabel();
    });

    m_agentLabel = new QLabel(this);
    m_agentLabel->setObjectName(u"agentLabel"_s);
    m_purposeLabel = new QLabel(this);
    m_purposeLabel->setObjectName(u"purposeLabel"_s);
    statusBar()->addWidget(m_purposeLabel, 1);
    statusBar()->addPermanentWidget(m_agentLabel);

    buildMenus();
    retranslateUi();
    if (m_sections->count() > 0)
        m_sections->setCurrentRow(0);

    m_idle = new IdleWatcher(this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    restoreAgentGeometry();
}

QString MainWindow::geometryKey() const
{
    return u"mainWindow/geometry/"_s + m_session.login;
}

void MainWindow::restoreAgentGeometry()
{
    // The agent's own size and place, as they left them on this workstation; the first time, most
    // of the screen (an agent works in it all day), centred.
    if (restoreGeometry(QSettings().value(geometryKey()).toByteArray()))
        return;
    const QRect available = screen()->availableGeometry();
    const QSize size = (available.size() * 0.9).expandedTo(minimumSizeHint()).boundedTo(available.size());
    setGeometry(QStyle::alignedRect(layoutDirection(), Qt::AlignCenter, size, available));
}

void MainWindow::saveAgentGeometry()
{
    QSettings().setValue(geometryKey(), saveGeometry());
}

QStringList MainWindow::sectionCodes() const
{
    QStringList codes;
    for (int i = 0; i < m_sections->count(); ++i)
        codes << m_sections->item(i)->data(Qt::UserRole).toString();
    return codes;
}

bool MainWindow::selectSection(const QString &purposeCode)
{
    const int row = int(sectionCodes().indexOf(purposeCode));
    if (row < 0)
        return false;
    m_sections->setCurrentRow(row);
    return true;
}

void MainWindow::buildMenus()
{
    auto *sessionMenu = menuBar()->addMenu(QString());
    sessionMenu->setObjectName(u"sessionMenu"_s);
    auto *lockAction = sessionMenu->addAction(QString(), this, &MainWindow::lock);
    lockAction->setObjectName(u"lockAction"_s);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    // Ctrl+F, one action wherever the agent is: in a dossier section, a dossier by its number;
    // elsewhere, the persons list and its search field.
    auto *persons = findChild<PersonsPage *>();
    if (persons || findChild<DossiersPage *>()) {
        auto *findAction = sessionMenu->addAction(QString(), this, [this, persons] {
            auto *findDossier = m_pages->currentWidget()->findChild<QPushButton *>(u"findDossier"_s);
            if (findDossier && findDossier->isVisible()) {
                findDossier->click();
            } else if (persons) {
                selectSection(u"REG"_s);
                persons->focusSearch();
            }
        });
        findAction->setObjectName(u"findPersonAction"_s);
        findAction->setShortcut(QKeySequence::Find);
    }
    if (persons) {
        if (m_session.hasPurpose(u"REG"_s)) {
            auto *registerAction = sessionMenu->addAction(QString(), this, &MainWindow::registerMember);
            registerAction->setObjectName(u"registerMemberAction"_s);
            registerAction->setShortcut(QKeySequence::New);
            auto *importAction = sessionMenu->addAction(QString(), this, &MainWindow::importMembers);
            importAction->setObjectName(u"importMembersAction"_s);
            importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
        }
    }
    auto *passwordAction = sessionMenu->addAction(QString(), this, [this] {
        ChangePasswordDialog dialog(m_authenticator, m_session, this);
        dialog.exec();
        if (dialog.lockedOut())
            leave();
    });
    passwordAction->setObjectName(u"changePasswordAction"_s);
    sessionMenu->addSeparator();
    auto *signOutAction = sessionMenu->addAction(QString(), this, &MainWindow::leave);
    signOutAction->setObjectName(u"signOutAction"_s);
    signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    auto *quitAction = sessionMenu->addAction(QString(), this, &QWidget::close);
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);

    auto *toolsMenu = menuBar()->addMenu(QString());
    toolsMenu->setObjectName(u"toolsMenu"_s);
    auto *settingsAction = toolsMenu->addAction(QString(), this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            m_idle->setTimeout(IdleWatcher::savedMinutes() * 60 * 1000);
    });
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setShortcut(QKeySequence::Preferences);
    // The registry of processings: every agent may read it, the data-protection officer edits it.
    auto *registryAction = toolsMenu->addAction(QString(), this, [this] {
        Session session = m_session;
        if (session.hasPurpose(u"AUD"_s))
            session.setActivePurpose(u"AUD"_s);
        RegistryDialog dialog(m_db, session, this);
        dialog.exec();
    });
    registryAction->setObjectName(u"registryAction"_s);
    // Rights requests reach REG (rectifications to approve) and medical control (medical parts
    // to sign off) outside the legal division's section.
    if (!rightsWorkPurpose().isEmpty()) {
        auto *rightsAction = toolsMenu->addAction(QString(), this, &MainWindow::openRightsWork);
        rightsAction->setObjectName(u"rightsWorkAction"_s);
        rightsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    }

    auto *helpMenu = menuBar()->addMenu(QString());
    helpMenu->setObjectName(u"helpMenu"_s);
    auto *aboutAction = helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Guichet"),
                           tr("<b>Guichet</b> %1<br>Back-office of the CNOPS and its mutuelles.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    aboutAction->setObjectName(u"aboutAction"_s);

    // Ctrl+1 … Ctrl+9 go to the sections in order, listed in their own menu so that they are found.
    auto *sectionsMenu = menuBar()->insertMenu(helpMenu->menuAction(), new QMenu(this))->menu();
    sectionsMenu->setObjectName(u"sectionsMenu"_s);
    for (int i = 0; i < m_sections->count(); ++i) {
        const QString code = m_sections->item(i)->data(Qt::UserRole).toString();
        auto *go = sectionsMenu->addAction(QString()); // named in the language (retranslateUi)
        go->setObjectName(u"goToSection_"_s + code);
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            m_sections->setCurrentRow(i);
            m_pages->currentWidget()->setFocus();
        });
    }
    sectionsMenu->menuAction()->setVisible(m_sections->count() > 0);
}

QString MainWindow::rightsWorkPurpose() const
{
    // The purposes that act on requests outside the legal division's section.
    const auto actsOnRequests = [this](const QString &purpose) {
        Session session = m_session;
        session.setActivePurpose(purpose);
        const RightsWork work = RightsWork::of(session);
        return work.approvesRectifications || work.signsOffMedicalParts;
    };
    const QString active = m_session.activePurpose();
    if (actsOnRequests(active))
        return active;
    for (const Purpose &purpose : m_session.purposes)
        if (purpose.hasScreens && actsOnRequests(purpose.code))
            return purpose.code;
    return {};
}

void MainWindow::openRightsWork()
{
    // The work is done under its own purpose: go to its section first (and its database role).
    const QString purpose = rightsWorkPurpose();
    if (purpose.isEmpty() || (purpose != m_session.activePurpose() && !selectSection(purpose)))
        return;
    if (m_session.activePurpose() != purpose)
        return; // the switch was refused, and said
    QDialog dialog(this);
    dialog.setObjectName(u"rightsWorkDialog"_s);
    dialog.setWindowTitle(tr("Rights requests — %1").arg(purpose));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new RightsPage(m_db, m_session, &dialog));
    dialog.resize(900, 500);
    dialog.exec();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Guichet — %1").arg(m_session.organisation.name));
    auto setText = [this](const char *name, const QString &text) {
        if (auto *object = findChild<QObject *>(QString::fromLatin1(name))) {
            if (auto *menu = qobject_cast<QMenu *>(object))
                menu->setTitle(text);
            else if (auto *action = qobject_cast<QAction *>(object))
                action->setText(text);
        }
    };
    setText("sessionMenu", tr("&Session"));
    setText("lockAction", tr("&Lock the screen"));
    setText("findPersonAction", tr("&Find a person"));
    setText("registerMemberAction", tr("&Register a member…"));
    setText("importMembersAction", tr("&Import members from a CSV file…"));
    setText("changePasswordAction", tr("&Change my password…"));
    setText("signOutAction", tr("Sign &out"));
    setText("quitAction", tr("&Quit"));
    setText("toolsMenu", tr("&Tools"));
    setText("sectionsMenu", tr("Secti&ons"));
    setText("settingsAction", tr("&Settings…"));
    setText("registryAction", tr("&Registry of processings…"));
    setText("rightsWorkAction", tr("Rights re&quests to act on…"));
    setText("helpMenu", tr("&Help"));
    setText("aboutAction", tr("&About Guichet"));
    if (auto *none = findChild<QLabel *>(u"noSections"_s))
        none->setText(tr("Your role (%1) has no processing purpose, so no member data is shown here. Agents and "
                         "reference data are managed with guichet-admin.")
                          .arg(DisplayNames::role(m_session.roleCode, m_session.roleName)));
    m_agentLabel->setText(tr("%1 (%2) — %3 — %4")
                              .arg(m_session.fullName, m_session.login,
                                   DisplayNames::role(m_session.roleCode, m_session.roleName),
                                   m_session.organisation.code));
    for (int row = 0; row < m_sections->count(); ++row) {
        QListWidgetItem *item = m_sections->item(row);
        const Purpose *purpose = m_session.purpose(item->data(Qt::UserRole).toString());
        const QString name = DisplayNames::purpose(purpose->code, purpose->name);
        // Right to left, the name first: Qt elides an item whose first line is Latin (the code) and
        // whose second is Arabic.
        item->setText(layoutDirection() == Qt::RightToLeft ? name + u'\n' + purpose->code
                                                           : purpose->code + u'\n' + name);
        item->setToolTip(name + u'\n' + tr("CNDP %1").arg(purpose->cndpNumber));
        if (auto *go = findChild<QAction *>(u"goToSection_"_s + purpose->code))
            go->setText(purpose->code + u" — "_s + name);
    }
    updatePurposeLabel();
}

void MainWindow::updatePurposeLabel()
{
    const Purpose *purpose = m_session.purpose(m_session.activePurpose());
    m_purposeLabel->setText(purpose ? tr("Working under: %1 — %2 (CNDP %3)")
                                          .arg(purpose->code, DisplayNames::purpose(purpose->code, purpose->name),
                                               purpose->cndpNumber)
                                    : tr("No processing purpose"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Guichet"), message);
}

void MainWindow::openPerson(qint64 personId)
{
    PersonRepository repository(m_db);
    qint64 current = personId;
    try {
        // The file, then what the agent asked from it (editing, a beneficiary, another file),
        // then the file again as saved, until the agent closes it.
        while (current != 0 && !m_leaving) {
            const std::optional<PersonFile> file = repository.openFile(m_session, current);
            if (!file) {
                showError(tr("This person's file does not exist or is not yours to open."));
                return;
            }
            PersonFileDialog dialog(*file, m_db, m_session, this);
            const int outcome = dialog.exec();
            if (m_leaving)
                return;
            if (outcome == PersonFileDialog::EditRequested) {
                PersonEditDialog editor(repository, m_session, file->person, this);
                editor.exec();
            } else if (outcome == PersonFileDialog::AddBeneficiaryRequested) {
                Person beneficiary;
                beneficiary.memberId = file->person.id;
                beneficiary.organisationId = file->person.organisationId;
                beneficiary.relation = u"spouse"_s;
                beneficiary.regime = file->person.regime;
                beneficiary.lastName = file->person.lastName;
                // Beneficiaries carry the member's number and a rank.
                beneficiary.immatriculation = file->person.immatriculation.section(u'-', 0, 0) + u'-'
                                              + QStringLiteral("%1").arg(file->beneficiaries.size() + 1, 2, 10, QLatin1Char('0'));
                PersonEditDialog editor(repository, m_session, beneficiary, this);
                if (editor.exec() == PersonEditDialog::ShowExisting)
                    current = editor.existingPersonId();
            } else if (outcome == PersonFileDialog::OpenPersonRequested) {
                current = dialog.requestedPersonId();
            } else if (outcome == PersonFileDialog::DepositRequested) {
                // In the section of the person's regime, as if the agent had gone there.
                auto *page = findChild<DossiersPage *>(u"dossiersPage_"_s + file->person.regime);
                if (page && selectSection(file->person.regime))
                    page->deposit(file->person);
                return;
            } else {
                return;
            }
            refreshPersons();
        }
    } catch (const DatabaseError &error) {
        showError(error.userMessage());
    }
}

void MainWindow::openLink(const GuichetLink &link)
{
    if (m_leaving || m_locked)
        return;
    if (link.kind == GuichetLink::Kind::Dossier) {
        // The dossier opens under the first purpose of the role that works on dossiers.
        for (const QString &code : sectionCodes()) {
            auto *page = findChild<DossiersPage *>(u"dossiersPage_"_s + code);
            if (page && selectSection(code)) {
                page->openNumber(link.key);
                return;
            }
        }
        showError(tr("Dossier %1 cannot be opened: your role holds no purpose that works on dossiers.").arg(link.key));
        return;
    }
    auto *persons = findChild<PersonsPage *>();
    if (!persons || !selectSection(u"REG"_s)) {
        showError(tr("A member's card opens under the purpose REG, which your role does not hold."));
        return;
    }
    // As if the agent had typed the number: the list shows the matches (a member's number also
    // starts the numbers of the beneficiaries), and the person whose number it is opens.
    persons->searchField()->setText(link.key);
    PersonTableModel *model = persons->model();
    model->setFilterText(link.key);
    qint64 exact = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, PersonTableModel::Immatriculation);
        if (index.data(PersonTableModel::RawValueRole).toString() == link.key)
            exact = exact == 0 ? index.data(PersonTableModel::PersonIdRole).toLongLong() : -1;
    }
    if (exact > 0)
        openPerson(exact);
    else
        persons->focusSearch(); // none, or several with that number: the agent chooses
}

void MainWindow::registerMember()
{
    if (m_leaving || !selectSection(u"REG"_s))
        return;
    PersonRepository repository(m_db);
    Person member;
    member.organisationId = m_session.organisation.id;
    PersonEditDialog editor(repository, m_session, member, this);
    const int outcome = editor.exec();
    refreshPersons();
    if (outcome == QDialog::Accepted)
        openPerson(editor.savedPersonId());
    else if (outcome == PersonEditDialog::ShowExisting)
        openPerson(editor.existingPersonId());
}

void MainWindow::importMembers()
{
    if (m_leaving || !selectSection(u"REG"_s))
        return;
    ImportDialog dialog(m_db, m_session, this);
    dialog.exec();
    refreshPersons();
}

void MainWindow::refreshPersons()
{
    // The central database tells open lists by itself (LISTEN/NOTIFY); the embedded one cannot.
    if (auto *persons = findChild<PersonsPage *>(); persons && Sql::dialect(m_db) == Dialect::Sqlite)
        persons->model()->reload();
}

void MainWindow::lock()
{
    if (m_locked || m_leaving)
        return;
    m_locked = true;
    m_idle->setEnabled(false);
    centralWidget()->hide(); // nothing of a member's file stays on an unattended screen
    try {
        AuditLog(m_db).append(m_session, {u"lock"_s, u"agent"_s, QString::number(m_session.agentId), 0, {}});
    } catch (const DatabaseError &) {
        // Locking must never fail because the database is away.
    }
    LockDialog dialog(m_authenticator, m_session, this);
    const int outcome = dialog.exec();
    m_locked = false;
    if (outcome == LockDialog::SignOut) {
        leave();
        return;
    }
    centralWidget()->show();
    m_idle->setEnabled(true);
}

void MainWindow::connectionLost(const QString &connectionName)
{
    if (connectionName != m_db.connectionName() || m_reconnectTimer->isActive())
        return;
    m_offlineBanner->setText(tr("The connection to the database is lost. Nothing half-done was saved; what you "
                                "are typing is kept. Guichet reconnects by itself…"));
    m_offlineBanner->show();
    m_reconnectTimer->start();
}

void MainWindow::tryReconnect()
{
    if (!m_authenticator.reconnect(m_session))
        return;
    m_reconnectTimer->stop();
    m_offlineBanner->hide();
    statusBar()->showMessage(tr("Connection restored."), 5000);
}

void MainWindow::leave()
{
    if (m_leaving)
        return;
    m_leaving = true;
    saveAgentGeometry();
    // The lock may have come up over an open dialog: close them all, and sign out once their
    // event loops have unwound, so that nothing is deleted under a running exec().
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs) {
        if (dialog->isVisible())
            dialog->reject();
    }
    QTimer::singleShot(0, this, &MainWindow::signOutRequested);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_leaving) {
        m_leaving = true;
        saveAgentGeometry();
        emit quitRequested();
    }
    event->accept();
}

} // namespace guichet
