#pragma once

#include "app/Settings.h"
#include "payments/MomoClient.h"
#include "payments/PayPalClient.h"
#include "payments/ProviderHttpClient.h"
#include "payments/simulator/MomoSimulator.h"
#include "payments/simulator/PayPalSimulator.h"

#include <memory>
#include <string>

// What the payment providers and their simulators are built with, derived from Settings: base
// URLs by mode (the provider's sandbox or live host, or this server's own simulator routes),
// simulator default credentials, and the HTTP options of the outbound client.
namespace ebm::app
{

// This server's own address: APP_BASE_URL, else the bound address.
std::string ownBaseUrl(const Settings& settings);
payments::ProviderHttpClient::Options providerHttpOptions(const Settings& settings);

std::string momoBaseUrl(const Settings& settings);
payments::MomoConfig momoConfig(const Settings& settings);
std::unique_ptr<payments::MomoSimulator> makeMomoSimulator(const Settings& settings,
                                                           const Clock& clock);

payments::PayPalClient::Config payPalConfig(const Settings& settings);
std::string payPalWebhookId(const Settings& settings);
std::unique_ptr<payments::PayPalSimulator> makePayPalSimulator(const Settings& settings,
                                                               const Clock& clock);

} // namespace ebm::app
