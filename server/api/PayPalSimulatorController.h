#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "payments/simulator/PayPalSimulator.h"

namespace ebm::api
{

// The built-in PayPal simulator's routes under /simulator/paypal/ (PAYPAL_MODE=simulator only;
// otherwise every one answers 404): PayPal's REST paths, the buyer approval page and the test
// control endpoint.
class PayPalSimulatorController final
{
public:
    // Null when PayPal is not simulated.
    explicit PayPalSimulatorController(payments::PayPalSimulator* simulator);

    http::ApiResponse token(const http::ApiRequest& request);
    http::ApiResponse createOrder(const http::ApiRequest& request);
    http::ApiResponse getOrder(const http::ApiRequest& request);
    http::ApiResponse capture(const http::ApiRequest& request);
    http::ApiResponse checkoutPage(const http::ApiRequest& request);
    http::ApiResponse decide(const http::ApiRequest& request);
    http::ApiResponse control(const http::ApiRequest& request);
    http::ApiResponse controlState(const http::ApiRequest& request);

private:
    payments::PayPalSimulator& simulator() const;

    payments::PayPalSimulator* m_simulator;
};

} // namespace ebm::api
