#include "services/SubscriptionJournal.h"

#include "services/CustomerEvents.h"
#include "store/AuditLogRepository.h"
#include "store/OutboxRepository.h"

#include <Poco/JSON/Object.h>
#include <sstream>

namespace ebm::services
{

namespace
{

Poco::Dynamic::Var textOrNull(const std::string& text)
{
    return text.empty() ? Poco::Dynamic::Var() : Poco::Dynamic::Var(text);
}

Poco::Dynamic::Var idOrNull(const std::optional<std::int64_t>& id)
{
    return id ? Poco::Dynamic::Var(*id) : Poco::Dynamic::Var();
}

} // namespace

SubscriptionJournal::SubscriptionJournal(Poco::Data::Session& session,
                                         const mail::EmailComposer& composer, std::string requestId,
                                         std::chrono::sys_seconds at)
    : m_session(session)
    , m_composer(composer)
    , m_requestId(std::move(requestId))
    , m_at(at)
{
}

bool SubscriptionJournal::record(const SubscriptionStep& step,
                                 const store::OrganizationRecord& before,
                                 const store::OrganizationRecord& after)
{
    auto email = m_composer.subscriptionNotice(step.notice, after.locale, after.contactEmail,
                                               after.name, step.details);
    email.organizationId = after.id;
    email.dedupeKey = step.dedupeKey;
    if (!store::OutboxRepository(m_session).enqueue(email, m_at))
        return false;
    EventPublisher(m_session, m_at)
        .publish(CustomerEvents::subscriptionStep(email.templateName, after, step.details));
    store::AuditEntry entry;
    entry.actorKind = step.actor.kind;
    entry.actorUserId = step.actor.userId;
    entry.organizationId = after.id;
    entry.action = step.action;
    entry.targetType = "organization";
    entry.targetId = after.id;
    entry.reason = step.reason;
    entry.beforeJson = stateJson(before);
    entry.afterJson = stateJson(after);
    entry.requestId = m_requestId;
    store::AuditLogRepository(m_session).append(entry, m_at);
    return true;
}

std::string SubscriptionJournal::stateJson(const store::OrganizationRecord& organization)
{
    Poco::JSON::Object json(Poco::JSON_PRESERVE_KEY_ORDER);
    json.set("status", std::string(toString(organization.status)));
    json.set("plan_id", idOrNull(organization.planId));
    json.set("billing_cycle", textOrNull(organization.billingCycle));
    json.set("subscription_end", textOrNull(organization.subscriptionEnd));
    json.set("auto_renew", organization.autoRenew);
    json.set("cancel_at_period_end", organization.cancelAtPeriodEnd);
    json.set("scheduled_plan_id", idOrNull(organization.scheduledPlanId));
    json.set("scheduled_change_at", textOrNull(organization.scheduledChangeAt));
    std::ostringstream out;
    json.stringify(out);
    return out.str();
}

} // namespace ebm::services
