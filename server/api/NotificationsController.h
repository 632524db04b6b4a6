#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/NotificationService.h"

#include <string>

namespace ebm::api
{

// /api/tenants/notifications/: the organization's in-portal notifications and their read state.
class NotificationsController final
{
public:
    NotificationsController(services::NotificationService& notifications,
                            std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse markRead(const http::ApiRequest& request);
    http::ApiResponse markAllRead(const http::ApiRequest& request);

private:
    services::NotificationService& m_notifications;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
