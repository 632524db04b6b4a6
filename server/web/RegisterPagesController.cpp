#include "web/RegisterPagesController.h"

#include "http/ApiError.h"
#include "web/CheckoutPresenter.h"
#include "web/FormData.h"
#include "web/PlanPresenter.h"

#include <Poco/JSON/Object.h>
#include <Poco/String.h>
#include <algorithm>
#include <regex>

namespace ebm::web
{

namespace
{

constexpr std::size_t kMaxName = 150;
constexpr std::size_t kMaxCompany = 200;
constexpr std::size_t kMaxEmail = 254;
constexpr std::size_t kMaxPhone = 32;
constexpr std::size_t kMaxCoupon = 50;

bool isEmail(const std::string& text)
{
    static const std::regex pattern(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
    return text.size() <= kMaxEmail && std::regex_match(text, pattern);
}

// Digits with the usual separators, 6 to 15 digits in all.
bool isPhone(const std::string& text)
{
    static const std::regex pattern(R"(\+?[0-9 ().-]{6,24})");
    const auto digits = std::count_if(text.begin(), text.end(), ::isdigit);
    return std::regex_match(text, pattern) && digits >= 6 && digits <= 15;
}

std::vector<TemplateContext> cycleOptions(const CheckoutPresenter& checkout, BillingCycle chosen)
{
    std::vector<TemplateContext> options;
    for (const BillingCycle cycle : {BillingCycle::Monthly, BillingCycle::Yearly})
        options.push_back(TemplateContext()
                              .set("value", std::string(toString(cycle)))
                              .set("label", checkout.cycleName(cycle))
                              .set("selected", cycle == chosen));
    return options;
}

std::string orderCookieValue(const services::OrderView& view)
{
    return std::to_string(view.order.id) + "." + view.orderToken;
}

} // namespace

RegisterPagesController::RegisterPagesController(services::PlanService& plans,
                                                 services::CouponService& coupons,
                                                 services::OrderService& orders,
                                                 http::RateLimiter& couponChecks,
                                                 const PageRenderer& renderer,
                                                 const CsrfTokens& csrf, Options options)
    : m_plans(plans)
    , m_coupons(coupons)
    , m_orders(orders)
    , m_couponChecks(couponChecks)
    , m_renderer(renderer)
    , m_csrf(csrf)
    , m_options(options)
{
}

http::ApiResponse RegisterPagesController::form(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    Details details;
    details.plan = request.query("plan").value_or("");
    details.cycle = request.query("cycle").value_or("monthly");
    if (request.isAuthenticated()) {
        details.name = request.principal().name;
        details.email = request.principal().email;
    }
    Selection selection = select(details, page);
    details.errors.clear();
    return render(page, details, selection);
}

http::ApiResponse RegisterPagesController::submit(const http::ApiRequest& request)
{
    PageRequest page(request, m_csrf, m_options.secureCookies);
    Details details = read(request);
    const std::string action = FormData::parse(request).field("action");
    if (action == "remove_coupon")
        details.coupon.clear();
    Selection selection = select(details, page);
    applyCoupon(details, selection, page);
    if (action == "apply_coupon" || action == "remove_coupon")
        return render(page, details, selection, details.errors.empty() ? 200 : 400);
    validate(details, page);
    if (!details.errors.empty())
        return render(page, details, selection, 400);
    return placeOrder(page, details, selection);
}

http::ApiResponse RegisterPagesController::checkCoupon(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    Details details = read(request);
    Selection selection = select(details, page);
    applyCoupon(details, selection, page);
    Poco::JSON::Object::Ptr body = http::makeObject();
    body->set("valid", details.couponApplied);
    body->set("message",
              details.couponApplied ? details.couponMessage : details.errors["coupon_code"]);
    body->set("summary_html", summary(page, details, selection).markup);
    return http::ApiResponse::json(body);
}

RegisterPagesController::Details RegisterPagesController::read(const http::ApiRequest& request)
{
    const FormData form = FormData::parse(request);
    Details details;
    details.plan = form.field("plan");
    details.cycle = form.field("billing_cycle");
    details.name = form.field("name");
    details.company = form.field("company");
    details.email = Poco::toLower(form.field("email"));
    details.phone = form.field("phone");
    details.coupon = Poco::toUpper(form.field("coupon_code"));
    return details;
}

void RegisterPagesController::validate(Details& details, const PageRequest& page) const
{
    auto& errors = details.errors;
    if (details.name.empty())
        errors.emplace("name", page.translate("Web", "Enter your name."));
    else if (details.name.size() > kMaxName)
        errors.emplace("name", page.translate("Web", "This name is too long."));
    if (details.company.size() > kMaxCompany)
        errors.emplace("company", page.translate("Web", "This company name is too long."));
    if (details.email.empty())
        errors.emplace("email", page.translate("Web", "Enter your email address."));
    else if (!isEmail(details.email))
        errors.emplace(
            "email", page.translate("Web", "Enter a valid email address, like name@example.com."));
    if (!details.phone.empty() && (details.phone.size() > kMaxPhone || !isPhone(details.phone)))
        errors.emplace(
            "phone", page.translate("Web", "Enter a valid phone number, like +237 677 12 34 56."));
}

RegisterPagesController::Selection RegisterPagesController::select(Details& details,
                                                                   const PageRequest& page)
{
    const auto catalog = m_plans.catalog();
    if (catalog.plans->empty())
        throw http::ApiError(503, "catalog_empty", "No plan is on sale.");
    std::optional<Plan> plan = planBySlug(details.plan);
    if (!plan) {
        if (!details.plan.empty())
            details.errors.emplace("plan", page.translate("Web", "Choose one of the plans."));
        const auto popular = std::find_if(catalog.plans->begin(), catalog.plans->end(),
                                          [](const Plan& p) { return p.isPopular; });
        plan = popular != catalog.plans->end() ? *popular : catalog.plans->front();
        details.plan = plan->slug;
    }
    BillingCycle cycle = BillingCycle::Monthly;
    if (details.cycle == "yearly")
        cycle = BillingCycle::Yearly;
    else if (details.cycle != "monthly")
        details.errors.emplace("billing_cycle",
                               page.translate("Web", "Choose monthly or yearly billing."));
    details.cycle = std::string(toString(cycle));
    return {*plan, cycle, m_coupons.priceWithout(*plan, cycle)};
}

void RegisterPagesController::applyCoupon(Details& details, Selection& selection,
                                          const PageRequest& page)
{
    if (details.coupon.empty())
        return;
    if (details.coupon.size() > kMaxCoupon) {
        details.errors.emplace("coupon_code",
                               page.translate("Web", "This promo code does not exist."));
        return;
    }
    if (m_couponChecks.attempt("coupon:" + page.http().clientAddress())) {
        details.errors.emplace("coupon_code",
                               page.translate("Web", "Too many promo code checks: wait a "
                                                     "minute and try again."));
        return;
    }
    const services::CouponCheck check =
        m_coupons.preview(details.coupon, selection.plan.id, selection.cycle,
                          isEmail(details.email) ? details.email : "");
    if (!check.coupon) {
        details.errors.emplace(
            "coupon_code", CheckoutPresenter(page.translator()).couponRejection(*check.rejection));
        return;
    }
    selection.quote = check.quote;
    details.couponApplied = true;
    details.couponMessage =
        i18n::substitute(page.translate("Web", "Promo code applied: %1 off."),
                         {PlanPresenter(page.translator()).money(check.quote.discount)});
}

http::ApiResponse RegisterPagesController::placeOrder(PageRequest& page, Details& details,
                                                      const Selection& selection)
{
    services::NewOrder order;
    order.planId = selection.plan.id;
    order.billingCycle = selection.cycle;
    order.customerName = details.name;
    order.customerCompany = details.company;
    order.customerEmail = details.email;
    order.customerPhone = details.phone;
    order.couponCode = details.couponApplied ? details.coupon : std::string();
    order.locale = page.locale();
    const std::optional<auth::Principal> buyer =
        page.isSignedIn() ? std::optional(page.http().principal()) : std::nullopt;
    const services::OrderView placed = m_orders.place(order, buyer);
    if (!placed.orderToken.empty())
        page.setCookie(std::string(kOrderCookie), orderCookieValue(placed),
                       {static_cast<int>(std::chrono::seconds(m_options.orderLifetime).count()),
                        false, true, "/register"});
    return PageRenderer::redirect(page,
                                  "/register/payment?order=" + std::to_string(placed.order.id));
}

std::optional<Plan> RegisterPagesController::planBySlug(const std::string& slug)
{
    const auto catalog = m_plans.catalog();
    const auto found = std::find_if(catalog.plans->begin(), catalog.plans->end(),
                                    [&slug](const Plan& plan) { return plan.slug == slug; });
    if (found == catalog.plans->end())
        return std::nullopt;
    return *found;
}

Html RegisterPagesController::summary(const PageRequest& page, const Details& details,
                                      const Selection& selection) const
{
    return m_renderer.fragment(
        page.locale(), "order_summary",
        CheckoutPresenter(page.translator())
            .summary(selection.plan, selection.cycle, selection.quote,
                     details.couponApplied ? details.coupon : std::string()));
}

http::ApiResponse RegisterPagesController::render(const PageRequest& page, const Details& details,
                                                  const Selection& selection, int status) const
{
    const CheckoutPresenter checkout(page.translator());
    const PlanPresenter plans(page.translator());
    std::vector<TemplateContext> planOptions;
    for (const Plan& plan : *m_plans.catalog().plans)
        planOptions.push_back(
            TemplateContext()
                .set("value", plan.slug)
                .set("label", plan.name + " — " + plans.money(plan.priceFor(selection.cycle)))
                .set("selected", plan.slug == selection.plan.slug));
    const auto error = [&details](const std::string& field) {
        const auto found = details.errors.find(field);
        return found == details.errors.end() ? std::string() : found->second;
    };
    TemplateContext context;
    context.set("csrf_token", page.csrfToken())
        .set("plan_options", std::move(planOptions))
        .set("plan_error", error("plan"))
        .set("cycle_options", cycleOptions(checkout, selection.cycle))
        .set("cycle_error", error("billing_cycle"))
        .set("name_value", details.name)
        .set("name_error", error("name"))
        .set("company_value", details.company)
        .set("company_error", error("company"))
        .set("email_value", details.email)
        .set("email_error", error("email"))
        .set("phone_value", details.phone)
        .set("phone_error", error("phone"))
        .set("coupon_value", details.coupon)
        .set("coupon_error", error("coupon_code"))
        .set("coupon_applied", details.couponApplied)
        .set("coupon_message", details.couponMessage)
        .set("has_errors", !details.errors.empty())
        .set("summary", summary(page, details, selection));
    return m_renderer.page(page, "register_details", context, page.translate("Web", "Registration"),
                           status);
}

} // namespace ebm::web
