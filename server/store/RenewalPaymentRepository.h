#pragma once

#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace ebm::store
{

// The renewal payments process-renewals starts (table renewal_payments): one row per
// organization and period end, claimed before the provider is called, then started or failed; or
// invoice_only when the period was left to its invoice.
class RenewalPaymentRepository final
{
public:
    RenewalPaymentRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    // Records that the period ending at `periodEnd` is left to the invoice of `orderId` (no
    // payment started; `method` is the one on file, if any); false when it already was for that
    // order, or when its payment was claimed, started or failed.
    bool leaveToInvoice(const std::string& periodEnd, std::int64_t orderId,
                        const std::optional<std::string>& method, std::chrono::sys_seconds at);
    // Claims the renewal payment of the period ending at `periodEnd` (also one that was left to
    // its invoice); false when it was already started or failed. A claim left by a killed run is
    // answered true again.
    bool claim(const std::string& periodEnd, std::int64_t orderId, const std::string& method,
               std::chrono::sys_seconds at);
    // claimed → `outcome` (started, failed) with the payment or the failure.
    void finish(const std::string& periodEnd, const std::string& outcome,
                std::optional<std::int64_t> paymentId, const std::string& failure,
                std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
