#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/VirtualMachineService.h"

#include <string>

namespace ebm::api
{

// /api/esxi/vms/: the virtual machines of the organization's ESXi hosts.
class VirtualMachinesController final
{
public:
    VirtualMachinesController(services::VirtualMachineService& vms, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse create(const http::ApiRequest& request);
    http::ApiResponse update(const http::ApiRequest& request);
    http::ApiResponse remove(const http::ApiRequest& request);

private:
    services::VirtualMachineService& m_vms;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
