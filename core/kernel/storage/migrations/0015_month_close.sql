-- The monthly close (月结). A closed month's bounds are stored as UTC instants computed in
-- the station's time zone when it was closed, so the guard that every alert, record and
-- case write asks (core/kernel/settings/ClosedPeriodRepository) needs no time zone, and a
-- later change of the zone setting cannot move a sealed month's edges.
CREATE TABLE month_close (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    period TEXT NOT NULL,          -- YYYY-MM
    starts_at BIGINT NOT NULL,     -- UTC ms, inclusive
    ends_at BIGINT NOT NULL,       -- UTC ms, exclusive
    status TEXT NOT NULL CHECK (status IN ('closed', 'reopened')),
    closed_at BIGINT NOT NULL,
    closed_by TEXT NOT NULL,
    close_reason TEXT NOT NULL,
    figures TEXT NOT NULL,         -- canonical JSON of the sealed figures
    audit_head TEXT NOT NULL,      -- the audit chain's head hash at closing
    audit_seq BIGINT NOT NULL,
    digest TEXT NOT NULL,          -- SHA-256 over period, figures and audit head
    reopened_at BIGINT,
    reopened_by TEXT,
    reopen_reason TEXT,
    row_version BIGINT NOT NULL DEFAULT 1,
    UNIQUE (station_id, period)
);
CREATE INDEX month_close_range ON month_close (station_id, status, starts_at);

-- The chief's amendment of one item of a closed month (an alert or a mediation case by its
-- number; an on-scene record goes by its alert). It lets that item be written until
-- valid_until; the next month's report lists it as a revision.
CREATE TABLE month_amendment (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    period TEXT NOT NULL,
    ref TEXT NOT NULL,
    reason TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    granted_by TEXT NOT NULL,
    valid_until BIGINT NOT NULL
);
CREATE INDEX month_amendment_ref ON month_amendment (station_id, ref, valid_until);
