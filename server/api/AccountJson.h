#pragma once

#include "quota/QuotaGuard.h"
#include "services/AccountView.h"
#include "services/OrganizationService.h"
#include "store/MemberRepository.h"

#include <Poco/JSON/Object.h>

namespace ebm::api
{

// JSON shapes of accounts, organizations, members and usage. Never includes a password hash,
// token hash or secret; the session token appears only in the login/accept answers.
class AccountJson final
{
public:
    static Poco::JSON::Object::Ptr user(const store::UserRecord& user);
    static Poco::JSON::Object::Ptr account(const services::AccountView& account);
    static Poco::JSON::Object::Ptr
    membership(const services::AccountView::OrganizationMembership& entry);
    static Poco::JSON::Object::Ptr organization(const services::OrganizationView& view);
    static Poco::JSON::Object::Ptr member(const store::MemberRecord& member);
    static Poco::JSON::Object::Ptr usageLine(const quota::QuotaLine& line);
    static Poco::JSON::Object::Ptr usageDay(const store::UsageMetricsRecord& day);
};

} // namespace ebm::api
