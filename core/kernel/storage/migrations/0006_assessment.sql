-- Team assessments and honours: schemes with their item catalogues and grade thresholds,
-- score sheets with their entries and review history, the honours register and the
-- station's history. A sheet's total and grade are computed by the service from its
-- entries and stored only so rankings can sort in SQL; AssessmentService::verifySheet
-- recomputes them, and an approved sheet also carries the SHA-256 of its content.

CREATE TABLE assessment_scheme (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('unit', 'person')),
    period_kind TEXT NOT NULL CHECK (period_kind IN ('month', 'quarter', 'year')),
    base_score INTEGER NOT NULL DEFAULT 100 CHECK (base_score > 0),
    excellent_min INTEGER NOT NULL DEFAULT 95,
    good_min INTEGER NOT NULL DEFAULT 85,
    pass_min INTEGER NOT NULL DEFAULT 70,
    zero_deduction_target INTEGER NOT NULL DEFAULT 0 CHECK (zero_deduction_target IN (0, 1)),
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, code),
    CHECK (excellent_min > good_min AND good_min > pass_min AND pass_min >= 0)
);

CREATE TABLE assessment_item (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    scheme_id BIGINT NOT NULL REFERENCES assessment_scheme(id),
    code TEXT NOT NULL,
    description TEXT NOT NULL,
    points INTEGER NOT NULL CHECK (points <> 0),
    max_per_period INTEGER NOT NULL CHECK (max_per_period > 0),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (scheme_id, code)
);

CREATE TABLE score_sheet (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    scheme_id BIGINT NOT NULL REFERENCES assessment_scheme(id),
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('unit', 'person')),
    subject_id BIGINT NOT NULL,
    period TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved')),
    -- The scheme's base and thresholds as of the last save: an approved sheet keeps its own.
    base_score INTEGER NOT NULL,
    excellent_min INTEGER NOT NULL,
    good_min INTEGER NOT NULL,
    pass_min INTEGER NOT NULL,
    total INTEGER NOT NULL CHECK (total >= 0),
    grade TEXT NOT NULL CHECK (grade IN ('excellent', 'good', 'pass', 'fail')),
    drafted_by TEXT NOT NULL,
    submitted_at BIGINT,
    approved_at BIGINT,
    approved_by TEXT,
    content_hash TEXT,
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, scheme_id, subject_id, period),
    CHECK ((status = 'approved') = (content_hash IS NOT NULL))
);
CREATE INDEX score_sheet_period ON score_sheet (scheme_id, period);
CREATE INDEX score_sheet_status ON score_sheet (station_id, status);

CREATE TABLE score_entry (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    sheet_id BIGINT NOT NULL REFERENCES score_sheet(id) ON DELETE CASCADE,
    item_id BIGINT NOT NULL REFERENCES assessment_item(id),
    position INTEGER NOT NULL,
    points INTEGER NOT NULL CHECK (points <> 0),
    reason TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT '',
    record_kind TEXT CHECK (record_kind IN ('alert', 'on_scene_record', 'mediation')),
    record_number TEXT,
    CHECK ((record_kind IS NULL) = (record_number IS NULL))
);
CREATE INDEX score_entry_sheet ON score_entry (sheet_id, position);
CREATE INDEX score_entry_item ON score_entry (item_id);

-- Each step of a sheet's review, kept after the sheet moves on: a returned sheet's
-- comment stays here when it is drafted again.
CREATE TABLE score_sheet_review (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    sheet_id BIGINT NOT NULL REFERENCES score_sheet(id) ON DELETE CASCADE,
    action TEXT NOT NULL CHECK (action IN ('submit', 'approve', 'return')),
    comment TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX score_sheet_review_sheet ON score_sheet_review (sheet_id, at);

CREATE TABLE honour (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    collective INTEGER NOT NULL CHECK (collective IN (0, 1)),
    kind TEXT NOT NULL CHECK (kind IN ('first_class_merit', 'second_class_merit',
                                       'third_class_merit', 'commendation', 'title')),
    title TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2999),
    awarding_body TEXT NOT NULL,
    unit_id BIGINT REFERENCES unit(id),
    person_id BIGINT REFERENCES person(id),
    citation TEXT NOT NULL DEFAULT '',
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    -- A collective honour goes to a unit or, with no unit, to the whole station; an
    -- individual one to a person.
    CHECK ((collective = 1 AND person_id IS NULL) OR
           (collective = 0 AND person_id IS NOT NULL AND unit_id IS NULL))
);
CREATE INDEX honour_year ON honour (station_id, year);
CREATE INDEX honour_unit ON honour (unit_id);
CREATE INDEX honour_person ON honour (person_id);

CREATE TABLE station_event (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    happened_on TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE INDEX station_event_date ON station_event (station_id, happened_on);
