-- 0005: the staff console's organization list and audit log. Indexes so that 100,000
-- organizations list, filter and sort quickly on each ordering the admin API offers (the id
-- breaks ties, so pages are stable), the owner of each organization is found without a scan, and
-- the audit log filters by action.

CREATE INDEX organizations_name ON organizations (name COLLATE NOCASE, id);
CREATE INDEX organizations_status_name ON organizations (status, name COLLATE NOCASE, id);
CREATE INDEX organizations_updated ON organizations (updated_at, id);
CREATE INDEX organizations_created ON organizations (created_at, id);
CREATE INDEX organizations_subscription_end ON organizations (subscription_end, id);
CREATE INDEX organization_members_role ON organization_members (organization_id, role);
CREATE INDEX audit_log_action ON audit_log (action, id);
