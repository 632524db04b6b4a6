#include "web/PortalLabels.h"

#include "billing/LocaleFormat.h"
#include "domain/Plan.h"

#include <array>
#include <string_view>

namespace ebm::web
{

namespace
{

struct Label
{
    std::string_view code;
    const char* text;
};

constexpr std::array kOrganizationStatuses{
    Label{"pending", QT_TRANSLATE_NOOP("Web", "Awaiting payment")},
    Label{"active", QT_TRANSLATE_NOOP("Web", "Active")},
    Label{"suspended", QT_TRANSLATE_NOOP("Web", "Suspended")},
    Label{"cancelled", QT_TRANSLATE_NOOP("Web", "Cancelled")},
    Label{"expired", QT_TRANSLATE_NOOP("Web", "Expired")},
};

constexpr std::array kInvoiceStatuses{
    Label{"draft", QT_TRANSLATE_NOOP("Web", "Draft")},
    Label{"issued", QT_TRANSLATE_NOOP("Web", "Issued")},
    Label{"paid", QT_TRANSLATE_NOOP("Web", "Paid")},
    Label{"void", QT_TRANSLATE_NOOP("Web", "Void")},
};

constexpr std::array kPaymentStatuses{
    Label{"pending", QT_TRANSLATE_NOOP("Web", "Pending")},
    Label{"processing", QT_TRANSLATE_NOOP("Web", "Processing")},
    Label{"completed", QT_TRANSLATE_NOOP("Web", "Completed")},
    Label{"failed", QT_TRANSLATE_NOOP("Web", "Failed")},
    Label{"refunded", QT_TRANSLATE_NOOP("Web", "Refunded")},
};

constexpr std::array kRoles{
    Label{"owner", QT_TRANSLATE_NOOP("Web", "Owner")},
    Label{"admin", QT_TRANSLATE_NOOP("Web", "Administrator")},
    Label{"member", QT_TRANSLATE_NOOP("Web", "Member")},
    Label{"viewer", QT_TRANSLATE_NOOP("Web", "Viewer")},
};

constexpr std::array kCycles{
    Label{"monthly", QT_TRANSLATE_NOOP("Web", "Monthly")},
    Label{"yearly", QT_TRANSLATE_NOOP("Web", "Annual")},
};

constexpr std::array kMetrics{
    Label{"servers", QT_TRANSLATE_NOOP("Web", "ESXi hosts")},
    Label{"vms", QT_TRANSLATE_NOOP("Web", "Virtual machines")},
    Label{"backups", QT_TRANSLATE_NOOP("Web", "Backup jobs")},
    Label{"storage", QT_TRANSLATE_NOOP("Web", "Backup storage")},
    Label{"users", QT_TRANSLATE_NOOP("Web", "Users")},
};

constexpr std::array kMethods{
    Label{"paypal", QT_TRANSLATE_NOOP("Web", "PayPal")},
    Label{"mtn_momo", QT_TRANSLATE_NOOP("Web", "MTN Mobile Money")},
    Label{"bank_transfer", QT_TRANSLATE_NOOP("Web", "Bank transfer")},
};

template<std::size_t N>
const char* find(const std::array<Label, N>& labels, std::string_view code)
{
    for (const Label& label : labels)
        if (label.code == code)
            return label.text;
    return nullptr;
}

} // namespace

PortalLabels::PortalLabels(const i18n::Translator& translator)
    : m_translator(translator)
{
}

std::string PortalLabels::text(const char* sourceText) const
{
    return m_translator.translate("Web", sourceText);
}

std::string PortalLabels::status(OrganizationStatus status) const
{
    return text(find(kOrganizationStatuses, toString(status)));
}

std::string PortalLabels::status(InvoiceStatus status) const
{
    return text(find(kInvoiceStatuses, toString(status)));
}

std::string PortalLabels::status(PaymentStatus status) const
{
    return text(find(kPaymentStatuses, toString(status)));
}

std::string PortalLabels::role(Role role) const
{
    return text(find(kRoles, toString(role)));
}

std::string PortalLabels::cycle(const std::string& cycle) const
{
    const char* found = find(kCycles, cycle);
    return found ? text(found) : cycle;
}

std::string PortalLabels::metric(const std::string& metric) const
{
    const char* found = find(kMetrics, metric);
    return found ? text(found) : metric;
}

std::string PortalLabels::method(const std::string& method) const
{
    const char* found = find(kMethods, method);
    return found ? text(found) : method;
}

std::string PortalLabels::quantity(const std::string& unit, std::int64_t value) const
{
    if (unit != "bytes")
        return std::to_string(value);
    return billing::formatStorage(value, m_translator.locale());
}

std::string PortalLabels::usage(const std::string& unit, std::int64_t current,
                                std::optional<std::int64_t> limit) const
{
    if (!limit)
        return i18n::substitute(text(QT_TRANSLATE_NOOP("Web", "%1 · unlimited")),
                                {quantity(unit, current)});
    return i18n::substitute(text(QT_TRANSLATE_NOOP("Web", "%1 of %2")),
                            {quantity(unit, current), quantity(unit, *limit)});
}

std::vector<TemplateContext> PortalLabels::roleOptions(Role actor,
                                                       std::optional<Role> selected) const
{
    std::vector<TemplateContext> options;
    for (const Role role : allRoles()) {
        if (!canAssignRole(actor, role))
            continue;
        options.push_back(TemplateContext()
                              .set("value", std::string(toString(role)))
                              .set("label", this->role(role))
                              .set("selected", selected == role));
    }
    return options;
}

std::vector<TemplateContext> PortalLabels::cycleOptions(const std::string& selected) const
{
    std::vector<TemplateContext> options;
    for (const Label& label : kCycles)
        options.push_back(TemplateContext()
                              .set("value", std::string(label.code))
                              .set("label", text(label.text))
                              .set("selected", label.code == selected));
    return options;
}

} // namespace ebm::web
