#pragma once

#include "store/MembershipRepository.h"
#include "store/OrganizationRepository.h"
#include "store/UserRepository.h"

#include <chrono>
#include <string>
#include <vector>

namespace ebm::services
{

// A user with the organizations they belong to: what login, me and invitation acceptance answer.
struct AccountView
{
    struct OrganizationMembership
    {
        store::OrganizationRecord organization;
        store::Membership membership;
    };

    store::UserRecord user;
    std::vector<OrganizationMembership> organizations;
    std::string token; // set by login and invitation acceptance only
    std::chrono::sys_seconds tokenExpiresAt{};

    static AccountView load(Poco::Data::Session& session, const store::UserRecord& user);
};

} // namespace ebm::services
