#pragma once

#include "domain/Clock.h"
#include "mail/EmailComposer.h"
#include "services/SubscriptionJournal.h"
#include "store/Database.h"
#include "store/JobRunRepository.h"
#include "store/OrganizationRepository.h"

#include <array>
#include <chrono>
#include <string>

namespace ebm::services
{

// What one check-expirations run changed.
struct PeriodEndCounts
{
    int downgraded = 0;
    int cancelled = 0;
    int overdueNotices = 0;
    int suspended = 0;
    int expired = 0;
    int reminders = 0;
};

// The check-expirations job: reminds the renewals coming, then closes what the clock has reached,
// one organization per transaction. An active subscription that renews (no cancellation
// scheduled) is reminded 7, 3 and 1 day(s) before its end — only the nearest stage reached, once
// per period end and stage, so a late or repeated run never sends a stale or second reminder. A
// scheduled downgrade takes effect; a period ending with a cancellation scheduled
// ends the subscription; an unpaid period end is emailed as overdue, then after the grace days
// suspends the organization, and `expireAfter` days after the end expires it. Every step is
// audited and emailed exactly once (keyed on the organization and the period end), so runs can
// repeat or overlap without doing anything twice. The JobRunner records each run.
class PeriodEndService final
{
public:
    PeriodEndService(store::Database& database, const Clock& clock,
                     const mail::EmailComposer& composer, std::chrono::days grace,
                     std::chrono::days expireAfter);

    // The days before a period's end a reminder is sent, nearest last.
    static constexpr std::array<int, 3> kReminderDays{7, 3, 1};

    // One pass; counts the organizations examined and failed in `record`.
    PeriodEndCounts run(store::JobRunRecord& record, const std::string& requestId);

private:
    void remindDue(const std::string& organizationId, PeriodEndCounts& counts,
                   const std::string& requestId);
    void closeDue(const std::string& organizationId, PeriodEndCounts& counts,
                  const std::string& requestId);
    void applyScheduledChange(Poco::Data::Session& session, SubscriptionJournal& journal,
                              const store::OrganizationRecord& organization,
                              std::chrono::sys_seconds at, PeriodEndCounts& counts);
    void closeEndedPeriod(Poco::Data::Session& session, SubscriptionJournal& journal,
                          const store::OrganizationRecord& organization,
                          std::chrono::sys_seconds at, PeriodEndCounts& counts);

    store::Database& m_database;
    const Clock& m_clock;
    const mail::EmailComposer& m_composer;
    std::chrono::days m_grace;
    std::chrono::days m_expireAfter;
};

} // namespace ebm::services
