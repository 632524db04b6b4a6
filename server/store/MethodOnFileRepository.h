#pragma once

#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ebm::store
{

// How an organization last paid: the method of its last completed payment and, for MTN MoMo,
// the number it came from.
struct MethodOnFile
{
    std::string method; // paypal | mtn_momo | bank_transfer
    std::string payerPhone;
    std::int64_t paymentId = 0;
    std::string updatedAt;
};

// The payment method on file of one organization (table payment_methods_on_file), replaced by
// each completed payment in its transaction; process-renewals starts the renewal payment with it.
class MethodOnFileRepository final
{
public:
    MethodOnFileRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    void record(const std::string& method, const std::string& payerPhone, std::int64_t paymentId,
                std::chrono::sys_seconds at);
    std::optional<MethodOnFile> find();

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
