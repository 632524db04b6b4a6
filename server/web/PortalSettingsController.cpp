#include "web/PortalSettingsController.h"

#include "web/FormData.h"

#include <array>
#include <string_view>

namespace ebm::web
{

namespace
{

constexpr const char* kTitle = QT_TRANSLATE_NOOP("Web", "Settings");

struct ProblemText
{
    std::string_view code;
    const char* text;
};

constexpr std::array kProblemTexts{
    ProblemText{"required", QT_TRANSLATE_NOOP("Web", "This field is required.")},
    ProblemText{"too_long", QT_TRANSLATE_NOOP("Web", "This text is too long.")},
    ProblemText{"invalid_email", QT_TRANSLATE_NOOP("Web", "Enter a valid email address.")},
    ProblemText{"invalid_phone",
                QT_TRANSLATE_NOOP("Web", "Enter a valid phone number: digits, spaces and + - . "
                                         "( ) only.")},
    ProblemText{"invalid_choice", QT_TRANSLATE_NOOP("Web", "Choose one of the languages "
                                                           "offered.")},
};

std::string problemText(const PageRequest& page, const std::string& code)
{
    for (const ProblemText& problem : kProblemTexts)
        if (problem.code == code)
            return page.tr(problem.text);
    return page.tr(kProblemTexts.front().text);
}

std::vector<TemplateContext> languageOptions(const PageRequest& page, const std::string& selected)
{
    std::vector<TemplateContext> options;
    for (const char* locale : {"fr", "en"})
        options.push_back(TemplateContext()
                              .set("value", std::string(locale))
                              .set("label", page.translator().languageName(locale))
                              .set("selected", selected == locale));
    return options;
}

} // namespace

PortalSettingsController::PortalSettingsController(const PortalLayout& layout,
                                                   services::OrganizationService& organizations)
    : m_layout(layout)
    , m_organizations(organizations)
{
}

// GET /account/{id}/settings  (member, any role, any status)
// Owners and admins get the form (name, contact_email, contact_phone, locale); other roles read
// the values.
http::ApiResponse PortalSettingsController::show(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const auto organization = m_organizations.detail(request.tenant()).organization;
    return render(page,
                  {organization.name, organization.contactEmail, organization.contactPhone,
                   organization.locale},
                  {}, 200);
}

// POST /account/{id}/settings  (owner, admin; any status)  fields name, contact_email,
// contact_phone, locale (fr|en), csrf_token.
// Valid: saved and audited, 303 to settings?notice=settings_saved. Invalid: the form again
// (400) with what was typed and a translated message under each wrong field.
http::ApiResponse PortalSettingsController::save(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const FormData form = FormData::parse(request);
    const services::OrganizationSettings settings{form.field("name"), form.field("contact_email"),
                                                  form.field("contact_phone"),
                                                  form.field("locale")};
    FieldErrors errors;
    for (const auto& problem : services::OrganizationService::validateSettings(settings))
        errors.emplace(problem.field, problemText(page, problem.code));
    if (!errors.empty())
        return render(page, settings, errors, 400);
    m_organizations.updateSettings(request.tenant(), request.principal(), settings,
                                   request.requestId());
    return PortalLayout::back(page, "settings", "settings_saved");
}

http::ApiResponse PortalSettingsController::render(const PageRequest& page,
                                                   const services::OrganizationSettings& values,
                                                   const FieldErrors& errors, int status) const
{
    TemplateContext context;
    context.set("can_edit", page.http().tenant().allows(Permission::ManageBilling))
        .set("has_errors", !errors.empty())
        .set("languages", languageOptions(page, values.locale.value_or("")))
        .set("language_label", page.translator().languageName(values.locale.value_or("fr")));
    const std::pair<const char*, const std::optional<std::string>*> fields[] = {
        {"name", &values.name},
        {"contact_email", &values.contactEmail},
        {"contact_phone", &values.contactPhone},
        {"locale", &values.locale}};
    for (const auto& [field, value] : fields) {
        const auto error = errors.find(field);
        context.set(std::string(field) + "_value", value->value_or(""))
            .set(std::string(field) + "_error",
                 error == errors.end() ? std::string() : error->second);
    }
    return m_layout.page(page, PortalLayout::Section::Settings, "portal_settings", context,
                         page.tr(kTitle), status);
}

} // namespace ebm::web
