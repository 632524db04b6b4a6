#include "app/HttpServerRunner.h"

#include "app/Services.h"
#include "http/RequestDispatcher.h"
#include "jobs/JobScheduler.h"

#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <memory>

namespace ebm::app
{

namespace
{

constexpr int kKeepAliveSeconds = 5;
constexpr int kMaxKeepAliveRequests = 1000;
constexpr int kMinThreads = 2;

Poco::Net::HTTPServerParams::Ptr serverParams(const Settings& settings)
{
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(static_cast<int>(settings.httpThreads));
    params->setMaxQueued(static_cast<int>(settings.httpQueue));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(kKeepAliveSeconds, 0));
    params->setMaxKeepAliveRequests(kMaxKeepAliveRequests);
    params->setServerName("ebm-server");
    return params;
}

void writePortFile(const std::string& path, unsigned short port)
{
    const std::string temporary = path + ".tmp";
    {
        Poco::FileOutputStream out(temporary);
        out << port << '\n';
    }
    Poco::File(temporary).renameTo(path);
}

} // namespace

HttpServerRunner::HttpServerRunner(Settings settings)
    : m_settings(std::move(settings))
{
}

void HttpServerRunner::run(const std::function<void()>& waitForTermination)
{
    Poco::Logger& log = Poco::Logger::get("ebm.server");
    Poco::Net::ServerSocket socket(
        Poco::Net::SocketAddress(m_settings.bindAddress, m_settings.port));
    const unsigned short port = socket.address().port();
    if (m_settings.publicBaseUrl.empty())
        m_settings.publicBaseUrl = "http://" + m_settings.bindAddress + ":" + std::to_string(port);

    Services services(m_settings);
    const auto migrated = services.migrate();
    log.information("database %s at schema version %d", m_settings.databasePath,
                    migrated.toVersion);

    const http::DispatchContext context{services.router(),       services.metrics(),
                                        services.guard(),        services.idempotency(),
                                        m_settings.maxBodyBytes, &services.pageGate()};
    Poco::ThreadPool pool(kMinThreads, static_cast<int>(m_settings.httpThreads));
    Poco::Net::HTTPServer server(new http::DispatcherFactory(context), pool, socket,
                                 serverParams(m_settings));
    server.start();
    jobs::JobScheduler scheduler(services.jobRunner(), services.clock());
    scheduler.start();
    if (!m_settings.portFile.empty())
        writePortFile(m_settings.portFile, port);
    log.information("ebm-server %s listening on %s/ (%s)", std::string(EBM_VERSION),
                    m_settings.publicBaseUrl,
                    std::string(m_settings.isProduction() ? "production" : "development"));

    waitForTermination();
    log.information("shutting down: finishing requests in progress");
    scheduler.stop();
    server.stopAll(false);
    pool.joinAll();
    log.information("stopped");
}

} // namespace ebm::app
