#pragma once

#include "store/OutboxRepository.h"

#include <string>
#include <vector>

namespace ebm::mail
{

// Renders the account emails (password reset, invitation, set-password link) in the recipient's
// language through the Linguist files, as outbox rows ready to queue.
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
    store::OutboundEmail receipt(const std::string& locale, const std::string& recipient,
                                 const std::string& orderNumber, const std::string& invoiceNumber,
                                 const std::string& amount) const;

    // A payment that failed or a bank transfer staff could not accept, with the reason in the
    // customer's words.
    store::OutboundEmail paymentFailed(const std::string& locale, const std::string& recipient,
                                       const std::string& orderNumber,
                                       const std::string& reason) const;

    // A renewal invoice to pay, with its PDF attached.
    store::OutboundEmail invoiceIssued(const std::string& locale, const std::string& recipient,
                                       const std::string& organizationName,
                                       const std::string& invoiceNumber, const std::string& amount,
                                       const std::string& dueDate,
                                       store::EmailAttachment pdf) const;
    // The renewal payment started with the method on file: a PayPal approval link to open, or a
    // Mobile Money request to approve on the phone.
    store::OutboundEmail renewalApproval(const std::string& locale, const std::string& recipient,
                                         const std::string& organizationName,
                                         const std::string& amount,
                                         const std::string& approvalUrl) const;
    store::OutboundEmail renewalRequested(const std::string& locale, const std::string& recipient,
                                          const std::string& organizationName,
                                          const std::string& amount,
                                          const std::string& phone) const;

    enum class Notice
    {
        Suspended,             // %2 the reason
        Reactivated,           //
        CancellationScheduled, // %2 the date it takes effect
        CancellationWithdrawn, //
        Cancelled,             // %2 the date it ended
        CancelledByStaff,      // %2 the reason
        PlanChanged,           // %2 the new plan
        DowngradeScheduled,    // %2 the smaller plan, %3 the date it takes effect
        DowngradeWithdrawn,    // %2 the plan kept
        Renewed,               // %2 the new end date
        PaymentOverdue,        // %2 the end date, %3 the date of suspension
        SuspendedUnpaid,       // %2 the end date, %3 the date of expiry
        Expired,               //
        RenewalReminder        // %2 the end date
    };
    // A quota threshold newly crossed: `threshold` (80 or 100) % of the plan's `metric` ("servers",
    // "vms", "backups", "storage", "users") in use, `current` of `limit` as the customer reads
    // them. Needs no link, so it is composed without an instance.
    static store::OutboundEmail quotaWarning(const std::string& locale,
                                             const std::string& recipient,
                                             const std::string& organizationName,
                                             const std::string& metric, int threshold,
                                             const std::string& current, const std::string& limit);

    // A change of the subscription's state told to the organization's contact; %1 in the text is
    // the organization's name, %2... the details in order (dates as YYYY-MM-DD).
    store::OutboundEmail subscriptionNotice(Notice notice, const std::string& locale,
                                            const std::string& recipient,
                                            const std::string& organizationName,
                                            const std::vector<std::string>& details = {}) const;

private:
    std::string link(const std::string& path, const std::string& token) const;

    std::string m_publicBaseUrl;
};

} // namespace ebm::mail
