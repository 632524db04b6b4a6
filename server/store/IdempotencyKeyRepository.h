#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <optional>
#include <string>

namespace ebm::store
{

// An answer stored for an idempotency key.
struct StoredAnswer
{
    int status = 0;
    std::string contentType;
    std::string body;
};

// The idempotency_keys table: one row per (owner, key), claimed before the request runs and
// completed with its answer, so a repeated request is answered from here.
class IdempotencyKeyRepository final
{
public:
    enum class Claim
    {
        Claimed,    // first time: run the request
        Replay,     // done before with the same request: answer `stored`
        InProgress, // the first request with this key is still running
        Mismatch    // the key was used for another request
    };

    explicit IdempotencyKeyRepository(Poco::Data::Session& session);

    Claim claim(const std::string& owner, const std::string& key, const std::string& method,
                const std::string& path, const std::string& requestHash,
                std::chrono::sys_seconds at, StoredAnswer& stored);
    void complete(const std::string& owner, const std::string& key, const StoredAnswer& answer);
    void release(const std::string& owner, const std::string& key);
    void purgeBefore(std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
