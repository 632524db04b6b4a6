#pragma once

#include <Poco/Data/Session.h>
#include <Poco/JSON/Object.h>
#include <chrono>
#include <string>
#include <vector>

namespace ebm::services
{

// A customer-facing event of one organization: its webhook type, the in-portal notification's
// text (a NotificationTexts kind and its arguments) and the webhook payload's "data".
struct CustomerEvent
{
    std::string organizationId; // empty: no organization yet, nothing is published
    std::string type;           // e.g. "subscription.renewed"
    std::string kind;           // empty: no in-portal notification (the test ping)
    std::vector<std::string> arguments;
    Poco::JSON::Object::Ptr data = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
};

// The one event hook: called in the transaction that caused the event, it writes the
// organization's notification and one webhook delivery per active endpoint subscribed to the
// type, so an event is recorded exactly when its change commits.
class EventPublisher final
{
public:
    EventPublisher(Poco::Data::Session& session, std::chrono::sys_seconds at);

    // Answers the new event's id ("" when the event has no organization).
    std::string publish(const CustomerEvent& event);

    // The JSON body every delivery of the event sends:
    // {"id","type","created_at","organization_id","data"}.
    static std::string payloadJson(const std::string& eventId, const CustomerEvent& event,
                                   std::chrono::sys_seconds at);
    static std::string newEventId();

private:
    Poco::Data::Session& m_session;
    std::chrono::sys_seconds m_at;
};

} // namespace ebm::services
