#pragma once

#include "mail/OutboxDelivery.h"

#include <Poco/Timer.h>
#include <chrono>

namespace ebm::mail
{

// Runs an outbox delivery pass in the background of `serve`, every `interval` (first soon after
// start); stop() lets the pass in progress finish its current email and waits for it.
class OutboxWorker final
{
public:
    OutboxWorker(OutboxDelivery& delivery, std::chrono::seconds interval);
    ~OutboxWorker();
    OutboxWorker(const OutboxWorker&) = delete;
    OutboxWorker& operator=(const OutboxWorker&) = delete;

    void start();
    void stop();

private:
    void onTimer(Poco::Timer& timer);

    OutboxDelivery& m_delivery;
    Poco::Timer m_timer;
    bool m_running = false;
};

} // namespace ebm::mail
