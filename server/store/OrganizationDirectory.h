#pragma once

#include "store/OrganizationRepository.h"

#include <Poco/Data/Session.h>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace ebm::store
{

// What the staff list of organizations is narrowed and sorted by; empty fields do not filter.
struct OrganizationFilter
{
    enum class Order
    {
        Name,
        CreatedAt,
        UpdatedAt,
        SubscriptionEnd,
        Status
    };

    std::vector<std::string> statuses; // wire names, already validated
    std::string plan;                  // a plan id or slug
    std::string search;                // name, contact email, owner email (contains) or exact id
    std::string updatedSince;          // canonical ISO 8601: updated_at strictly after it
    Order order = Order::Name;
    bool descending = false;
};

// One organization as staff list it: the row, its first owner's email and its member count.
struct DirectoryEntry
{
    OrganizationRecord organization;
    std::string ownerEmail;       // "" when it has no owner who joined
    std::int64_t memberCount = 0; // members who joined (invitations not counted)
};

// The staff-wide directory of organizations (every tenant at once, for the staff console): a
// filtered, sorted, paged list and single rows, each with its owner and member count. Staff
// routes only; tenant code uses OrganizationRepository and the scoped repositories.
class OrganizationDirectory final
{
public:
    explicit OrganizationDirectory(Poco::Data::Session& session);

    std::int64_t count(const OrganizationFilter& filter);
    std::vector<DirectoryEntry> list(const OrganizationFilter& filter, std::int64_t offset,
                                     std::int64_t limit);
    std::optional<DirectoryEntry> find(const std::string& organizationId);

private:
    Poco::Data::Session& m_session;
};

} // namespace ebm::store
