#pragma once

#include "domain/Statuses.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// One organization (tenant) row.
struct OrganizationRecord
{
    std::string id;
    std::string name;
    std::string slug;
    OrganizationStatus status = OrganizationStatus::Pending;
    std::string statusReason;
    std::optional<std::int64_t> planId;
    std::string billingCycle;
    std::string subscriptionStart;
    std::string subscriptionEnd;
    unsigned billingAnchorDay = 1;
    bool autoRenew = true;
    bool cancelAtPeriodEnd = false;
    std::optional<std::int64_t> scheduledPlanId;
    std::string scheduledChangeAt;
    std::string contactEmail;
    std::string contactPhone;
    std::string locale = "fr";
    std::string createdAt;
    std::string updatedAt; // changes with every write to the row
};

// The organizations table: the tenants themselves. Reads by id are used by the access guard
// (after membership is established) and by staff paths; creation happens in provisioning and
// in the staff endpoint.
class OrganizationRepository final
{
public:
    explicit OrganizationRepository(Poco::Data::Session& session);

    // The columns every select of a whole organization row reads, and the row they make.
    static const std::string& columns();
    static OrganizationRecord fromRow(Poco::Data::RecordSet& rows);

    std::optional<OrganizationRecord> findById(const std::string& id);
    std::vector<OrganizationRecord> findByIds(const std::vector<std::string>& ids);
    // Inserts with a new UUID and a unique slug derived from the name; returns the id.
    std::string create(OrganizationRecord organization, std::chrono::sys_seconds at);

    // Moves the status (the caller has checked the transition) with the reason shown to members.
    void setStatus(const std::string& id, OrganizationStatus status, const std::string& reason,
                   std::chrono::sys_seconds at);
    void setRenewal(const std::string& id, bool autoRenew, bool cancelAtPeriodEnd,
                    std::chrono::sys_seconds at);
    // Switches to `planId` now and forgets any scheduled change.
    void changePlan(const std::string& id, std::int64_t planId, std::chrono::sys_seconds at);
    // Marks the organization changed at `at` (its members changed: the staff row counts them),
    // never moving updated_at back.
    void touch(const std::string& id, std::chrono::sys_seconds at);
    // Saves the name, contact email and phone and locale the customer edits.
    void updateSettings(const OrganizationRecord& organization, std::chrono::sys_seconds at);
    // Schedules `planId` for `effectiveAt`, or clears the scheduled change when planId is empty.
    void scheduleChange(const std::string& id, std::optional<std::int64_t> planId,
                        const std::string& effectiveAt, std::chrono::sys_seconds at);
    // Sets the paid span, cycle and anchor day after a renewal.
    void setPeriod(const std::string& id, const std::string& cycle, const std::string& start,
                   const std::string& end, unsigned anchorDay, std::chrono::sys_seconds at);
    // Organizations with something due by `at`: a period ended while active or suspended, or a
    // scheduled plan change reached; oldest first.
    std::vector<std::string> findDue(std::chrono::sys_seconds at);
    // Organizations whose usage is metered: active or suspended; by id.
    std::vector<std::string> findMetered();
    // Active organizations renewing (no cancellation scheduled) whose period ends in (from, to].
    std::vector<std::string> findEndingWithin(std::chrono::sys_seconds from,
                                              std::chrono::sys_seconds to);

private:
    std::string uniqueSlug(const std::string& name);

    Poco::Data::Session& m_session;
};

} // namespace ebm::store
