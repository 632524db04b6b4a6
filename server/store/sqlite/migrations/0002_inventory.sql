-- 0002: the tenant-owned ESXi inventory that plan quotas meter (servers, virtual machines,
-- backup jobs, backups), organization API keys for the backup engine, and the record of quota
-- thresholds crossed. Every tenant-owned row carries organization_id; child rows repeat it and
-- a composite foreign key ties them to a parent of the same organization.

CREATE TABLE esxi_servers (
    id                 INTEGER PRIMARY KEY,
    organization_id    TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name               TEXT    NOT NULL CHECK (name <> ''),
    host               TEXT    NOT NULL CHECK (host <> ''),
    port               INTEGER NOT NULL DEFAULT 443 CHECK (port BETWEEN 1 AND 65535),
    username           TEXT    NOT NULL CHECK (username <> ''),
    -- AES-256-GCM under the master key, bound to the organization ("v1:" + base64)
    password_sealed    TEXT    NOT NULL,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    UNIQUE (organization_id, host, port),
    UNIQUE (organization_id, id)
);

CREATE TABLE virtual_machines (
    id              INTEGER PRIMARY KEY,
    organization_id TEXT    NOT NULL,
    server_id       INTEGER NOT NULL,
    name            TEXT    NOT NULL CHECK (name <> ''),
    guest_os        TEXT    NOT NULL DEFAULT '',
    power_state     TEXT    NOT NULL DEFAULT 'unknown'
                            CHECK (power_state IN ('powered_on', 'powered_off', 'suspended', 'unknown')),
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    FOREIGN KEY (organization_id, server_id) REFERENCES esxi_servers (organization_id, id) ON DELETE CASCADE,
    UNIQUE (organization_id, server_id, name),
    UNIQUE (organization_id, id)
);

CREATE TABLE backup_jobs (
    id                  INTEGER PRIMARY KEY,
    organization_id     TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name                TEXT    NOT NULL CHECK (name <> ''),
    schedule            TEXT    NOT NULL CHECK (schedule <> ''),
    retention_days      INTEGER NOT NULL CHECK (retention_days >= 1),
    replication_enabled INTEGER NOT NULL DEFAULT 0 CHECK (replication_enabled IN (0, 1)),
    sure_backup_enabled INTEGER NOT NULL DEFAULT 0 CHECK (sure_backup_enabled IN (0, 1)),
    is_enabled          INTEGER NOT NULL DEFAULT 1 CHECK (is_enabled IN (0, 1)),
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    UNIQUE (organization_id, name),
    UNIQUE (organization_id, id)
);

CREATE TABLE backup_job_vms (
    organization_id TEXT    NOT NULL,
    job_id          INTEGER NOT NULL,
    vm_id           INTEGER NOT NULL,
    PRIMARY KEY (job_id, vm_id),
    FOREIGN KEY (organization_id, job_id) REFERENCES backup_jobs (organization_id, id) ON DELETE CASCADE,
    FOREIGN KEY (organization_id, vm_id) REFERENCES virtual_machines (organization_id, id) ON DELETE CASCADE
);

CREATE TABLE backups (
    id              INTEGER PRIMARY KEY,
    organization_id TEXT    NOT NULL,
    job_id          INTEGER NOT NULL,
    started_at      TEXT    NOT NULL,
    finished_at     TEXT,
    status          TEXT    NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
    size_bytes      INTEGER NOT NULL DEFAULT 0 CHECK (size_bytes >= 0),
    created_at      TEXT    NOT NULL,
    FOREIGN KEY (organization_id, job_id) REFERENCES backup_jobs (organization_id, id) ON DELETE CASCADE,
    CHECK (finished_at IS NULL OR finished_at >= started_at),
    UNIQUE (organization_id, id)
);
CREATE INDEX backups_job ON backups (organization_id, job_id, started_at);

CREATE TABLE api_keys (
    id              INTEGER PRIMARY KEY,
    organization_id TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    name            TEXT    NOT NULL CHECK (name <> ''),
    prefix          TEXT    NOT NULL,
    key_hash        TEXT    NOT NULL UNIQUE,
    created_by      INTEGER REFERENCES users (id),
    created_at      TEXT    NOT NULL,
    last_used_at    TEXT,
    revoked_at      TEXT,
    UNIQUE (organization_id, id)
);

-- a quota threshold (80 or 100 percent) crossed and not yet fallen back below
CREATE TABLE quota_events (
    organization_id TEXT    NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    metric          TEXT    NOT NULL CHECK (metric IN ('servers', 'vms', 'backups', 'storage', 'users')),
    threshold       INTEGER NOT NULL CHECK (threshold IN (80, 100)),
    usage_value     INTEGER NOT NULL,
    quota_limit     INTEGER NOT NULL,
    crossed_at      TEXT    NOT NULL,
    PRIMARY KEY (organization_id, metric, threshold)
);
