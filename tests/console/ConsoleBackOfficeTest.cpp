#include "ConsoleServer.h"
#include "app/AppIdentity.h"
#include "app/Translations.h"
#include "app/Workspace.h"
#include "ui/AuditLogPage.h"
#include "ui/BackOfficePages.h"
#include "ui/CouponDialog.h"
#include "ui/InvoicesPage.h"
#include "ui/MainWindow.h"
#include "ui/PlanDialog.h"
#include "ui/ReasonDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <set>

using ebm::test::ConsoleServer;

namespace
{

constexpr int kWaitMs = ConsoleServer::kWaitMs;

QStringList column(const JsonRowsModel& model, const QString& field)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.rowAt(row).value(field).toString();
    return values;
}

} // namespace

// The back-office lists of the console against a real ebm-server: orders, payments, invoices,
// coupons, plans and the audit log loaded into their models, filtered through their pages, and
// the staff actions (void an invoice, coupon create/deactivate/delete, plan price) checked on
// the server; plus a screenshot of each list.
class ConsoleBackOfficeTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyListModelIsConsistentAfterLoading();
    void filtersOrdersByStatusAndPaymentsByMethod();
    void voidsAnIssuedInvoiceAndShowsTheRefusalForAPaidOne();
    void createsDeactivatesAndDeletesACoupon();
    void editingAPlanPriceChangesTheServer();
    void auditLogFiltersByActionPrefixAndShowsBeforeAndAfter();
    void takesAScreenshotOfEachList();

private:
    void signIn(Workspace& workspace);
    // Loads `loader` with `filters` and waits for the rows; answers how many were loaded.
    int load(AdminListLoader& loader, const QUrlQuery& filters = {});
    // Asks the page for a load (as its filters do) and waits for the loader.
    void reloadThrough(AdminListPage& page, AdminListLoader& loader);
    // An order paid offline by staff (an organization, a paid invoice): the invoice id.
    qint64 paidOrder(const std::string& name, const std::string& email);
    void setInvoiceStatus(qint64 invoiceId, const QString& status);
    std::string field(const std::string& path, const std::string& name);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ConsoleServer> m_server;
};

void ConsoleBackOfficeTest::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    AppIdentity::install();
}

void ConsoleBackOfficeTest::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    m_server = std::make_unique<ConsoleServer>();
}

void ConsoleBackOfficeTest::cleanup()
{
    m_server.reset();
}

void ConsoleBackOfficeTest::signIn(Workspace& workspace)
{
    QVERIFY(m_server->signIn(workspace));
}

int ConsoleBackOfficeTest::load(AdminListLoader& loader, const QUrlQuery& filters)
{
    QSignalSpy loaded(&loader, &AdminListLoader::loaded);
    QSignalSpy failed(&loader, &AdminListLoader::failed);
    loader.load(filters);
    if (!loaded.wait(kWaitMs))
        qWarning("not loaded: %s",
                 failed.isEmpty() ? "timeout" : qPrintable(failed.last().at(0).toString()));
    return loaded.isEmpty() ? -1 : loaded.last().at(0).toInt();
}

void ConsoleBackOfficeTest::reloadThrough(AdminListPage& page, AdminListLoader& loader)
{
    QSignalSpy loaded(&loader, &AdminListLoader::loaded);
    page.requestRefresh();
    QVERIFY(loaded.wait(kWaitMs));
}

qint64 ConsoleBackOfficeTest::paidOrder(const std::string& name, const std::string& email)
{
    const auto order = m_server->placeOrder(name, email);
    const auto paid =
        m_server->staffSend("POST", "/api/admin/orders/" + order.id + "/record_payment/",
                            R"({"amount":")" + order.total + R"(","currency":"EUR"})");
    if (paid.status != 200)
        qFatal("cannot record the payment: %s", paid.body.c_str());
    return paid.json()->getValue<qint64>("invoice");
}

void ConsoleBackOfficeTest::setInvoiceStatus(qint64 invoiceId, const QString& status)
{
    const QString connection = QStringLiteral("server-db");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QString::fromStdString(m_server->database()));
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("UPDATE invoices SET status = ?, paid_at = NULL WHERE id = ?"));
        query.addBindValue(status);
        query.addBindValue(invoiceId);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(connection);
}

std::string ConsoleBackOfficeTest::field(const std::string& path, const std::string& name)
{
    const auto answer = m_server->staffGet(path);
    if (answer.status != 200)
        return "HTTP " + std::to_string(answer.status);
    return answer.json()->get(name).toString();
}

void ConsoleBackOfficeTest::everyListModelIsConsistentAfterLoading()
{
    paidOrder("Ana Mbarga", "ana@douala.example.com");
    paidOrder("Paul Kamga", "paul@yaounde.example.com");
    m_server->placeOrder("Zoe Abena", "zoe@abena.example.com");
    QCOMPARE(m_server
                 ->staffSend("POST", "/api/admin/coupons/",
                             R"({"code":"LAUNCH15","discount_type":"percent","percent":"15"})")
                 .status,
             201);
    Workspace workspace;
    signIn(workspace);
    BackOffice& office = workspace.backOffice();
    const QList<QPair<JsonRowsModel*, AdminListLoader*>> lists{
        {&office.orders(), &office.ordersLoader()},
        {&office.payments(), &office.paymentsLoader()},
        {&office.invoices(), &office.invoicesLoader()},
        {&office.coupons(), &office.couponsLoader()},
        {&office.plans(), &office.plansLoader()},
        {&office.auditLog(), &office.auditLogLoader()}};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (const auto& [model, loader] : lists)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    for (const auto& [model, loader] : lists) {
        QVERIFY(load(*loader) > 0);
        QVERIFY(model->columnCount() > 3);
        QVERIFY(!model->headerData(0, Qt::Horizontal).toString().isEmpty());
    }
    QCOMPARE(office.orders().rowCount(), 3);
    QCOMPARE(office.invoices().rowCount(), 2);
    QCOMPARE(office.coupons().rowCount(), 1);
    QCOMPARE(office.orders().index(0, OrdersModel::Number).data().toString(),
             office.orders().rowAt(0).value(QStringLiteral("order_number")).toString());
    QCOMPARE(office.orders().index(0, OrdersModel::Status).data().toString(),
             QStringLiteral("Pending"));
    const QModelIndex total = office.invoices().index(0, InvoicesModel::Total);
    QVERIFY2(total.data().toString().endsWith(QStringLiteral(" EUR")),
             qPrintable(total.data().toString()));
    QCOMPARE(total.data(Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::AlignRight | Qt::AlignVCenter);
    QCOMPARE(office.coupons().index(0, CouponsModel::Discount).data().toString(),
             QStringLiteral("15 %"));
    QCOMPARE(office.plans().index(0, PlansModel::Monthly).data().toString(),
             QStringLiteral("29.00 EUR"));
}

void ConsoleBackOfficeTest::filtersOrdersByStatusAndPaymentsByMethod()
{
    const auto first = m_server->placeOrder("Ana Mbarga", "ana@douala.example.com");
    paidOrder("Paul Kamga", "paul@yaounde.example.com");
    const auto third = m_server->placeOrder("Zoe Abena", "zoe@abena.example.com");
    QCOMPARE(m_server->http()
                 .post("/api/tenants/orders/" + third.id + "/initiate_payment/",
                       R"({"payment_method":"bank_transfer"})", "application/json",
                       {{"X-Order-Token", third.token}})
                 .status,
             201);
    Workspace workspace;
    signIn(workspace);
    BackOffice& office = workspace.backOffice();
    std::unique_ptr<AdminListPage> orders(
        BackOfficePages::create(ConsolePages::Page::Orders, office, nullptr));
    QCOMPARE(load(office.ordersLoader()), 3);

    auto* status = orders->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    QSignalSpy loaded(&office.ordersLoader(), &AdminListLoader::loaded);
    status->setCurrentIndex(status->findData(QStringLiteral("pending")));
    QVERIFY(loaded.wait(kWaitMs));
    const QStringList pending = column(office.orders(), QStringLiteral("order_number"));
    QCOMPARE(std::set<QString>(pending.begin(), pending.end()),
             (std::set<QString>{QString::fromStdString(first.number),
                                QString::fromStdString(third.number)}));
    QCOMPARE(column(office.orders(), QStringLiteral("status")),
             QStringList(2, QStringLiteral("pending")));

    auto* search = orders->findChild<QLineEdit*>(QStringLiteral("search"));
    search->setText(QStringLiteral("ABENA"));
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(column(office.orders(), QStringLiteral("order_number")),
             QStringList{QString::fromStdString(third.number)});

    std::unique_ptr<AdminListPage> payments(
        BackOfficePages::create(ConsolePages::Page::Payments, office, nullptr));
    auto* method = payments->findChild<QComboBox*>(QStringLiteral("methodFilter"));
    QSignalSpy paymentsLoaded(&office.paymentsLoader(), &AdminListLoader::loaded);
    method->setCurrentIndex(method->findData(QStringLiteral("bank_transfer")));
    QVERIFY(paymentsLoaded.wait(kWaitMs));
    const int transfers = office.payments().rowCount();
    QVERIFY(transfers >= 1);
    QCOMPARE(column(office.payments(), QStringLiteral("method")),
             QStringList(transfers, QStringLiteral("bank_transfer")));
    QCOMPARE(paymentsLoaded.last().at(1).toInt(),
             m_server->staffGet("/api/admin/payments/?method=bank_transfer")
                 .json()
                 ->getValue<int>("count"));
    method->setCurrentIndex(method->findData(QStringLiteral("mtn_momo")));
    QVERIFY(paymentsLoaded.wait(kWaitMs));
    QCOMPARE(office.payments().rowCount(), 0);
}

void ConsoleBackOfficeTest::voidsAnIssuedInvoiceAndShowsTheRefusalForAPaidOne()
{
    const qint64 paid = paidOrder("Ana Mbarga", "ana@douala.example.com");
    const qint64 issued = paidOrder("Paul Kamga", "paul@yaounde.example.com");
    setInvoiceStatus(issued, QStringLiteral("issued"));
    Workspace workspace;
    signIn(workspace);
    BackOffice& office = workspace.backOffice();
    std::unique_ptr<AdminListPage> page(
        BackOfficePages::create(ConsolePages::Page::Invoices, office, nullptr));
    auto* invoices = qobject_cast<InvoicesPage*>(page.get());
    QVERIFY(invoices != nullptr);
    QCOMPARE(load(office.invoicesLoader()), 2);
    auto* voidButton = page->findChild<QPushButton*>(QStringLiteral("void"));
    QVERIFY(page->selectId(paid));
    QVERIFY(!voidButton->isEnabled());
    QVERIFY(page->selectId(issued));
    QVERIFY(voidButton->isEnabled());

    QSignalSpy voided(&office.invoiceActions(), &InvoiceActions::voided);
    QSignalSpy told(&office, &BackOffice::actionDone);
    QTimer::singleShot(0, this, [] {
        auto* dialog = qobject_cast<ReasonDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog != nullptr);
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reason"))
            ->setPlainText(QStringLiteral("Issued twice by mistake"));
        dialog->accept();
    });
    voidButton->click();
    QVERIFY(voided.wait(kWaitMs));
    const std::string path = "/api/admin/invoices/" + std::to_string(issued) + "/";
    QCOMPARE(field(path, "status"), std::string("void"));
    QCOMPARE(field(path, "void_reason"), std::string("Issued twice by mistake"));
    QCOMPARE(told.size(), 1);
    QVERIFY(told.last().at(0).toString().endsWith(QStringLiteral(" voided.")));
    QTRY_COMPARE_WITH_TIMEOUT(office.invoices()
                                  .rowAt(office.invoices().rowOfId(issued))
                                  .value(QStringLiteral("status"))
                                  .toString(),
                              QStringLiteral("void"), kWaitMs);

    QSignalSpy failed(&office.invoiceActions(), &InvoiceActions::failed);
    office.invoiceActions().voidInvoice(paid, QStringLiteral("Customer asked"));
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.last().at(0).toString(),
             QStringLiteral("An invoice that is paid cannot be voided."));
    auto* refusal = page->findChild<QMessageBox*>(QStringLiteral("refusal"));
    QVERIFY(refusal != nullptr);
    QCOMPARE(refusal->text(), failed.last().at(0).toString());
    refusal->close();
    QCOMPARE(field("/api/admin/invoices/" + std::to_string(paid) + "/", "status"),
             std::string("paid"));
}

void ConsoleBackOfficeTest::createsDeactivatesAndDeletesACoupon()
{
    Workspace workspace;
    signIn(workspace);
    BackOffice& office = workspace.backOffice();
    QVERIFY(load(office.plansLoader()) >= 3);
    CatalogActions& actions = office.catalogActions();
    QSignalSpy changed(&actions, &CatalogActions::couponChanged);
    QSignalSpy failed(&actions, &CatalogActions::couponFailed);

    CouponDialog dialog({{office.plans().rowAt(0).value(QStringLiteral("id")).toInteger(),
                          QStringLiteral("Bronze")}});
    dialog.findChild<QLineEdit*>(QStringLiteral("code"))->setText(QStringLiteral("spring10"));
    dialog.findChild<QLineEdit*>(QStringLiteral("percent"))->setText(QStringLiteral("10"));
    actions.createCoupon(dialog.coupon());
    QVERIFY2(changed.wait(kWaitMs),
             failed.isEmpty() ? "timeout" : qPrintable(failed.last().at(0).toString()));
    const QJsonObject created = changed.last().at(0).toJsonObject();
    QCOMPARE(created.value(QStringLiteral("code")).toString(), QStringLiteral("SPRING10"));
    const qint64 id = created.value(QStringLiteral("id")).toInteger();
    const std::string path = "/api/admin/coupons/" + std::to_string(id) + "/";
    QCOMPARE(field(path, "percent"), std::string("10"));
    QCOMPARE(field(path, "is_active"), std::string("true"));

    CouponDialog edit({});
    edit.setCoupon(created);
    QVERIFY(!edit.changes().contains(QStringLiteral("code")));
    QVERIFY(!edit.changes().contains(QStringLiteral("discount_type")));
    actions.setCouponActive(id, false);
    QVERIFY(changed.wait(kWaitMs));
    QCOMPARE(field(path, "is_active"), std::string("false"));
    QTRY_COMPARE_WITH_TIMEOUT(office.coupons().rowCount(), 1, kWaitMs);

    actions.deleteCoupon(id);
    QVERIFY(changed.wait(kWaitMs));
    QCOMPARE(m_server->staffGet(path).status, 404);

    QCOMPARE(m_server
                 ->staffSend("POST", "/api/admin/coupons/",
                             R"({"code":"USED15","discount_type":"percent","percent":"15"})")
                 .status,
             201);
    m_server->placeOrder("Ana Mbarga", "ana@example.cm", R"(,"coupon_code":"USED15")");
    QCOMPARE(load(office.couponsLoader()), 1);
    actions.deleteCoupon(office.coupons().rowAt(0).value(QStringLiteral("id")).toInteger());
    QVERIFY(failed.wait(kWaitMs));
    QCOMPARE(failed.last().at(0).toString(),
             QStringLiteral("Orders were placed with this coupon, so it cannot be deleted; "
                            "deactivate it instead."));
    QCOMPARE(m_server->staffGet("/api/admin/coupons/").json()->getValue<int>("count"), 1);
}

void ConsoleBackOfficeTest::editingAPlanPriceChangesTheServer()
{
    Workspace workspace;
    signIn(workspace);
    BackOffice& office = workspace.backOffice();
    QVERIFY(load(office.plansLoader()) >= 3);
    const QJsonObject bronze = office.plans().rowAt(0);
    QCOMPARE(bronze.value(QStringLiteral("slug")).toString(), QStringLiteral("bronze"));
    PlanDialog dialog;
    dialog.setPlan(bronze);
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("slug"))->isEnabled());
    dialog.findChild<QLineEdit*>(QStringLiteral("monthlyPrice"))->setText(QStringLiteral("39.00"));
    const QJsonObject changes = dialog.changes();
    QVERIFY(!changes.contains(QStringLiteral("slug")));
    QCOMPARE(changes.value(QStringLiteral("max_servers")),
             bronze.value(QStringLiteral("max_servers")));

    QSignalSpy changed(&office.catalogActions(), &CatalogActions::planChanged);
    QSignalSpy failed(&office.catalogActions(), &CatalogActions::planFailed);
    office.catalogActions().updatePlan(bronze.value(QStringLiteral("id")).toInteger(), changes);
    QVERIFY2(changed.wait(kWaitMs),
             failed.isEmpty() ? "timeout" : qPrintable(failed.last().at(0).toString()));
    const std::string path =
        "/api/admin/plans/" + std::to_string(bronze.value(QStringLiteral("id")).toInteger()) + "/";
    QCOMPARE(field(path, "monthly_price"), std::string("39.00"));
    QCOMPARE(field(path, "yearly_price"),
             bronze.value(QStringLiteral("yearly_price")).toString().toStdString());
    QTRY_COMPARE_WITH_TIMEOUT(office.plans().index(0, PlansModel::Monthly).data().toString(),
                              QStringLiteral("39.00 EUR"), kWaitMs);

    dialog.findChild<QLineEdit*>(QStringLiteral("monthlyPrice"))->setText(QStringLiteral("-1"));
    office.catalogActions().updatePlan(bronze.value(QStringLiteral("id")).toInteger(),
                                       {{QStringLiteral("monthly_price"), QStringLiteral("-1")}});
    QVERIFY(failed.wait(kWaitMs));
    QVERIFY2(failed.last().at(0).toString().contains(QStringLiteral("monthly_price")),
             qPrintable(failed.last().at(0).toString()));
}

void ConsoleBackOfficeTest::auditLogFiltersByActionPrefixAndShowsBeforeAndAfter()
{
    paidOrder("Ana Mbarga", "ana@douala.example.com");
    const auto coupon =
        m_server->staffSend("POST", "/api/admin/coupons/",
                            R"({"code":"AUDIT10","discount_type":"percent","percent":"10"})");
    QCOMPARE(coupon.status, 201);
    const std::string id = std::to_string(coupon.json()->getValue<qint64>("id"));
    QCOMPARE(
        m_server->staffSend("PATCH", "/api/admin/coupons/" + id + "/", R"({"is_active":false})")
            .status,
        200);
    Workspace workspace;
    signIn(workspace);
    BackOffice& office = workspace.backOffice();
    std::unique_ptr<AdminListPage> page(
        BackOfficePages::create(ConsolePages::Page::AuditLog, office, nullptr));
    const int everything = load(office.auditLogLoader());
    QVERIFY(everything > 2);
    QVERIFY(column(office.auditLog(), QStringLiteral("action"))
                .filter(QRegularExpression(QStringLiteral("^coupon\\.")))
                .size() < everything);

    page->findChild<QLineEdit*>(QStringLiteral("search"))->setText(QStringLiteral("coupon.*"));
    reloadThrough(*page, office.auditLogLoader());
    const QStringList actions = column(office.auditLog(), QStringLiteral("action"));
    QCOMPARE(actions,
             (QStringList{QStringLiteral("coupon.updated"), QStringLiteral("coupon.created")}));
    QVERIFY(page->selectId(office.auditLog().rowAt(0).value(QStringLiteral("id")).toInteger()));
    const QString detail = qobject_cast<AuditLogPage*>(page.get())->detailText();
    QVERIFY2(detail.contains(QStringLiteral("Before:")) &&
                 detail.contains(QStringLiteral("After:")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("\"is_active\": true")) &&
                 detail.contains(QStringLiteral("\"is_active\": false")),
             qPrintable(detail));
}

void ConsoleBackOfficeTest::takesAScreenshotOfEachList()
{
    paidOrder("Ana Mbarga", "ana@douala.example.com");
    const qint64 issued = paidOrder("Paul Kamga", "paul@yaounde.example.com");
    setInvoiceStatus(issued, QStringLiteral("issued"));
    m_server->placeOrder("Zoe Abena", "zoe@abena.example.com");
    m_server->staffSend("POST", "/api/admin/coupons/",
                        R"({"code":"LAUNCH15","discount_type":"percent","percent":"15",)"
                        R"("max_uses":100,"plans":[1,2]})");
    Translations translations;
    translations.apply();
    Workspace workspace;
    MainWindow window(translations, workspace);
    signIn(workspace);
    QSignalSpy auditLoaded(&workspace.backOffice().auditLogLoader(), &AdminListLoader::loaded);
    workspace.open(QString::fromStdString(m_server->dataDir()) +
                   QStringLiteral("/console-cache.sqlite"));
    window.showConnected(QStringLiteral("http://127.0.0.1"), QStringLiteral("Staff"));
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window) ||
            QGuiApplication::platformName() == QLatin1String("offscreen"));
    QVERIFY(auditLoaded.wait(kWaitMs) || !auditLoaded.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(workspace.backOffice().plans().rowCount(), 3, kWaitMs);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
    const QStringList names{QStringLiteral("orders"),   QStringLiteral("payments"),
                            QStringLiteral("invoices"), QStringLiteral("coupons"),
                            QStringLiteral("plans"),    QStringLiteral("audit-log")};
    for (int i = 0; i < names.size(); ++i) {
        navigation->setCurrentRow(3 + i);
        auto* table = window.findChild<QStackedWidget*>(QStringLiteral("pages"))
                          ->currentWidget()
                          ->findChild<QTableView*>();
        QVERIFY(table != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, kWaitMs);
        table->selectRow(0);
        QCoreApplication::processEvents(); // lays the page out before the grab
        const QString path =
            ConsoleServer::artifactsDir() + QStringLiteral("/console-%1.png").arg(names.at(i));
        QVERIFY(window.grab().save(path));
    }
}

QTEST_MAIN(ConsoleBackOfficeTest)
#include "ConsoleBackOfficeTest.moc"
