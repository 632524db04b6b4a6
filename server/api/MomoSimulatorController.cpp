#include "api/MomoSimulatorController.h"

#include "http/ApiError.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;

MomoSimulatorController::MomoSimulatorController(payments::MomoSimulator* simulator)
    : m_simulator(simulator)
{
}

payments::MomoSimulator& MomoSimulatorController::simulator() const
{
    if (m_simulator == nullptr)
        throw http::ApiError::notFound();
    return *m_simulator;
}

// POST /simulator/momo/collection/token/  (Basic userId:apiKey, Ocp-Apim-Subscription-Key)
// 200 {"access_token","token_type":"access_token","expires_in":3600}; 401 wrong credentials.
ApiResponse MomoSimulatorController::token(const ApiRequest& request)
{
    return simulator().token(request);
}

// POST /simulator/momo/collection/v1_0/requesttopay  (Bearer, X-Reference-Id,
// X-Target-Environment: sandbox, X-Callback-Url?) body as MTN's. 202 empty; 409
// RESOURCE_ALREADY_EXIST; 400 bad reference id or body; 500 INVALID_CURRENCY.
ApiResponse MomoSimulatorController::requestToPay(const ApiRequest& request)
{
    return simulator().requestToPay(request);
}

// GET /simulator/momo/collection/v1_0/requesttopay/{reference}  (Bearer)
// 200 {amount,currency,financialTransactionId?,externalId,payer,payerMessage,payeeNote,status,
// reason?}; 404 RESOURCE_NOT_FOUND.
ApiResponse MomoSimulatorController::status(const ApiRequest& request)
{
    return simulator().status(request);
}

// POST /simulator/momo/_control/  {"fail_next"?: 0..100, "mode"?: "error_500"|"timeout",
// "callbacks"?: bool}: the next fail_next request-to-pay or status calls fail that way (500
// without effect, or taking effect but answered after the client's read timeout); callbacks
// false drops the callbacks until switched on again. Answers as GET does.
ApiResponse MomoSimulatorController::setFaults(const ApiRequest& request)
{
    return simulator().setFaults(request);
}

// GET /simulator/momo/_control/
// {"fail_next","mode","requests_to_pay","send_callbacks",
//  "callbacks":{"pending","delivered","failed"}}.
ApiResponse MomoSimulatorController::faults(const ApiRequest& request)
{
    return simulator().faultsAndCallbacks(request);
}

} // namespace ebm::api
