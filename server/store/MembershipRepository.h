#pragma once

#include "domain/Roles.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// A user's membership of one organization.
struct Membership
{
    std::string organizationId;
    Role role = Role::Viewer;
    bool isDefault = false;
};

// A pending invitation found by its token.
struct Invitation
{
    std::int64_t memberId = 0;
    std::string organizationId;
    std::string email;
    Role role = Role::Viewer;
};

// Memberships seen from the user's side: which organizations a user belongs to and with which
// role (what the access guard checks before any tenant scope exists), invitations by token,
// and the owner membership made when an organization is created.
class MembershipRepository final
{
public:
    explicit MembershipRepository(Poco::Data::Session& session);

    std::vector<Membership> membershipsOf(std::int64_t userId);
    std::optional<Role> roleOf(std::int64_t userId, const std::string& organizationId);
    std::optional<std::string> defaultOrganizationOf(std::int64_t userId);
    void addMember(const std::string& organizationId, std::int64_t userId, Role role,
                   std::chrono::sys_seconds at);
    std::optional<Invitation> findInvitation(const std::string& tokenHash,
                                             std::chrono::sys_seconds at);
    // Links the invitation to the user; false when the user already belongs to the organization.
    bool acceptInvitation(const Invitation& invitation, std::int64_t userId,
                          std::chrono::sys_seconds at);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
