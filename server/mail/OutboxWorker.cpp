#include "mail/OutboxWorker.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>

namespace ebm::mail
{

namespace
{

constexpr long kFirstPassDelayMs = 1000;

long milliseconds(std::chrono::seconds interval)
{
    return static_cast<long>(std::chrono::milliseconds(interval).count());
}

} // namespace

OutboxWorker::OutboxWorker(OutboxDelivery& delivery, std::chrono::seconds interval)
    : m_delivery(delivery)
    , m_timer(kFirstPassDelayMs, milliseconds(interval))
{
}

OutboxWorker::~OutboxWorker()
{
    stop();
}

void OutboxWorker::start()
{
    m_timer.start(Poco::TimerCallback<OutboxWorker>(*this, &OutboxWorker::onTimer));
    m_running = true;
}

void OutboxWorker::stop()
{
    if (!m_running)
        return;
    m_delivery.requestStop();
    m_timer.stop();
    m_running = false;
}

void OutboxWorker::onTimer(Poco::Timer&)
{
    Poco::Logger& log = Poco::Logger::get("ebm.mail");
    try {
        const auto counts = m_delivery.runOnce();
        if (counts.sent + counts.retried + counts.failed > 0)
            log.information("outbox: %d sent, %d to retry, %d failed", counts.sent, counts.retried,
                            counts.failed);
    } catch (const Poco::Exception& error) {
        log.error("outbox delivery pass failed: %s", error.displayText());
    } catch (const std::exception& error) {
        log.error("outbox delivery pass failed: %s", std::string(error.what()));
    }
}

} // namespace ebm::mail
