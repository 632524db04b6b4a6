#include "services/RenewalPayments.h"

#include "domain/Timestamp.h"
#include "http/ApiError.h"
#include "i18n/Translator.h"
#include "services/RequireFound.h"
#include "store/MethodOnFileRepository.h"
#include "store/OrganizationRepository.h"
#include "store/OutboxRepository.h"
#include "store/PaymentRepository.h"
#include "store/RenewalPaymentRepository.h"
#include "store/WriteTransaction.h"
#include "tenancy/SystemAccess.h"

#include <Poco/Logger.h>

namespace ebm::services
{

namespace
{

// "invalid: Invalid input. phone: Enter the mobile number …", for the renewal_payments row.
std::string describe(const http::ApiError& refusal)
{
    std::string text = refusal.code() + ": " + refusal.what();
    for (const auto& [field, messages] : refusal.fieldErrors())
        for (const std::string& message : messages)
            text += " " + field + ": " + message;
    return text;
}

} // namespace

RenewalPayments::RenewalPayments(store::Database& database, const Clock& clock,
                                 const mail::EmailComposer& composer,
                                 const RenewalInvoicing& invoicing,
                                 payments::PaymentService& payments, std::chrono::days leadDays)
    : m_database(database)
    , m_clock(clock)
    , m_composer(composer)
    , m_invoicing(invoicing)
    , m_payments(payments)
    , m_leadDays(leadDays)
{
}

RenewalPaymentCounts RenewalPayments::run(store::JobRunRecord& record, const std::string& requestId)
{
    RenewalPaymentCounts counts;
    Poco::Data::Session session = m_database.session();
    const auto at = m_clock.now();
    for (const std::string& id :
         store::OrganizationRepository(session).findEndingWithin(at, at + m_leadDays)) {
        try {
            processOne(id, counts, requestId);
            ++record.itemsProcessed;
        } catch (const std::exception& error) {
            ++record.itemsFailed;
            record.message = "organization " + id + ": " + error.what();
            Poco::Logger::get("ebm.jobs").error("process-renewals: %s", record.message);
        }
    }
    return counts;
}

void RenewalPayments::processOne(const std::string& organizationId, RenewalPaymentCounts& counts,
                                 const std::string& requestId)
{
    const auto claimed = claim(organizationId, counts, requestId);
    if (!claimed)
        return;
    const std::size_t attemptsBefore = paymentsOf(claimed->order.id);
    try {
        recordStarted(*claimed, m_payments.startRenewal(claimed->order, claimed->method,
                                                        claimed->phone, requestId));
        ++counts.started;
    } catch (const http::ApiError& refusal) {
        // A payment the provider refused was failed and emailed by the PaymentService; an open
        // attempt of the customer's own (payment_in_progress) is no failure to tell.
        const bool told = paymentsOf(claimed->order.id) > attemptsBefore ||
                          refusal.code() == "payment_in_progress";
        recordFailed(*claimed, describe(refusal), !told);
        ++counts.failed;
    }
}

std::size_t RenewalPayments::paymentsOf(std::int64_t orderId)
{
    Poco::Data::Session session = m_database.session();
    return store::PaymentRepository(session).listForOrder(orderId).size();
}

std::optional<RenewalPayments::Claim> RenewalPayments::claim(const std::string& organizationId,
                                                             RenewalPaymentCounts& counts,
                                                             const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto organization =
        requireFound(store::OrganizationRepository(session).findById(organizationId));
    RenewalInvoicingCounts invoiced;
    const auto due = m_invoicing.prepare(session, organization, invoiced, requestId);
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(organizationId);
    const auto onFile = store::MethodOnFileRepository(session, scope).find();
    std::optional<Claim> claimed;
    store::RenewalPaymentRepository renewals(session, scope);
    const bool invoiceOnly =
        !organization.autoRenew || !onFile || onFile->method == "bank_transfer";
    if (due && invoiceOnly)
        // Counted once per period (and renewal order), not again by a repeated run.
        counts.invoiceOnly += renewals.leaveToInvoice(
            organization.subscriptionEnd, due->order.order.id,
            onFile ? std::optional<std::string>(onFile->method) : std::nullopt, m_clock.now());
    else if (due && renewals.claim(organization.subscriptionEnd, due->order.order.id,
                                   onFile->method, m_clock.now()))
        claimed = Claim{organization, due->order.order, onFile->method, onFile->payerPhone};
    transaction.commit();
    return claimed;
}

void RenewalPayments::recordStarted(const Claim& claim, const payments::PaymentView& started)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(claim.organization.id);
    store::RenewalPaymentRepository(session, scope)
        .finish(claim.organization.subscriptionEnd, "started", started.payment.id, {}, at);
    const auto& organization = claim.organization;
    const Money& amount = claim.order.quote.total;
    auto email =
        claim.method == "paypal"
            ? m_composer.renewalApproval(organization.locale, organization.contactEmail,
                                         organization.name, amount, started.payment.redirectUrl)
            : m_composer.renewalRequested(organization.locale, organization.contactEmail,
                                          organization.name, amount,
                                          "+" + started.payment.payerPhone);
    email.organizationId = organization.id;
    email.dedupeKey = "renewal_payment:" + organization.id + ":" + organization.subscriptionEnd;
    if (claim.method == "mtn_momo" || !started.payment.redirectUrl.empty())
        store::OutboxRepository(session).enqueue(email, at);
    transaction.commit();
}

void RenewalPayments::recordFailed(const Claim& claim, const std::string& reason, bool tell)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    const tenancy::TenantScope scope = tenancy::SystemAccess::scopeFor(claim.organization.id);
    store::RenewalPaymentRepository(session, scope)
        .finish(claim.organization.subscriptionEnd, "failed", std::nullopt, reason, at);
    const auto& organization = claim.organization;
    if (tell) {
        const i18n::Translator t(organization.locale);
        auto email = m_composer.paymentFailed(
            organization.locale, organization.contactEmail, claim.order.orderNumber,
            t.translate("Email", "The renewal payment could not be started with the payment "
                                 "method you used last time."));
        email.organizationId = organization.id;
        email.dedupeKey =
            "renewal_payment_failed:" + organization.id + ":" + organization.subscriptionEnd;
        store::OutboxRepository(session).enqueue(email, at);
    }
    transaction.commit();
}

} // namespace ebm::services
