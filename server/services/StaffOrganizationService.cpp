#include "services/StaffOrganizationService.h"

#include "services/RequireFound.h"
#include "store/AuditLogRepository.h"
#include "store/PlanRepository.h"
#include "store/WriteTransaction.h"
#include "tenancy/StaffAccess.h"

#include <map>

namespace ebm::services
{

namespace
{

// Plans by id for the rows of one answer: a page names few plans, each is read once.
class PlanCache final
{
public:
    explicit PlanCache(Poco::Data::Session& session)
        : m_plans(session)
    {
    }

    std::optional<Plan> find(const std::optional<std::int64_t>& id)
    {
        if (!id)
            return std::nullopt;
        auto found = m_cache.find(*id);
        if (found == m_cache.end())
            found = m_cache.emplace(*id, m_plans.findById(*id)).first;
        return found->second;
    }

    StaffOrganizationRow rowOf(store::DirectoryEntry entry)
    {
        auto plan = find(entry.organization.planId);
        auto scheduled = find(entry.organization.scheduledPlanId);
        return {std::move(entry), std::move(plan), std::move(scheduled)};
    }

private:
    store::PlanRepository m_plans;
    std::map<std::int64_t, std::optional<Plan>> m_cache;
};

} // namespace

StaffOrganizationService::StaffOrganizationService(store::Database& database, const Clock& clock,
                                                   payments::PaymentService& payments,
                                                   InvoiceService& invoices)
    : m_database(database)
    , m_clock(clock)
    , m_payments(payments)
    , m_invoices(invoices)
{
}

StaffOrganizationService::RowPage
StaffOrganizationService::list(const store::OrganizationFilter& filter, std::int64_t offset,
                               std::int64_t limit)
{
    Poco::Data::Session session = m_database.session();
    store::OrganizationDirectory directory(session);
    PlanCache plans(session);
    RowPage page{directory.count(filter), {}};
    for (auto& entry : directory.list(filter, offset, limit))
        page.rows.push_back(plans.rowOf(std::move(entry)));
    return page;
}

StaffOrganizationRow StaffOrganizationService::row(const std::string& organizationId)
{
    Poco::Data::Session session = m_database.session();
    auto entry = requireFound(store::OrganizationDirectory(session).find(organizationId));
    return PlanCache(session).rowOf(std::move(entry));
}

OrganizationDossier StaffOrganizationService::dossier(const std::string& organizationId,
                                                      const auth::Principal& staff,
                                                      const std::string& reason,
                                                      const std::string& requestId)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    OrganizationDossier result{row(organizationId), {}, {}, {}, {}};
    store::AuditLogRepository audit(session);
    const auto at = m_clock.now();
    const tenancy::TenantScope scope =
        tenancy::StaffAccess::scopeFor(organizationId, staff, reason, requestId, audit, at);
    transaction.commit();
    store::MemberRepository members(session, scope);
    result.members = members.list(0, members.count());
    result.payments = m_payments.list(scope, 0, kDossierItems).payments;
    result.invoices = m_invoices.list(scope, 0, kDossierItems).invoices;
    result.usage = quota::QuotaGuard(session, scope, at).report();
    return result;
}

} // namespace ebm::services
