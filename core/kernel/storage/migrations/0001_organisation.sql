-- Foundation: schema bookkeeping, the station, and its organisation.
-- Instants are UTC milliseconds (BIGINT); calendar dates are ISO 'YYYY-MM-DD' text;
-- booleans are 0/1 integers. {{id}} becomes each engine's 64-bit identity key.

CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at BIGINT NOT NULL
);

CREATE TABLE station (
    id {{id}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    created_at BIGINT NOT NULL
);

CREATE TABLE person (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    badge_no TEXT NOT NULL,
    name TEXT NOT NULL,
    position TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL CHECK (category IN ('officer', 'auxiliary')),
    phone TEXT NOT NULL DEFAULT '',
    joined_on TEXT,
    left_on TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, badge_no)
);
CREATE INDEX person_station_name ON person (station_id, name);

CREATE TABLE unit (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    kind TEXT NOT NULL CHECK (kind IN ('leadership', 'party_group', 'squad', 'action_team',
                                       'community_office')),
    name TEXT NOT NULL,
    leader_id BIGINT REFERENCES person(id),
    parent_id BIGINT REFERENCES unit(id),
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, name),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX unit_parent ON unit (parent_id);
CREATE INDEX unit_leader ON unit (leader_id);

CREATE TABLE unit_member (
    unit_id BIGINT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person(id),
    PRIMARY KEY (unit_id, person_id)
);
CREATE INDEX unit_member_person ON unit_member (person_id);

CREATE TABLE community_area (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    office_id BIGINT NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (station_id, name)
);
CREATE INDEX community_area_office ON community_area (office_id);
