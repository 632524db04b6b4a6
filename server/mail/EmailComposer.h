#pragma once

#include "domain/Money.h"
#include "store/OutboxRepository.h"

#include <string>
#include <vector>

namespace ebm::mail
{

// Fills each customer email's template (resources/email, see EmailTemplates) in the recipient's
// language, as outbox rows ready to queue: links built on the public address, money and dates
// written the way the language writes them (dates given as YYYY-MM-DD or ISO 8601 instants).
class EmailComposer final
{
public:
    explicit EmailComposer(std::string publicBaseUrl);

    store::OutboundEmail passwordReset(const std::string& locale, const std::string& recipient,
                                       const std::string& token) const;
    store::OutboundEmail invitation(const std::string& locale, const std::string& recipient,
                                    const std::string& organizationName,
                                    const std::string& inviterName, const std::string& token) const;
    store::OutboundEmail setPassword(const std::string& locale, const std::string& recipient,
                                     const std::string& organizationName,
                                     const std::string& token) const;

    // The new customer's welcome: plan details, and the link to choose a password when the
    // account is new (empty token otherwise).
    store::OutboundEmail welcome(const std::string& locale, const std::string& recipient,
                                 const std::string& organizationName, const std::string& planName,
                                 const std::string& periodEnd,
                                 const std::string& setPasswordToken) const;
    // An order placed and waiting for its payment: what was ordered, and the link that opens its
    // payment (`orderToken` proves the order is theirs to a buyer without an account).
    struct PlacedOrder
    {
        std::int64_t id = 0;
        std::string number;
        std::string planName;
        bool monthly = true;
        Money total = Money::zero(Currency::fromCode("EUR"));
        std::string expiresAt;
        std::string orderToken;
    };
    store::OutboundEmail orderConfirmation(const std::string& locale, const std::string& recipient,
                                           const PlacedOrder& order) const;
    store::OutboundEmail receipt(const std::string& locale, const std::string& recipient,
                                 const std::string& orderNumber, const std::string& invoiceNumber,
                                 const Money& amount) const;

    // A payment that failed or a bank transfer staff could not accept, with the reason in the
    // customer's words.
    store::OutboundEmail paymentFailed(const std::string& locale, const std::string& recipient,
                                       const std::string& orderNumber,
                                       const std::string& reason) const;

    // A renewal invoice to pay, with its PDF attached.
    store::OutboundEmail invoiceIssued(const std::string& locale, const std::string& recipient,
                                       const std::string& organizationName,
                                       const std::string& invoiceNumber, const Money& amount,
                                       const std::string& dueDate,
                                       store::EmailAttachment pdf) const;
    // The renewal payment started with the method on file: a PayPal approval link to open, or a
    // Mobile Money request to approve on the phone.
    store::OutboundEmail renewalApproval(const std::string& locale, const std::string& recipient,
                                         const std::string& organizationName, const Money& amount,
                                         const std::string& approvalUrl) const;
    store::OutboundEmail renewalRequested(const std::string& locale, const std::string& recipient,
                                          const std::string& organizationName, const Money& amount,
                                          const std::string& phone) const;

    // The subscription notices and the details each one is given, in order.
    enum class Notice
    {
        Suspended,             // the reason
        Reactivated,           //
        CancellationScheduled, // the date it takes effect
        CancellationWithdrawn, //
        Cancelled,             // the date it ended
        CancelledByStaff,      // the reason
        PlanChanged,           // the new plan
        DowngradeScheduled,    // the smaller plan, the date it takes effect
        DowngradeWithdrawn,    // the plan kept
        Renewed,               // the new end date
        PaymentOverdue,        // the end date, the date of suspension
        SuspendedUnpaid,       // the end date, the date of expiry
        Expired,               //
        RenewalReminder        // the end date
    };
    // What the quota emails and notifications call a plan's `metric` ("servers" → "ESXi servers",
    // "vms", "backups", "storage", "users") in `locale`; any other metric as it is.
    static std::string metricLabel(const std::string& locale, const std::string& metric);

    // A quota threshold newly crossed: `threshold` (80 or 100) % of the plan's `metric` ("servers",
    // "vms", "backups", "storage", "users") in use, `current` of `limit` as the customer reads
    // them. Needs no link, so it is composed without an instance.
    static store::OutboundEmail quotaWarning(const std::string& locale,
                                             const std::string& recipient,
                                             const std::string& organizationName,
                                             const std::string& metric, int threshold,
                                             const std::string& current, const std::string& limit);

    // A change of the subscription's state told to the organization's contact, with the details
    // the notice takes (see Notice).
    store::OutboundEmail subscriptionNotice(Notice notice, const std::string& locale,
                                            const std::string& recipient,
                                            const std::string& organizationName,
                                            const std::vector<std::string>& details = {}) const;

private:
    // A page of the site opened in the email's language, with a token when it needs one.
    std::string link(const std::string& path, const std::string& token,
                     const std::string& locale) const;
    std::string accountUrl(const std::string& locale) const;

    std::string m_publicBaseUrl;
};

} // namespace ebm::mail
