#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "payments/PaymentService.h"

#include <string>

namespace ebm::api
{

// Paying orders (initiate, verify, bank transfer receipts), the organization's payments and
// their receipts, staff verification of bank transfers, and the payment methods.
class PaymentsController final
{
public:
    PaymentsController(payments::PaymentService& payments, std::string publicBaseUrl);

    http::ApiResponse initiate(const http::ApiRequest& request);
    http::ApiResponse verify(const http::ApiRequest& request);
    http::ApiResponse uploadReceipt(const http::ApiRequest& request);
    http::ApiResponse list(const http::ApiRequest& request);
    http::ApiResponse retrieve(const http::ApiRequest& request);
    http::ApiResponse receipt(const http::ApiRequest& request);
    http::ApiResponse staffReceipt(const http::ApiRequest& request);
    http::ApiResponse verifyBankTransfer(const http::ApiRequest& request);
    http::ApiResponse methods(const http::ApiRequest& request);
    http::ApiResponse staffMethods(const http::ApiRequest& request);
    http::ApiResponse updateMethod(const http::ApiRequest& request);

private:
    payments::PaymentService& m_payments;
    std::string m_publicBaseUrl;
};

} // namespace ebm::api
