-- Accounts, station settings and the tamper-evident audit log.

CREATE TABLE account (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    person_id BIGINT NOT NULL REFERENCES person(id),
    role TEXT NOT NULL CHECK (role IN ('officer', 'squad_leader', 'instructor', 'chief', 'admin')),
    password_hash TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    first_failure_at BIGINT,
    locked_until BIGINT,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    password_changed_at BIGINT NOT NULL,
    last_login_at BIGINT,
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (person_id)
);

CREATE TABLE setting (
    station_id BIGINT NOT NULL REFERENCES station(id),
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (station_id, key)
);

-- One row per event, chained: hash = SHA-256(canonical row content, prev_hash).
-- Rows are only ever inserted (triggers in 0003 refuse UPDATE and DELETE).
CREATE TABLE audit_log (
    station_id BIGINT NOT NULL REFERENCES station(id),
    seq BIGINT NOT NULL,
    at_ms BIGINT NOT NULL,
    workstation TEXT NOT NULL,
    account TEXT NOT NULL,
    role TEXT NOT NULL,
    action TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id TEXT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (station_id, seq)
);
CREATE INDEX audit_log_time ON audit_log (station_id, at_ms);
CREATE INDEX audit_log_account ON audit_log (station_id, account, seq);
CREATE INDEX audit_log_action ON audit_log (station_id, action, seq);

-- The chain's head: its row lock serialises writers across desks, and it lets
-- verification notice rows cut off the end of the log.
CREATE TABLE audit_head (
    station_id BIGINT PRIMARY KEY REFERENCES station(id),
    seq BIGINT NOT NULL,
    hash TEXT NOT NULL
);
