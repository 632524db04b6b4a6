#pragma once

#include "domain/Plan.h"
#include "mail/EmailComposer.h"
#include "services/InvoiceIssuer.h"
#include "store/OrderRepository.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <string>

namespace ebm::services
{

// The invoice line of a renewal: "Silver plan — monthly renewal", in the order's language.
std::string renewalLine(const std::string& locale, const Plan& plan, BillingCycle cycle);

// Applies a paid renewal or upgrade order to its organization, inside the payment's transaction.
// A renewal extends the paid time from the current end (or starts a new period from today when
// the organization had lapsed into suspension or expiry, which it leaves); an upgrade switches
// the plan at once and drops a pending renewal priced on the old plan. Each is audited and
// emailed once; the answer is what the invoice bills.
class SubscriptionFulfilment final
{
public:
    explicit SubscriptionFulfilment(const mail::EmailComposer& composer);

    BilledPeriod apply(Poco::Data::Session& session, const store::OrderRecord& order,
                       std::chrono::sys_seconds at, const std::string& requestId) const;

private:
    BilledPeriod renew(Poco::Data::Session& session, const store::OrderRecord& order,
                       std::chrono::sys_seconds at, const std::string& requestId) const;
    BilledPeriod upgrade(Poco::Data::Session& session, const store::OrderRecord& order,
                         std::chrono::sys_seconds at, const std::string& requestId) const;

    const mail::EmailComposer& m_composer;
};

} // namespace ebm::services
