#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "payments/MomoCallbacks.h"

namespace ebm::api
{

// The MTN MoMo callback endpoint (POST and PUT /webhooks/mtn/): public and never trusted.
class MomoWebhookController final
{
public:
    explicit MomoWebhookController(payments::MomoCallbacks& callbacks);

    http::ApiResponse receive(const http::ApiRequest& request);

private:
    payments::MomoCallbacks& m_callbacks;
};

} // namespace ebm::api
