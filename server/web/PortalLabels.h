#pragma once

#include "domain/Roles.h"
#include "domain/Statuses.h"
#include "i18n/Translator.h"
#include "web/Template.h"

#include <optional>
#include <string>
#include <vector>

namespace ebm::web
{

// The portal's words for the codes it shows (statuses, roles, billing cycles, usage metrics,
// payment methods), in the page's language, and its ways of writing usage numbers.
class PortalLabels final
{
public:
    explicit PortalLabels(const i18n::Translator& translator);

    std::string status(OrganizationStatus status) const;
    std::string status(InvoiceStatus status) const;
    std::string status(PaymentStatus status) const;
    std::string role(Role role) const;
    // "monthly" / "yearly" → "Monthly" / "Annual"; anything else as it is.
    std::string cycle(const std::string& cycle) const;
    // "servers", "vms", "backups", "storage", "users" → "ESXi hosts", …
    std::string metric(const std::string& metric) const;
    // "paypal", "mtn_momo", "bank_transfer" → their names.
    std::string method(const std::string& method) const;
    // A usage number in its unit: "3" for counts, storage as billing::formatStorage writes it
    // ("12.5 GB", "1.5 TB"; "12,5 Go").
    std::string quantity(const std::string& unit, std::int64_t value) const;
    // "3 of 10", "12,5 GB of 500 GB", "3 · unlimited".
    std::string usage(const std::string& unit, std::int64_t current,
                      std::optional<std::int64_t> limit) const;
    // [{value, label, selected}] of the roles `actor` may give, `selected` preselected.
    std::vector<TemplateContext> roleOptions(Role actor, std::optional<Role> selected) const;
    // [{value, label, selected}] of the billing cycles.
    std::vector<TemplateContext> cycleOptions(const std::string& selected) const;

private:
    std::string text(const char* sourceText) const;

    const i18n::Translator& m_translator;
};

} // namespace ebm::web
