#include "ConsoleServer.h"

#include "app/Workspace.h"

#include <QDir>
#include <QSignalSpy>

namespace ebm::test
{

ConsoleServer::ConsoleServer(const ServerProcess::Environment& extra)
{
    ServerProcess::Environment environment{{"EBM_PASSWORD_ITERATIONS", "1000"}};
    environment.insert(extra.begin(), extra.end());
    if (ServerProcess::run({"create-plans", "--data-dir=" + m_dir.path()}, environment).exitCode !=
        0)
        qFatal("create-plans failed");
    if (ServerProcess::run({"create-staff", "--email=" + kStaffEmail,
                            "--password=" + kStaffPassword, "--data-dir=" + m_dir.path()},
                           environment)
            .exitCode != 0)
        qFatal("create-staff failed");
    m_server =
        std::make_unique<ServerProcess>(m_dir.path(), std::vector<std::string>{}, environment);
    m_http = std::make_unique<HttpClient>(m_server->client());
    const auto login =
        m_http->post("/api/auth/login/", R"({"email":")" + kStaffEmail + R"(","password":")" +
                                             kStaffPassword + R"("})");
    if (login.status != 200)
        qFatal("staff login failed: %s", login.body.c_str());
    m_staffToken = login.json()->getValue<std::string>("token");
}

QUrl ConsoleServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
}

std::map<std::string, std::string> ConsoleServer::staffHeaders() const
{
    return {{"Authorization", "Bearer " + m_staffToken}, {"Content-Type", "application/json"}};
}

HttpResult ConsoleServer::staffGet(const std::string& path) const
{
    return m_http->get(path, {{"Authorization", "Bearer " + m_staffToken}});
}

HttpResult ConsoleServer::staffSend(const std::string& method, const std::string& path,
                                    const std::string& body) const
{
    return m_http->send(method, path, body, staffHeaders());
}

bool ConsoleServer::signIn(Workspace& workspace, const std::string& password) const
{
    QSignalSpy signedIn(&workspace.session(), &StaffSession::signedIn);
    workspace.session().signIn(url(), QString::fromStdString(kStaffEmail),
                               QString::fromStdString(password));
    return signedIn.wait(kWaitMs);
}

ConsoleServer::PlacedOrder ConsoleServer::placeOrder(const std::string& name,
                                                     const std::string& email,
                                                     const std::string& extra) const
{
    const auto order = m_http->post("/api/tenants/orders/",
                                    R"({"plan":1,"billing_cycle":"monthly","customer":{"name":")" +
                                        name + R"(","email":")" + email + R"("})" + extra + "}");
    if (order.status != 201)
        qFatal("cannot order: %s", order.body.c_str());
    const auto json = order.json();
    return {std::to_string(json->getValue<long>("id")), json->getValue<std::string>("order_number"),
            json->getValue<std::string>("order_token"), json->getValue<std::string>("total")};
}

QString ConsoleServer::artifactsDir()
{
    const QString dir = qEnvironmentVariable("EBM_CONSOLE_ARTIFACTS_DIR",
                                             QDir::tempPath() + QStringLiteral("/ebm-console"));
    QDir().mkpath(dir);
    return dir;
}

} // namespace ebm::test
