#include "domain/Roles.h"

#include "domain/DomainError.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>

namespace ebm
{

namespace
{

struct RoleName
{
    Role role;
    std::string_view name;
};

struct PermissionName
{
    Permission permission;
    std::string_view name;
};

constexpr std::size_t kRoleCount = 4;
constexpr std::size_t kPermissionCount = 6;

constexpr std::array<Role, kRoleCount> kAllRoles{Role::Owner, Role::Admin, Role::Member,
                                                 Role::Viewer};
constexpr std::array<Permission, kPermissionCount> kAllPermissions{
    Permission::Read,        Permission::ManageInventory, Permission::InviteMembers,
    Permission::ChangeRoles, Permission::ManageBilling,   Permission::ManageApiKeys};

constexpr std::array<RoleName, kRoleCount> kRoleNames{{
    {Role::Owner, "owner"},
    {Role::Admin, "admin"},
    {Role::Member, "member"},
    {Role::Viewer, "viewer"},
}};

constexpr std::array<PermissionName, kPermissionCount> kPermissionNames{{
    {Permission::Read, "read"},
    {Permission::ManageInventory, "manage_inventory"},
    {Permission::InviteMembers, "invite_members"},
    {Permission::ChangeRoles, "change_roles"},
    {Permission::ManageBilling, "manage_billing"},
    {Permission::ManageApiKeys, "manage_api_keys"},
}};

// One row per permission (declaration order), one column per role: owner, admin, member, viewer.
constexpr std::array<std::array<bool, kRoleCount>, kPermissionCount> kMatrix{{
    {true, true, true, true},   // read
    {true, true, true, false},  // manage_inventory
    {true, true, false, false}, // invite_members
    {true, true, false, false}, // change_roles
    {true, true, false, false}, // manage_billing
    {true, true, false, false}, // manage_api_keys
}};

// One row per acting role, one column per role it would give: owner, admin, member, viewer.
constexpr std::array<std::array<bool, kRoleCount>, kRoleCount> kAssignable{{
    {true, true, true, true},     // owner
    {false, true, true, true},    // admin
    {false, false, false, false}, // member
    {false, false, false, false}, // viewer
}};

constexpr std::size_t indexOf(Role role)
{
    return static_cast<std::size_t>(role);
}

constexpr std::size_t indexOf(Permission permission)
{
    return static_cast<std::size_t>(permission);
}

// toString() indexes the name tables by enumerator value, so they must follow declaration order.
constexpr bool namesFollowDeclarationOrder()
{
    for (std::size_t i = 0; i < kRoleCount; ++i) {
        if (kRoleNames[i].role != kAllRoles[i])
            return false;
    }
    for (std::size_t i = 0; i < kPermissionCount; ++i) {
        if (kPermissionNames[i].permission != kAllPermissions[i])
            return false;
    }
    return true;
}
static_assert(namesFollowDeclarationOrder());

} // namespace

std::string_view toString(Role role)
{
    return kRoleNames.at(indexOf(role)).name;
}

std::string_view toString(Permission permission)
{
    return kPermissionNames.at(indexOf(permission)).name;
}

Role parseRole(std::string_view text)
{
    const auto it = std::find_if(kRoleNames.begin(), kRoleNames.end(),
                                 [text](const RoleName& entry) { return entry.name == text; });
    if (it == kRoleNames.end())
        throw DomainError("role", "invalid_choice",
                          "'" + std::string(text) + "' is not a valid role");
    return it->role;
}

std::span<const Role> allRoles()
{
    return kAllRoles;
}

std::span<const Permission> allPermissions()
{
    return kAllPermissions;
}

bool allows(Role role, Permission permission)
{
    return kMatrix.at(indexOf(permission)).at(indexOf(role));
}

bool canAssignRole(Role actor, Role target)
{
    return kAssignable.at(indexOf(actor)).at(indexOf(target));
}

} // namespace ebm
