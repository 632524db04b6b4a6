#include "web/SignInPagesController.h"

#include "auth/Principal.h"
#include "http/ApiError.h"
#include "web/FormData.h"

namespace ebm::web
{

namespace
{

const std::string kDefaultNext = "/account/";

// Only a path of this site: never another host ("//evil.example", "https://…", "/\evil").
std::string safeNext(const std::string& next)
{
    if (next.empty() || next.front() != '/' || next.starts_with("//") ||
        next.find('\\') != std::string::npos || next.find("\r") != std::string::npos ||
        next.find("\n") != std::string::npos)
        return kDefaultNext;
    return next;
}

struct Notice
{
    const char* code;
    const char* text;
};

const Notice kNotices[] = {
    {"registered", QT_TRANSLATE_NOOP("Web", "Your order is paid. Choose your password with the "
                                            "link we emailed you, then sign in here.")},
    {"password_changed", QT_TRANSLATE_NOOP("Web", "Your password is saved. Sign in with it now.")},
    {"signed_out", QT_TRANSLATE_NOOP("Web", "You are signed out.")},
    {"reset_sent", QT_TRANSLATE_NOOP("Web", "If an account uses this address, we have sent it "
                                            "a link to choose a new password. It is valid for "
                                            "one hour.")},
};

} // namespace

SignInPagesController::SignInPagesController(services::AuthService& auth,
                                             const PageRenderer& renderer, const CsrfTokens& csrf,
                                             Options options)
    : m_auth(auth)
    , m_renderer(renderer)
    , m_csrf(csrf)
    , m_options(options)
{
}

std::string SignInPagesController::notice(const PageRequest& page) const
{
    const std::string code = page.http().query("notice").value_or("");
    for (const Notice& notice : kNotices)
        if (code == notice.code)
            return page.tr(notice.text);
    return {};
}

http::ApiResponse SignInPagesController::loginForm(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    const std::string next = safeNext(request.query("next").value_or(""));
    if (page.isSignedIn())
        return PageRenderer::redirect(page, next);
    return renderLogin(page, "", next, "", 200);
}

http::ApiResponse SignInPagesController::login(const http::ApiRequest& request)
{
    PageRequest page(request, m_csrf, m_options.secureCookies);
    const FormData form = FormData::parse(request);
    const std::string email = form.field("email");
    const std::string next = safeNext(form.field("next"));
    if (email.empty() || form.field("password").empty())
        return renderLogin(page, email, next,
                           page.translate("Web", "Enter your email and your password."), 400);
    try {
        return signedIn(page, m_auth.login(email, form.field("password"), request.clientAddress()),
                        next);
    } catch (const http::ApiError& error) {
        if (error.status() == 429) {
            http::ApiResponse response = renderLogin(
                page, email, next,
                i18n::substitute(
                    page.translate("Web", "Too many failed attempts. Try again in %1 minutes."),
                    {std::to_string((error.retryAfterSeconds() + 59) / 60)}),
                429);
            response.headers.emplace_back("Retry-After", std::to_string(error.retryAfterSeconds()));
            return response;
        }
        if (error.status() != 401)
            throw;
    }
    return renderLogin(page, email, next,
                       page.translate("Web", "The email or the password is incorrect."), 400);
}

http::ApiResponse SignInPagesController::signedIn(PageRequest& page,
                                                  const services::AccountView& account,
                                                  const std::string& next) const
{
    page.setCookie(std::string(auth::kSessionCookie), account.token,
                   {static_cast<int>(m_options.sessionLifetime.count()), false, true, "/"});
    return PageRenderer::redirect(page, next);
}

http::ApiResponse SignInPagesController::logoutForm(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    TemplateContext context;
    context.set("csrf_token", page.csrfToken()).set("signed_in_now", page.isSignedIn());
    return m_renderer.page(page, "logout", context, page.translate("Web", "Sign out"));
}

http::ApiResponse SignInPagesController::logout(const http::ApiRequest& request)
{
    PageRequest page(request, m_csrf, m_options.secureCookies);
    if (request.isAuthenticated())
        m_auth.logout(request.principal());
    page.setCookie(std::string(auth::kSessionCookie), "", {0, false, true, "/"});
    return PageRenderer::redirect(page, "/login?notice=signed_out");
}

http::ApiResponse SignInPagesController::resetRequestForm(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    TemplateContext context;
    context.set("csrf_token", page.csrfToken()).set("notice", notice(page)).set("error", "");
    return m_renderer.page(page, "password_reset", context,
                           page.translate("Web", "Forgotten password"));
}

http::ApiResponse SignInPagesController::requestReset(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    const std::string email = FormData::parse(request).field("email");
    if (email.empty() || email.find('@') == std::string::npos) {
        TemplateContext context;
        context.set("csrf_token", page.csrfToken())
            .set("notice", "")
            .set("error", page.translate("Web", "Enter the email address of your account."));
        return m_renderer.page(page, "password_reset", context,
                               page.translate("Web", "Forgotten password"), 400);
    }
    m_auth.requestPasswordReset(email);
    return PageRenderer::redirect(page, "/password-reset?notice=reset_sent");
}

http::ApiResponse SignInPagesController::newPasswordForm(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    return renderNewPassword(page, request.query("token").value_or(""), "", 200);
}

http::ApiResponse SignInPagesController::setNewPassword(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    const FormData form = FormData::parse(request);
    const std::string token = form.field("token");
    const std::string password = form.field("password");
    if (password != form.field("password_confirm"))
        return renderNewPassword(page, token, page.translate("Web", "The two passwords differ."),
                                 400);
    try {
        m_auth.resetPassword(token, password);
    } catch (const http::ApiError& error) {
        return renderNewPassword(page, token, passwordError(page, error), error.status());
    }
    return PageRenderer::redirect(page, "/login?notice=password_changed");
}

http::ApiResponse SignInPagesController::invitationForm(const http::ApiRequest& request)
{
    const PageRequest page(request, m_csrf, m_options.secureCookies);
    return renderInvitation(page, request.query("token").value_or(""), "", "", 200);
}

http::ApiResponse SignInPagesController::acceptInvitation(const http::ApiRequest& request)
{
    PageRequest page(request, m_csrf, m_options.secureCookies);
    const FormData form = FormData::parse(request);
    const std::string token = form.field("token");
    const std::string name = form.field("name");
    try {
        return signedIn(page, m_auth.acceptInvitation(token, name, form.field("password")),
                        kDefaultNext);
    } catch (const http::ApiError& error) {
        return renderInvitation(page, token, name, passwordError(page, error), error.status());
    }
}

std::string SignInPagesController::passwordError(const PageRequest& page,
                                                 const http::ApiError& error) const
{
    const auto& fields = error.fieldErrors();
    if (fields.contains("token"))
        return page.translate("Web",
                              "This link is invalid, expired or already used. Ask for a new one.");
    if (fields.contains("password") && fields.at("password").front().starts_with("Use at least"))
        return page.translate("Web", "Choose a password of at least 12 characters.");
    if (fields.contains("password"))
        return page.translate("Web", "Enter the password of your existing account to accept.");
    if (error.status() == 429)
        return page.translate("Web",
                              "Too many attempts. Please wait a few minutes before trying again.");
    throw error;
}

http::ApiResponse SignInPagesController::renderLogin(const PageRequest& page,
                                                     const std::string& email,
                                                     const std::string& next,
                                                     const std::string& error, int status) const
{
    TemplateContext context;
    context.set("csrf_token", page.csrfToken())
        .set("email_value", email)
        .set("next", next)
        .set("error", error)
        .set("notice", notice(page));
    return m_renderer.page(page, "login", context, page.translate("Web", "Sign in"), status);
}

http::ApiResponse SignInPagesController::renderNewPassword(const PageRequest& page,
                                                           const std::string& token,
                                                           const std::string& error,
                                                           int status) const
{
    const bool firstPassword = page.http().path() == "/set-password";
    TemplateContext context;
    context.set("csrf_token", page.csrfToken())
        .set("action", page.http().path())
        .set("token", token)
        .set("error", error)
        .set("first_password", firstPassword);
    return m_renderer.page(page, "password_new", context,
                           firstPassword ? page.translate("Web", "Choose your password")
                                         : page.translate("Web", "Choose a new password"),
                           status);
}

http::ApiResponse SignInPagesController::renderInvitation(const PageRequest& page,
                                                          const std::string& token,
                                                          const std::string& name,
                                                          const std::string& error,
                                                          int status) const
{
    TemplateContext context;
    context.set("csrf_token", page.csrfToken())
        .set("token", token)
        .set("name_value", name)
        .set("error", error);
    return m_renderer.page(page, "accept_invitation", context,
                           page.translate("Web", "Join an organization"), status);
}

} // namespace ebm::web
