// HTTP throughput of the real ebm-server against a bare Poco HTTPServer measured in the same
// run, with the same keep-alive client: requests/s, latency percentiles and the ratio.
//   ebm_bench_http [--threads N] [--requests-per-thread M]
#include "ServerProcess.h"
#include "TempDir.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/NullStream.h>
#include <Poco/StreamCopier.h>
#include <Poco/ThreadPool.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace
{

using Clock = std::chrono::steady_clock;

// Answers every request with the same 1 KB JSON body: the ceiling for a Poco server here.
class FixedBodyHandler final : public Poco::Net::HTTPRequestHandler
{
public:
    void handleRequest(Poco::Net::HTTPServerRequest&,
                       Poco::Net::HTTPServerResponse& response) override
    {
        static const std::string body = "{\"padding\":\"" + std::string(1000, 'x') + "\"}";
        response.setContentType("application/json");
        response.setContentLength(static_cast<std::streamsize>(body.size()));
        response.send() << body;
    }
};

class FixedBodyFactory final : public Poco::Net::HTTPRequestHandlerFactory
{
public:
    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest&) override
    {
        return new FixedBodyHandler;
    }
};

struct Result
{
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    int failures = 0;
};

Result load(unsigned short port, const std::string& path, int threads, int perThread)
{
    std::vector<std::vector<double>> latencies(static_cast<std::size_t>(threads));
    std::vector<int> failures(static_cast<std::size_t>(threads), 0);
    const auto started = Clock::now();
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            Poco::Net::HTTPClientSession session("127.0.0.1", port);
            session.setKeepAlive(true);
            auto& mine = latencies[static_cast<std::size_t>(t)];
            mine.reserve(static_cast<std::size_t>(perThread));
            for (int i = 0; i < perThread; ++i) {
                const auto before = Clock::now();
                Poco::Net::HTTPRequest request("GET", path, Poco::Net::HTTPMessage::HTTP_1_1);
                request.setKeepAlive(true);
                session.sendRequest(request);
                Poco::Net::HTTPResponse response;
                Poco::NullOutputStream sink;
                Poco::StreamCopier::copyStream(session.receiveResponse(response), sink);
                if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK)
                    ++failures[static_cast<std::size_t>(t)];
                mine.push_back(
                    std::chrono::duration<double, std::milli>(Clock::now() - before).count());
            }
        });
    }
    for (auto& worker : workers)
        worker.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    std::vector<double> all;
    for (const auto& mine : latencies)
        all.insert(all.end(), mine.begin(), mine.end());
    std::sort(all.begin(), all.end());
    Result result;
    result.requestsPerSecond = static_cast<double>(all.size()) / seconds;
    result.p50Ms = all[all.size() / 2];
    result.p99Ms = all[all.size() * 99 / 100];
    for (const int count : failures)
        result.failures += count;
    return result;
}

void print(const char* name, const Result& result)
{
    std::printf("%-34s %9.0f req/s   p50 %6.3f ms   p99 %6.3f ms   failures %d\n", name,
                result.requestsPerSecond, result.p50Ms, result.p99Ms, result.failures);
}

} // namespace

int main(int argc, char** argv)
{
    int threads = 8;
    int perThread = 5000;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--threads") == 0)
            threads = std::stoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--requests-per-thread") == 0)
            perThread = std::stoi(argv[i + 1]);
    }

    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
    Poco::ThreadPool pool(2, 32);
    Poco::Net::HTTPServer bare(new FixedBodyFactory, pool, socket, new Poco::Net::HTTPServerParams);
    bare.start();

    ebm::test::TempDir dir;
    ebm::test::ServerProcess::run({"create-plans", "--data-dir=" + dir.path()});
    ebm::test::ServerProcess server(dir.path(), {}, {{"EBM_LOG_LEVEL", "warning"}});

    std::printf("%d client threads x %d keep-alive requests each, loopback, 2 cores shared with "
                "the client\n",
                threads, perThread);
    const Result baseline = load(socket.address().port(), "/", threads, perThread);
    print("bare Poco HTTPServer, 1 KB body", baseline);
    const Result health = load(server.port(), "/healthz", threads, perThread);
    print("ebm-server GET /healthz", health);
    const Result plans = load(server.port(), "/api/tenants/plans/", threads, perThread);
    print("ebm-server GET /api/tenants/plans/", plans);
    const Result pricing = load(server.port(), "/pricing", threads, perThread);
    print("ebm-server GET /pricing (page, catalog cached)", pricing);
    const Result stylesheet = load(server.port(), "/static/app.css", threads, perThread);
    print("ebm-server GET /static/app.css", stylesheet);
    std::printf("ratio plans/bare: %.2f   healthz/bare: %.2f   pricing/bare: %.2f   "
                "app.css/bare: %.2f\n",
                plans.requestsPerSecond / baseline.requestsPerSecond,
                health.requestsPerSecond / baseline.requestsPerSecond,
                pricing.requestsPerSecond / baseline.requestsPerSecond,
                stylesheet.requestsPerSecond / baseline.requestsPerSecond);
    bare.stop();
    const int failures = baseline.failures + health.failures + plans.failures + pricing.failures +
                         stylesheet.failures;
    return failures == 0 ? 0 : 1;
}
