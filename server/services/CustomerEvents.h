#pragma once

#include "services/EventPublisher.h"
#include "store/InvoiceRepository.h"
#include "store/OrderRepository.h"
#include "store/OrganizationRepository.h"

#include <cstdint>
#include <string>
#include <vector>

namespace ebm::services
{

// Builds the customer events the services publish, one per kind of change, so each call site is
// one line. Types (the webhook contract, documented in API.md): subscription.*,
// organization.provisioned|suspended|reactivated, payment.completed|failed, invoice.issued,
// quota.threshold_reached|exceeded, member.invited, ping.
class CustomerEvents final
{
public:
    // A subscription step journalled with the email notice `templateName` ("renewed", …);
    // `details` are the notice's arguments after the organization's name.
    static CustomerEvent subscriptionStep(const std::string& templateName,
                                          const store::OrganizationRecord& organization,
                                          const std::vector<std::string>& details);
    static CustomerEvent provisioned(const store::OrganizationRecord& organization,
                                     const std::string& planName);
    static CustomerEvent paymentCompleted(const std::string& organizationId,
                                          const store::OrderRecord& order,
                                          const store::InvoiceRecord& invoice,
                                          std::int64_t paymentId);
    static CustomerEvent invoiceIssued(const store::InvoiceRecord& invoice);
    static CustomerEvent paymentFailed(const std::string& organizationId,
                                       const store::OrderRecord& order, std::int64_t paymentId,
                                       const std::string& failureCode);
    static CustomerEvent memberInvited(const std::string& organizationId, const std::string& email,
                                       const std::string& role);
    static CustomerEvent quotaThreshold(const std::string& organizationId,
                                        const std::string& metric, int threshold,
                                        std::int64_t current, std::int64_t limit);
    static CustomerEvent ping(const std::string& organizationId);

    // Every type an endpoint may subscribe to (all but ping), sorted.
    static const std::vector<std::string>& types();
    // The webhook type of a subscription notice's email template; empty when unknown.
    static std::string subscriptionType(const std::string& templateName);
};

} // namespace ebm::services
