#pragma once

#include "domain/Money.h"
#include "domain/Statuses.h"
#include "tenancy/TenantScope.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// One payment row: an attempt to pay an order with one method, and what the provider (or staff,
// for a bank transfer) said about it.
struct PaymentRecord
{
    std::int64_t id = 0;
    std::string transactionId; // ours, also the provider's idempotency key
    std::int64_t orderId = 0;
    std::string organizationId;
    std::string method; // paypal | mtn_momo | bank_transfer
    PaymentStatus status = PaymentStatus::Pending;
    Money amount = Money::zero(Currency::fromCode("EUR"));
    Money received = Money::zero(Currency::fromCode("EUR"));
    std::string providerReference;
    std::string providerStatus;
    std::string failureCode;
    std::string failureReason;
    std::string payerPhone;
    std::string redirectUrl;
    std::string captureId;
    std::string receiptPath;
    std::string receiptContentType;
    std::string receiptUploadedAt;
    std::string nextCheckAt;
    int checkAttempts = 0;
    std::optional<std::int64_t> verifiedBy;
    std::string completedAt;
    std::string createdAt;
    std::string updatedAt;
};

// What a staff list of payments is narrowed to; an absent criterion matches every payment.
struct PaymentFilter
{
    std::optional<std::string> method;
    std::vector<PaymentStatus> statuses; // any of them; empty: every status
    std::optional<std::string> organizationId;
    std::optional<bool> hasReceipt;
    // Payments changed at or after this instant.
    std::optional<std::string> updatedSince;
};

// Payment rows as the payment flows see them: found through their order, their transaction id
// or the provider's reference (ownership is checked on the order by the caller). Every status
// change is conditional on the current status, so a late or repeated event never moves a
// payment backwards and two concurrent completions complete it once.
class PaymentRepository final
{
public:
    explicit PaymentRepository(Poco::Data::Session& session);

    // A payment received offline and verified by staff at once (record_payment).
    std::int64_t insertCompleted(std::int64_t orderId, const std::string& methodCode,
                                 const Money& amount, const std::string& providerReference,
                                 std::optional<std::int64_t> verifiedBy,
                                 std::chrono::sys_seconds at);
    // Inserts `payment` as pending; sets its id.
    void insertPending(PaymentRecord& payment, std::chrono::sys_seconds at);
    bool referenceUsed(const std::string& methodCode, const std::string& providerReference);
    void attachOrganization(std::int64_t paymentId, const std::string& organizationId);

    std::optional<PaymentRecord> findById(std::int64_t id);
    std::optional<PaymentRecord> findByTransactionId(const std::string& transactionId);
    std::optional<PaymentRecord> findByProviderReference(const std::string& methodCode,
                                                         const std::string& providerReference);
    std::optional<PaymentRecord> findOpenForOrder(std::int64_t orderId);
    std::vector<PaymentRecord> listForOrder(std::int64_t orderId);
    // Every organization's payments matching the filter, newest first: the staff queues.
    std::int64_t countMatching(const PaymentFilter& filter);
    std::vector<PaymentRecord> listMatching(const PaymentFilter& filter, std::int64_t offset,
                                            std::int64_t limit);

    // What the provider answered when the payment was started.
    void recordStart(std::int64_t id, const std::string& providerReference,
                     const std::string& redirectUrl, const std::string& providerStatus,
                     std::chrono::sys_seconds at);
    // Moves the payment to `to` when its status is one of `from`; false when it was not.
    bool moveStatus(std::int64_t id, const std::vector<PaymentStatus>& from, PaymentStatus to,
                    const std::string& providerStatus, std::chrono::sys_seconds at);
    void recordFailure(std::int64_t id, const std::string& failureCode,
                       const std::string& failureReason);
    void recordCapture(std::int64_t id, const std::string& captureId);
    void scheduleCheck(std::int64_t id, const std::string& nextCheckAt, int attempts);
    // Open provider payments whose next status check is due.
    std::vector<PaymentRecord> dueForCheck(std::chrono::sys_seconds at, int limit);
    void recordReceipt(std::int64_t id, const std::string& path, const std::string& contentType,
                       std::chrono::sys_seconds at);
    // Adds money staff saw arrive; answers the total received.
    Money credit(std::int64_t id, const Money& amount, std::int64_t staffUserId,
                 std::chrono::sys_seconds at);

    static PaymentRecord fromRow(Poco::Data::RecordSet& rows);

private:
    Poco::Data::Session& m_session;
};

// An organization's payments, as its members read them.
class OrganizationPaymentRepository final
{
public:
    OrganizationPaymentRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    std::int64_t count();
    std::vector<PaymentRecord> list(std::int64_t offset, std::int64_t limit);
    std::optional<PaymentRecord> find(std::int64_t id);

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
