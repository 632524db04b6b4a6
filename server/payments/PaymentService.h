#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "mail/EmailComposer.h"
#include "payments/BankTransferProvider.h"
#include "payments/PaymentProvider.h"
#include "payments/ReceiptStore.h"
#include "services/OrderService.h"
#include "services/ProvisioningService.h"
#include "store/Database.h"
#include "store/JobRunRepository.h"
#include "store/PaymentMethodRepository.h"
#include "tenancy/TenantScope.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::payments
{

// Who asks about an order's payments: its buyer signed in, or whoever holds its order token.
struct OrderCaller
{
    std::optional<auth::Principal> principal;
    std::optional<std::string> orderToken;
};

// A payment with what its payer needs to act on it.
struct PaymentView
{
    store::PaymentRecord payment;
    std::string orderNumber;
    std::string locale;
    std::optional<BankAccount> bankAccount; // bank transfers: where to send the money
    bool created = false;                   // initiate: a new attempt rather than the open one
};

// What staff decided about a bank transfer.
struct BankTransferDecision
{
    bool approve = false;
    // approve: the decimal amount that arrived, in the payment's currency (default: what is due)
    std::optional<std::string> amountReceived;
    std::string reason; // reject: told to the customer
};

// The payment orchestrator: routes by method to its provider, keeps one payment row per attempt
// (written before any provider call, with a unique transaction id that is also the provider's
// idempotency key), and applies what providers and staff say through one path that only moves
// a payment forward — completion provisions the order in the same transaction, exactly once.
class PaymentService final
{
public:
    struct PaymentPage
    {
        std::int64_t count;
        std::vector<PaymentView> payments;
    };

    PaymentService(store::Database& database, const Clock& clock, services::OrderService& orders,
                   services::ProvisioningService& provisioning, const mail::EmailComposer& composer,
                   const ReceiptStore& receipts, std::vector<PaymentProvider*> providers,
                   std::string publicBaseUrl);

    PaymentView initiate(std::int64_t orderId, const OrderCaller& caller, const std::string& method,
                         const std::string& phone, const std::string& requestId);
    // process-renewals: the same for a renewal order, started by the system with the
    // organization's method on file (no caller to check).
    PaymentView startRenewal(const store::OrderRecord& order, const std::string& method,
                             const std::string& phone, const std::string& requestId);
    // Asks the provider about the order's open payment (or answers the latest one).
    PaymentView verify(std::int64_t orderId, const OrderCaller& caller,
                       const std::string& requestId);
    PaymentView uploadReceipt(std::int64_t orderId, const OrderCaller& caller,
                              const std::string& bytes, const std::string& requestId);
    PaymentView verifyBankTransfer(std::int64_t paymentId, const BankTransferDecision& decision,
                                   const auth::Principal& staff, const std::string& requestId);

    PaymentPage list(const tenancy::TenantScope& scope, std::int64_t offset, std::int64_t limit);
    PaymentView get(const tenancy::TenantScope& scope, std::int64_t id);
    Receipt receipt(const tenancy::TenantScope& scope, std::int64_t id);
    Receipt receiptForStaff(std::int64_t id);
    // Staff queues: every organization's payments matching the filter, newest first; one payment.
    PaymentPage listForStaff(const store::PaymentFilter& filter, std::int64_t offset,
                             std::int64_t limit);
    PaymentView getForStaff(std::int64_t id);

    // Applies a provider's state to a payment (verify, webhooks, reconciliation): idempotent,
    // never backwards; a completion provisions the order in the same transaction.
    store::PaymentRecord apply(std::int64_t paymentId, const ProviderState& state,
                               const std::string& requestId);
    // Asks the provider again about an open payment and applies the answer; restarts it when
    // the provider never received it. Provider outages leave it as it is.
    store::PaymentRecord refresh(const store::PaymentRecord& payment, const std::string& requestId);
    // A completed payment the provider refunded or reversed becomes refunded (audited
    // payment.refunded); the organization is left as it is for staff to decide. Anything else
    // is left unchanged.
    store::PaymentRecord markRefunded(std::int64_t paymentId, const std::string& reason,
                                      const std::string& requestId);

    // What one reconcile-payments run did.
    struct ReconcileCounts
    {
        int checked = 0;
        int completed = 0;
        int failed = 0;
        int givenUp = 0;
        int ordersExpired = 0;
    };
    // The reconcile-payments job: open provider payments whose check is due are asked again
    // (backoff 2, 4, 8 … minutes up to 6 hours); one still open after kGiveUpAfter is failed
    // EXPIRED (the providers expire unapproved requests long before); stale orders expire.
    // Counts the payments checked and failed in `record`; the JobRunner records the run.
    ReconcileCounts reconcile(store::JobRunRecord& record, const std::string& requestId);
    static constexpr std::chrono::hours kGiveUpAfter{72};

    PaymentProvider& provider(const std::string& method) const;

    // The payment methods (only the enabled ones for customers), and staff switching them.
    std::vector<store::PaymentMethodRecord> methods(bool enabledOnly);
    store::PaymentMethodRecord setMethodEnabled(const std::string& code, bool enabled,
                                                const auth::Principal& staff,
                                                const std::string& requestId);

private:
    PaymentView startPayment(const store::OrderRecord& order, const std::string& method,
                             const std::string& phone, const std::string& requestId);
    store::PaymentRecord openPayment(const store::OrderRecord& order, const std::string& method,
                                     const std::string& phone, bool& created);
    // Starts it at the provider; a refusal fails the attempt and is rethrown to the caller.
    void startAtProvider(const store::PaymentRecord& payment, const store::OrderRecord& order,
                         const std::string& requestId);
    // Schedules the next check with backoff, or fails a payment open for too long (true).
    bool scheduleNextCheck(const store::PaymentRecord& payment, const std::string& requestId);
    void complete(Poco::Data::Session& session, const store::PaymentRecord& payment,
                  const ProviderState& state, const std::string& requestId,
                  std::chrono::sys_seconds at);
    void fail(Poco::Data::Session& session, const store::PaymentRecord& payment,
              const ProviderState& state, const std::string& requestId,
              std::chrono::sys_seconds at);
    PaymentView viewOf(store::PaymentRecord payment);
    Receipt receiptOf(const store::PaymentRecord& payment) const;

    store::Database& m_database;
    const Clock& m_clock;
    services::OrderService& m_orders;
    services::ProvisioningService& m_provisioning;
    const mail::EmailComposer& m_composer;
    const ReceiptStore& m_receipts;
    std::vector<PaymentProvider*> m_providers;
    std::string m_publicBaseUrl;
};

} // namespace ebm::payments
