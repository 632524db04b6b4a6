#include "payments/PayPalCertificateStore.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/String.h>
#include <Poco/Timespan.h>
#include <Poco/URI.h>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <istream>
#include <memory>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <string_view>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace ebm::payments
{

namespace
{

constexpr std::size_t kMaxFileNameSegment = 128;
constexpr unsigned short kHttpsPort = 443;

bool isPayPalHost(const std::string& host)
{
    return host == "paypal.com" || host.ends_with(".paypal.com");
}

bool isSafeSegmentCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
}

// ^[A-Za-z0-9._-]{1,128}$, and not "." or "..".
bool isSafeSegment(std::string_view segment)
{
    if (segment.empty() || segment.size() > kMaxFileNameSegment || segment == "." ||
        segment == "..")
        return false;
    for (const char c : segment) {
        if (!isSafeSegmentCharacter(c))
            return false;
    }
    return true;
}

Poco::URI parseUrl(const std::string& url)
{
    try {
        return Poco::URI(url);
    } catch (const Poco::Exception&) {
        throw CertificateUrlRefused("not a valid URL");
    }
}

void checkOrigin(const Poco::URI& uri)
{
    if (uri.getScheme() != "https")
        throw CertificateUrlRefused("not an https URL");
    if (!uri.getUserInfo().empty())
        throw CertificateUrlRefused("URL carries user info");
    if (!isPayPalHost(Poco::toLower(uri.getHost())))
        throw CertificateUrlRefused("host is not paypal.com");
    if (uri.getPort() != kHttpsPort)
        throw CertificateUrlRefused("port is not 443");
    if (!uri.getRawQuery().empty() || !uri.getFragment().empty())
        throw CertificateUrlRefused("URL carries a query or a fragment");
}

// Poco decodes the path, so an encoded "%2F" would make a different last segment than the one
// the URL shows: PayPal's certificate URLs are plain, encoded ones are refused.
std::string lastSegment(const std::string& url, const Poco::URI& uri)
{
    if (url.find('%') != std::string::npos)
        throw CertificateUrlRefused("URL path is percent-encoded");
    const std::string& path = uri.getPath();
    const std::size_t slash = path.rfind('/');
    std::string segment = slash == std::string::npos ? path : path.substr(slash + 1);
    if (segment.empty())
        throw CertificateUrlRefused("URL has no certificate file name");
    if (!isSafeSegment(segment))
        throw CertificateUrlRefused("certificate file name has unsafe characters");
    return segment;
}

bool isPemCertificate(const std::string& pem)
{
    if (pem.empty() || pem.size() > PayPalCertificateStore::kMaxCertificateBytes)
        return false;
    const std::unique_ptr<BIO, decltype(&BIO_free)> bio(
        BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())), &BIO_free);
    const std::unique_ptr<X509, decltype(&X509_free)> certificate(
        bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr, &X509_free);
    ERR_clear_error();
    return certificate != nullptr;
}

std::string readCachedFile(const std::filesystem::path& file)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error || size > PayPalCertificateStore::kMaxCertificateBytes)
        throw CertificateUnavailable("cached certificate " + file.filename().string() +
                                     " cannot be read");
    std::ifstream in(file, std::ios::binary);
    std::string pem(static_cast<std::size_t>(size), '\0');
    if (!in.read(pem.data(), static_cast<std::streamsize>(pem.size())))
        throw CertificateUnavailable("cached certificate " + file.filename().string() +
                                     " cannot be read");
    if (!isPemCertificate(pem))
        throw CertificateUnavailable("cached certificate " + file.filename().string() +
                                     " is not a PEM certificate");
    return pem;
}

bool writeAll(int descriptor, const std::string& content)
{
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t count =
            ::write(descriptor, content.data() + written, content.size() - written);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            return false;
        written += static_cast<std::size_t>(count);
    }
    return ::fsync(descriptor) == 0;
}

// Writes a temporary file beside `target`, then renames it over `target`: readers (other
// threads or processes) see either no file or the whole certificate.
void writeAtomically(const std::filesystem::path& target, const std::string& content)
{
    std::filesystem::create_directories(target.parent_path());
    const std::string pattern =
        (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
    std::vector<char> temporary(pattern.begin(), pattern.end());
    temporary.push_back('\0');
    const int descriptor = ::mkstemp(temporary.data());
    if (descriptor < 0)
        throw std::system_error(errno, std::generic_category(), "cannot create a temporary file");
    const bool written = writeAll(descriptor, content);
    const bool closed = ::close(descriptor) == 0;
    if (!written || !closed || std::rename(temporary.data(), target.c_str()) != 0) {
        const int cause = errno;
        ::unlink(temporary.data());
        throw std::system_error(cause, std::generic_category(), "cannot write the certificate");
    }
}

std::string readLimitedBody(std::istream& body)
{
    std::string content;
    std::array<char, 4096> buffer{};
    while (body) {
        body.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        content.append(buffer.data(), static_cast<std::size_t>(body.gcount()));
        if (content.size() > PayPalCertificateStore::kMaxCertificateBytes)
            throw std::length_error("certificate larger than 64 KB");
    }
    if (body.bad())
        throw std::runtime_error("certificate download interrupted");
    return content;
}

} // namespace

CertificateFetcher::~CertificateFetcher() = default;

HttpsCertificateFetcher::HttpsCertificateFetcher(std::chrono::seconds timeout)
    : m_timeout(timeout)
    , m_context(new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                       Poco::Net::Context::VERIFY_STRICT, 9, true))
{
}

std::string HttpsCertificateFetcher::fetch(const std::string& url)
{
    const Poco::URI uri(url);
    if (uri.getScheme() != "https")
        throw std::invalid_argument("only https URLs are fetched");
    Poco::Net::HTTPSClientSession session(uri.getHost(), uri.getPort(), m_context);
    const Poco::Timespan timeout(static_cast<long>(m_timeout.count()), 0);
    session.setTimeout(timeout, timeout, timeout);
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_GET, uri.getPathEtc(),
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    Poco::Net::HTTPResponse response;
    std::istream& body = session.receiveResponse(response);
    if (response.getStatus() != Poco::Net::HTTPResponse::HTTP_OK)
        throw std::runtime_error("certificate download answered HTTP " +
                                 std::to_string(static_cast<int>(response.getStatus())));
    if (response.hasContentLength() &&
        response.getContentLength64() >
            static_cast<Poco::Int64>(PayPalCertificateStore::kMaxCertificateBytes))
        throw std::length_error("certificate larger than 64 KB");
    return readLimitedBody(body);
}

PayPalCertificateStore::PayPalCertificateStore(std::filesystem::path cacheDirectory,
                                               CertificateFetcher& fetcher)
    : m_cacheDirectory(std::move(cacheDirectory))
    , m_fetcher(fetcher)
{
}

std::string PayPalCertificateStore::cacheFileName(const std::string& url)
{
    const Poco::URI uri = parseUrl(url);
    checkOrigin(uri);
    return lastSegment(url, uri) + ".pem";
}

std::string PayPalCertificateStore::certificatePem(const std::string& url)
{
    const std::string fileName = cacheFileName(url);
    std::string pem = rememberedPem(fileName);
    return pem.empty() ? fillCache(url, fileName) : pem;
}

std::string PayPalCertificateStore::rememberedPem(const std::string& fileName) const
{
    const std::lock_guard lock(m_rememberedMutex);
    const auto found = m_remembered.find(fileName);
    return found == m_remembered.end() ? std::string() : found->second;
}

// One fill at a time, so concurrent deliveries naming a new certificate fetch it once.
std::string PayPalCertificateStore::fillCache(const std::string& url, const std::string& fileName)
{
    const std::lock_guard fillLock(m_fillMutex);
    if (std::string pem = rememberedPem(fileName); !pem.empty())
        return pem;
    const std::filesystem::path file = m_cacheDirectory / fileName;
    std::string pem;
    std::error_code ignored;
    if (std::filesystem::exists(file, ignored)) {
        pem = readCachedFile(file);
    } else {
        pem = fetchValidPem(url);
        try {
            writeAtomically(file, pem);
        } catch (const std::exception& error) {
            throw CertificateUnavailable("cannot cache " + fileName + ": " + error.what());
        }
    }
    const std::lock_guard lock(m_rememberedMutex);
    m_remembered.emplace(fileName, pem);
    return pem;
}

std::string PayPalCertificateStore::fetchValidPem(const std::string& url)
{
    std::string pem;
    try {
        pem = m_fetcher.fetch(url);
    } catch (const Poco::Exception& error) {
        throw CertificateUnavailable("download failed: " + error.displayText());
    } catch (const std::exception& error) {
        throw CertificateUnavailable(std::string("download failed: ") + error.what());
    }
    if (!isPemCertificate(pem))
        throw CertificateUnavailable("download is not a PEM certificate");
    return pem;
}

} // namespace ebm::payments
