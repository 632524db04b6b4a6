#pragma once

#include "domain/Money.h"
#include "domain/Plan.h"
#include "i18n/Translator.h"
#include "web/Template.h"

#include <string>
#include <vector>

namespace ebm::web
{

// A plan as the pages show it, in the page's language: its translated description, its prices
// split into amount and currency, the annual saving, and its features as a list of lines.
class PlanPresenter final
{
public:
    explicit PlanPresenter(const i18n::Translator& translator);

    // name, slug, description, popular, currency, monthly_amount, yearly_amount, yearly_saving,
    // features [{text, css_class}], monthly_url, yearly_url.
    TemplateContext card(const Plan& plan) const;
    std::vector<TemplateContext> features(const Plan& plan) const;
    std::string description(const Plan& plan) const;
    // "Save 17 %" for the plan's yearly price against twelve months; empty when nothing is saved.
    std::string yearlySaving(const Plan& plan) const;
    // "−17 %": the best saving of the plans, for the cycle toggle; empty when none saves.
    std::string bestSaving(const std::vector<Plan>& plans) const;
    // "29,00" in French, "29.00" in English: the amount without its currency code.
    std::string amount(const Money& money) const;
    // "29,00 EUR": the amount with its currency.
    std::string money(const Money& money) const;

private:
    const i18n::Translator& m_translator;
};

} // namespace ebm::web
