#include "ui/MainWindow.h"

#include "app/Translations.h"
#include "app/Workspace.h"
#include "ui/AdminListPage.h"
#include "ui/BackOfficePages.h"
#include "ui/BankTransfersPage.h"
#include "ui/ConsolePages.h"
#include "ui/DashboardPage.h"
#include "ui/OrganizationDetailPane.h"
#include "ui/OrganizationsPage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace
{
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString SystemLanguage = QString();
const QString EnglishLanguage = QStringLiteral("en");
const QString FrenchLanguage = QStringLiteral("fr");
} // namespace

MainWindow::MainWindow(Translations& translations, Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_translations(&translations)
    , m_workspace(&workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_connectionStatus(new QLabel(this))
    , m_activity(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    createPages();
    createMenus();
    createPageActions();
    createStatusBar();
    retranslate();
    restoreSettings();
}

void MainWindow::createPages()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSpacing(3);
    m_pages->setObjectName(QStringLiteral("pages"));
    for (const ConsolePages::Page page : ConsolePages::all()) {
        m_navigation->addItem(new QListWidgetItem(m_navigation));
        m_pages->addWidget(pageFor(static_cast<int>(page)));
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 760});
    setCentralWidget(splitter);
}

QWidget* MainWindow::pageFor(int page)
{
    const auto section = static_cast<ConsolePages::Page>(page);
    if (section == ConsolePages::Page::BankTransfers)
        return bankTransfersPage();
    if (section == ConsolePages::Page::Dashboard)
        return dashboardPage();
    if (section != ConsolePages::Page::Organizations)
        return BackOfficePages::create(section, m_workspace->backOffice(), m_pages);
    return organizationsPage();
}

QWidget* MainWindow::organizationsPage()
{
    auto* organizations = new OrganizationsPage(m_workspace->organizations(), m_pages);
    connectDetail(organizations->detailPane());
    organizations->detailPane().setPlans(m_workspace->backOffice().plans());
    connect(organizations, &OrganizationsPage::organizationSelected,
            &m_workspace->organizationDetail(), &OrganizationDetailLoader::load);
    connect(organizations, &OrganizationsPage::refreshRequested, m_workspace, &Workspace::refresh);
    connect(organizations, &OrganizationsPage::bulkActionRequested, m_workspace,
            &Workspace::runBulk);
    connect(m_workspace, &Workspace::syncStateChanged, organizations,
            &OrganizationsPage::showSyncState);
    connect(m_workspace, &Workspace::busyChanged, organizations, &OrganizationsPage::showBusy);
    connect(m_workspace, &Workspace::bulkCompleted, this, &MainWindow::showBulkOutcome);
    connect(m_workspace, &Workspace::organizationChanged, this, [this](const QJsonObject& row) {
        statusBar()->showMessage(
            tr("%1 changed.").arg(row.value(QStringLiteral("name")).toString()), 10'000);
    });
    connect(m_workspace, &Workspace::bulkFailed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Action refused"), message);
    });
    return organizations;
}

void MainWindow::connectDetail(OrganizationDetailPane& pane)
{
    OrganizationDetailLoader& loader = m_workspace->organizationDetail();
    connect(&pane, &OrganizationDetailPane::usageRequested, &loader,
            &OrganizationDetailLoader::loadUsage);
    connect(&pane, &OrganizationDetailPane::actionRequested, m_workspace, &Workspace::runAction);
    connect(&loader, &OrganizationDetailLoader::detailLoaded, &pane,
            &OrganizationDetailPane::showDetail);
    connect(&loader, &OrganizationDetailLoader::usageLoaded, &pane,
            &OrganizationDetailPane::showUsage);
    connect(&loader, &OrganizationDetailLoader::failed, &pane,
            &OrganizationDetailPane::showFailure);
    connect(m_workspace, &Workspace::bulkCompleted, &pane, [&pane, &loader] {
        if (!pane.organizationId().isEmpty())
            loader.load(pane.organizationId());
    });
}

QWidget* MainWindow::dashboardPage()
{
    auto* page = new DashboardPage(m_pages);
    AnalyticsLoader& analytics = m_workspace->analytics();
    connect(page, &DashboardPage::refreshRequested, &analytics, &AnalyticsLoader::load);
    connect(&analytics, &AnalyticsLoader::summaryLoaded, page, &DashboardPage::showSummary);
    connect(&analytics, &AnalyticsLoader::revenueLoaded, page, &DashboardPage::showRevenue);
    return page;
}

QWidget* MainWindow::bankTransfersPage()
{
    auto* page = new BankTransfersPage(m_workspace->bankTransfers(), m_pages);
    BankTransferDesk& desk = m_workspace->bankTransferDesk();
    connect(page, &BankTransfersPage::refreshRequested, &desk, &BankTransferDesk::load);
    connect(page, &BankTransfersPage::receiptRequested, &desk, &BankTransferDesk::fetchReceipt);
    connect(page, &BankTransfersPage::approveRequested, &desk, &BankTransferDesk::approve);
    connect(page, &BankTransfersPage::rejectRequested, &desk, &BankTransferDesk::reject);
    connect(&desk, &BankTransferDesk::receiptFetched, page, &BankTransfersPage::showReceipt);
    connect(&desk, &BankTransferDesk::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Bank transfers"), message);
    });
    connect(&desk, &BankTransferDesk::decided, this,
            [this] { statusBar()->showMessage(tr("Decision recorded."), 10'000); });
    return page;
}

void MainWindow::showBulkOutcome(int changed, const QStringList& refusals)
{
    const QString summary = tr("%n organization(s) changed.", nullptr, changed);
    if (refusals.isEmpty()) {
        statusBar()->showMessage(summary, 10'000);
        return;
    }
    QMessageBox::information(this, tr("Some organizations were left unchanged"),
                             summary + QStringLiteral("\n\n") + refusals.join(QLatin1Char('\n')));
}

void MainWindow::showConnected(const QString& server, const QString& userName)
{
    m_server = server;
    m_userName = userName;
    retranslate();
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    createLanguageMenu();

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::createLanguageMenu()
{
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString& language : {SystemLanguage, EnglishLanguage, FrenchLanguage}) {
        QAction* action = m_languageMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(language);
        m_languageGroup->addAction(action);
    }
    checkPreferredLanguage();
    connect(m_languageGroup, &QActionGroup::triggered, this, &MainWindow::selectLanguage);
}

void MainWindow::createPageActions()
{
    m_goMenu = menuBar()->insertMenu(m_helpMenu->menuAction(), new QMenu(this))->menu();
    const QList<ConsolePages::Page> pages = ConsolePages::all();
    for (int row = 0; row < pages.size() && row < 9; ++row) {
        QAction* go =
            m_goMenu->addAction(QString(), this, [this, row] { m_navigation->setCurrentRow(row); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + row)));
        m_sectionActions.append(go);
    }
    m_goMenu->addSeparator();
    m_refreshAction = m_goMenu->addAction(QString(), this, [this] {
        if (AdminListPage* page = currentListPage())
            page->requestRefresh();
    });
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_findAction = m_goMenu->addAction(QString(), this, [this] {
        if (AdminListPage* page = currentListPage())
            page->focusSearch();
    });
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updatePageActions);
    updatePageActions();
}

AdminListPage* MainWindow::currentListPage() const
{
    return qobject_cast<AdminListPage*>(m_pages->currentWidget());
}

// The other pages have their own Refresh and search shortcuts; two would be ambiguous.
void MainWindow::updatePageActions()
{
    const bool list = currentListPage() != nullptr;
    m_refreshAction->setEnabled(list);
    m_findAction->setEnabled(list);
}

void MainWindow::createStatusBar()
{
    m_connectionStatus->setObjectName(QStringLiteral("connectionStatus"));
    m_activity->setObjectName(QStringLiteral("activity"));
    m_activity->setRange(0, 0);
    m_activity->setMaximumWidth(120);
    m_activity->setTextVisible(false);
    m_activity->hide();
    statusBar()->addPermanentWidget(m_activity);
    statusBar()->addPermanentWidget(m_connectionStatus);
    connect(&m_workspace->client(), &ApiClient::activityChanged, this, &MainWindow::showActivity);
    connect(&m_workspace->backOffice(), &BackOffice::actionDone, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10'000); });
}

void MainWindow::showActivity(int callsInFlight)
{
    m_activity->setVisible(callsInFlight > 0);
    m_activity->setToolTip(tr("%n request(s) waiting for the server", nullptr, callsInFlight));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ESXi Backup Manager Cloud — Console"));
    const QList<ConsolePages::Page> pages = ConsolePages::all();
    for (int row = 0; row < pages.size(); ++row) {
        m_navigation->item(row)->setText(ConsolePages::title(pages.at(row)));
    }
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_goMenu->setTitle(tr("&Go"));
    for (int row = 0; row < m_sectionActions.size(); ++row)
        m_sectionActions.at(row)->setText(ConsolePages::title(pages.at(row)));
    m_refreshAction->setText(tr("&Refresh the list"));
    m_findAction->setText(tr("&Find in the list"));
    m_languageMenu->setTitle(tr("&Language"));
    retranslateLanguageMenu();
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About"));
    m_connectionStatus->setText(m_server.isEmpty()
                                    ? tr("Not connected")
                                    : tr("Connected to %1 as %2").arg(m_server, m_userName));
}

void MainWindow::retranslateLanguageMenu()
{
    for (QAction* action : m_languageGroup->actions()) {
        const QString language = action->data().toString();
        if (language == EnglishLanguage) {
            action->setText(tr("English", "language name, written in that language"));
        } else if (language == FrenchLanguage) {
            action->setText(tr("Français", "language name, written in that language"));
        } else {
            action->setText(tr("System", "use the operating system's language"));
        }
    }
}

void MainWindow::checkPreferredLanguage()
{
    const QString preferred = m_translations->preferredLanguage();
    for (QAction* action : m_languageGroup->actions()) {
        action->setChecked(action->data().toString() == preferred);
    }
}

void MainWindow::selectLanguage(QAction* action)
{
    m_translations->setPreferredLanguage(action->data().toString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ESXi Backup Manager Cloud"),
                       tr("<h3>ESXi Backup Manager Cloud</h3>"
                          "<p>Staff console, version %1.</p>"
                          "<p>Runs the business: organizations, orders, payments, invoices, "
                          "coupons and plans.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        resize(960, 600);
    }
    restoreState(settings.value(StateKey).toByteArray());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
}
