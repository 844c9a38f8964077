-- Duty roster: the planned shifts (值班表) and their crews. A shift is a station date and a
-- key of the shift pattern (a station setting, duty_shift_pattern); its starts_at/ends_at
-- are fixed when it is planned, so a later change of the pattern never moves a shift
-- already planned. The shift row is the aggregate's root: every change of its crew bumps
-- its row_version, which is what conflicts are checked on.

CREATE TABLE duty_shift (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    duty_date TEXT NOT NULL, -- station date (YYYY-MM-DD) the shift starts on
    shift_key TEXT NOT NULL CHECK (shift_key <> ''),
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, duty_date, shift_key),
    CHECK (ends_at > starts_at)
);
CREATE INDEX duty_shift_starts ON duty_shift (station_id, starts_at, ends_at);

-- One person once per shift (the primary key), in a role; exactly one leader per shift is
-- kept by the service and at most one by the partial index.
CREATE TABLE duty_shift_member (
    shift_id BIGINT NOT NULL REFERENCES duty_shift(id) ON DELETE CASCADE,
    station_id BIGINT NOT NULL REFERENCES station(id),
    person_id BIGINT NOT NULL REFERENCES person(id),
    role TEXT NOT NULL CHECK (role IN ('leader', 'officer', 'auxiliary')),
    position INTEGER NOT NULL,
    PRIMARY KEY (shift_id, person_id)
);
CREATE UNIQUE INDEX duty_shift_one_leader ON duty_shift_member (shift_id) WHERE role = 'leader';
CREATE INDEX duty_shift_member_person ON duty_shift_member (person_id, shift_id);

-- A swap: out_person left shift_id for in_person; for an exchange between two shifts,
-- other_shift_id is the shift where in_person was and out_person now is.
CREATE TABLE duty_swap (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    shift_id BIGINT NOT NULL REFERENCES duty_shift(id) ON DELETE CASCADE,
    other_shift_id BIGINT REFERENCES duty_shift(id) ON DELETE CASCADE,
    out_person_id BIGINT NOT NULL REFERENCES person(id),
    in_person_id BIGINT NOT NULL REFERENCES person(id),
    reason TEXT NOT NULL CHECK (reason <> ''),
    swapped_at BIGINT NOT NULL,
    swapped_by TEXT NOT NULL
);
CREATE INDEX duty_swap_shift ON duty_swap (shift_id);
