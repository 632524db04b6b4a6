#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/WebhookService.h"

#include <string>

namespace ebm::api
{

// /api/tenants/webhooks/: the organization's outgoing webhook endpoints, their deliveries and a
// test ping (owners and admins, plans with API access).
class WebhooksController final
{
public:
    // `allowLocalHttp`: outside production, http://127.0.0.1 and http://localhost are accepted
    // besides https:// (local receivers in development and tests).
    WebhooksController(services::WebhookService& webhooks, std::string publicBaseUrl,
                       bool allowLocalHttp);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse create(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse update(const http::ApiRequest& request);
    http::ApiResponse remove(const http::ApiRequest& request);
    http::ApiResponse deliveries(const http::ApiRequest& request);
    http::ApiResponse test(const http::ApiRequest& request);

private:
    services::WebhookService::EndpointChanges readChanges(const http::ApiRequest& request,
                                                          bool creating) const;

    services::WebhookService& m_webhooks;
    std::string m_publicBaseUrl;
    bool m_allowLocalHttp;
};

} // namespace ebm::api
