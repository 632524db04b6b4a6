#include "services/AccountView.h"

namespace ebm::services
{

AccountView AccountView::load(Poco::Data::Session& session, const store::UserRecord& user)
{
    AccountView view;
    view.user = user;
    store::OrganizationRepository organizations(session);
    for (const store::Membership& membership :
         store::MembershipRepository(session).membershipsOf(user.id)) {
        if (const auto organization = organizations.findById(membership.organizationId))
            view.organizations.push_back({*organization, membership});
    }
    return view;
}

} // namespace ebm::services
