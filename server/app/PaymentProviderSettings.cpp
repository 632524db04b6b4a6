#include "app/PaymentProviderSettings.h"

#include <algorithm>

namespace ebm::app
{

namespace
{

// An empty credential in simulator mode is the simulator's own default.
std::string simulatorDefault(bool simulator, const std::string& value, const char* fallback)
{
    return value.empty() && simulator ? std::string(fallback) : value;
}

} // namespace

// This server's own address: APP_BASE_URL, else the bound address.
std::string ownBaseUrl(const Settings& settings)
{
    return settings.publicBaseUrl.empty()
               ? "http://" + settings.bindAddress + ":" + std::to_string(settings.port)
               : settings.publicBaseUrl;
}

// Timeouts from payments.*; plain http only outside production (the simulator).
payments::ProviderHttpClient::Options providerHttpOptions(const Settings& settings)
{
    payments::ProviderHttpClient::Options options;
    options.connectTimeout = settings.providerConnectTimeout;
    options.readTimeout = settings.providerReadTimeout;
    options.allowPlainHttp = !settings.isProduction();
    return options;
}

// Where the MTN MoMo API is: the configured base URL, else the environment's host or, for the
// simulator, this server's own routes.
std::string momoBaseUrl(const Settings& settings)
{
    if (!settings.momoApiBaseUrl.empty())
        return settings.momoApiBaseUrl;
    if (settings.momoEnvironment == "sandbox")
        return "https://sandbox.momodeveloper.mtn.com";
    if (settings.momoEnvironment != "simulator")
        return "https://proxy.momoapi.mtn.com";
    return ownBaseUrl(settings) + "/simulator/momo";
}

// The mtn_momo.* settings; in simulator mode, empty credentials are the simulator's defaults.
payments::MomoConfig momoConfig(const Settings& settings)
{
    const bool simulator = settings.momoEnvironment == "simulator";
    payments::MomoConfig config;
    config.baseUrl = momoBaseUrl(settings);
    config.environment = settings.momoEnvironment;
    config.subscriptionKey =
        simulatorDefault(simulator, settings.momoSubscriptionKey, "simulator-subscription");
    config.userId = simulatorDefault(simulator, settings.momoUserId, "simulator-user");
    config.apiKey = simulatorDefault(simulator, settings.momoApiKey, "simulator-key");
    config.production = settings.isProduction();
    config.http = providerHttpOptions(settings);
    return config;
}

// The built-in MTN MoMo simulator, in simulator mode only (never in production: see Settings).
std::unique_ptr<payments::MomoSimulator> makeMomoSimulator(const Settings& settings,
                                                           const Clock& clock)
{
    if (settings.momoEnvironment != "simulator")
        return nullptr;
    const payments::MomoConfig config = momoConfig(settings);
    payments::ProviderHttpClient::Options callbacks = config.http;
    callbacks.readTimeout =
        std::max<std::chrono::milliseconds>(callbacks.readTimeout, std::chrono::seconds(15));
    callbacks.maxAttempts = 1;
    return std::make_unique<payments::MomoSimulator>(
        clock,
        payments::MomoSimulator::Credentials{config.userId, config.apiKey, config.subscriptionKey},
        settings.providerReadTimeout + std::chrono::seconds(1), callbacks);
}

// The paypal.* settings: the base URL follows the mode unless given (the simulator is this
// server's own routes); in simulator mode, empty credentials are the simulator's defaults.
payments::PayPalClient::Config payPalConfig(const Settings& settings)
{
    const bool simulator = settings.paypalMode == "simulator";
    std::string baseUrl = settings.paypalApiBaseUrl;
    if (baseUrl.empty())
        baseUrl = settings.paypalMode == "sandbox" ? "https://api-m.sandbox.paypal.com"
                  : settings.paypalMode == "live"  ? "https://api-m.paypal.com"
                                                   : ownBaseUrl(settings) + "/simulator/paypal";
    return {baseUrl, simulatorDefault(simulator, settings.paypalClientId, "simulator-client"),
            simulatorDefault(simulator, settings.paypalClientSecret, "simulator-secret")};
}

std::string payPalWebhookId(const Settings& settings)
{
    return settings.paypalWebhookId.empty() && settings.paypalMode == "simulator"
               ? "EBM-SIMULATOR"
               : settings.paypalWebhookId;
}

// The built-in PayPal simulator, in simulator mode only (never in production: see Settings).
std::unique_ptr<payments::PayPalSimulator> makePayPalSimulator(const Settings& settings,
                                                               const Clock& clock)
{
    if (settings.paypalMode != "simulator")
        return nullptr;
    const auto config = payPalConfig(settings);
    return std::make_unique<payments::PayPalSimulator>(
        payments::PayPalSimulator::Config{
            ownBaseUrl(settings), config.clientId, config.clientSecret, payPalWebhookId(settings),
            settings.paypalCertDir, settings.providerReadTimeout, settings.providerConnectTimeout},
        clock);
}

} // namespace ebm::app
