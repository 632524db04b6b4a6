#pragma once

#include "domain/Clock.h"
#include "http/ApiResponse.h"
#include "payments/simulator/PayPalWebhookSender.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace ebm::payments
{

// A faithful in-memory imitation of PayPal's REST API (OAuth2 token, Orders v2 create, get and
// capture with PayPal-Request-Id idempotency, PayPal's error envelope and issues), of its buyer
// approval step and of its signed webhook deliveries, for PAYPAL_MODE=simulator: the real client
// code runs against it offline. Tests inject faults (500s, answers slower than the client's read
// timeout) and settle pending captures through a control call. Thread-safe.
class PayPalSimulator final
{
public:
    struct Config
    {
        std::string publicBaseUrl; // this server, e.g. http://127.0.0.1:8000
        std::string clientId;
        std::string clientSecret;
        std::string webhookId;
        std::filesystem::path certificateDirectory;
        std::chrono::milliseconds clientReadTimeout{15000};
        std::chrono::milliseconds deliveryConnectTimeout{5000};
    };

    // What a simulated API call carries besides its path.
    struct ApiCall
    {
        std::optional<std::string> authorization;
        std::optional<std::string> requestId; // PayPal-Request-Id
        std::string body;
    };

    enum class BuyerChoice
    {
        Approve,
        Decline, // approves, but the capture is DECLINED
        Pending, // approves, but the capture stays PENDING
        Cancel
    };

    // What the buyer sees on the approval page.
    struct Checkout
    {
        std::string orderId;
        std::string status;
        std::string brandName;
        std::string description;
        std::string value;
        std::string currencyCode;
        std::string locale; // fr or en
    };

    static constexpr std::string_view kPathPrefix = "/simulator/paypal";
    static constexpr std::string_view kPayerId = "SIMBUYER1";

    PayPalSimulator(Config config, const Clock& clock);
    ~PayPalSimulator();
    PayPalSimulator(const PayPalSimulator&) = delete;
    PayPalSimulator& operator=(const PayPalSimulator&) = delete;

    http::ApiResponse token(const ApiCall& call);
    http::ApiResponse createOrder(const ApiCall& call);
    http::ApiResponse getOrder(const ApiCall& call, const std::string& orderId);
    http::ApiResponse capture(const ApiCall& call, const std::string& orderId);

    std::optional<Checkout> checkout(const std::string& orderId) const;
    // Records the buyer's choice and answers where the buyer's browser goes next (the order's
    // return or cancel URL with token and PayerID, or "" when it gave none). 404 for an unknown
    // order, 409 for one that can no longer be approved.
    std::string decide(const std::string& orderId, BuyerChoice choice);

    // POST _control/: {"fail_next":N,"mode":"error_500"|"timeout"}, {"settle_capture":id,
    // "status":"COMPLETED"|"DECLINED"}, {"resend":id,"event_type":…}, {"refund":id}; answers
    // the state.
    http::ApiResponse control(const std::string& body);
    // GET _control/: {"orders","fail_next","mode","webhooks":{"delivered","failed","queued"}}.
    http::ApiResponse state() const;

private:
    enum class Fault
    {
        None,
        Error500,
        Timeout,
        Refuse
    };

    struct Order
    {
        std::string id;
        std::string status;
        std::string requestId;
        std::string referenceId;
        std::string customId;
        std::string invoiceId;
        std::string description;
        std::string currencyCode;
        std::string value;
        std::string returnUrl;
        std::string cancelUrl;
        std::string brandName;
        std::string locale;
        bool experienceContext = false;
        BuyerChoice choice = BuyerChoice::Approve;
        std::string captureId;
        std::string captureStatus;
        std::string captureRequestId;
        std::string createTime;
        std::string updateTime;
    };

    http::ApiResponse withFaults(const ApiCall& call,
                                 const std::function<http::ApiResponse()>& work);
    Poco::JSON::Object::Ptr stateLocked() const;
    Fault takeFault();
    void hang();
    bool authorized(const ApiCall& call);
    std::optional<http::ApiResponse> invalidOrder(const Poco::JSON::Object::Ptr& body) const;
    Order newOrder(const Poco::JSON::Object::Ptr& body, const ApiCall& call) const;
    http::ApiResponse captureLocked(Order& order, const ApiCall& call);
    Poco::JSON::Object::Ptr orderJson(const Order& order, bool full) const;
    Poco::JSON::Array::Ptr orderLinks(const Order& order) const;
    Poco::JSON::Object::Ptr purchaseUnitJson(const Order& order) const;
    Poco::JSON::Object::Ptr captureJson(const Order& order, const std::string& status) const;
    void setFaults(const Poco::JSON::Object::Ptr& body);
    Order& orderFor(const std::string& orderId);
    void settleCapture(Order& order, const std::string& status);
    void resend(const Order& order, const std::string& type);
    void refund(Order& order);
    void sendCaptureEvent(const Order& order, const std::string& status);
    void sendEvent(const std::string& type, const std::string& resourceType,
                   const std::string& summary, const Poco::JSON::Object::Ptr& resource);
    std::string link(const std::string& path) const;

    Config m_config;
    const Clock& m_clock;
    PayPalWebhookSender m_webhooks;
    mutable std::mutex m_mutex;
    std::map<std::string, Order> m_orders;
    std::map<std::string, std::string> m_orderByRequestId;
    std::map<std::string, std::chrono::steady_clock::time_point> m_tokens;
    int m_failNext = 0;
    Fault m_faultMode = Fault::Error500;
    bool m_stopping = false;
    std::condition_variable m_stopped;
};

} // namespace ebm::payments
