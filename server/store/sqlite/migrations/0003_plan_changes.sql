-- 0003: plan changes and renewals. A downgrade is scheduled for the end of the period in which it
-- was asked (scheduled_change_at), which a later early renewal does not move; an organization has
-- at most one pending renewal order and one pending upgrade order at a time, so a renewal can
-- never be bought twice by two clicks or two staff members.

ALTER TABLE organizations ADD COLUMN scheduled_change_at TEXT
    CHECK (scheduled_change_at IS NULL OR scheduled_plan_id IS NOT NULL);

CREATE UNIQUE INDEX orders_one_pending_change ON orders (organization_id, kind)
    WHERE status = 'pending' AND kind IN ('renewal', 'upgrade');
