#pragma once

#include "services/StaffOrganizationService.h"
#include "store/AuditLogRepository.h"

#include <Poco/JSON/Object.h>

namespace ebm::api
{

// JSON shapes of the staff console's organizations (list row, dossier, bulk outcome) and audit
// log entries.
class StaffOrganizationJson final
{
public:
    // The member view of the organization (role null) plus owner_email, member_count, updated_at.
    static Poco::JSON::Object::Ptr row(const services::StaffOrganizationRow& listed);
    static Poco::JSON::Object::Ptr dossier(const services::OrganizationDossier& page);
    static Poco::JSON::Object::Ptr auditEntry(const store::AuditRecord& record);
};

} // namespace ebm::api
