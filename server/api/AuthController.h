#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "services/AuthService.h"

namespace ebm::api
{

// /api/auth/…: sign in and out, the current account, password reset, and accepting invitations.
class AuthController final
{
public:
    explicit AuthController(services::AuthService& auth);

    http::ApiResponse login(const http::ApiRequest& request);
    http::ApiResponse logout(const http::ApiRequest& request);
    http::ApiResponse me(const http::ApiRequest& request);
    http::ApiResponse requestPasswordReset(const http::ApiRequest& request);
    http::ApiResponse confirmPasswordReset(const http::ApiRequest& request);
    http::ApiResponse acceptInvitation(const http::ApiRequest& request);

private:
    services::AuthService& m_auth;
};

} // namespace ebm::api
