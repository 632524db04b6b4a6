#include "store/MemberRepository.h"

#include "domain/Timestamp.h"
#include "store/UserRepository.h"

#include <Poco/Data/RecordSet.h>
#include <Poco/Nullable.h>

namespace ebm::store
{

using namespace Poco::Data::Keywords;

namespace
{

std::string text(Poco::Data::RecordSet& rows, const std::string& column)
{
    return rows.isNull(column) ? std::string() : rows[column].convert<std::string>();
}

MemberRecord memberFromRow(Poco::Data::RecordSet& rows)
{
    MemberRecord member;
    member.id = rows["id"].convert<std::int64_t>();
    if (!rows.isNull("user_id"))
        member.userId = rows["user_id"].convert<std::int64_t>();
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

std::vector<MemberRecord> MemberRepository::select(std::optional<std::int64_t> memberId,
                                                   std::int64_t first, std::int64_t limit)
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 boundLimit = limit, boundOffset = first;
    Poco::Nullable<Poco::Int64> member;
    if (memberId)
        member = *memberId;
    Poco::Data::Statement statement(m_session);
    statement << "SELECT m.id, m.user_id, COALESCE(u.email, m.invited_email) AS email, "
                 "COALESCE(u.name, '') AS name, "
                 "m.role, m.invited_at, m.joined_at FROM organization_members m LEFT JOIN users u "
                 "ON u.id = m.user_id "
                 "WHERE m.organization_id = ? AND m.is_active = 1 AND (? IS NULL OR m.id = ?) "
                 "ORDER BY m.id LIMIT ? OFFSET ?",
        use(organization), use(member), use(member), use(boundLimit), use(boundOffset);
    statement.execute();
    Poco::Data::RecordSet rows(statement);
    std::vector<MemberRecord> members;
    for (bool more = rows.moveFirst(); more; more = rows.moveNext())
        members.push_back(memberFromRow(rows));
    return members;
}

std::int64_t MemberRepository::count()
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 total = 0;
    m_session
        << "SELECT COUNT(*) FROM organization_members WHERE organization_id = ? AND is_active = 1",
        use(organization), into(total), now;
    return total;
}

std::vector<MemberRecord> MemberRepository::list(std::int64_t offset, std::int64_t limit)
{
    return select(std::nullopt, offset, limit);
}

std::optional<MemberRecord> MemberRepository::findById(std::int64_t memberId)
{
    auto found = select(memberId, 0, 1);
    if (found.empty())
        return std::nullopt;
    return found.front();
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
    Poco::Nullable<Poco::Int64> inviter;
    if (invitedBy)
        inviter = *invitedBy;
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
    return id;
}

void MemberRepository::changeRole(std::int64_t memberId, Role role)
{
    std::string organization = m_scope.organizationId(), roleText(toString(role));
    Poco::Int64 member = memberId;
    m_session << "UPDATE organization_members SET role = ? WHERE organization_id = ? AND id = ?",
        use(roleText), use(organization), use(member), now;
}

void MemberRepository::remove(std::int64_t memberId)
{
    std::string organization = m_scope.organizationId();
    Poco::Int64 member = memberId;
    m_session << "DELETE FROM organization_members WHERE organization_id = ? AND id = ?",
        use(organization), use(member), now;
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
