#include "web/PortalMembersController.h"

#include "billing/LocaleFormat.h"
#include "domain/DomainError.h"
#include "http/ApiError.h"
#include "web/FormData.h"
#include "web/PortalLabels.h"

#include <regex>

namespace ebm::web
{

namespace
{

constexpr const char* kTitle = QT_TRANSLATE_NOOP("Web", "Members");
constexpr const char* kEmailRequired = QT_TRANSLATE_NOOP("Web", "Enter the email address of the "
                                                                "person to invite.");
constexpr const char* kEmailInvalid = QT_TRANSLATE_NOOP("Web", "Enter a valid email address.");
constexpr const char* kRoleInvalid = QT_TRANSLATE_NOOP("Web", "Choose one of the roles offered.");
constexpr const char* kRoleNotAllowed =
    QT_TRANSLATE_NOOP("Web", "Your role cannot give this role.");
constexpr const char* kAlreadyMember =
    QT_TRANSLATE_NOOP("Web", "This person is already a member or has a pending invitation.");
constexpr const char* kUsersQuota = QT_TRANSLATE_NOOP(
    "Web", "Your plan's user limit is reached (members and pending invitations count). Upgrade "
           "the plan or remove a member first.");

bool isEmail(const std::string& text)
{
    static const std::regex pattern(R"([^@\s]+@[^@\s]+\.[^@\s]+)");
    return text.size() <= 254 && std::regex_match(text, pattern);
}

std::optional<Role> roleNamed(const std::string& text)
{
    try {
        return parseRole(text);
    } catch (const DomainError&) {
        return std::nullopt;
    }
}

// The translated message of an invitation the service refused.
const char* inviteRefusal(const http::ApiError& error)
{
    if (error.code() == "quota_exceeded")
        return kUsersQuota;
    if (error.status() == 403)
        return kRoleNotAllowed;
    return kAlreadyMember;
}

} // namespace

PortalMembersController::PortalMembersController(const PortalLayout& layout,
                                                 services::OrganizationService& organizations)
    : m_layout(layout)
    , m_organizations(organizations)
{
}

// GET /account/{id}/members?page=  (member, any role, any status)
// Members and invitations with their roles, 50 a page. Owners and admins of an active
// organization also get the invitation form and, on each member whose role they may give, a role
// form and a remove button.
http::ApiResponse PortalMembersController::list(const http::ApiRequest& request)
{
    return render(m_layout.request(request), {}, 200);
}

// POST /account/{id}/members/invite  (owner, admin; active organization)  fields email, role.
// Sends the invitation email: 303 to members?notice=invited. Refused (blank or invalid email, a
// role the caller cannot give, already a member, users quota reached): the page again (400,
// 403 or 409) with the email typed and a translated message.
http::ApiResponse PortalMembersController::invite(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const FormData form = FormData::parse(request);
    InviteForm typed{form.field("email"), form.field("role"), {}};
    const auto role = roleNamed(typed.role);
    if (typed.email.empty())
        typed.error = page.tr(kEmailRequired);
    else if (!isEmail(typed.email))
        typed.error = page.tr(kEmailInvalid);
    else if (!role)
        typed.error = page.tr(kRoleInvalid);
    if (!typed.error.empty())
        return render(page, typed, 400);
    try {
        m_organizations.invite(request.tenant(), request.principal(), typed.email, *role,
                               request.requestId());
    } catch (const http::ApiError& error) {
        if (error.status() != 400 && error.status() != 403)
            throw;
        typed.error = page.tr(inviteRefusal(error));
        return render(page, typed, error.code() == "quota_exceeded" ? 409 : error.status());
    }
    return PortalLayout::back(page, "members", "invited");
}

// POST /account/{id}/members/{member_id}/role  (owner, admin)  field role.
// 303 to members?notice=role_changed, or notice=last_owner | role_not_allowed | invalid_role.
// Errors: 404 for a member of another organization.
http::ApiResponse PortalMembersController::changeRole(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    const auto role = roleNamed(FormData::parse(request).field("role"));
    if (!role)
        return PortalLayout::back(page, "members", "invalid_role");
    try {
        m_organizations.changeRole(request.tenant(), request.pathId("member_id"), *role,
                                   request.requestId());
    } catch (const http::ApiError& error) {
        if (error.status() == 404)
            throw;
        return PortalLayout::back(page, "members", refusal(error));
    }
    return PortalLayout::back(page, "members", "role_changed");
}

// POST /account/{id}/members/{member_id}/remove  (owner, admin)
// Removes the member or withdraws the invitation: 303 to members?notice=member_removed, or
// notice=last_owner | role_not_allowed. Errors: 404 for a member of another organization.
http::ApiResponse PortalMembersController::remove(const http::ApiRequest& request)
{
    const PageRequest page = m_layout.request(request);
    try {
        m_organizations.removeMember(request.tenant(), request.pathId("member_id"),
                                     request.requestId());
    } catch (const http::ApiError& error) {
        if (error.status() == 404)
            throw;
        return PortalLayout::back(page, "members", refusal(error));
    }
    return PortalLayout::back(page, "members", "member_removed");
}

std::string PortalMembersController::refusal(const http::ApiError& error)
{
    if (error.status() == 400)
        return "last_owner";
    if (error.status() == 403)
        return "role_not_allowed";
    throw error;
}

http::ApiResponse PortalMembersController::render(const PageRequest& page, const InviteForm& form,
                                                  int status) const
{
    const auto& scope = page.http().tenant();
    const PortalLabels labels(page.translator());
    const auto paging = PortalLayout::paging(page.http(), kPageSize);
    const auto members = m_organizations.members(scope, paging.offset, paging.limit);
    const auto selected = roleNamed(form.role);
    // Member changes need an active organization, as on the API.
    const bool active =
        m_organizations.detail(scope).organization.status == OrganizationStatus::Active;
    TemplateContext context;
    context.set("members", rows(page, members.members, active))
        .set("can_invite", active && scope.allows(Permission::InviteMembers))
        .set("can_change_roles", active && scope.allows(Permission::ChangeRoles))
        .set("invite_roles", labels.roleOptions(scope.role(), selected.value_or(Role::Member)))
        .set("invite_email", form.email)
        .set("invite_error", form.error)
        .set("pager", m_layout.pager(page, paging, members.count));
    return m_layout.page(page, PortalLayout::Section::Members, "portal_members", context,
                         page.tr(kTitle), status);
}

std::vector<TemplateContext>
PortalMembersController::rows(const PageRequest& page,
                              const std::vector<store::MemberRecord>& members, bool active) const
{
    const auto& scope = page.http().tenant();
    const PortalLabels labels(page.translator());
    std::vector<TemplateContext> rows;
    for (const store::MemberRecord& member : members) {
        const bool editable = active && scope.allows(Permission::ChangeRoles) &&
                              canAssignRole(scope.role(), member.role);
        rows.push_back(TemplateContext()
                           .set("id", std::to_string(member.id))
                           .set("email", member.email)
                           .set("name", member.name)
                           .set("role_label", labels.role(member.role))
                           .set("invited", member.invited)
                           .set("since", billing::formatDay(member.invited ? member.invitedAt
                                                                           : member.joinedAt,
                                                            page.locale()))
                           .set("editable", editable)
                           .set("is_me", member.userId && member.userId == scope.userId())
                           .set("roles", editable ? labels.roleOptions(scope.role(), member.role)
                                                  : std::vector<TemplateContext>{}));
    }
    return rows;
}

} // namespace ebm::web
