#include "api/MomoWebhookController.h"

#include <Poco/JSON/Object.h>
#include <array>
#include <sstream>

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;

namespace
{

// The headers kept with a delivery (MTN sends no credentials; none is ever stored).
constexpr std::array kKeptHeaders{"Content-Type", "Content-Length", "User-Agent",
                                  "X-Forwarded-For"};

std::string headersJson(const ApiRequest& request)
{
    Poco::JSON::Object headers(Poco::JSON_PRESERVE_KEY_ORDER);
    headers.set("method", request.method());
    headers.set("client_address", request.clientAddress());
    for (const char* name : kKeptHeaders)
        if (const auto value = request.header(name))
            headers.set(name, *value);
    std::ostringstream out;
    headers.stringify(out);
    return out.str();
}

} // namespace

MomoWebhookController::MomoWebhookController(payments::MomoCallbacks& callbacks)
    : m_callbacks(callbacks)
{
}

// POST /webhooks/mtn/ and PUT /webhooks/mtn/  (public: MTN MoMo's callbacks)
// Any body: {externalId, amount, currency, payer, payeeNote, status, reason} as MTN sends it.
// Stored raw, then the payment whose transaction id is externalId is asked of MTN again; the
// callback's own status is never believed. 200 {"received":true} for anything stored, even a
// malformed body or an unknown externalId (both recorded with their error; MTN would only send
// them again); 500 when our own processing failed (stored with the error, retried if resent).
ApiResponse MomoWebhookController::receive(const ApiRequest& request)
{
    m_callbacks.receive(request.body(), headersJson(request), request.requestId());
    Poco::JSON::Object::Ptr answer = http::makeObject();
    answer->set("received", true);
    return ApiResponse::json(answer);
}

} // namespace ebm::api
