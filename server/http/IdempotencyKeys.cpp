#include "http/IdempotencyKeys.h"

#include "http/ApiError.h"
#include "http/ErrorMapper.h"
#include "security/TokenGenerator.h"
#include "store/IdempotencyKeyRepository.h"
#include "store/WriteTransaction.h"

#include <algorithm>

namespace ebm::http
{

namespace
{

constexpr std::size_t kMaxKeyLength = 255;

std::string ownerOf(const ApiRequest& request)
{
    if (request.isAuthenticated()) {
        const auth::Principal& principal = request.principal();
        return principal.kind == auth::Principal::Kind::ApiKey
                   ? "api_key:" + std::to_string(principal.apiKeyId)
                   : "user:" + std::to_string(principal.userId);
    }
    if (const auto token = request.header("X-Order-Token"))
        return "order_token:" + security::TokenGenerator::hash(*token);
    return "client:" + request.clientAddress();
}

std::string validKey(const std::string& key)
{
    const bool printable =
        std::all_of(key.begin(), key.end(), [](char c) { return c > ' ' && c < 127; });
    if (key.empty() || key.size() > kMaxKeyLength || !printable)
        throw ApiError::validation("Idempotency-Key",
                                   "Send 1 to 255 printable characters without spaces, e.g. a "
                                   "UUID.");
    return key;
}

ApiResponse replayOf(const store::StoredAnswer& stored)
{
    ApiResponse answer{stored.status, stored.contentType, stored.body, {}};
    answer.headers.emplace_back("Idempotent-Replayed", "true");
    return answer;
}

} // namespace

IdempotencyKeys::IdempotencyKeys(store::Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

ApiResponse IdempotencyKeys::run(const ApiRequest& request,
                                 const std::function<ApiResponse()>& handler) const
{
    const auto header = request.header("Idempotency-Key");
    if (request.method() != "POST" || !header)
        return handler();
    const std::string key = validKey(*header), owner = ownerOf(request);
    const std::string hash = security::TokenGenerator::hash(request.method() + " " +
                                                            request.path() + "\n" + request.body());
    store::StoredAnswer stored;
    {
        Poco::Data::Session session = m_database.session();
        store::WriteTransaction transaction(session);
        store::IdempotencyKeyRepository keys(session);
        const auto at = m_clock.now();
        keys.purgeBefore(at - kRetention);
        switch (keys.claim(owner, key, request.method(), request.path(), hash, at, stored)) {
        case store::IdempotencyKeyRepository::Claim::Replay:
            return replayOf(stored);
        case store::IdempotencyKeyRepository::Claim::InProgress:
            throw ApiError(409, "idempotency_in_progress",
                           "A request with this Idempotency-Key is still running; retry "
                           "shortly.");
        case store::IdempotencyKeyRepository::Claim::Mismatch:
            throw ApiError(409, "idempotency_key_reused",
                           "This Idempotency-Key was used for a different request.");
        case store::IdempotencyKeyRepository::Claim::Claimed:
            transaction.commit();
            break;
        }
    }
    return finish(owner, key, request, handler);
}

ApiResponse IdempotencyKeys::finish(const std::string& owner, const std::string& key,
                                    const ApiRequest& request,
                                    const std::function<ApiResponse()>& handler) const
{
    ApiResponse answer;
    try {
        answer = handler();
    } catch (...) {
        answer = ErrorMapper().toResponse(std::current_exception(), request.requestId());
    }
    Poco::Data::Session session = m_database.session();
    store::IdempotencyKeyRepository keys(session);
    if (answer.status >= 500)
        keys.release(owner, key); // nothing was decided: a retry runs it again
    else
        keys.complete(owner, key, {answer.status, answer.contentType, answer.body});
    return answer;
}

} // namespace ebm::http
