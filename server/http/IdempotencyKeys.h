#pragma once

#include "domain/Clock.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "store/Database.h"

#include <functional>

namespace ebm::http
{

// The Idempotency-Key header of POST requests: the first request with a key runs and its answer
// (unless a 5xx) is kept for a day; the same key with the same method, path and body gets that
// answer again (header Idempotent-Replayed: true), the same key with another request 409
// idempotency_key_reused, and while the first still runs 409 idempotency_in_progress. Keys are
// per caller: the user or API key, else the order token, else the client address.
class IdempotencyKeys final
{
public:
    static constexpr std::chrono::hours kRetention{24};

    IdempotencyKeys(store::Database& database, const Clock& clock);

    ApiResponse run(const ApiRequest& request, const std::function<ApiResponse()>& handler) const;

private:
    ApiResponse finish(const std::string& owner, const std::string& key, const ApiRequest& request,
                       const std::function<ApiResponse()>& handler) const;

    store::Database& m_database;
    const Clock& m_clock;
};

} // namespace ebm::http
