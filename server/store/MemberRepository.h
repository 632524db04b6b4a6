#pragma once

#include "domain/Roles.h"
#include "tenancy/TenantScope.h"

#include <Poco/Data/Session.h>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// A member or a pending invitation of the scope's organization.
struct MemberRecord
{
    std::int64_t id = 0;
    std::optional<std::int64_t> userId;
    std::string email;
    std::string name;
    Role role = Role::Viewer;
    bool invited = false;
    std::string invitedAt;
    std::string joinedAt;
};

// The members and invitations of one organization; every query is bound to the tenant scope.
class MemberRepository final
{
public:
    MemberRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope);

    std::int64_t count();
    std::vector<MemberRecord> list(std::int64_t offset, std::int64_t limit);
    std::optional<MemberRecord> findById(std::int64_t memberId);
    // Members plus unexpired invitations: what the users quota counts.
    std::int64_t userSeats(std::chrono::sys_seconds at);
    bool isMemberOrInvited(const std::string& email, std::chrono::sys_seconds at);
    std::int64_t invite(const std::string& email, Role role, const std::string& tokenHash,
                        std::optional<std::int64_t> invitedBy, std::chrono::sys_seconds expiresAt,
                        std::chrono::sys_seconds at);
    void changeRole(std::int64_t memberId, Role role, std::chrono::sys_seconds at);
    void remove(std::int64_t memberId, std::chrono::sys_seconds at);
    std::int64_t ownerCount();

private:
    Poco::Data::Session& m_session;
    const tenancy::TenantScope& m_scope;
};

} // namespace ebm::store
