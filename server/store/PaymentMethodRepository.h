#pragma once

#include <Poco/Data/Session.h>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// One way to pay, as staff configure it.
struct PaymentMethodRecord
{
    std::string code; // paypal | mtn_momo | bank_transfer
    std::string name;
    std::string kind; // automatic | manual
    bool isEnabled = true;
    int sortOrder = 0;
};

// The payment_methods rows: which methods customers are offered; staff switch them on and off.
class PaymentMethodRepository final
{
public:
    explicit PaymentMethodRepository(Poco::Data::Session& session);

    std::vector<PaymentMethodRecord> list();
    std::optional<PaymentMethodRecord> findByCode(const std::string& code);
    bool setEnabled(const std::string& code, bool enabled, std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
