#pragma once

#include "HttpClient.h"
#include "ServerProcess.h"
#include "TempDir.h"

#include <QString>
#include <QUrl>

#include <map>
#include <memory>
#include <string>

class Workspace;

namespace ebm::test
{

// A real ebm-server for the console tests: a fresh data directory with the default plans and a
// staff member, the server started on a free port, the staff's token for HTTP checks, signing a
// console Workspace in, and orders placed like a customer would.
class ConsoleServer final
{
public:
    static constexpr int kWaitMs = 20'000;
    static inline const std::string kStaffEmail = "staff@example.com";
    static inline const std::string kStaffPassword = "staff password 1";

    // An order placed anonymously: its id, number and X-Order-Token.
    struct PlacedOrder
    {
        std::string id;
        std::string number;
        std::string token;
        std::string total;
    };

    explicit ConsoleServer(const ServerProcess::Environment& extra = {});

    const HttpClient& http() const
    {
        return *m_http;
    }
    unsigned short port() const
    {
        return m_server->port();
    }
    QUrl url() const;
    const std::string& staffToken() const
    {
        return m_staffToken;
    }
    std::map<std::string, std::string> staffHeaders() const;
    std::string dataDir() const
    {
        return m_dir.path();
    }
    // The server's SQLite file, for setting up states the API does not offer.
    std::string database() const
    {
        return m_dir.file("ebm.sqlite3");
    }
    void stop()
    {
        m_server.reset();
    }

    HttpResult staffGet(const std::string& path) const;
    HttpResult staffSend(const std::string& method, const std::string& path,
                         const std::string& body = {}) const;
    // Signs `workspace` in as the staff member (or with `password`); false when it did not.
    bool signIn(Workspace& workspace, const std::string& password = kStaffPassword) const;
    // A monthly order for plan 1 (Bronze) unless told; `extra` adds fields such as a coupon.
    PlacedOrder placeOrder(const std::string& name, const std::string& email,
                           const std::string& extra = {}) const;

    // Where screenshots go for a person to look at (<build>/console-artifacts under ctest).
    static QString artifactsDir();

private:
    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::string m_staffToken;
};

} // namespace ebm::test
