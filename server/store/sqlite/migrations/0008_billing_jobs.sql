-- 0008: renewal billing jobs (issue 8). generate-invoices issues a renewal invoice before the
-- period ends and emails it with its PDF attached; process-renewals starts the renewal payment
-- with the method the organization last paid with; update-metrics warns once per quota crossed.

-- Files sent with an outbox email (the invoice PDF), written in the email's transaction.
CREATE TABLE email_attachments (
    id           INTEGER PRIMARY KEY,
    email_id     INTEGER NOT NULL REFERENCES email_outbox (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL CHECK (position >= 1),
    file_name    TEXT    NOT NULL CHECK (file_name <> ''),
    content_type TEXT    NOT NULL CHECK (content_type <> ''),
    content      BLOB    NOT NULL,
    UNIQUE (email_id, position)
);

-- The payment method on file: how the organization's last completed payment was made (and the
-- MoMo number it came from), replaced by every later completed payment in its transaction.
-- process-renewals starts the next renewal payment with it.
CREATE TABLE payment_methods_on_file (
    organization_id TEXT    PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
    method          TEXT    NOT NULL CHECK (method IN ('paypal', 'mtn_momo', 'bank_transfer')),
    payer_phone     TEXT,
    payment_id      INTEGER NOT NULL REFERENCES payments (id),
    updated_at      TEXT    NOT NULL
);
INSERT INTO payment_methods_on_file (organization_id, method, payer_phone, payment_id, updated_at)
SELECT p.organization_id, m.code, p.payer_phone, p.id, p.updated_at
FROM payments p JOIN payment_methods m ON m.id = p.payment_method_id
WHERE p.status = 'completed' AND p.organization_id IS NOT NULL
  AND p.id = (SELECT MAX(q.id) FROM payments q
              WHERE q.organization_id = p.organization_id AND q.status = 'completed');

-- Renewal payments started by process-renewals: one per organization and period end (the key),
-- claimed before the provider is called; payment_id is set once the payment row exists.
CREATE TABLE renewal_payments (
    organization_id TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    period_end      TEXT    NOT NULL,
    order_id        INTEGER NOT NULL REFERENCES orders (id),
    method          TEXT    NOT NULL CHECK (method IN ('paypal', 'mtn_momo')),
    payment_id      INTEGER REFERENCES payments (id),
    outcome         TEXT    NOT NULL DEFAULT 'claimed'
                            CHECK (outcome IN ('claimed', 'started', 'failed')),
    failure         TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (organization_id, period_end)
);

-- An order has at most one invoice that is not void: a renewal invoice issued before payment is
-- marked paid by the payment instead of a second one being issued.
CREATE UNIQUE INDEX invoices_one_per_order ON invoices (order_id)
    WHERE order_id IS NOT NULL AND status <> 'void';
