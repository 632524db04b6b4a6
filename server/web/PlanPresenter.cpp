#include "web/PlanPresenter.h"

#include "billing/LocaleFormat.h"
#include "domain/Pricing.h"

#include <cstring>

namespace ebm::web
{

namespace
{

// The descriptions of the default catalog, so they read in French too; a description staff
// wrote themselves shows as written.
const char* const kCatalogDescriptions[] = {
    QT_TRANSLATE_NOOP("Catalog", "Essential ESXi backups for a small infrastructure."),
    QT_TRANSLATE_NOOP("Catalog", "Replication and API access for growing teams."),
    QT_TRANSLATE_NOOP("Catalog",
                      "Unlimited hosts with SureBackup verification and dedicated support."),
};

std::int64_t wholePercent(BasisPoints rate)
{
    return (rate.value + 50) / 100;
}

struct QuotaTexts
{
    const char* limited;
    const char* unlimited;
};

} // namespace

PlanPresenter::PlanPresenter(const i18n::Translator& translator)
    : m_translator(translator)
{
}

std::string PlanPresenter::description(const Plan& plan) const
{
    for (const char* known : kCatalogDescriptions)
        if (plan.description == known)
            return m_translator.translate("Catalog", known);
    return plan.description;
}

std::string PlanPresenter::money(const Money& amount) const
{
    return billing::formatMoney(amount, m_translator.locale());
}

std::string PlanPresenter::amount(const Money& amount) const
{
    std::string text = money(amount);
    const std::string code(amount.currency().code());
    if (text.ends_with(code))
        text.erase(text.size() - code.size());
    while (!text.empty() && (text.back() == ' ' || text.back() == '\xA0'))
        text.pop_back();
    if (text.ends_with("\xC2"))
        text.pop_back();
    return text;
}

std::string PlanPresenter::yearlySaving(const Plan& plan) const
{
    const std::int64_t percent = wholePercent(annualSavings(plan));
    if (percent <= 0)
        return {};
    return i18n::substitute(m_translator.translate("Web", "Save %1 %"), {std::to_string(percent)});
}

std::string PlanPresenter::bestSaving(const std::vector<Plan>& plans) const
{
    std::int64_t best = 0;
    for (const Plan& plan : plans)
        best = std::max(best, wholePercent(annualSavings(plan)));
    if (best <= 0)
        return {};
    return i18n::substitute(m_translator.translate("Web", "up to −%1 %"), {std::to_string(best)});
}

std::vector<TemplateContext> PlanPresenter::features(const Plan& plan) const
{
    std::vector<TemplateContext> lines;
    const auto add = [&lines](std::string text, bool included, bool advanced) {
        lines.push_back(TemplateContext()
                            .set("text", std::move(text))
                            .set("css_class", std::string(!included  ? "absent"
                                                          : advanced ? "advanced"
                                                                     : "included")));
    };
    const auto quota = [this, &add](const Quota& limit, QuotaTexts texts) {
        if (limit.isUnlimited())
            add(m_translator.translate("Web", texts.unlimited), true, false);
        else
            add(i18n::substitute(m_translator.translate("Web", texts.limited),
                                 {std::to_string(*limit.limit())}),
                true, false);
    };
    quota(plan.quotas.servers, {QT_TRANSLATE_NOOP("Web", "Up to %1 ESXi hosts"),
                                QT_TRANSLATE_NOOP("Web", "Unlimited ESXi hosts")});
    quota(plan.quotas.virtualMachines, {QT_TRANSLATE_NOOP("Web", "Up to %1 virtual machines"),
                                        QT_TRANSLATE_NOOP("Web", "Unlimited virtual machines")});
    quota(plan.quotas.backups, {QT_TRANSLATE_NOOP("Web", "Up to %1 backup jobs"),
                                QT_TRANSLATE_NOOP("Web", "Unlimited backup jobs")});
    quota(plan.quotas.storageGb, {QT_TRANSLATE_NOOP("Web", "%1 GB of backup storage"),
                                  QT_TRANSLATE_NOOP("Web", "Unlimited backup storage")});
    quota(plan.quotas.users, {QT_TRANSLATE_NOOP("Web", "Up to %1 users"),
                              QT_TRANSLATE_NOOP("Web", "Unlimited users")});
    add(i18n::substitute(m_translator.translate("Web", "%1-day retention, %2 restore points"),
                         {std::to_string(plan.retention.retentionDays),
                          std::to_string(plan.retention.maxRestorePoints)}),
        true, false);
    add(m_translator.translate("Web", "Monitoring and alerts"), plan.features.monitoring, false);
    add(m_translator.translate("Web", "VM replication"), plan.features.replication, true);
    add(m_translator.translate("Web", "SureBackup restore verification"), plan.features.sureBackup,
        true);
    add(m_translator.translate("Web", "REST API access"), plan.features.apiAccess, true);
    add(m_translator.translate("Web", "Custom retention policies"), plan.retention.customRetention,
        true);
    switch (plan.features.supportLevel) {
    case SupportLevel::Email:
        add(m_translator.translate("Web", "Email support"), true, false);
        break;
    case SupportLevel::Priority:
        add(m_translator.translate("Web", "Priority support"), true, true);
        break;
    case SupportLevel::Dedicated:
        add(m_translator.translate("Web", "Dedicated support"), true, true);
        break;
    }
    return lines;
}

TemplateContext PlanPresenter::card(const Plan& plan) const
{
    TemplateContext card;
    card.set("name", plan.name)
        .set("slug", plan.slug)
        .set("description", description(plan))
        .set("popular", plan.isPopular)
        .set("currency", std::string(plan.currency().code()))
        .set("monthly_amount", amount(plan.monthlyPrice))
        .set("yearly_amount", amount(plan.yearlyPrice))
        .set("yearly_saving", yearlySaving(plan))
        .set("features", features(plan))
        .set("monthly_url", "/register?plan=" + plan.slug + "&cycle=monthly")
        .set("yearly_url", "/register?plan=" + plan.slug + "&cycle=yearly")
        .set("from_price", i18n::substitute(m_translator.translate("Web", "From %1 per month"),
                                            {money(plan.monthlyPrice)}));
    return card;
}

} // namespace ebm::web
