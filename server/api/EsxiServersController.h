#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/EsxiServerService.h"

#include <string>

namespace ebm::api
{

// /api/esxi/servers/: the organization's ESXi hosts.
class EsxiServersController final
{
public:
    EsxiServersController(services::EsxiServerService& servers, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse create(const http::ApiRequest& request);
    http::ApiResponse update(const http::ApiRequest& request);
    http::ApiResponse remove(const http::ApiRequest& request);

private:
    services::EsxiServerService& m_servers;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
