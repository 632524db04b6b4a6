#pragma once

#include "domain/Money.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ebm::store
{

// Payment rows. For now: recording a completed payment received offline (a bank transfer
// verified by staff); the provider flows add theirs with the payments work.
class PaymentRepository final
{
public:
    explicit PaymentRepository(Poco::Data::Session& session);

    std::int64_t insertCompleted(std::int64_t orderId, const std::string& methodCode,
                                 const Money& amount, const std::string& providerReference,
                                 std::optional<std::int64_t> verifiedBy,
                                 std::chrono::sys_seconds at);
    bool referenceUsed(const std::string& methodCode, const std::string& providerReference);
    void attachOrganization(std::int64_t paymentId, const std::string& organizationId);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
