#include "ConsoleServer.h"
#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/Workspace.h"
#include "charts/RevenueChart.h"
#include "models/OrganizationFilter.h"
#include "ui/BankTransfersPage.h"
#include "ui/DashboardPage.h"
#include "ui/MainWindow.h"
#include "ui/OrganizationsPage.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDir>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

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
    void showsFrenchStrings();
    void takesAScreenshotOfEachView();

private:
    void signIn(Workspace& workspace, const std::string& password = kStaffPassword);
    void openWorkspace(Workspace& workspace);
    std::string createOrganization(const std::string& name);
    std::string organizationStatus(const std::string& id);
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
    const std::string slug =
        QString::fromStdString(name).toLower().remove(QLatin1Char(' ')).toStdString();
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

std::string ConsoleWorkflowTest::organizationStatus(const std::string& id)
{
    const auto answer =
        m_server->http().get("/api/admin/organizations/" + id + "/",
                             {{"Authorization", "Bearer " + m_server->staffToken()}});
    return answer.status == 200 ? answer.json()->getValue<std::string>("status") : answer.body;
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
    openWorkspace(workspace);
    QCOMPARE(workspace.organizations().rowCount(), 3);
    QCOMPARE(workspace.organizations().rowAt(0).name, QStringLiteral("Alpha Backup"));
    QCOMPARE(workspace.organizations().rowAt(0).status, QStringLiteral("active"));

    createOrganization("Delta Backup");
    QSignalSpy state(&workspace, &Workspace::syncStateChanged);
    workspace.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(workspace.organizations().rowCount() == 4, kWaitMs);

    Workspace reopened;
    reopened.open(m_cachePath);
    QCOMPARE(reopened.organizations().rowCount(), 4);
}

void ConsoleWorkflowTest::filtersBySearchTextAndStatus()
{
    createOrganization("Douala Data");
    const std::string yaounde = createOrganization("Yaounde Vault");
    createOrganization("Lyon Backup");
    Workspace workspace;
    openWorkspace(workspace);
    OrganizationsPage page(workspace.organizations());
    QAbstractItemModelTester tester(&page.filter(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.filter().rowCount(), 3);
    page.filter().setSearchText(QStringLiteral("yaounde"));
    QCOMPARE(page.filter().rowCount(), 1);
    page.filter().setSearchText(QString::fromStdString(yaounde));
    QCOMPARE(page.filter().rowCount(), 1);
    page.filter().setSearchText(QString());
    page.filter().setStatus(QStringLiteral("suspended"));
    QCOMPARE(page.filter().rowCount(), 0);
    page.filter().setStatus(QStringLiteral("active"));
    QCOMPARE(page.filter().rowCount(), 3);
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
    QTRY_COMPARE_WITH_TIMEOUT(workspace.organizations().rowAt(0).status,
                              QStringLiteral("suspended"), kWaitMs);
    QCOMPARE(workspace.organizations().rowAt(2).status, QStringLiteral("active"));

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
    for (const char* name : {"Mike Backup", "November Vault", "Oscar Data"})
        createOrganization(name);
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
}

QTEST_MAIN(ConsoleWorkflowTest)
#include "ConsoleWorkflowTest.moc"
