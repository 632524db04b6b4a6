#include "ConsoleServer.h"
#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/Workspace.h"
#include "charts/RevenueChart.h"
#include "models/MembersModel.h"
#include "models/OrganizationFilter.h"
#include "models/PaymentsModel.h"
#include "ui/BankTransfersPage.h"
#include "ui/DashboardPage.h"
#include "ui/MainWindow.h"
#include "ui/OrganizationDetailPane.h"
#include "ui/OrganizationsPage.h"
#include "ui/ReasonDialog.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using ebm::test::ConsoleServer;

namespace
{

const std::string kStaffEmail = ConsoleServer::kStaffEmail;
const std::string kStaffPassword = ConsoleServer::kStaffPassword;
constexpr int kWaitMs = ConsoleServer::kWaitMs;

QString artifactsDir()
{
    return ConsoleServer::artifactsDir();
}

} // namespace

// The console against a real ebm-server started by the test with seeded organizations: signing
// in, the incremental sync into the local cache, filters, a bulk suspension that changes the
// server, the stale copy when the server is gone, French strings, and a screenshot.
class ConsoleWorkflowTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusesWrongPasswordsAndCustomers();
    void syncsOrganizationsIntoTheLocalCacheIncrementally();
    void filtersBySearchTextAndStatus();
    void bulkSuspensionChangesTheServer();
    void showsTheLocalCopyAsStaleWhenTheServerIsGone();
    void approvingABankTransferActivatesTheOrganization();
    void dashboardShowsTheServersFigures();
    void detailPaneShowsTheSubscriptionMembersAndUsageAgainstTheQuota();
    void showsFrenchStrings();
    void takesAScreenshotOfEachView();

private:
    void signIn(Workspace& workspace, const std::string& password = kStaffPassword);
    void openWorkspace(Workspace& workspace);
    std::string createOrganization(const std::string& name);
    std::string organizationStatus(const std::string& id);
    // The model's row of that organization (the model keeps the sync's order).
    static OrganizationRow rowNamed(Workspace& workspace, const char* name);
    std::string organizationField(const std::string& id, const std::string& field);
    // Replaces the organization's daily usage rows of the given days (days before today, UTC)
    // by these server counts, straight in the server's SQLite file.
    // Shows the first organization's usage tab, its chart drawn.
    void showOrganizationUsage(MainWindow& window);
    void writeServerUsage(const std::string& id, const QList<QPair<int, int>>& daysAgoAndServers);
    // An anonymous Bronze order paid by bank transfer with a PNG receipt; answers the order id.
    std::string orderPaidByBankTransfer();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ConsoleServer> m_server;
    QString m_cachePath;
};

void ConsoleWorkflowTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    AppIdentity::install();
}

void ConsoleWorkflowTest::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    m_server = std::make_unique<ConsoleServer>();
    m_cachePath =
        QString::fromStdString(m_server->dataDir()) + QStringLiteral("/console-cache.sqlite");
}

void ConsoleWorkflowTest::cleanup()
{
    m_server.reset();
}

std::string ConsoleWorkflowTest::createOrganization(const std::string& name)
{
    const std::string slug = QString::fromStdString(name)
                                 .toLower()
                                 .remove(QRegularExpression(QStringLiteral("[^a-z0-9]")))
                                 .toStdString();
    const auto created = m_server->http().post(
        "/api/admin/organizations/",
        R"({"name":")" + name + R"(","contact_email":"billing@)" + slug +
            R"(.example.com","plan":1,"billing_cycle":"monthly","owner_email":"owner@)" + slug +
            R"(.example.com"})",
        "application/json", {{"Authorization", "Bearer " + m_server->staffToken()}});
    if (created.status != 201)
        qFatal("cannot create %s: %s", name.c_str(), created.body.c_str());
    return created.json()->getValue<std::string>("id");
}

OrganizationRow ConsoleWorkflowTest::rowNamed(Workspace& workspace, const char* name)
{
    const OrganizationsModel& model = workspace.organizations();
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.rowAt(row).name == QString::fromUtf8(name))
            return model.rowAt(row);
    return {};
}

std::string ConsoleWorkflowTest::organizationStatus(const std::string& id)
{
    return organizationField(id, "status");
}

std::string ConsoleWorkflowTest::organizationField(const std::string& id, const std::string& field)
{
    const auto answer = m_server->staffGet("/api/admin/organizations/" + id + "/");
    return answer.status == 200 ? answer.json()->getValue<std::string>(field) : answer.body;
}

std::string ConsoleWorkflowTest::orderPaidByBankTransfer()
{
    const ConsoleServer::PlacedOrder order = m_server->placeOrder("Ana", "ana@example.cm");
    const std::string id = order.id;
    const std::map<std::string, std::string> token{{"X-Order-Token", order.token}};
    const auto payment =
        m_server->http().post("/api/tenants/orders/" + id + "/initiate_payment/",
                              R"({"payment_method":"bank_transfer"})", "application/json", token);
    if (payment.status != 201)
        qFatal("cannot pay: %s", payment.body.c_str());
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    image.save(&png, "PNG");
    const auto receipt = m_server->http().post("/api/tenants/orders/" + id + "/receipt/",
                                               png.data().toStdString(), "image/png", token);
    if (receipt.status != 200)
        qFatal("cannot upload: %s", receipt.body.c_str());
    return id;
}

void ConsoleWorkflowTest::writeServerUsage(const std::string& id,
                                           const QList<QPair<int, int>>& daysAgoAndServers)
{
    const QString connection = QStringLiteral("server-database");
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(QString::fromStdString(m_server->database()));
        QVERIFY2(database.open(), qPrintable(database.lastError().text()));
        QSqlQuery insert(database);
        insert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO usage_metrics (organization_id, period_date, servers_count, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
        const QDate today = QDateTime::currentDateTimeUtc().date();
        for (const auto& [daysAgo, servers] : daysAgoAndServers) {
            const QString day = today.addDays(-daysAgo).toString(Qt::ISODate);
            insert.addBindValue(QString::fromStdString(id));
            insert.addBindValue(day);
            insert.addBindValue(servers);
            insert.addBindValue(day + QStringLiteral("T23:00:00Z"));
            insert.addBindValue(day + QStringLiteral("T23:00:00Z"));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

void ConsoleWorkflowTest::signIn(Workspace& workspace, const std::string& password)
{
    QVERIFY(m_server->signIn(workspace, password));
}

void ConsoleWorkflowTest::openWorkspace(Workspace& workspace)
{
    signIn(workspace);
    QSignalSpy state(&workspace, &Workspace::syncStateChanged);
    workspace.open(m_cachePath);
    // "Synchronising…", then the outcome: not stale.
    QTRY_VERIFY_WITH_TIMEOUT(state.size() >= 2, kWaitMs);
    QVERIFY2(!state.last().at(1).toBool(), qPrintable(state.last().at(0).toString()));
}

void ConsoleWorkflowTest::refusesWrongPasswordsAndCustomers()
{
    Workspace workspace;
    QSignalSpy failed(&workspace.session(), &StaffSession::signInFailed);
    const QUrl server(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    workspace.session().signIn(server, QString::fromStdString(kStaffEmail),
                               QStringLiteral("wrong password"));
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.last().at(0).toString(),
             QStringLiteral("The email or the password is incorrect."));
    QVERIFY(!workspace.session().isSignedIn());

    workspace.session().signIn(QUrl(QStringLiteral("http://127.0.0.1:1")),
                               QString::fromStdString(kStaffEmail),
                               QString::fromStdString(kStaffPassword));
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY(!workspace.session().isSignedIn());
}

void ConsoleWorkflowTest::syncsOrganizationsIntoTheLocalCacheIncrementally()
{
    createOrganization("Alpha Backup");
    createOrganization("Bravo Backup");
    createOrganization("Charlie Backup");
    Workspace workspace;
    QAbstractItemModelTester tester(&workspace.organizations(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy activity(&workspace.client(), &ApiClient::activityChanged);
    openWorkspace(workspace);
    QCOMPARE(workspace.organizations().rowCount(), 3);
    // Progress shows while calls are in flight and goes once every answer is in.
    QVERIFY(!activity.isEmpty() && activity.first().at(0).toInt() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(workspace.client().callsInFlight(), 0, kWaitMs);
    QCOMPARE(activity.last().at(0).toInt(), 0);
    QCOMPARE(rowNamed(workspace, "Alpha Backup").status, QStringLiteral("active"));

    createOrganization("Delta Backup");
    QSignalSpy state(&workspace, &Workspace::syncStateChanged);
    workspace.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.organizations().rowCount() == 4, kWaitMs);

    Workspace reopened;
    QSignalSpy opened(&reopened, &Workspace::localCopyOpened);
    reopened.open(m_cachePath);
    QVERIFY(opened.wait(kWaitMs));
    QCOMPARE(opened.first().at(0).toInt(), 4);
    QCOMPARE(reopened.organizations().rowCount(), 4);
}

void ConsoleWorkflowTest::filtersBySearchTextAndStatus()
{
    createOrganization("Douala Data");
    const std::string yaounde = createOrganization("Yaounde Vault");
    createOrganization("Lyon Backup");
    createOrganization("Écrins Data");
    createOrganization("Backup 10");
    createOrganization("Backup 9");
    Workspace workspace;
    openWorkspace(workspace);
    OrganizationsPage page(workspace.organizations());
    QAbstractItemModelTester tester(&page.filter(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.filter().rowCount(), 6);
    // Sorted by name as people read: numbers in numeric order, É beside E.
    QStringList names;
    for (int row = 0; row < page.filter().rowCount(); ++row)
        names << page.filter().index(row, OrganizationsModel::Name).data().toString();
    QCOMPARE(names, (QStringList{QStringLiteral("Backup 9"), QStringLiteral("Backup 10"),
                                 QStringLiteral("Douala Data"), QStringLiteral("\u00c9crins Data"),
                                 QStringLiteral("Lyon Backup"), QStringLiteral("Yaounde Vault")}));
    page.filter().setSearchText(QStringLiteral("\u00c9CRINS"));
    QCOMPARE(page.filter().rowCount(), 1);
    page.filter().setSearchText(QStringLiteral("yaounde"));
    QCOMPARE(page.filter().rowCount(), 1);
    page.filter().setSearchText(QString::fromStdString(yaounde));
    QCOMPARE(page.filter().rowCount(), 1);
    page.filter().setSearchText(QString());
    page.filter().setStatus(QStringLiteral("suspended"));
    QCOMPARE(page.filter().rowCount(), 0);
    page.filter().setStatus(QStringLiteral("active"));
    QCOMPARE(page.filter().rowCount(), 6);
}

void ConsoleWorkflowTest::bulkSuspensionChangesTheServer()
{
    const std::string first = createOrganization("Echo Backup");
    const std::string second = createOrganization("Foxtrot Backup");
    createOrganization("Golf Backup");
    Workspace workspace;
    openWorkspace(workspace);
    OrganizationsPage page(workspace.organizations());
    auto* table = page.findChild<QTableView*>(QStringLiteral("organizationsTable"));
    QVERIFY(table != nullptr);
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QStringList ids = page.selectedIds();
    QCOMPARE(ids.size(), 2);

    QSignalSpy completed(&workspace, &Workspace::bulkCompleted);
    workspace.runBulk(QStringLiteral("suspend"), ids, QStringLiteral("Unpaid since March"));
    QVERIFY(completed.wait(kWaitMs));
    QCOMPARE(completed.last().at(0).toInt(), 2);
    QCOMPARE(organizationStatus(first), std::string("suspended"));
    QCOMPARE(organizationStatus(second), std::string("suspended"));
    QTRY_COMPARE_WITH_TIMEOUT(rowNamed(workspace, "Echo Backup").status,
                              QStringLiteral("suspended"), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rowNamed(workspace, "Foxtrot Backup").status,
                              QStringLiteral("suspended"), kWaitMs);
    QCOMPARE(rowNamed(workspace, "Golf Backup").status, QStringLiteral("active"));

    workspace.runBulk(QStringLiteral("suspend"), ids, QStringLiteral("Again"));
    QVERIFY(completed.wait(kWaitMs));
    QCOMPARE(completed.last().at(0).toInt(), 0);
    QCOMPARE(completed.last().at(1).toStringList().size(), 2);
}

void ConsoleWorkflowTest::showsTheLocalCopyAsStaleWhenTheServerIsGone()
{
    createOrganization("Hotel Backup");
    Workspace workspace;
    openWorkspace(workspace);
    m_server->stop();
    QSignalSpy state(&workspace, &Workspace::syncStateChanged);
    workspace.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty() && state.last().at(1).toBool(), kWaitMs);
    QVERIFY(state.last().at(0).toString().startsWith(QStringLiteral("Offline")));
    QCOMPARE(workspace.organizations().rowCount(), 1);
}

void ConsoleWorkflowTest::approvingABankTransferActivatesTheOrganization()
{
    const std::string order = orderPaidByBankTransfer();
    Workspace workspace;
    QAbstractItemModelTester tester(&workspace.bankTransfers(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    openWorkspace(workspace);
    QTRY_COMPARE_WITH_TIMEOUT(workspace.bankTransfers().rowCount(), 1, kWaitMs);
    BankTransfersPage page(workspace.bankTransfers());
    connect(&page, &BankTransfersPage::receiptRequested, &workspace.bankTransferDesk(),
            &BankTransferDesk::fetchReceipt);
    connect(&workspace.bankTransferDesk(), &BankTransferDesk::receiptFetched, &page,
            &BankTransfersPage::showReceipt);
    auto* table = page.findChild<QTableView*>(QStringLiteral("bankTransfersTable"));
    table->selectRow(0);
    auto* preview = page.findChild<QLabel*>(QStringLiteral("receiptPreview"));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap().isNull(), kWaitMs);

    QSignalSpy decided(&workspace.bankTransferDesk(), &BankTransferDesk::decided);
    workspace.bankTransferDesk().approve(page.selectedPayment(), QStringLiteral("29.00"));
    QVERIFY(decided.wait(kWaitMs));
    QCOMPARE(decided.last().at(1).toString(), QStringLiteral("completed"));
    QTRY_COMPARE_WITH_TIMEOUT(workspace.bankTransfers().rowCount(), 0, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(workspace.organizations().rowCount() == 1, kWaitMs);
    QCOMPARE(workspace.organizations().rowAt(0).status, QStringLiteral("active"));

    // The new organization's detail lists the payment and its invoice.
    OrganizationDetailPane pane;
    connect(&workspace.organizationDetail(), &OrganizationDetailLoader::detailLoaded, &pane,
            &OrganizationDetailPane::showDetail);
    workspace.organizationDetail().load(workspace.organizations().rowAt(0).id);
    auto* payments = pane.findChild<QTableView*>(QStringLiteral("paymentsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(payments->model()->rowCount(), 1, kWaitMs);
    QCOMPARE(payments->model()->index(0, PaymentsModel::Amount).data().toString(),
             QStringLiteral("29.00 EUR"));
    QCOMPARE(pane.findChild<QTableView*>(QStringLiteral("invoicesTable"))->model()->rowCount(), 1);
}

void ConsoleWorkflowTest::dashboardShowsTheServersFigures()
{
    createOrganization("Juliet Backup");
    createOrganization("Kilo Backup");
    const std::string suspended = createOrganization("Lima Backup");
    m_server->http().post("/api/admin/organizations/" + suspended + "/suspend/",
                          R"({"reason":"test"})", "application/json",
                          {{"Authorization", "Bearer " + m_server->staffToken()}});
    Workspace workspace;
    DashboardPage page;
    connect(&workspace.analytics(), &AnalyticsLoader::summaryLoaded, &page,
            &DashboardPage::showSummary);
    connect(&workspace.analytics(), &AnalyticsLoader::revenueLoaded, &page,
            &DashboardPage::showRevenue);
    openWorkspace(workspace);
    QTRY_COMPARE_WITH_TIMEOUT(page.tileValue(QStringLiteral("active")), QStringLiteral("2"),
                              kWaitMs);
    QCOMPARE(page.tileValue(QStringLiteral("suspended")), QStringLiteral("1"));
    QVERIFY(page.tileValue(QStringLiteral("mrr")).endsWith(QStringLiteral("EUR")));
    QTRY_COMPARE_WITH_TIMEOUT(page.chart().pointCount(), 12, kWaitMs);
}

void ConsoleWorkflowTest::detailPaneShowsTheSubscriptionMembersAndUsageAgainstTheQuota()
{
    const std::string id = createOrganization("Papa Backup");
    createOrganization("Quebec Backup");
    writeServerUsage(id, {{10, 2}, {4, 3}, {0, 3}});
    Translations translations;
    Workspace workspace;
    openWorkspace(workspace);
    MainWindow window(translations, workspace);
    auto* page = window.findChild<OrganizationsPage*>(QStringLiteral("organizationsPage"));
    auto* table = page->findChild<QTableView*>(QStringLiteral("organizationsTable"));
    OrganizationDetailPane& pane = page->detailPane();
    QAbstractItemModelTester tester(&pane.members(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    table->setCurrentIndex(table->model()->index(0, 0)); // Papa, sorted by name

    QTRY_COMPARE_WITH_TIMEOUT(pane.fieldValue(QStringLiteral("plan")), QStringLiteral("Bronze"),
                              kWaitMs);
    QCOMPARE(pane.organizationId(), QString::fromStdString(id));
    QCOMPARE(pane.fieldValue(QStringLiteral("cycle")), QStringLiteral("Monthly"));
    QCOMPARE(pane.fieldValue(QStringLiteral("contact")),
             QStringLiteral("billing@papabackup.example.com"));
    QCOMPARE(pane.members().rowCount(), 1);
    QCOMPARE(pane.members().index(0, MembersModel::Email).data().toString(),
             QStringLiteral("owner@papabackup.example.com"));
    QCOMPARE(pane.members().index(0, MembersModel::Role).data().toString(),
             QStringLiteral("Owner"));

    // The servers of the last 30 days, one point a day: none until ten days ago, then 2, then
    // 3 from four days ago — above Bronze's quota line of 2.
    QTRY_COMPARE_WITH_TIMEOUT(pane.usageChart().usagePoints().size(), 30, kWaitMs);
    QList<qreal> expected(30, 0);
    for (int day = 19; day < 30; ++day)
        expected[day] = day < 25 ? 2 : 3;
    QList<qreal> shown;
    for (const QPointF& point : pane.usageChart().usagePoints())
        shown.append(point.y());
    QCOMPARE(shown, expected);
    QCOMPARE(pane.usageChart().quotaLine(), std::optional<qreal>(2));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(
                 static_cast<qint64>(pane.usageChart().usagePoints().last().x()), Qt::UTC)
                 .date(),
             QDateTime::currentDateTimeUtc().date());

    // Twelve months, one point a month, the current one holding the month's largest value.
    pane.selectUsage(QStringLiteral("servers"), OrganizationDetailLoader::Span::Last12Months);
    QTRY_COMPARE_WITH_TIMEOUT(pane.usageChart().usagePoints().size(), 12, kWaitMs);
    QCOMPARE(pane.usageChart().usagePoints().last().y(), 3.0);

    // Virtual machines over 13 weeks, one point a week, against Bronze's 20.
    pane.selectUsage(QStringLiteral("vms"), OrganizationDetailLoader::Span::Last13Weeks);
    QTRY_COMPARE_WITH_TIMEOUT(pane.usageChart().usagePoints().size(), 13, kWaitMs);
    QCOMPARE(pane.usageChart().quotaLine(), std::optional<qreal>(20));

    // Extending from the pane moves the server's end and the pane shows the new period.
    const QString periodBefore = pane.fieldValue(QStringLiteral("period"));
    const std::string endBefore = organizationField(id, "subscription_end");
    QSignalSpy changed(&workspace, &Workspace::organizationChanged);
    emit pane.actionRequested(QString::fromStdString(id), QStringLiteral("extend"),
                              {{QStringLiteral("days"), 10},
                               {QStringLiteral("reason"), QStringLiteral("Outage credit")}});
    QVERIFY(changed.wait(kWaitMs));
    QCOMPARE(
        QDateTime::fromString(QString::fromStdString(endBefore), Qt::ISODate)
            .daysTo(QDateTime::fromString(
                QString::fromStdString(organizationField(id, "subscription_end")), Qt::ISODate)),
        10);
    QTRY_VERIFY_WITH_TIMEOUT(pane.fieldValue(QStringLiteral("period")) != periodBefore, kWaitMs);

    // Changing the plan through the dialog: Silver, forced, with a reason.
    QTRY_VERIFY_WITH_TIMEOUT(workspace.backOffice().plans().rowCount() == 3, kWaitMs);
    QTimer::singleShot(0, this, [&pane] {
        auto* dialog = pane.findChild<ReasonDialog*>();
        QVERIFY(dialog != nullptr);
        auto* plan = dialog->findChild<QComboBox*>(QStringLiteral("plan"));
        QCOMPARE(plan->count(), 3);
        plan->setCurrentIndex(plan->findText(QStringLiteral("Silver")));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason"))
            ->setPlainText(QStringLiteral("Upsized by phone"));
        dialog->accept();
    });
    pane.findChild<QPushButton*>(QStringLiteral("changePlan"))->click();
    QVERIFY(changed.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(pane.fieldValue(QStringLiteral("plan")), QStringLiteral("Silver"),
                              kWaitMs);

    // The other organization replaces the pane's content; cancelling it disables the actions.
    table->setCurrentIndex(table->model()->index(1, 0));
    QTRY_COMPARE_WITH_TIMEOUT(pane.fieldValue(QStringLiteral("contact")),
                              QStringLiteral("billing@quebecbackup.example.com"), kWaitMs);
    auto* extend = pane.findChild<QPushButton*>(QStringLiteral("extend"));
    QVERIFY(extend->isEnabled());
    emit pane.actionRequested(pane.organizationId(), QStringLiteral("cancel"),
                              {{QStringLiteral("reason"), QStringLiteral("Asked by phone")}});
    QVERIFY(changed.wait(kWaitMs));
    QCOMPARE(organizationField(pane.organizationId().toStdString(), "status"),
             std::string("cancelled"));
    QTRY_VERIFY_WITH_TIMEOUT(!extend->isEnabled(), kWaitMs);
}

void ConsoleWorkflowTest::showsFrenchStrings()
{
    createOrganization("India Backup");
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
    Translations translations;
    translations.apply();
    Workspace workspace;
    openWorkspace(workspace);
    MainWindow window(translations, workspace);
    window.resize(1100, 650);
    window.show();
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    navigation->setCurrentRow(1);
    auto* table = window.findChild<QTableView*>(QStringLiteral("organizationsTable"));
    QVERIFY(table != nullptr);
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Organisation"));
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("Active"));
    QVERIFY(window.grab().save(artifactsDir() + QStringLiteral("/console-organizations-fr.png")));
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    translations.apply();
}

void ConsoleWorkflowTest::takesAScreenshotOfEachView()
{
    const std::string mike = createOrganization("Mike Backup");
    for (const char* name : {"November Vault", "Oscar Data"})
        createOrganization(name);
    writeServerUsage(mike, {{25, 1}, {12, 2}, {3, 3}, {0, 3}});
    orderPaidByBankTransfer();
    Translations translations;
    translations.apply();
    Workspace workspace;
    MainWindow window(translations, workspace);
    openWorkspace(workspace);
    window.showConnected(QStringLiteral("http://127.0.0.1"), QStringLiteral("Staff"));
    window.resize(1200, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window) ||
            QGuiApplication::platformName() == QLatin1String("offscreen"));
    QTRY_COMPARE_WITH_TIMEOUT(workspace.bankTransfers().rowCount(), 1, kWaitMs);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    const QStringList names{QStringLiteral("dashboard"), QStringLiteral("organizations"),
                            QStringLiteral("bank-transfers")};
    for (int row = 0; row < names.size(); ++row) {
        navigation->setCurrentRow(row);
        QCoreApplication::processEvents(); // lays the page out before the grab
        const QString path = artifactsDir() + QStringLiteral("/console-%1.png").arg(names.at(row));
        QVERIFY(window.grab().save(path));
    }
    showOrganizationUsage(window);
    QVERIFY(window.grab().save(artifactsDir() + QStringLiteral("/console-organization-usage.png")));
}

void ConsoleWorkflowTest::showOrganizationUsage(MainWindow& window)
{
    window.findChild<QListWidget*>(QStringLiteral("navigation"))->setCurrentRow(1);
    auto* page = window.findChild<OrganizationsPage*>(QStringLiteral("organizationsPage"));
    auto* table = page->findChild<QTableView*>(QStringLiteral("organizationsTable"));
    table->setCurrentIndex(table->model()->index(0, 0));
    QTRY_VERIFY_WITH_TIMEOUT(!page->detailPane().fieldValue(QStringLiteral("plan")).isEmpty(),
                             kWaitMs);
    page->findChild<QTabWidget*>(QStringLiteral("detailTabs"))->setCurrentIndex(2);
    QTRY_COMPARE_WITH_TIMEOUT(page->detailPane().usageChart().usagePoints().size(), 30, kWaitMs);
    QCoreApplication::processEvents();
}

QTEST_MAIN(ConsoleWorkflowTest)
#include "ConsoleWorkflowTest.moc"
