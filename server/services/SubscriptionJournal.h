#pragma once

#include "mail/EmailComposer.h"
#include "store/OrganizationRepository.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::services
{

// Who changed a subscription, as the audit log names them.
struct Actor
{
    std::string kind = "system"; // user | staff | system
    std::optional<std::int64_t> userId;

    static Actor system()
    {
        return {};
    }
    static Actor staff(std::int64_t userId)
    {
        return {"staff", userId};
    }
    static Actor user(std::int64_t userId)
    {
        return {"user", userId};
    }
};

// One step of a subscription's life: the audit action, who took it and why, and the notice
// emailed to the organization's contact. A step with a dedupe key happens once: when its email
// was already queued, neither the email nor the audit entry is written again.
struct SubscriptionStep
{
    std::string action;
    Actor actor;
    std::string reason;
    mail::EmailComposer::Notice notice;
    std::vector<std::string> details;
    std::string dedupeKey;
};

// Writes subscription steps (audit entry with before and after, and the customer's notice) in
// the caller's transaction.
class SubscriptionJournal final
{
public:
    SubscriptionJournal(Poco::Data::Session& session, const mail::EmailComposer& composer,
                        std::string requestId, std::chrono::sys_seconds at);

    // False when a step with the same dedupe key was already recorded.
    bool record(const SubscriptionStep& step, const store::OrganizationRecord& before,
                const store::OrganizationRecord& after);

    // The subscription fields an audit entry compares, as JSON.
    static std::string stateJson(const store::OrganizationRecord& organization);

private:
    Poco::Data::Session& m_session;
    const mail::EmailComposer& m_composer;
    std::string m_requestId;
    std::chrono::sys_seconds m_at;
};

} // namespace ebm::services
