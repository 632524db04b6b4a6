#pragma once

#include "domain/Clock.h"
#include "payments/PaymentService.h"
#include "store/Database.h"

#include <string>

namespace ebm::payments
{

// MTN MoMo callbacks (POST or PUT /webhooks/mtn/), which MTN neither signs nor identifies and
// sometimes sends twice: each delivery is stored raw first (event id = SHA-256 of the body, so a
// repeated body is recognised), then taken only as a hint — the payment named by its externalId
// is asked of MTN again through PaymentService::refresh, and only MTN's answer moves it.
class MomoCallbacks final
{
public:
    // What became of one delivery.
    enum class Outcome
    {
        Refreshed,        // the payment was asked of MTN again (and moved if MTN said so)
        AlreadyProcessed, // the same body was handled before
        AlreadyFinal,     // the payment was already completed or failed: nothing to ask
        UnknownPayment,   // no MTN MoMo payment has that externalId
        Malformed         // not a JSON object with an externalId
    };

    MomoCallbacks(store::Database& database, const Clock& clock, PaymentService& payments);

    Outcome receive(const std::string& rawBody, const std::string& headersJson,
                    const std::string& requestId);

private:
    Outcome process(const std::string& rawBody, const std::string& requestId, std::string& error);

    store::Database& m_database;
    const Clock& m_clock;
    PaymentService& m_payments;
};

} // namespace ebm::payments
