#include "store/MembershipRepository.h"

#include "domain/Timestamp.h"
#include "store/OrganizationRepository.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

MembershipRepository::MembershipRepository(Poco::Data::Session& session)
    : m_session(session)
{
}

std::vector<Membership> MembershipRepository::membershipsOf(std::int64_t userId)
{
    Poco::Int64 user = userId;
    Poco::Data::Statement select(m_session);
    select << "SELECT organization_id, role, is_default FROM organization_members "
              "WHERE user_id = ? AND is_active = 1 AND joined_at IS NOT NULL ORDER BY is_default "
              "DESC, joined_at, id",
        use(user);
    select.execute();
    Poco::Data::RecordSet rows(select);
    std::vector<Membership> memberships;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext()) {
        memberships.push_back({rows["organization_id"].convert<std::string>(),
                               parseRole(rows["role"].convert<std::string>()),
                               rows["is_default"].convert<int>() != 0});
    }
    return memberships;
}

std::optional<Role> MembershipRepository::roleOf(std::int64_t userId,
                                                 const std::string& organizationId)
{
    Poco::Int64 user = userId;
    std::string organization = organizationId;
    std::vector<std::string> roles;
    m_session << "SELECT role FROM organization_members WHERE user_id = ? AND organization_id = ? "
                 "AND is_active = 1 "
                 "AND joined_at IS NOT NULL",
        use(user), use(organization), into(roles), now;
    if (roles.empty())
        return std::nullopt;
    return parseRole(roles.front());
}

std::optional<std::string> MembershipRepository::defaultOrganizationOf(std::int64_t userId)
{
    const auto memberships = membershipsOf(userId);
    if (memberships.empty())
        return std::nullopt;
    return memberships.front().organizationId;
}

void MembershipRepository::addMember(const std::string& organizationId, std::int64_t userId,
                                     Role role, std::chrono::sys_seconds at)
{
    std::string organization = organizationId, roleText(toString(role)),
                timestamp = formatIso8601(at);
    Poco::Int64 user = userId;
    int isDefault = membershipsOf(userId).empty() ? 1 : 0;
    m_session << "INSERT INTO organization_members (organization_id, user_id, role, is_default, "
                 "joined_at, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?)",
        use(organization), use(user), use(roleText), use(isDefault), use(timestamp), use(timestamp),
        now;
    OrganizationRepository(m_session).touch(organization, at);
}

std::optional<Invitation> MembershipRepository::findInvitation(const std::string& tokenHash,
                                                               std::chrono::sys_seconds at)
{
    std::string hash = tokenHash, timestamp = formatIso8601(at);
    Poco::Data::Statement select(m_session);
    select << "SELECT id, organization_id, invited_email, role FROM organization_members "
              "WHERE invitation_token_hash = ? AND user_id IS NULL AND is_active = 1 AND "
              "invitation_expires_at > ?",
        use(hash), use(timestamp);
    select.execute();
    Poco::Data::RecordSet rows(select);
    if (!rows.moveFirst())
        return std::nullopt;
    return Invitation{rows["id"].convert<std::int64_t>(),
                      rows["organization_id"].convert<std::string>(),
                      rows["invited_email"].convert<std::string>(),
                      parseRole(rows["role"].convert<std::string>())};
}

bool MembershipRepository::acceptInvitation(const Invitation& invitation, std::int64_t userId,
                                            std::chrono::sys_seconds at)
{
    if (roleOf(userId, invitation.organizationId)) {
        Poco::Int64 memberId = invitation.memberId;
        m_session << "DELETE FROM organization_members WHERE id = ?", use(memberId), now;
        return false;
    }
    Poco::Int64 memberId = invitation.memberId, user = userId;
    std::string timestamp = formatIso8601(at);
    int isDefault = membershipsOf(userId).empty() ? 1 : 0;
    m_session << "UPDATE organization_members SET user_id = ?, joined_at = ?, is_default = ?, "
                 "invitation_token_hash = NULL WHERE id = ?",
        use(user), use(timestamp), use(isDefault), use(memberId), now;
    OrganizationRepository(m_session).touch(invitation.organizationId, at);
    return true;
}

} // namespace ebm::store
