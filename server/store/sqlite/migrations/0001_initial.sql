-- 0001: the whole data model of the original system (plans, organizations, members, payment
-- methods, orders, payments, invoices, usage metrics, coupons) plus users, tokens, audit log,
-- webhook events, email outbox and job runs. Money is INTEGER minor units beside a currency
-- code; instants are ISO 8601 UTC text ("2026-08-02T19:40:00Z"); booleans are 0/1.

CREATE TABLE plans (
    id                  INTEGER PRIMARY KEY,
    slug                TEXT    NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
    name                TEXT    NOT NULL CHECK (name <> ''),
    tier                TEXT    NOT NULL CHECK (tier IN ('bronze', 'silver', 'gold')),
    description         TEXT    NOT NULL DEFAULT '',
    currency            TEXT    NOT NULL CHECK (length(currency) = 3),
    monthly_price_minor INTEGER NOT NULL CHECK (monthly_price_minor >= 0),
    yearly_price_minor  INTEGER NOT NULL CHECK (yearly_price_minor >= 0),
    -- quotas: NULL means unlimited
    max_servers         INTEGER CHECK (max_servers IS NULL OR max_servers >= 0),
    max_vms             INTEGER CHECK (max_vms IS NULL OR max_vms >= 0),
    max_backups         INTEGER CHECK (max_backups IS NULL OR max_backups >= 0),
    max_storage_gb      INTEGER CHECK (max_storage_gb IS NULL OR max_storage_gb >= 0),
    max_users           INTEGER CHECK (max_users IS NULL OR max_users >= 0),
    has_replication     INTEGER NOT NULL DEFAULT 0 CHECK (has_replication IN (0, 1)),
    has_sure_backup     INTEGER NOT NULL DEFAULT 0 CHECK (has_sure_backup IN (0, 1)),
    has_monitoring      INTEGER NOT NULL DEFAULT 0 CHECK (has_monitoring IN (0, 1)),
    has_api_access      INTEGER NOT NULL DEFAULT 0 CHECK (has_api_access IN (0, 1)),
    support_level       TEXT    NOT NULL CHECK (support_level IN ('email', 'priority', 'dedicated')),
    retention_days      INTEGER NOT NULL CHECK (retention_days >= 1),
    max_restore_points  INTEGER NOT NULL CHECK (max_restore_points >= 1),
    custom_retention    INTEGER NOT NULL DEFAULT 0 CHECK (custom_retention IN (0, 1)),
    is_active           INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    is_popular          INTEGER NOT NULL DEFAULT 0 CHECK (is_popular IN (0, 1)),
    sort_order          INTEGER NOT NULL DEFAULT 0,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    email         TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (email LIKE '_%@_%'),
    name          TEXT    NOT NULL DEFAULT '',
    -- "<algorithm>$<iterations>$<salt>$<hash>"; NULL until the user sets a password
    password_hash TEXT,
    is_staff      INTEGER NOT NULL DEFAULT 0 CHECK (is_staff IN (0, 1)),
    is_active     INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    locale        TEXT    NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
    last_login_at TEXT,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

CREATE TABLE auth_tokens (
    id         INTEGER PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('session', 'password_reset', 'set_password')),
    token_hash TEXT    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL,
    expires_at TEXT    NOT NULL,
    used_at    TEXT,
    revoked_at TEXT
);
CREATE INDEX auth_tokens_user ON auth_tokens (user_id, kind);

CREATE TABLE organizations (
    id                   TEXT    PRIMARY KEY CHECK (length(id) = 36),
    name                 TEXT    NOT NULL CHECK (name <> ''),
    slug                 TEXT    NOT NULL UNIQUE CHECK (slug <> ''),
    status               TEXT    NOT NULL DEFAULT 'pending'
                                 CHECK (status IN ('pending', 'active', 'suspended', 'cancelled', 'expired')),
    status_reason        TEXT,
    plan_id              INTEGER REFERENCES plans (id),
    billing_cycle        TEXT    CHECK (billing_cycle IN ('monthly', 'yearly')),
    subscription_start   TEXT,
    subscription_end     TEXT,
    billing_anchor_day   INTEGER CHECK (billing_anchor_day BETWEEN 1 AND 31),
    auto_renew           INTEGER NOT NULL DEFAULT 1 CHECK (auto_renew IN (0, 1)),
    cancel_at_period_end INTEGER NOT NULL DEFAULT 0 CHECK (cancel_at_period_end IN (0, 1)),
    scheduled_plan_id    INTEGER REFERENCES plans (id),
    contact_email        TEXT    NOT NULL,
    contact_phone        TEXT,
    billing_name         TEXT    NOT NULL DEFAULT '',
    billing_address      TEXT    NOT NULL DEFAULT '',
    billing_country      TEXT    NOT NULL DEFAULT '',
    tax_id               TEXT    NOT NULL DEFAULT '',
    locale               TEXT    NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    CHECK (subscription_end IS NULL OR subscription_start IS NULL OR subscription_end > subscription_start)
);
CREATE INDEX organizations_status ON organizations (status, subscription_end);

CREATE TABLE organization_members (
    id                    INTEGER PRIMARY KEY,
    organization_id       TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    user_id               INTEGER REFERENCES users (id),
    role                  TEXT    NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
    is_active             INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    is_default            INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    invited_email         TEXT,
    invited_by            INTEGER REFERENCES users (id),
    invitation_token_hash TEXT    UNIQUE,
    invitation_expires_at TEXT,
    invited_at            TEXT,
    joined_at             TEXT,
    created_at            TEXT    NOT NULL,
    UNIQUE (organization_id, user_id),
    CHECK (user_id IS NOT NULL OR invited_email IS NOT NULL)
);
CREATE INDEX organization_members_user ON organization_members (user_id);

CREATE TABLE payment_methods (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE CHECK (code IN ('paypal', 'mtn_momo', 'bank_transfer')),
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('automatic', 'manual')),
    is_enabled  INTEGER NOT NULL DEFAULT 1 CHECK (is_enabled IN (0, 1)),
    sort_order  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
INSERT INTO payment_methods (code, name, kind, sort_order, created_at, updated_at) VALUES
    ('paypal', 'PayPal', 'automatic', 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('mtn_momo', 'MTN Mobile Money', 'automatic', 2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    ('bank_transfer', 'Bank transfer', 'manual', 3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));

CREATE TABLE coupons (
    id                    INTEGER PRIMARY KEY,
    code                  TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (code <> ''),
    discount_type         TEXT    NOT NULL CHECK (discount_type IN ('percent', 'fixed')),
    percent_bp            INTEGER CHECK (percent_bp BETWEEN 1 AND 10000),
    amount_minor          INTEGER CHECK (amount_minor > 0),
    currency              TEXT    CHECK (currency IS NULL OR length(currency) = 3),
    minimum_amount_minor  INTEGER CHECK (minimum_amount_minor IS NULL OR minimum_amount_minor >= 0),
    valid_from            TEXT,
    valid_until           TEXT,
    max_uses              INTEGER CHECK (max_uses IS NULL OR max_uses >= 1),
    max_uses_per_customer INTEGER CHECK (max_uses_per_customer IS NULL OR max_uses_per_customer >= 1),
    times_used            INTEGER NOT NULL DEFAULT 0
                                  CHECK (times_used >= 0 AND (max_uses IS NULL OR times_used <= max_uses)),
    is_active             INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL,
    CHECK ((discount_type = 'percent' AND percent_bp IS NOT NULL AND amount_minor IS NULL)
        OR (discount_type = 'fixed' AND amount_minor IS NOT NULL AND currency IS NOT NULL AND percent_bp IS NULL)),
    CHECK (valid_until IS NULL OR valid_from IS NULL OR valid_until > valid_from)
);

CREATE TABLE coupon_plans (
    coupon_id INTEGER NOT NULL REFERENCES coupons (id) ON DELETE CASCADE,
    plan_id   INTEGER NOT NULL REFERENCES plans (id),
    PRIMARY KEY (coupon_id, plan_id)
);

CREATE TABLE orders (
    id               INTEGER PRIMARY KEY,
    order_number     TEXT    NOT NULL UNIQUE,
    organization_id  TEXT    REFERENCES organizations (id),
    user_id          INTEGER REFERENCES users (id),
    plan_id          INTEGER NOT NULL REFERENCES plans (id),
    kind             TEXT    NOT NULL DEFAULT 'new' CHECK (kind IN ('new', 'renewal', 'upgrade')),
    billing_cycle    TEXT    NOT NULL CHECK (billing_cycle IN ('monthly', 'yearly')),
    status           TEXT    NOT NULL DEFAULT 'pending'
                             CHECK (status IN ('pending', 'paid', 'processing', 'completed', 'failed', 'cancelled', 'refunded')),
    customer_name    TEXT    NOT NULL CHECK (customer_name <> ''),
    customer_company TEXT    NOT NULL DEFAULT '',
    customer_email   TEXT    NOT NULL CHECK (customer_email LIKE '_%@_%'),
    customer_phone   TEXT,
    locale           TEXT    NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
    currency         TEXT    NOT NULL CHECK (length(currency) = 3),
    subtotal_minor   INTEGER NOT NULL CHECK (subtotal_minor >= 0),
    discount_minor   INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0 AND discount_minor <= subtotal_minor),
    tax_rate_bp      INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    tax_minor        INTEGER NOT NULL DEFAULT 0 CHECK (tax_minor >= 0),
    total_minor      INTEGER NOT NULL CHECK (total_minor = subtotal_minor - discount_minor + tax_minor),
    coupon_id        INTEGER REFERENCES coupons (id),
    order_token_hash TEXT,
    expires_at       TEXT,
    provisioned_at   TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL
);
CREATE INDEX orders_status ON orders (status, expires_at);
CREATE INDEX orders_organization ON orders (organization_id);

CREATE TABLE coupon_uses (
    id              INTEGER PRIMARY KEY,
    coupon_id       INTEGER NOT NULL REFERENCES coupons (id),
    order_id        INTEGER NOT NULL UNIQUE REFERENCES orders (id),
    customer_email  TEXT    NOT NULL COLLATE NOCASE,
    organization_id TEXT    REFERENCES organizations (id),
    used_at         TEXT    NOT NULL
);
CREATE INDEX coupon_uses_customer ON coupon_uses (coupon_id, customer_email);

CREATE TABLE payments (
    id                 INTEGER PRIMARY KEY,
    transaction_id     TEXT    NOT NULL UNIQUE,
    order_id           INTEGER NOT NULL REFERENCES orders (id),
    organization_id    TEXT    REFERENCES organizations (id),
    payment_method_id  INTEGER NOT NULL REFERENCES payment_methods (id),
    status             TEXT    NOT NULL DEFAULT 'pending'
                               CHECK (status IN ('pending', 'processing', 'completed', 'failed', 'refunded')),
    currency           TEXT    NOT NULL CHECK (length(currency) = 3),
    amount_minor       INTEGER NOT NULL CHECK (amount_minor >= 0),
    received_minor     INTEGER CHECK (received_minor IS NULL OR received_minor >= 0),
    provider_reference TEXT,
    provider_status    TEXT,
    failure_reason     TEXT,
    payer_phone        TEXT,
    receipt_path       TEXT,
    verified_by        INTEGER REFERENCES users (id),
    verified_at        TEXT,
    completed_at       TEXT,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    UNIQUE (payment_method_id, provider_reference)
);
CREATE INDEX payments_order ON payments (order_id);
CREATE INDEX payments_status ON payments (status, payment_method_id);

CREATE TABLE invoices (
    id              INTEGER PRIMARY KEY,
    invoice_number  TEXT    UNIQUE,
    organization_id TEXT    NOT NULL REFERENCES organizations (id),
    order_id        INTEGER REFERENCES orders (id),
    payment_id      INTEGER REFERENCES payments (id),
    status          TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'issued', 'paid', 'void')),
    currency        TEXT    NOT NULL CHECK (length(currency) = 3),
    subtotal_minor  INTEGER NOT NULL CHECK (subtotal_minor >= 0),
    discount_minor  INTEGER NOT NULL DEFAULT 0 CHECK (discount_minor >= 0 AND discount_minor <= subtotal_minor),
    tax_rate_bp     INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    tax_minor       INTEGER NOT NULL DEFAULT 0 CHECK (tax_minor >= 0),
    total_minor     INTEGER NOT NULL CHECK (total_minor = subtotal_minor - discount_minor + tax_minor),
    seller_json     TEXT    NOT NULL,
    buyer_json      TEXT    NOT NULL,
    locale          TEXT    NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
    period_start    TEXT,
    period_end      TEXT,
    issued_at       TEXT,
    due_at          TEXT,
    paid_at         TEXT,
    voided_at       TEXT,
    void_reason     TEXT,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    CHECK (status = 'draft' OR (invoice_number IS NOT NULL AND issued_at IS NOT NULL)),
    CHECK (status <> 'void' OR void_reason IS NOT NULL)
);
CREATE INDEX invoices_organization ON invoices (organization_id, issued_at);

CREATE TABLE invoice_lines (
    id               INTEGER PRIMARY KEY,
    invoice_id       INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (position >= 1),
    description      TEXT    NOT NULL CHECK (description <> ''),
    quantity         INTEGER NOT NULL CHECK (quantity >= 1),
    unit_price_minor INTEGER NOT NULL,
    amount_minor     INTEGER NOT NULL CHECK (amount_minor = quantity * unit_price_minor),
    UNIQUE (invoice_id, position)
);

-- one row per month: the last invoice sequence handed out, incremented in the issuing transaction
CREATE TABLE invoice_sequences (
    year_month    TEXT    PRIMARY KEY CHECK (length(year_month) = 6),
    last_sequence INTEGER NOT NULL CHECK (last_sequence BETWEEN 0 AND 99999)
);

CREATE TABLE usage_metrics (
    id               INTEGER PRIMARY KEY,
    organization_id  TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    period_date      TEXT    NOT NULL CHECK (length(period_date) = 10),
    servers_count    INTEGER NOT NULL DEFAULT 0 CHECK (servers_count >= 0),
    vms_count        INTEGER NOT NULL DEFAULT 0 CHECK (vms_count >= 0),
    backups_count    INTEGER NOT NULL DEFAULT 0 CHECK (backups_count >= 0),
    storage_bytes    INTEGER NOT NULL DEFAULT 0 CHECK (storage_bytes >= 0),
    users_count      INTEGER NOT NULL DEFAULT 0 CHECK (users_count >= 0),
    quota_violations TEXT    NOT NULL DEFAULT '[]',
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    UNIQUE (organization_id, period_date)
);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    occurred_at     TEXT    NOT NULL,
    actor_kind      TEXT    NOT NULL CHECK (actor_kind IN ('user', 'staff', 'system', 'api_key')),
    actor_user_id   INTEGER REFERENCES users (id),
    organization_id TEXT,
    action          TEXT    NOT NULL CHECK (action <> ''),
    target_type     TEXT,
    target_id       TEXT,
    reason          TEXT,
    before_json     TEXT,
    after_json      TEXT,
    request_id      TEXT
);
CREATE INDEX audit_log_organization ON audit_log (organization_id, occurred_at);
CREATE INDEX audit_log_actor ON audit_log (actor_user_id, occurred_at);

CREATE TABLE webhook_events (
    id               INTEGER PRIMARY KEY,
    provider         TEXT    NOT NULL CHECK (provider IN ('paypal', 'mtn_momo')),
    event_id         TEXT    NOT NULL,
    event_type       TEXT    NOT NULL DEFAULT '',
    raw_headers      TEXT    NOT NULL,
    raw_body         BLOB    NOT NULL,
    signature_valid  INTEGER CHECK (signature_valid IN (0, 1)),
    received_at      TEXT    NOT NULL,
    processed_at     TEXT,
    processing_error TEXT,
    UNIQUE (provider, event_id)
);

CREATE TABLE email_outbox (
    id              INTEGER PRIMARY KEY,
    template        TEXT    NOT NULL,
    locale          TEXT    NOT NULL CHECK (locale IN ('fr', 'en')),
    recipient       TEXT    NOT NULL CHECK (recipient LIKE '_%@_%'),
    subject         TEXT    NOT NULL,
    body_text       TEXT    NOT NULL,
    body_html       TEXT,
    organization_id TEXT,
    dedupe_key      TEXT    UNIQUE,
    status          TEXT    NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at TEXT,
    last_error      TEXT,
    sent_at         TEXT,
    created_at      TEXT    NOT NULL
);
CREATE INDEX email_outbox_due ON email_outbox (status, next_attempt_at);

CREATE TABLE job_runs (
    id              INTEGER PRIMARY KEY,
    job             TEXT    NOT NULL,
    run_key         TEXT    NOT NULL UNIQUE,
    outcome         TEXT    NOT NULL DEFAULT 'running' CHECK (outcome IN ('running', 'succeeded', 'failed')),
    started_at      TEXT    NOT NULL,
    finished_at     TEXT,
    items_processed INTEGER NOT NULL DEFAULT 0 CHECK (items_processed >= 0),
    items_failed    INTEGER NOT NULL DEFAULT 0 CHECK (items_failed >= 0),
    message         TEXT
);
CREATE INDEX job_runs_job ON job_runs (job, started_at);
