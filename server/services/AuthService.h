#pragma once

#include "auth/LoginThrottle.h"
#include "auth/PasswordHasher.h"
#include "auth/Principal.h"
#include "domain/Clock.h"
#include "mail/EmailComposer.h"
#include "services/AccountView.h"
#include "store/Database.h"

#include <chrono>
#include <mutex>
#include <string>

namespace ebm::services
{

// Sign-in and account recovery: login with throttling, logout, the current account, password
// reset through an emailed single-use token, and accepting an organization invitation.
class AuthService final
{
public:
    struct Options
    {
        std::chrono::seconds sessionLifetime{std::chrono::hours(24 * 14)};
        std::chrono::seconds resetLifetime{std::chrono::hours(1)};
        int passwordIterations = auth::PasswordHasher::kDefaultIterations;
    };

    static constexpr std::size_t kMinPasswordLength = 12;

    AuthService(store::Database& database, const Clock& clock, auth::LoginThrottle& throttle,
                const mail::EmailComposer& composer, Options options);

    AccountView login(const std::string& email, const std::string& password,
                      const std::string& clientAddress);
    void logout(const auth::Principal& principal);
    AccountView me(const auth::Principal& principal);
    void requestPasswordReset(const std::string& email);
    void resetPassword(const std::string& token, const std::string& password);
    AccountView acceptInvitation(const std::string& token, const std::string& name,
                                 const std::string& password);

    static void requireStrongPassword(const std::string& password);

private:
    AccountView startSession(Poco::Data::Session& session, const store::UserRecord& user);

    store::Database& m_database;
    const Clock& m_clock;
    auth::LoginThrottle& m_throttle;
    const mail::EmailComposer& m_composer;
    Options m_options;
    auth::PasswordHasher m_hasher;
    const std::string& dummyHash();

    std::once_flag m_dummyOnce;
    std::string m_dummyHash; // verified for unknown emails so both answers take the same time
};

} // namespace ebm::services
