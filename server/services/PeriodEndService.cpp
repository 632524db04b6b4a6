#include "services/PeriodEndService.h"

#include "domain/Timestamp.h"
#include "quota/QuotaGuard.h"
#include "services/LifecycleService.h"
#include "services/RequireFound.h"
#include "store/OrderRepository.h"
#include "store/PlanRepository.h"
#include "store/WriteTransaction.h"
#include "tenancy/SystemAccess.h"

#include <Poco/Logger.h>
#include <optional>

namespace ebm::services
{

using Notice = mail::EmailComposer::Notice;

namespace
{

std::string day(std::chrono::sys_seconds at)
{
    return formatIso8601(at).substr(0, 10);
}

bool isRunning(OrganizationStatus status)
{
    return status == OrganizationStatus::Active || status == OrganizationStatus::Suspended;
}

void setStatus(Poco::Data::Session& session, const store::OrganizationRecord& organization,
               OrganizationStatus target, const std::string& reason, std::chrono::sys_seconds at)
{
    requireStatusChange(organization.status, target);
    store::OrganizationRepository(session).setStatus(organization.id, target, reason, at);
}

// Runs `step` for each organization, one at a time: a failure is counted and logged, and the
// others still run.
template<typename Step>
void forEach(const std::vector<std::string>& ids, store::JobRunRecord& record, Step step)
{
    for (const std::string& id : ids) {
        try {
            step(id);
            ++record.itemsProcessed;
        } catch (const std::exception& error) {
            ++record.itemsFailed;
            record.message = "organization " + id + ": " + error.what();
            Poco::Logger::get("ebm.jobs").error("check-expirations: %s", record.message);
        }
    }
}

// The reminder stage (7, 3 or 1 days) an organization has reached: the smallest whose day has
// come, none when it is not an active renewing subscription within 7 days of its end.
std::optional<int> reminderStage(const store::OrganizationRecord& organization,
                                 std::chrono::sys_seconds at)
{
    if (organization.status != OrganizationStatus::Active || organization.cancelAtPeriodEnd ||
        organization.subscriptionEnd.empty())
        return std::nullopt;
    const auto left = parseIso8601(organization.subscriptionEnd) - at;
    std::optional<int> stage;
    for (const int days : PeriodEndService::kReminderDays)
        if (left > std::chrono::seconds::zero() && left <= std::chrono::days(days))
            stage = days;
    return stage;
}

} // namespace

PeriodEndService::PeriodEndService(store::Database& database, const Clock& clock,
                                   const mail::EmailComposer& composer, std::chrono::days grace,
                                   std::chrono::days expireAfter)
    : m_database(database)
    , m_clock(clock)
    , m_composer(composer)
    , m_grace(grace)
    , m_expireAfter(expireAfter)
{
}

PeriodEndCounts PeriodEndService::run(store::JobRunRecord& record, const std::string& requestId)
{
    PeriodEndCounts counts;
    Poco::Data::Session session = m_database.session();
    const auto at = m_clock.now();
    store::OrganizationRepository organizations(session);
    const auto ending =
        organizations.findEndingWithin(at, at + std::chrono::days(kReminderDays.front()));
    forEach(ending, record, [&](const std::string& id) { remindDue(id, counts, requestId); });
    forEach(organizations.findDue(at), record,
            [&](const std::string& id) { closeDue(id, counts, requestId); });
    return counts;
}

void PeriodEndService::remindDue(const std::string& organizationId, PeriodEndCounts& counts,
                                 const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    const auto organization =
        requireFound(store::OrganizationRepository(session).findById(organizationId));
    const auto stage = reminderStage(organization, at);
    if (!stage)
        return;
    SubscriptionJournal journal(session, m_composer, requestId, at);
    const std::string end = day(parseIso8601(organization.subscriptionEnd));
    counts.reminders +=
        journal.record({"subscription.renewal_reminder",
                        Actor::system(),
                        {},
                        Notice::RenewalReminder,
                        {end},
                        "reminder:" + organization.id + ":" + organization.subscriptionEnd + ":" +
                            std::to_string(*stage)},
                       organization, organization);
    transaction.commit();
}

void PeriodEndService::closeDue(const std::string& organizationId, PeriodEndCounts& counts,
                                const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    SubscriptionJournal journal(session, m_composer, requestId, at);
    store::OrganizationRepository organizations(session);
    applyScheduledChange(session, journal, requireFound(organizations.findById(organizationId)), at,
                         counts);
    closeEndedPeriod(session, journal, requireFound(organizations.findById(organizationId)), at,
                     counts);
    transaction.commit();
}

void PeriodEndService::applyScheduledChange(Poco::Data::Session& session,
                                            SubscriptionJournal& journal,
                                            const store::OrganizationRecord& organization,
                                            std::chrono::sys_seconds at, PeriodEndCounts& counts)
{
    if (!organization.scheduledPlanId || organization.scheduledChangeAt.empty() ||
        parseIso8601(organization.scheduledChangeAt) > at)
        return;
    store::OrganizationRepository organizations(session);
    if (!isRunning(organization.status)) {
        organizations.scheduleChange(organization.id, std::nullopt, {}, at);
        return;
    }
    const Plan plan =
        requireFound(store::PlanRepository(session).findById(*organization.scheduledPlanId));
    organizations.changePlan(organization.id, plan.id, at);
    quota::QuotaGuard(session, tenancy::SystemAccess::scopeFor(organization.id), at).afterChange();
    const auto after = requireFound(organizations.findById(organization.id));
    if (journal.record({"subscription.downgraded",
                        Actor::system(),
                        {},
                        Notice::PlanChanged,
                        {plan.name},
                        "downgraded:" + organization.id + ":" + organization.scheduledChangeAt},
                       organization, after))
        ++counts.downgraded;
}

void PeriodEndService::closeEndedPeriod(Poco::Data::Session& session, SubscriptionJournal& journal,
                                        const store::OrganizationRecord& organization,
                                        std::chrono::sys_seconds at, PeriodEndCounts& counts)
{
    if (!isRunning(organization.status) || organization.subscriptionEnd.empty())
        return;
    const auto end = parseIso8601(organization.subscriptionEnd);
    if (end > at)
        return;
    const std::string key = organization.id + ":" + organization.subscriptionEnd;
    store::OrganizationRepository organizations(session);
    if (organization.cancelAtPeriodEnd) {
        setStatus(session, organization, OrganizationStatus::Cancelled, {}, at);
        store::OrderRepository orders(session);
        orders.cancelPendingChanges(organization.id, "renewal", at);
        orders.cancelPendingChanges(organization.id, "upgrade", at);
        const auto after = requireFound(organizations.findById(organization.id));
        counts.cancelled += journal.record({"subscription.ended",
                                            Actor::system(),
                                            {},
                                            Notice::Cancelled,
                                            {day(end)},
                                            "ended:" + key},
                                           organization, after);
    } else if (organization.status == OrganizationStatus::Active && at < end + m_grace) {
        counts.overdueNotices += journal.record({"subscription.payment_overdue",
                                                 Actor::system(),
                                                 {},
                                                 Notice::PaymentOverdue,
                                                 {day(end), day(end + m_grace)},
                                                 "overdue:" + key},
                                                organization, organization);
    } else if (organization.status == OrganizationStatus::Active) {
        setStatus(session, organization, OrganizationStatus::Suspended, kUnpaidSuspensionReason,
                  at);
        const auto after = requireFound(organizations.findById(organization.id));
        counts.suspended += journal.record({"organization.suspended",
                                            Actor::system(),
                                            kUnpaidSuspensionReason,
                                            Notice::SuspendedUnpaid,
                                            {day(end), day(end + m_expireAfter)},
                                            "suspended_unpaid:" + key},
                                           organization, after);
    } else if (at >= end + m_expireAfter) {
        setStatus(session, organization, OrganizationStatus::Expired, organization.statusReason,
                  at);
        const auto after = requireFound(organizations.findById(organization.id));
        counts.expired += journal.record(
            {"subscription.expired", Actor::system(), {}, Notice::Expired, {}, "expired:" + key},
            organization, after);
    }
}

} // namespace ebm::services
