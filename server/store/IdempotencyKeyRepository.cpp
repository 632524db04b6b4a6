#include "store/IdempotencyKeyRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

IdempotencyKeyRepository::IdempotencyKeyRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

IdempotencyKeyRepository::Claim
IdempotencyKeyRepository::claim(const std::string& owner, const std::string& key,
                                const std::string& method, const std::string& path,
                                const std::string& requestHash, std::chrono::sys_seconds at,
                                StoredAnswer& stored)
{
    std::string boundOwner = owner, boundKey = key, boundMethod = method, boundPath = path,
                hash = requestHash, timestamp = formatIso8601(at);
    Poco::Data::Statement insert(m_session);
    insert << "INSERT INTO idempotency_keys (owner, idempotency_key, method, path, request_hash, "
              "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (owner, idempotency_key) DO "
              "NOTHING",
        use(boundOwner), use(boundKey), use(boundMethod), use(boundPath), use(hash), use(timestamp);
    if (insert.execute() > 0)
        return Claim::Claimed;
    Poco::Data::Statement select(m_session);
    select << "SELECT request_hash, status, content_type, response_body FROM idempotency_keys "
              "WHERE owner = ? AND idempotency_key = ?",
        use(boundOwner), use(boundKey);
    select.execute();
    Poco::Data::RecordSet rows(select);
    rows.moveFirst();
    if (text(rows, "request_hash") != requestHash)
        return Claim::Mismatch;
    const auto status = optionalInteger(rows, "status");
    if (!status)
        return Claim::InProgress;
    stored.status = static_cast<int>(*status);
    stored.contentType = text(rows, "content_type");
    stored.body = text(rows, "response_body");
    return Claim::Replay;
}

void IdempotencyKeyRepository::complete(const std::string& owner, const std::string& key,
                                        const StoredAnswer& answer)
{
    std::string boundOwner = owner, boundKey = key, type = answer.contentType, body = answer.body;
    int status = answer.status;
    m_session << "UPDATE idempotency_keys SET status = ?, content_type = ?, response_body = ? "
                 "WHERE owner = ? AND idempotency_key = ?",
        use(status), use(type), use(body), use(boundOwner), use(boundKey), now;
}

void IdempotencyKeyRepository::release(const std::string& owner, const std::string& key)
{
    std::string boundOwner = owner, boundKey = key;
    m_session << "DELETE FROM idempotency_keys WHERE owner = ? AND idempotency_key = ?",
        use(boundOwner), use(boundKey), now;
}

void IdempotencyKeyRepository::purgeBefore(std::chrono::sys_seconds at)
{
    std::string timestamp = formatIso8601(at);
    m_session << "DELETE FROM idempotency_keys WHERE created_at < ?", use(timestamp), now;
}

} // namespace ebm::store
