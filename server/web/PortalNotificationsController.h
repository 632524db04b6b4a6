#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/NotificationService.h"
#include "web/PortalLayout.h"

namespace ebm::web
{

// The organization's notifications page: newest first, unread ones marked, and the forms that
// mark one or all of them read.
class PortalNotificationsController final
{
public:
    static constexpr std::int64_t kPageSize = 25;

    PortalNotificationsController(const PortalLayout& layout,
                                  services::NotificationService& notifications);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse markRead(const http::ApiRequest& request);
    http::ApiResponse markAllRead(const http::ApiRequest& request);

private:
    const PortalLayout& m_layout;
    services::NotificationService& m_notifications;
};

} // namespace ebm::web
