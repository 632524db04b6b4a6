-- 0005: the history the staff analytics need. Every organization's subscription state (status,
-- plan, cycle, paid span) is kept from the instant it began, so a figure can be computed "as at"
-- any past instant (MRR, the organizations by status, churn); and a refunded payment keeps when
-- it was refunded. Both are written by triggers, so no code path that changes an organization or
-- refunds a payment can forget them; the instants are the rows' own created_at/updated_at, which
-- every repository sets from the injected clock.

CREATE TABLE organization_history (
    id                 INTEGER PRIMARY KEY,
    organization_id    TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    status             TEXT    NOT NULL
                               CHECK (status IN ('pending', 'active', 'suspended', 'cancelled', 'expired')),
    plan_id            INTEGER,
    billing_cycle      TEXT,
    subscription_start TEXT,
    subscription_end   TEXT,
    -- the state holds from this instant until the organization's next row (same instant: higher id)
    valid_from         TEXT    NOT NULL
);
CREATE INDEX organization_history_at ON organization_history (valid_from, organization_id);
CREATE INDEX organization_history_organization ON organization_history (organization_id, valid_from);

CREATE TRIGGER organization_history_created AFTER INSERT ON organizations
BEGIN
    INSERT INTO organization_history (organization_id, status, plan_id, billing_cycle,
                                      subscription_start, subscription_end, valid_from)
    VALUES (NEW.id, NEW.status, NEW.plan_id, NEW.billing_cycle, NEW.subscription_start,
            NEW.subscription_end, NEW.created_at);
END;

CREATE TRIGGER organization_history_changed
AFTER UPDATE OF status, plan_id, billing_cycle, subscription_start, subscription_end ON organizations
WHEN OLD.status IS NOT NEW.status OR OLD.plan_id IS NOT NEW.plan_id
  OR OLD.billing_cycle IS NOT NEW.billing_cycle OR OLD.subscription_start IS NOT NEW.subscription_start
  OR OLD.subscription_end IS NOT NEW.subscription_end
BEGIN
    INSERT INTO organization_history (organization_id, status, plan_id, billing_cycle,
                                      subscription_start, subscription_end, valid_from)
    VALUES (NEW.id, NEW.status, NEW.plan_id, NEW.billing_cycle, NEW.subscription_start,
            NEW.subscription_end, NEW.updated_at);
END;

-- Existing organizations: the status they had when created (the "before" of their first audited
-- subscription step, else today's), then each audited status change at its instant. Plan, cycle
-- and paid span before this migration are not recorded anywhere: today's are used.
INSERT INTO organization_history (organization_id, status, plan_id, billing_cycle,
                                  subscription_start, subscription_end, valid_from)
SELECT o.id,
       COALESCE((SELECT json_extract(a.before_json, '$.status') FROM audit_log a
                 WHERE a.organization_id = o.id AND a.target_type = 'organization'
                   AND json_valid(a.before_json) AND json_extract(a.before_json, '$.status') IS NOT NULL
                 ORDER BY a.occurred_at, a.id LIMIT 1), o.status),
       o.plan_id, o.billing_cycle, o.subscription_start, o.subscription_end, o.created_at
FROM organizations o;

INSERT INTO organization_history (organization_id, status, plan_id, billing_cycle,
                                  subscription_start, subscription_end, valid_from)
SELECT o.id, json_extract(a.after_json, '$.status'), o.plan_id, o.billing_cycle,
       o.subscription_start, o.subscription_end, a.occurred_at
FROM audit_log a JOIN organizations o ON o.id = a.organization_id
WHERE a.target_type = 'organization' AND json_valid(a.before_json) AND json_valid(a.after_json)
  AND json_extract(a.after_json, '$.status') IN ('pending', 'active', 'suspended', 'cancelled', 'expired')
  AND json_extract(a.before_json, '$.status') IS NOT json_extract(a.after_json, '$.status')
ORDER BY a.occurred_at, a.id;

ALTER TABLE payments ADD COLUMN refunded_at TEXT;
UPDATE payments SET refunded_at = updated_at WHERE status = 'refunded';

CREATE TRIGGER payments_refunded_at AFTER UPDATE OF status ON payments
WHEN NEW.status = 'refunded' AND OLD.status IS NOT 'refunded'
BEGIN
    UPDATE payments SET refunded_at = NEW.updated_at WHERE id = NEW.id;
END;

CREATE INDEX payments_completed_at ON payments (currency, completed_at)
    WHERE completed_at IS NOT NULL;
CREATE INDEX payments_refunded_at ON payments (currency, refunded_at)
    WHERE refunded_at IS NOT NULL;
CREATE INDEX orders_created ON orders (created_at);
