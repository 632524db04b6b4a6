#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "payments/PaymentService.h"

#include <string>

namespace ebm::api
{

// /api/admin/payments/: every organization's payments for staff, the bank-transfer queue among
// them (receipts and decisions stay on their existing routes).
class AdminPaymentsController final
{
public:
    AdminPaymentsController(payments::PaymentService& payments, std::string publicBaseUrl);

    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);

private:
    payments::PaymentService& m_payments;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
