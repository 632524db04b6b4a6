#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/ApiKeyService.h"

#include <string>

namespace ebm::api
{

// /api/tenants/api-keys/: the organization API keys the backup engine authenticates with.
class ApiKeysController final
{
public:
    ApiKeysController(services::ApiKeyService& keys, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse create(const http::ApiRequest& request);
    http::ApiResponse revoke(const http::ApiRequest& request);

private:
    services::ApiKeyService& m_keys;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
