#include "TestSupport.h"
#include "domain/Roles.h"

#include <gtest/gtest.h>
#include <map>
#include <set>
#include <string>
#include <vector>

using namespace ebm;

namespace
{

// The matrix of shared/DOMAIN.md, written out again independently of the implementation.
const std::map<Permission, std::set<Role>> kExpectedMatrix{
    {Permission::Read, {Role::Owner, Role::Admin, Role::Member, Role::Viewer}},
    {Permission::ManageInventory, {Role::Owner, Role::Admin, Role::Member}},
    {Permission::InviteMembers, {Role::Owner, Role::Admin}},
    {Permission::ChangeRoles, {Role::Owner, Role::Admin}},
    {Permission::ManageBilling, {Role::Owner, Role::Admin}},
    {Permission::ManageApiKeys, {Role::Owner, Role::Admin}},
};

const std::map<Role, std::set<Role>> kExpectedAssignable{
    {Role::Owner, {Role::Owner, Role::Admin, Role::Member, Role::Viewer}},
    {Role::Admin, {Role::Admin, Role::Member, Role::Viewer}},
    {Role::Member, {}},
    {Role::Viewer, {}},
};

TEST(RolesTest, RoleNamesRoundTripInDeclarationOrder)
{
    const std::vector<std::string> expected{"owner", "admin", "member", "viewer"};
    const auto roles = allRoles();
    ASSERT_EQ(roles.size(), expected.size());
    for (std::size_t i = 0; i < roles.size(); ++i) {
        EXPECT_EQ(toString(roles[i]), expected[i]);
        EXPECT_EQ(parseRole(expected[i]), roles[i]);
    }
}

TEST(RolesTest, ParseRejectsUnknownRoles)
{
    EXPECT_DOMAIN_ERROR(parseRole("superuser"), "role", "invalid_choice");
    EXPECT_DOMAIN_ERROR(parseRole("Owner"), "role", "invalid_choice");
    EXPECT_DOMAIN_ERROR(parseRole(""), "role", "invalid_choice");
    EXPECT_DOMAIN_ERROR(parseRole(" admin"), "role", "invalid_choice");
}

TEST(RolesTest, PermissionNames)
{
    const std::vector<std::string> expected{"read",         "manage_inventory", "invite_members",
                                            "change_roles", "manage_billing",   "manage_api_keys"};
    const auto permissions = allPermissions();
    ASSERT_EQ(permissions.size(), expected.size());
    for (std::size_t i = 0; i < permissions.size(); ++i) {
        EXPECT_EQ(toString(permissions[i]), expected[i]);
    }
}

TEST(RolesTest, MatrixMatchesTheWrittenTableCellByCell)
{
    ASSERT_EQ(allPermissions().size(), kExpectedMatrix.size());
    for (const Permission permission : allPermissions()) {
        const std::set<Role>& allowed = kExpectedMatrix.at(permission);
        for (const Role role : allRoles()) {
            EXPECT_EQ(allows(role, permission), allowed.count(role) == 1)
                << toString(role) << " / " << toString(permission);
        }
    }
}

TEST(RolesTest, OwnerAndAdminMayDoEverythingViewerOnlyReads)
{
    for (const Permission permission : allPermissions()) {
        EXPECT_TRUE(allows(Role::Owner, permission)) << toString(permission);
        EXPECT_TRUE(allows(Role::Admin, permission)) << toString(permission);
        EXPECT_EQ(allows(Role::Viewer, permission), permission == Permission::Read)
            << toString(permission);
    }
}

TEST(RolesTest, AssignableRolesMatchTheWrittenTable)
{
    for (const Role actor : allRoles()) {
        const std::set<Role>& assignable = kExpectedAssignable.at(actor);
        for (const Role target : allRoles()) {
            EXPECT_EQ(canAssignRole(actor, target), assignable.count(target) == 1)
                << toString(actor) << " assigns " << toString(target);
        }
    }
}

TEST(RolesTest, AdminCannotCreateAnOwner)
{
    EXPECT_TRUE(canAssignRole(Role::Owner, Role::Owner));
    EXPECT_FALSE(canAssignRole(Role::Admin, Role::Owner));
    EXPECT_TRUE(canAssignRole(Role::Admin, Role::Admin));
    EXPECT_FALSE(canAssignRole(Role::Member, Role::Viewer));
    EXPECT_FALSE(canAssignRole(Role::Viewer, Role::Viewer));
}

} // namespace
