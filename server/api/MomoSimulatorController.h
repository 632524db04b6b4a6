#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "payments/simulator/MomoSimulator.h"

namespace ebm::api
{

// The built-in MTN MoMo simulator's routes (/simulator/momo/…): served only in simulator mode,
// 404 otherwise.
class MomoSimulatorController final
{
public:
    // simulator: null when mtn_momo.environment is not "simulator".
    explicit MomoSimulatorController(payments::MomoSimulator* simulator);

    http::ApiResponse token(const http::ApiRequest& request);
    http::ApiResponse requestToPay(const http::ApiRequest& request);
    http::ApiResponse status(const http::ApiRequest& request);
    http::ApiResponse setFaults(const http::ApiRequest& request);
    http::ApiResponse faults(const http::ApiRequest& request);

private:
    payments::MomoSimulator& simulator() const;

    payments::MomoSimulator* m_simulator;
};

} // namespace ebm::api
