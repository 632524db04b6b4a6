#include "store/MemberRepository.h"

#include "domain/Timestamp.h"
#include "store/OrganizationRepository.h"
#include "store/RowValues.h"
#include "store/ScopedQuery.h"
#include "store/UserRepository.h"

#include <Poco/Data/RecordSet.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

// Active members and invitations, with the joined user's email and name.
const ScopedTable kMembers{
    .name = "organization_members",
    .select = "SELECT organization_members.id, organization_members.user_id, "
              "COALESCE(u.email, organization_members.invited_email) AS email, "
              "COALESCE(u.name, '') AS name, organization_members.role, "
              "organization_members.invited_at, organization_members.joined_at "
              "FROM organization_members LEFT JOIN users u ON u.id = organization_members.user_id",
    .condition = "organization_members.is_active = 1"};

MemberRecord memberFromRow(Poco::Data::RecordSet& rows)
{
    MemberRecord member;
    member.id = rows["id"].convert<std::int64_t>();
    member.userId = optionalInteger(rows, "user_id");
    member.email = text(rows, "email");
    member.name = text(rows, "name");
    member.role = parseRole(text(rows, "role"));
    member.invited = rows.isNull("joined_at");
    member.invitedAt = text(rows, "invited_at");
    member.joinedAt = text(rows, "joined_at");
    return member;
}

} // namespace

MemberRepository::MemberRepository(Poco::Data::Session& session, const tenancy::TenantScope& scope)
    : m_session(session)
    , m_scope(scope)
{
}

std::int64_t MemberRepository::count()
{
    return ScopedQuery(m_session, m_scope, kMembers).count();
}

std::vector<MemberRecord> MemberRepository::list(std::int64_t offset, std::int64_t limit)
{
    return ScopedQuery(m_session, m_scope, kMembers).page(memberFromRow, offset, limit);
}

std::optional<MemberRecord> MemberRepository::findById(std::int64_t memberId)
{
    return ScopedQuery(m_session, m_scope, kMembers).one(memberFromRow, memberId);
}

std::int64_t MemberRepository::userSeats(std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), timestamp = formatIso8601(at);
    Poco::Int64 seats = 0;
    m_session
        << "SELECT COUNT(*) FROM organization_members WHERE organization_id = ? AND is_active = 1 "
           "AND (joined_at IS NOT NULL OR invitation_expires_at > ?)",
        use(organization), use(timestamp), into(seats), now;
    return seats;
}

bool MemberRepository::isMemberOrInvited(const std::string& email, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(),
                normalized = UserRepository::normalizeEmail(email), timestamp = formatIso8601(at);
    int found = 0;
    m_session
        << "SELECT COUNT(*) FROM organization_members m LEFT JOIN users u ON u.id = m.user_id "
           "WHERE m.organization_id = ? AND m.is_active = 1 AND (u.email = ? OR "
           "(m.user_id IS NULL AND m.invited_email = ? AND m.invitation_expires_at > ?))",
        use(organization), use(normalized), use(normalized), use(timestamp), into(found), now;
    return found > 0;
}

std::int64_t MemberRepository::invite(const std::string& email, Role role,
                                      const std::string& tokenHash,
                                      std::optional<std::int64_t> invitedBy,
                                      std::chrono::sys_seconds expiresAt,
                                      std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(),
                normalized = UserRepository::normalizeEmail(email), roleText(toString(role)),
                hash = tokenHash, expires = formatIso8601(expiresAt), timestamp = formatIso8601(at);
    auto inviter = nullable(invitedBy);
    m_session << "DELETE FROM organization_members WHERE organization_id = ? AND user_id IS NULL "
                 "AND invited_email = ?",
        use(organization), use(normalized), now;
    m_session
        << "INSERT INTO organization_members (organization_id, role, invited_email, invited_by, "
           "invitation_token_hash, invitation_expires_at, invited_at, created_at) VALUES (?, ?, ?, "
           "?, ?, ?, ?, ?)",
        use(organization), use(roleText), use(normalized), use(inviter), use(hash), use(expires),
        use(timestamp), use(timestamp), now;
    Poco::Int64 id = 0;
    m_session << "SELECT last_insert_rowid()", into(id), now;
    OrganizationRepository(m_session).touch(organization, at);
    return id;
}

void MemberRepository::changeRole(std::int64_t memberId, Role role, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId(), roleText(toString(role));
    Poco::Int64 member = memberId;
    m_session << "UPDATE organization_members SET role = ? WHERE organization_id = ? AND id = ?",
        use(roleText), use(organization), use(member), now;
    OrganizationRepository(m_session).touch(organization, at);
}

void MemberRepository::remove(std::int64_t memberId, std::chrono::sys_seconds at)
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 member = memberId;
    m_session << "DELETE FROM organization_members WHERE organization_id = ? AND id = ?",
        use(organization), use(member), now;
    OrganizationRepository(m_session).touch(organization, at);
}

std::int64_t MemberRepository::ownerCount()
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 owners = 0;
    m_session
        << "SELECT COUNT(*) FROM organization_members WHERE organization_id = ? AND role = 'owner' "
           "AND is_active = 1 AND joined_at IS NOT NULL",
        use(organization), into(owners), now;
    return owners;
}

} // namespace ebm::store
