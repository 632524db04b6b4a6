-- 0004: payments through the providers and by bank transfer. A payment row is written before
-- the provider is called (its transaction_id is the provider's idempotency key), so a provider
-- that is down leaves a pending payment to check again later, never a lost one. An order has at
-- most one open (pending or processing) payment at a time. Receipts of bank transfers are files
-- under the data directory; staff credit what arrived (received_minor) until the total is met.
-- POST requests carrying an Idempotency-Key store their answer (JSON text) here for a day.

ALTER TABLE payments ADD COLUMN failure_code TEXT;
ALTER TABLE payments ADD COLUMN redirect_url TEXT;
ALTER TABLE payments ADD COLUMN capture_id TEXT;
ALTER TABLE payments ADD COLUMN receipt_content_type TEXT
    CHECK (receipt_content_type IS NULL OR receipt_content_type IN ('application/pdf', 'image/png', 'image/jpeg'));
ALTER TABLE payments ADD COLUMN receipt_uploaded_at TEXT;
ALTER TABLE payments ADD COLUMN next_check_at TEXT;
ALTER TABLE payments ADD COLUMN check_attempts INTEGER NOT NULL DEFAULT 0 CHECK (check_attempts >= 0);

CREATE UNIQUE INDEX payments_one_open_per_order ON payments (order_id)
    WHERE status IN ('pending', 'processing');
CREATE INDEX payments_due_check ON payments (next_check_at)
    WHERE status IN ('pending', 'processing');
CREATE INDEX payments_organization ON payments (organization_id, id);

CREATE TABLE idempotency_keys (
    id              INTEGER PRIMARY KEY,
    owner           TEXT    NOT NULL CHECK (owner <> ''),
    idempotency_key TEXT    NOT NULL CHECK (length(idempotency_key) BETWEEN 1 AND 255),
    method          TEXT    NOT NULL,
    path            TEXT    NOT NULL,
    request_hash    TEXT    NOT NULL,
    status          INTEGER,
    content_type    TEXT,
    response_body   TEXT,
    created_at      TEXT    NOT NULL,
    UNIQUE (owner, idempotency_key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);
