#include "services/AuthService.h"

#include "http/ApiError.h"
#include "security/TokenGenerator.h"
#include "store/AuthTokenRepository.h"
#include "store/MembershipRepository.h"
#include "store/OutboxRepository.h"
#include "store/UserRepository.h"
#include "store/WriteTransaction.h"

namespace ebm::services
{

using http::ApiError;
using security::TokenGenerator;

namespace
{

ApiError invalidCredentials()
{
    return {401, "authentication_failed", "Invalid email or password."};
}

ApiError throttled(std::chrono::seconds retryAfter)
{
    return ApiError::throttled("Too many failed sign-in attempts. Try again in " +
                                   std::to_string(retryAfter.count()) + " seconds.",
                               static_cast<int>(retryAfter.count()));
}

} // namespace

AuthService::AuthService(store::Database& database, const Clock& clock,
                         auth::LoginThrottle& throttle, const mail::EmailComposer& composer,
                         Options options)
    : m_database(database)
    , m_clock(clock)
    , m_throttle(throttle)
    , m_composer(composer)
    , m_options(options)
    , m_hasher(options.passwordIterations)
{
}

const std::string& AuthService::dummyHash()
{
    std::call_once(m_dummyOnce,
                   [this] { m_dummyHash = m_hasher.hash(TokenGenerator::newToken()); });
    return m_dummyHash;
}

void AuthService::requireStrongPassword(const std::string& password)
{
    if (password.size() < kMinPasswordLength)
        throw ApiError::validation(
            "password", "Use at least " + std::to_string(kMinPasswordLength) + " characters.");
}

AccountView AuthService::startSession(Poco::Data::Session& session, const store::UserRecord& user)
{
    const auto at = m_clock.now();
    const std::string token = TokenGenerator::newToken();
    const auto expiresAt = at + m_options.sessionLifetime;
    store::AuthTokenRepository(session).create(user.id, store::AuthTokenRepository::Kind::Session,
                                               TokenGenerator::hash(token), at, expiresAt);
    store::UserRepository(session).recordLogin(user.id, at);
    AccountView view = AccountView::load(session, user);
    view.token = token;
    view.tokenExpiresAt = expiresAt;
    return view;
}

AccountView AuthService::login(const std::string& email, const std::string& password,
                               const std::string& clientAddress)
{
    const std::string accountKey = store::UserRepository::normalizeEmail(email);
    if (const auto retryAfter = m_throttle.retryAfter(accountKey, clientAddress))
        throw throttled(*retryAfter);
    Poco::Data::Session session = m_database.session();
    const auto user = store::UserRepository(session).findByEmail(accountKey);
    const std::string& storedHash = user && user->passwordHash ? *user->passwordHash : dummyHash();
    const bool valid =
        m_hasher.verify(password, storedHash) && user && user->passwordHash && user->isActive;
    if (!valid) {
        m_throttle.recordFailure(accountKey, clientAddress);
        throw invalidCredentials();
    }
    m_throttle.recordSuccess(accountKey, clientAddress);
    if (m_hasher.needsRehash(*user->passwordHash))
        store::UserRepository(session).setPassword(user->id, m_hasher.hash(password),
                                                   m_clock.now());
    store::WriteTransaction transaction(session);
    AccountView view = startSession(session, *user);
    transaction.commit();
    return view;
}

void AuthService::logout(const auth::Principal& principal)
{
    Poco::Data::Session session = m_database.session();
    store::AuthTokenRepository(session).revoke(principal.sessionTokenHash, m_clock.now());
}

AccountView AuthService::me(const auth::Principal& principal)
{
    Poco::Data::Session session = m_database.session();
    const auto user = store::UserRepository(session).findById(principal.userId);
    if (!user)
        throw ApiError(401, "authentication_failed", "Invalid or expired credentials.");
    return AccountView::load(session, *user);
}

void AuthService::requestPasswordReset(const std::string& email)
{
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto user = store::UserRepository(session).findByEmail(email);
    if (!user || !user->isActive)
        return;
    const auto at = m_clock.now();
    const std::string token = TokenGenerator::newToken();
    store::AuthTokenRepository(session).create(
        user->id, store::AuthTokenRepository::Kind::PasswordReset, TokenGenerator::hash(token), at,
        at + m_options.resetLifetime);
    store::OutboxRepository(session).enqueue(
        m_composer.passwordReset(user->locale, user->email, token), at);
    transaction.commit();
}

void AuthService::resetPassword(const std::string& token, const std::string& password)
{
    requireStrongPassword(password);
    const std::string hash = m_hasher.hash(password);
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::AuthTokenRepository tokens(session);
    auto userId = tokens.consume(store::AuthTokenRepository::Kind::PasswordReset,
                                 TokenGenerator::hash(token), at);
    if (!userId)
        userId = tokens.consume(store::AuthTokenRepository::Kind::SetPassword,
                                TokenGenerator::hash(token), at);
    if (!userId)
        throw ApiError::validation("token", "This link is invalid, expired or already used.");
    store::UserRepository(session).setPassword(*userId, hash, at);
    tokens.revokeAllSessions(*userId, at);
    transaction.commit();
}

AccountView AuthService::acceptInvitation(const std::string& token, const std::string& name,
                                          const std::string& password)
{
    const std::string passwordHash = password.empty() ? std::string() : m_hasher.hash(password);
    Poco::Data::Session session = m_database.session();
    store::WriteTransaction transaction(session);
    const auto at = m_clock.now();
    store::MembershipRepository memberships(session);
    const auto invitation = memberships.findInvitation(TokenGenerator::hash(token), at);
    if (!invitation)
        throw ApiError::validation("token", "This invitation is invalid, expired or already used.");
    store::UserRepository users(session);
    auto user = users.findByEmail(invitation->email);
    if (!user) {
        requireStrongPassword(password);
        store::UserRecord created;
        created.email = invitation->email;
        created.name = name;
        created.passwordHash = passwordHash;
        created.id = users.create(created, at);
        user = users.findById(created.id);
    } else if (!user->passwordHash || !m_hasher.verify(password, *user->passwordHash)) {
        throw ApiError::validation("password",
                                   "Enter the password of your existing account to accept.");
    }
    memberships.acceptInvitation(*invitation, user->id, at);
    AccountView view = startSession(session, *user);
    transaction.commit();
    return view;
}

} // namespace ebm::services
