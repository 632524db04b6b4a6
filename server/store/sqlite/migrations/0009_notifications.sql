-- 0008: customer events (issue 8). Each subscription, payment, invoice, quota or membership event
-- of an organization is written in the transaction that caused it as an in-portal notification
-- and as one outgoing webhook delivery per active endpoint subscribed to its type, so no event is
-- lost or recorded for a rolled-back change.

-- in-portal notifications; the title and text are rendered when read, in the organization's
-- language, from `kind` and its arguments (a JSON array of strings)
CREATE TABLE notifications (
    id              INTEGER PRIMARY KEY,
    organization_id TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    event_id        TEXT    NOT NULL UNIQUE,
    event_type      TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    arguments_json  TEXT    NOT NULL DEFAULT '[]',
    created_at      TEXT    NOT NULL,
    read_at         TEXT
);
CREATE INDEX notifications_organization ON notifications (organization_id, id);
CREATE INDEX notifications_unread ON notifications (organization_id, read_at);

-- the HTTPS endpoints an organization (plan with API access) registered; event_types is '*' for
-- every event or ',type,type,'; the signing secret is sealed with the server's master key
CREATE TABLE webhook_endpoints (
    id              INTEGER PRIMARY KEY,
    organization_id TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    url             TEXT    NOT NULL CHECK (url LIKE 'http%://_%'),
    description     TEXT    NOT NULL DEFAULT '',
    event_types     TEXT    NOT NULL DEFAULT '*',
    secret_sealed   TEXT    NOT NULL,
    is_active       INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_by      INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX webhook_endpoints_organization ON webhook_endpoints (organization_id, id);

-- one event for one endpoint: pending (due at next_attempt_at) → sending (claimed; next_attempt_at
-- is then the end of the claim) → delivered, back to pending for a retry, or failed three days
-- after the first attempt
CREATE TABLE webhook_deliveries (
    id                 INTEGER PRIMARY KEY,
    organization_id    TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    endpoint_id        INTEGER NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_id           TEXT    NOT NULL,
    event_type         TEXT    NOT NULL,
    payload_json       TEXT    NOT NULL,
    status             TEXT    NOT NULL DEFAULT 'pending'
                               CHECK (status IN ('pending', 'sending', 'delivered', 'failed')),
    attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at    TEXT    NOT NULL,
    first_attempt_at   TEXT,
    last_response_code INTEGER,
    last_error         TEXT,
    delivered_at       TEXT,
    created_at         TEXT    NOT NULL,
    UNIQUE (endpoint_id, event_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);

-- every attempt of a delivery: the answer's status code, or the error that prevented one
CREATE TABLE webhook_attempts (
    id              INTEGER PRIMARY KEY,
    delivery_id     INTEGER NOT NULL REFERENCES webhook_deliveries (id) ON DELETE CASCADE,
    attempt         INTEGER NOT NULL CHECK (attempt >= 1),
    attempted_at    TEXT    NOT NULL,
    response_code   INTEGER,
    error           TEXT,
    duration_ms     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX webhook_attempts_delivery ON webhook_attempts (delivery_id, id);
