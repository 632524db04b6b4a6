#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "payments/PaymentService.h"
#include "web/PortalLayout.h"

namespace ebm::web
{

// The organization's payment attempts: method, status, amount, date and, for a failed one, why.
class PortalPaymentsController final
{
public:
    static constexpr std::int64_t kPageSize = 25;

    PortalPaymentsController(const PortalLayout& layout, payments::PaymentService& payments);

    http::ApiResponse list(const http::ApiRequest& request);

private:
    const PortalLayout& m_layout;
    payments::PaymentService& m_payments;
};

} // namespace ebm::web
