#include "api/AuthController.h"

#include "api/AccountJson.h"
#include "http/JsonFields.h"

namespace ebm::api
{

using http::ApiRequest;
using http::ApiResponse;
using http::JsonFields;

namespace
{

ApiResponse detail(const std::string& message, int status)
{
    Poco::JSON::Object::Ptr body = http::makeObject();
    body->set("detail", message);
    return ApiResponse::json(body, status);
}

} // namespace

AuthController::AuthController(services::AuthService& auth)
    : m_auth(auth)
{
}

// POST /api/auth/login/   body {"email","password"}
// Answer 200: {"token","expires_at","user":{id,email,name,is_staff,locale},
//              "organizations":[{id,name,slug,status,role,is_default}]}.
// Errors: 400 {"email"|"password":[…]}; 401 authentication_failed (the same for an unknown email
// and a wrong password); 429 throttled with Retry-After after repeated failures.
ApiResponse AuthController::login(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const std::string email = fields.requiredString("email", 254);
    const std::string password = fields.requiredString("password", 1024);
    fields.done();
    return ApiResponse::json(
        AccountJson::account(m_auth.login(email, password, request.clientAddress())));
}

// POST /api/auth/logout/  (signed in) — revokes the token used. Answer 204.
ApiResponse AuthController::logout(const ApiRequest& request)
{
    m_auth.logout(request.principal());
    return ApiResponse::noContent();
}

// GET /api/auth/me/  (signed in) — Answer: {"user","organizations"} as for login, without token.
ApiResponse AuthController::me(const ApiRequest& request)
{
    return ApiResponse::json(AccountJson::account(m_auth.me(request.principal())));
}

// POST /api/auth/password-reset/   body {"email"}
// Answer 202 {"detail"} whether or not the account exists; when it does, a single-use link valid
// one hour is emailed. Errors: 400 {"email":[…]}.
ApiResponse AuthController::requestPasswordReset(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const std::string email = fields.requiredEmail("email");
    fields.done();
    m_auth.requestPasswordReset(email);
    return detail(
        "If an account exists for this address, a link to reset its password has been sent.", 202);
}

// POST /api/auth/password-reset/confirm/   body {"token","password"}
// Sets the password (≥ 12 characters) and signs out every session of the account. Also used by
// the set-password link of accounts created for a customer. Answer 200 {"detail"}.
// Errors: 400 {"token":[…]} invalid, expired or used; 400 {"password":[…]}.
ApiResponse AuthController::confirmPasswordReset(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const std::string token = fields.requiredString("token", 128);
    const std::string password = fields.requiredString("password", 1024);
    fields.done();
    m_auth.resetPassword(token, password);
    return detail("Your password has been changed. Sign in with it now.", 200);
}

// POST /api/tenants/invitations/accept/   body {"token","name"?,"password"}
// A new person's account is created with that name and password (≥ 12 characters); an existing
// account must give its password. Answer 200 as for login (signed in, the organization listed).
// Errors: 400 {"token":[…]} invalid or expired; 400 {"password":[…]}.
ApiResponse AuthController::acceptInvitation(const ApiRequest& request)
{
    JsonFields fields(request.jsonBody());
    const std::string token = fields.requiredString("token", 128);
    const std::string name = fields.optionalString("name", 150);
    const std::string password = fields.requiredString("password", 1024);
    fields.done();
    return ApiResponse::json(AccountJson::account(m_auth.acceptInvitation(token, name, password)));
}

} // namespace ebm::api
