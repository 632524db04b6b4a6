#include "TempDir.h"
#include "payments/PayPalCertificateStore.h"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace ebm::payments
{
namespace
{

namespace fs = std::filesystem;

constexpr const char* kCertUrl =
    "https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-1a5f47cb";
constexpr const char* kCertFile = "CERT-360caa42-fca2a594-1a5f47cb.pem";

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeFile(const fs::path& path, const std::string& content)
{
    std::ofstream(path, std::ios::binary) << content;
}

// PayPal's real certificate, from the recorded deliveries.
const std::string& fixturePem()
{
    static const std::string pem = [] {
        const std::string json =
            readFile(fs::path(EBM_TEST_FIXTURES_DIR) / "paypal/webhook-deliveries.json");
        const auto root = Poco::JSON::Parser().parse(json).extract<Poco::JSON::Object::Ptr>();
        return root->getValue<std::string>("cert_pem");
    }();
    return pem;
}

// Answers with a fixed document (or throws when told to) and counts the calls.
class FakeFetcher final : public CertificateFetcher
{
public:
    explicit FakeFetcher(std::string document)
        : m_document(std::move(document))
    {
    }

    std::string fetch(const std::string& url) override
    {
        ++m_calls;
        m_urls.push_back(url);
        if (m_fail)
            throw std::runtime_error("network is down");
        std::this_thread::sleep_for(m_delay);
        return m_document;
    }

    int calls() const
    {
        return m_calls;
    }
    void failFromNowOn()
    {
        m_fail = true;
    }
    void delayEachFetch(std::chrono::milliseconds delay)
    {
        m_delay = delay;
    }

    const std::vector<std::string>& urls() const
    {
        return m_urls;
    }

private:
    std::string m_document;
    std::vector<std::string> m_urls;
    std::atomic<int> m_calls{0};
    bool m_fail = false;
    std::chrono::milliseconds m_delay{0};
};

std::vector<std::string> filesIn(const fs::path& directory)
{
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(directory))
        names.push_back(entry.path().filename().string());
    return names;
}

TEST(PayPalCertificateStoreTest, CacheFileNameIsTheLastPathSegment)
{
    EXPECT_EQ(PayPalCertificateStore::cacheFileName(kCertUrl), kCertFile);
    EXPECT_EQ(PayPalCertificateStore::cacheFileName("https://paypal.com/CERT-1"), "CERT-1.pem");
    EXPECT_EQ(PayPalCertificateStore::cacheFileName(
                  "https://API.Sandbox.PayPal.com:443/v1/notifications/certs/CERT_a.b-c"),
              "CERT_a.b-c.pem");
}

TEST(PayPalCertificateStoreTest, RefusesUrlsOutsidePayPalHttpsWithoutFetching)
{
    const std::vector<std::string> refused = {
        "",
        "not a url at all",
        "http://api.paypal.com/v1/notifications/certs/CERT-1",
        "ftp://api.paypal.com/v1/notifications/certs/CERT-1",
        "//api.paypal.com/v1/notifications/certs/CERT-1",
        "https://paypal.com.evil.com/v1/notifications/certs/CERT-1",
        "https://evilpaypal.com/v1/notifications/certs/CERT-1",
        "https://api.paypal.com.:443/v1/notifications/certs/CERT-1",
        "https://api.paypal.com@evil.com/v1/notifications/certs/CERT-1",
        "https://user:pass@api.paypal.com/v1/notifications/certs/CERT-1",
        "https://api.paypal.com:8443/v1/notifications/certs/CERT-1",
        "https://api.paypal.com:80/v1/notifications/certs/CERT-1",
        "https://api.paypal.com",
        "https://api.paypal.com/",
        "https://api.paypal.com/v1/notifications/certs/",
        "https://api.paypal.com/v1/notifications/certs/..%2F..%2Fetc%2Fpasswd",
        "https://api.paypal.com/v1/notifications/certs/CERT%00x",
        "https://api.paypal.com/v1/notifications/certs/CERT 1",
        "https://api.paypal.com/v1/notifications/certs/..",
        "https://api.paypal.com/v1/notifications/certs/CERT\\x",
        "https://api.paypal.com/v1/notifications/certs/CERT-1?x=1",
        "https://api.paypal.com/v1/notifications/certs/CERT-1#x",
        "https://api.paypal.com/v1/notifications/certs/" + std::string(129, 'a'),
    };
    const test::TempDir dir;
    FakeFetcher fetcher(fixturePem());
    PayPalCertificateStore store(dir.path(), fetcher);
    for (const std::string& url : refused)
        EXPECT_THROW(store.certificatePem(url), CertificateUrlRefused) << url;
    EXPECT_EQ(fetcher.calls(), 0);
    EXPECT_TRUE(filesIn(dir.path()).empty());
}

TEST(PayPalCertificateStoreTest, AcceptsTheLongestAllowedFileName)
{
    const std::string segment(128, 'a');
    EXPECT_EQ(PayPalCertificateStore::cacheFileName("https://api.paypal.com/" + segment),
              segment + ".pem");
}

TEST(PayPalCertificateStoreTest, UsesACachedCertificateWithoutFetching)
{
    const test::TempDir dir;
    writeFile(dir.file(kCertFile), fixturePem());
    FakeFetcher fetcher("");
    PayPalCertificateStore store(dir.path(), fetcher);
    EXPECT_EQ(store.certificatePem(kCertUrl), fixturePem());
    EXPECT_EQ(fetcher.calls(), 0);
}

TEST(PayPalCertificateStoreTest, FetchesAMissingCertificateOnceThenReadsTheCache)
{
    const test::TempDir dir;
    const fs::path cache = fs::path(dir.path()) / "paypal-certs";
    FakeFetcher fetcher(fixturePem());
    PayPalCertificateStore store(cache, fetcher);
    EXPECT_EQ(store.certificatePem(kCertUrl), fixturePem());
    EXPECT_EQ(store.certificatePem(kCertUrl), fixturePem());
    EXPECT_EQ(fetcher.calls(), 1);
    ASSERT_EQ(fetcher.urls().size(), 1U);
    EXPECT_EQ(fetcher.urls().front(), kCertUrl);
    EXPECT_EQ(filesIn(cache), std::vector<std::string>{kCertFile});
    EXPECT_EQ(readFile(cache / kCertFile), fixturePem());

    FakeFetcher offline("");
    offline.failFromNowOn();
    PayPalCertificateStore restarted(cache, offline);
    EXPECT_EQ(restarted.certificatePem(kCertUrl), fixturePem());
    EXPECT_EQ(offline.calls(), 0);
}

TEST(PayPalCertificateStoreTest, AFailedFetchIsUnavailableAndRetriedLater)
{
    const test::TempDir dir;
    FakeFetcher fetcher(fixturePem());
    fetcher.failFromNowOn();
    PayPalCertificateStore store(dir.path(), fetcher);
    EXPECT_THROW(store.certificatePem(kCertUrl), CertificateUnavailable);
    EXPECT_THROW(store.certificatePem(kCertUrl), CertificateUnavailable);
    EXPECT_EQ(fetcher.calls(), 2);
    EXPECT_TRUE(filesIn(dir.path()).empty());
}

TEST(PayPalCertificateStoreTest, DoesNotCacheADownloadThatIsNotACertificate)
{
    const test::TempDir dir;
    FakeFetcher html("<html><body>Service unavailable</body></html>");
    PayPalCertificateStore store(dir.path(), html);
    try {
        store.certificatePem(kCertUrl);
        ADD_FAILURE() << "an HTML page was accepted as a certificate";
    } catch (const CertificateUnavailable& error) {
        EXPECT_STREQ(error.what(), "download is not a PEM certificate");
    }
    EXPECT_TRUE(filesIn(dir.path()).empty());
}

TEST(PayPalCertificateStoreTest, RefusesAnOversizedDownload)
{
    const test::TempDir dir;
    FakeFetcher huge(fixturePem() +
                     std::string(PayPalCertificateStore::kMaxCertificateBytes, '\n'));
    PayPalCertificateStore store(dir.path(), huge);
    EXPECT_THROW(store.certificatePem(kCertUrl), CertificateUnavailable);
    EXPECT_TRUE(filesIn(dir.path()).empty());
}

TEST(PayPalCertificateStoreTest, RefusesACorruptCachedFile)
{
    const test::TempDir dir;
    writeFile(dir.file(kCertFile), "garbage");
    FakeFetcher fetcher(fixturePem());
    PayPalCertificateStore store(dir.path(), fetcher);
    EXPECT_THROW(store.certificatePem(kCertUrl), CertificateUnavailable);
    EXPECT_EQ(fetcher.calls(), 0);
}

TEST(PayPalCertificateStoreTest, ConcurrentRequestsFetchOnce)
{
    const test::TempDir dir;
    FakeFetcher fetcher(fixturePem());
    fetcher.delayEachFetch(std::chrono::milliseconds(50));
    PayPalCertificateStore store(dir.path(), fetcher);
    std::atomic<int> matches{0};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i) {
        threads.emplace_back([&] {
            if (store.certificatePem(kCertUrl) == fixturePem())
                ++matches;
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    EXPECT_EQ(matches.load(), 8);
    EXPECT_EQ(fetcher.calls(), 1);
}

TEST(PayPalCertificateStoreTest, HttpsFetcherRefusesPlainHttp)
{
    HttpsCertificateFetcher fetcher;
    EXPECT_THROW(fetcher.fetch("http://127.0.0.1:9/CERT-1"), std::invalid_argument);
}

} // namespace
} // namespace ebm::payments
