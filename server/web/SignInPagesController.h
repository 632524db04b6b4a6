#pragma once

#include "http/ApiError.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/AuthService.h"
#include "web/CsrfTokens.h"
#include "web/PageRenderer.h"

#include <chrono>
#include <string>

namespace ebm::web
{

// Signing in and out of the customer pages, and the emailed account links: forgotten password,
// choosing a password (reset, or set for a new owner) and accepting an invitation. A successful
// sign-in keeps the session token in an HttpOnly, SameSite=Lax cookie (Secure under HTTPS).
class SignInPagesController final
{
public:
    struct Options
    {
        bool secureCookies = false;
        std::chrono::seconds sessionLifetime{std::chrono::hours(24 * 14)};
    };

    SignInPagesController(services::AuthService& auth, const PageRenderer& renderer,
                          const CsrfTokens& csrf, Options options);

    // GET /login?next=<path>&notice=<code>
    http::ApiResponse loginForm(const http::ApiRequest& request);
    // POST /login  fields email, password, next
    http::ApiResponse login(const http::ApiRequest& request);
    // GET /logout (a confirmation) and POST /logout
    http::ApiResponse logoutForm(const http::ApiRequest& request);
    http::ApiResponse logout(const http::ApiRequest& request);
    // GET /password-reset and POST /password-reset  field email
    http::ApiResponse resetRequestForm(const http::ApiRequest& request);
    http::ApiResponse requestReset(const http::ApiRequest& request);
    // GET /reset-password?token= and /set-password?token=; POST with token, password,
    // password_confirm
    http::ApiResponse newPasswordForm(const http::ApiRequest& request);
    http::ApiResponse setNewPassword(const http::ApiRequest& request);
    // GET /accept-invitation?token=; POST with token, name, password
    http::ApiResponse invitationForm(const http::ApiRequest& request);
    http::ApiResponse acceptInvitation(const http::ApiRequest& request);

private:
    http::ApiResponse renderLogin(const PageRequest& page, const std::string& email,
                                  const std::string& next, const std::string& error,
                                  int status) const;
    http::ApiResponse renderNewPassword(const PageRequest& page, const std::string& token,
                                        const std::string& error, int status) const;
    http::ApiResponse renderInvitation(const PageRequest& page, const std::string& token,
                                       const std::string& name, const std::string& error,
                                       int status) const;
    http::ApiResponse signedIn(PageRequest& page, const services::AccountView& account,
                               const std::string& next) const;
    std::string notice(const PageRequest& page) const;
    std::string passwordError(const PageRequest& page, const http::ApiError& error) const;

    services::AuthService& m_auth;
    const PageRenderer& m_renderer;
    const CsrfTokens& m_csrf;
    Options m_options;
};

} // namespace ebm::web
