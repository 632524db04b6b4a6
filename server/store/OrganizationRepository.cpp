#include "store/OrganizationRepository.h"

#include "domain/Timestamp.h"
#include "store/RowValues.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/UUIDGenerator.h>
#include <cctype>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

const std::string kColumns =
    "id, name, slug, status, status_reason, plan_id, billing_cycle, subscription_start, "
    "subscription_end, billing_anchor_day, auto_renew, cancel_at_period_end, scheduled_plan_id, "
    "scheduled_change_at, contact_email, contact_phone, locale, created_at, updated_at";

OrganizationRecord organizationFromRow(Poco::Data::RecordSet& rows)
{
    OrganizationRecord organization;
    organization.id = text(rows, "id");
    organization.name = text(rows, "name");
    organization.slug = text(rows, "slug");
    organization.status = parseOrganizationStatus(text(rows, "status"));
    organization.statusReason = text(rows, "status_reason");
    organization.planId = optionalInteger(rows, "plan_id");
    organization.billingCycle = text(rows, "billing_cycle");
    organization.subscriptionStart = text(rows, "subscription_start");
    organization.subscriptionEnd = text(rows, "subscription_end");
    organization.billingAnchorDay =
        static_cast<unsigned>(optionalInteger(rows, "billing_anchor_day").value_or(1));
    organization.autoRenew = flag(rows, "auto_renew");
    organization.cancelAtPeriodEnd = flag(rows, "cancel_at_period_end");
    organization.scheduledPlanId = optionalInteger(rows, "scheduled_plan_id");
    organization.scheduledChangeAt = text(rows, "scheduled_change_at");
    organization.contactEmail = text(rows, "contact_email");
    organization.contactPhone = text(rows, "contact_phone");
    organization.locale = text(rows, "locale");
    organization.createdAt = text(rows, "created_at");
    organization.updatedAt = text(rows, "updated_at");
    return organization;
}

std::string slugBase(const std::string& name)
{
    std::string slug;
    for (const unsigned char c : name) {
        if (std::isalnum(c))
            slug += static_cast<char>(std::tolower(c));
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? "organization" : slug.substr(0, 48);
}

} // namespace

OrganizationRepository::OrganizationRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

const std::string& OrganizationRepository::columns()
{
    return kColumns;
}

OrganizationRecord OrganizationRepository::fromRow(Poco::Data::RecordSet& rows)
{
    return organizationFromRow(rows);
}

std::optional<OrganizationRecord> OrganizationRepository::findById(const std::string& id)
{
    auto found = findByIds({id});
    if (found.empty())
        return std::nullopt;
    return found.front();
}

std::vector<OrganizationRecord>
OrganizationRepository::findByIds(const std::vector<std::string>& ids)
{
    std::vector<OrganizationRecord> organizations;
    for (const std::string& id : ids) {
        std::string boundId = id;
        Poco::Data::Statement select(m_session);
        select << "SELECT " + kColumns + " FROM organizations WHERE id = ?", use(boundId);
        select.execute();
        Poco::Data::RecordSet rows(select);
        if (rows.moveFirst())
            organizations.push_back(organizationFromRow(rows));
    }
    return organizations;
}

void OrganizationRepository::setStatus(const std::string& id, OrganizationStatus status,
                                       const std::string& reason, std::chrono::sys_seconds at)
{
    std::string boundId = id, boundStatus(toString(status)), timestamp = formatIso8601(at);
    auto boundReason = nullable(reason);
    m_session
        << "UPDATE organizations SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?",
        use(boundStatus), use(boundReason), use(timestamp), use(boundId), now;
}

void OrganizationRepository::touch(const std::string& id, std::chrono::sys_seconds at)
{
    std::string boundId = id, timestamp = formatIso8601(at);
    m_session << "UPDATE organizations SET updated_at = ? WHERE id = ? AND updated_at < ?",
        use(timestamp), use(boundId), use(timestamp), now;
}

void OrganizationRepository::setRenewal(const std::string& id, bool autoRenew,
                                        bool cancelAtPeriodEnd, std::chrono::sys_seconds at)
{
    std::string boundId = id, timestamp = formatIso8601(at);
    int renew = autoRenew, cancel = cancelAtPeriodEnd;
    m_session << "UPDATE organizations SET auto_renew = ?, cancel_at_period_end = ?, updated_at = "
                 "? WHERE id = ?",
        use(renew), use(cancel), use(timestamp), use(boundId), now;
}

void OrganizationRepository::changePlan(const std::string& id, std::int64_t planId,
                                        std::chrono::sys_seconds at)
{
    std::string boundId = id, timestamp = formatIso8601(at);
    Poco::Int64 plan = planId;
    m_session << "UPDATE organizations SET plan_id = ?, scheduled_plan_id = NULL, "
                 "scheduled_change_at = NULL, updated_at = ? WHERE id = ?",
        use(plan), use(timestamp), use(boundId), now;
}

void OrganizationRepository::updateSettings(const OrganizationRecord& organization,
                                            std::chrono::sys_seconds at)
{
    std::string id = organization.id, name = organization.name, email = organization.contactEmail,
                locale = organization.locale, timestamp = formatIso8601(at);
    auto phone = nullable(organization.contactPhone);
    m_session << "UPDATE organizations SET name = ?, contact_email = ?, contact_phone = ?, "
                 "locale = ?, updated_at = ? WHERE id = ?",
        use(name), use(email), use(phone), use(locale), use(timestamp), use(id), now;
}

void OrganizationRepository::scheduleChange(const std::string& id,
                                            std::optional<std::int64_t> planId,
                                            const std::string& effectiveAt,
                                            std::chrono::sys_seconds at)
{
    std::string boundId = id, timestamp = formatIso8601(at);
    auto plan = nullable(planId);
    auto effective = nullable(planId ? effectiveAt : std::string());
    m_session << "UPDATE organizations SET scheduled_plan_id = ?, scheduled_change_at = ?, "
                 "updated_at = ? WHERE id = ?",
        use(plan), use(effective), use(timestamp), use(boundId), now;
}

void OrganizationRepository::setPeriod(const std::string& id, const std::string& cycle,
                                       const std::string& start, const std::string& end,
                                       unsigned anchorDay, std::chrono::sys_seconds at)
{
    std::string boundId = id, boundCycle = cycle, boundStart = start, boundEnd = end,
                timestamp = formatIso8601(at);
    int anchor = static_cast<int>(anchorDay);
    m_session << "UPDATE organizations SET billing_cycle = ?, subscription_start = ?, "
                 "subscription_end = ?, billing_anchor_day = ?, updated_at = ? WHERE id = ?",
        use(boundCycle), use(boundStart), use(boundEnd), use(anchor), use(timestamp), use(boundId),
        now;
}

std::vector<std::string> OrganizationRepository::findDue(std::chrono::sys_seconds at)
{
    std::string timestamp = formatIso8601(at);
    std::vector<std::string> ids;
    m_session << "SELECT id FROM organizations WHERE (status IN ('active', 'suspended') AND "
                 "subscription_end <= ?) OR scheduled_change_at <= ? "
                 "ORDER BY subscription_end, id",
        use(timestamp), use(timestamp), into(ids), now;
    return ids;
}

std::vector<std::string> OrganizationRepository::findMetered()
{
    std::vector<std::string> ids;
    m_session << "SELECT id FROM organizations WHERE status IN ('active', 'suspended') ORDER BY id",
        into(ids), now;
    return ids;
}

std::vector<std::string> OrganizationRepository::findEndingWithin(std::chrono::sys_seconds from,
                                                                  std::chrono::sys_seconds to)
{
    std::string after = formatIso8601(from), until = formatIso8601(to);
    std::vector<std::string> ids;
    m_session << "SELECT id FROM organizations WHERE status = 'active' AND "
                 "cancel_at_period_end = 0 AND subscription_end > ? AND subscription_end <= ? "
                 "ORDER BY subscription_end, id",
        use(after), use(until), into(ids), now;
    return ids;
}

std::string OrganizationRepository::uniqueSlug(const std::string& name)
{
    const std::string base = slugBase(name);
    for (int suffix = 1;; ++suffix) {
        std::string candidate = suffix == 1 ? base : base + "-" + std::to_string(suffix);
        int taken = 0;
        m_session << "SELECT COUNT(*) FROM organizations WHERE slug = ?", use(candidate),
            into(taken), now;
        if (taken == 0)
            return candidate;
    }
}

std::string OrganizationRepository::create(OrganizationRecord organization,
                                           std::chrono::sys_seconds at)
{
    organization.id = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    organization.slug = uniqueSlug(organization.name);
    std::string status(toString(organization.status)), timestamp = formatIso8601(at);
    auto planId = nullable(organization.planId);
    auto cycle = nullable(organization.billingCycle),
         start = nullable(organization.subscriptionStart),
         end = nullable(organization.subscriptionEnd), phone = nullable(organization.contactPhone),
         reason = nullable(organization.statusReason);
    int autoRenew = organization.autoRenew;
    m_session << "INSERT INTO organizations (id, name, slug, status, status_reason, plan_id, "
                 "billing_cycle, "
                 "subscription_start, subscription_end, billing_anchor_day, auto_renew, "
                 "contact_email, contact_phone, "
                 "locale, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "CAST(substr(?, 9, 2) AS INTEGER), ?, ?, ?, ?, ?, ?)",
        use(organization.id), use(organization.name), use(organization.slug), use(status),
        use(reason), use(planId), use(cycle), use(start), use(end), use(start), use(autoRenew),
        use(organization.contactEmail), use(phone), use(organization.locale), use(timestamp),
        use(timestamp), now;
    return organization.id;
}

} // namespace ebm::store
