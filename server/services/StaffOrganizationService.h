#pragma once

#include "auth/Principal.h"
#include "domain/Clock.h"
#include "domain/Plan.h"
#include "payments/PaymentService.h"
#include "quota/QuotaGuard.h"
#include "services/InvoiceService.h"
#include "store/Database.h"
#include "store/MemberRepository.h"
#include "store/OrganizationDirectory.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::services
{

// One organization as the staff console shows it in its list: the directory entry and its plans.
struct StaffOrganizationRow
{
    store::DirectoryEntry entry;
    std::optional<Plan> plan;
    std::optional<Plan> scheduledPlan;
};

// Everything staff see about one organization on its page.
struct OrganizationDossier
{
    StaffOrganizationRow row;
    std::vector<store::MemberRecord> members;
    std::vector<payments::PaymentView> payments; // the latest kDossierItems
    std::vector<store::InvoiceRecord> invoices;  // the latest kDossierItems
    std::vector<quota::QuotaLine> usage;
};

// Staff reading of organizations: the whole directory, filtered and paged, and one
// organization's dossier, whose tenant-owned parts (members, payments, invoices, usage) are
// read through the audited StaffAccess path.
class StaffOrganizationService final
{
public:
    struct RowPage
    {
        std::int64_t count;
        std::vector<StaffOrganizationRow> rows;
    };

    static constexpr std::int64_t kDossierItems = 20;

    StaffOrganizationService(store::Database& database, const Clock& clock,
                             payments::PaymentService& payments, InvoiceService& invoices);

    RowPage list(const store::OrganizationFilter& filter, std::int64_t offset, std::int64_t limit);
    // 404 for an unknown id.
    StaffOrganizationRow row(const std::string& organizationId);
    // Writes the "staff.tenant_access" audit entry with `reason` first; 404 for an unknown id.
    OrganizationDossier dossier(const std::string& organizationId, const auth::Principal& staff,
                                const std::string& reason, const std::string& requestId);

private:
    store::Database& m_database;
    const Clock& m_clock;
    payments::PaymentService& m_payments;
    InvoiceService& m_invoices;
};

} // namespace ebm::services
