#pragma once

#include <span>
#include <string_view>

namespace ebm
{

// The role of a member inside one organization. Wire names are the lower-case enumerator names.
enum class Role
{
    Owner,
    Admin,
    Member,
    Viewer
};

// Something a member may do inside an organization; allows() says which roles may do it.
enum class Permission
{
    Read,
    ManageInventory,
    InviteMembers,
    ChangeRoles,
    ManageBilling,
    ManageApiKeys
};

std::string_view toString(Role role);
std::string_view toString(Permission permission);

// Throws DomainError("role", "invalid_choice").
Role parseRole(std::string_view text);

// Every role, in declaration order (for SQL CHECK constraints, choice lists and tests).
std::span<const Role> allRoles();
// Every permission, in declaration order.
std::span<const Permission> allPermissions();

// The permission matrix of shared/DOMAIN.md, used by both the server and the console.
bool allows(Role role, Permission permission);

// Owners may give any role; admins any role but owner; members and viewers none.
bool canAssignRole(Role actor, Role target);

} // namespace ebm
