-- 0010: process-renewals also records the organizations it leaves with their renewal invoice
-- (bank transfer, nothing on file, or auto_renew off) as a renewal_payments row with outcome
-- 'invoice_only', so that only the first run for a period counts them (a repeated run reports
-- zero). Such a row names the method on file, if any; a later run that can start the payment
-- (auto_renew turned on, a method on file) claims it. SQLite cannot change a CHECK in place: the
-- table is rebuilt (nothing references it).

CREATE TABLE renewal_payments_0010 (
    organization_id TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    period_end      TEXT    NOT NULL,
    order_id        INTEGER NOT NULL REFERENCES orders (id),
    method          TEXT    CHECK (method IN ('paypal', 'mtn_momo', 'bank_transfer')),
    payment_id      INTEGER REFERENCES payments (id),
    outcome         TEXT    NOT NULL DEFAULT 'claimed'
                            CHECK (outcome IN ('invoice_only', 'claimed', 'started', 'failed')),
    failure         TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    PRIMARY KEY (organization_id, period_end),
    -- a payment is only ever started with PayPal or MoMo
    CHECK (outcome = 'invoice_only' OR method IN ('paypal', 'mtn_momo'))
);
INSERT INTO renewal_payments_0010 (organization_id, period_end, order_id, method, payment_id,
                                   outcome, failure, created_at, updated_at)
SELECT organization_id, period_end, order_id, method, payment_id, outcome, failure, created_at,
       updated_at
FROM renewal_payments;
DROP TABLE renewal_payments;
ALTER TABLE renewal_payments_0010 RENAME TO renewal_payments;
