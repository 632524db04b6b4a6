-- 0007: the job framework (issue 8). Each run records who started it (the in-process scheduler,
-- a staff member through the admin API, or `ebm-server <job>` on the command line), the process
-- that ran it and what it changed; one lease row per job makes a job run once at a time across
-- processes sharing this file (taken in a BEGIN IMMEDIATE transaction, released at the end; a
-- lease whose process died or whose time ran out is taken over and its run marked failed).

ALTER TABLE job_runs ADD COLUMN triggered_by TEXT NOT NULL DEFAULT 'cli'
    CHECK (triggered_by IN ('scheduler', 'staff', 'cli'));
ALTER TABLE job_runs ADD COLUMN staff_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL;
-- "<host>:<pid>" of the process that ran it
ALTER TABLE job_runs ADD COLUMN holder TEXT;
-- the job's own counts, a JSON object such as {"overdue_notices":1,"suspended":0}
ALTER TABLE job_runs ADD COLUMN changes_json TEXT;
CREATE INDEX job_runs_outcome ON job_runs (outcome, id);
CREATE INDEX job_runs_job_id ON job_runs (job, id);

CREATE TABLE job_leases (
    job         TEXT    PRIMARY KEY,
    run_id      INTEGER NOT NULL REFERENCES job_runs (id),
    holder      TEXT    NOT NULL,
    acquired_at TEXT    NOT NULL,
    expires_at  TEXT    NOT NULL
);
