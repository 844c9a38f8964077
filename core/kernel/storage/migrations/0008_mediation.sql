-- Mediation: cases (TJ-YYYY-NNNN) with their parties, mediators, sessions, the agreement
-- and the follow-up visits after it. The case row is the aggregate's root: every write to
-- a case or one of its parts bumps the case's row_version, which is what conflicts are
-- checked on. Agreement signatures live in record_signature (record_kind 'mediation',
-- record_id = the case's id), so one verifier covers them with the on-scene records.

CREATE TABLE mediation_case (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    number TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('alert', 'walk_in', 'community_office',
                                           'neighbourhood_committee', 'court',
                                           'justice_office', 'own_initiative')),
    alert_id BIGINT REFERENCES alert(id),
    dispute_type TEXT NOT NULL CHECK (dispute_type IN ('family_marriage', 'betrothal_gift',
                                                       'neighbour', 'wages_labour', 'consumer',
                                                       'traffic', 'property_land', 'other')),
    facts TEXT NOT NULL DEFAULT '',
    area_id BIGINT REFERENCES community_area(id),
    location TEXT NOT NULL DEFAULT '',
    opened_at BIGINT NOT NULL,
    risk TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high')),
    risk_reason TEXT NOT NULL DEFAULT '',
    owning_leader_id BIGINT REFERENCES person(id),
    outcome TEXT CHECK (outcome IN ('agreement_reached', 'legal_channels', 'failed_referred',
                                    'withdrawn')),
    legal_channel TEXT CHECK (legal_channel IN ('court', 'arbitration', 'justice_office')),
    referred_to TEXT NOT NULL DEFAULT '',
    outcome_note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    closed_at BIGINT,
    closed_by TEXT NOT NULL DEFAULT '',
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, number),
    -- 所领导包案: a high-risk case always names the leader who owns it.
    CHECK (risk <> 'high' OR owning_leader_id IS NOT NULL),
    CHECK (source <> 'alert' OR alert_id IS NOT NULL),
    CHECK (status = 'open' OR (closed_at IS NOT NULL AND outcome IS NOT NULL)),
    CHECK (outcome IS NULL OR outcome <> 'legal_channels' OR legal_channel IS NOT NULL)
);
CREATE INDEX mediation_case_status ON mediation_case (station_id, status, opened_at);
CREATE INDEX mediation_case_opened ON mediation_case (station_id, opened_at, id);
CREATE INDEX mediation_case_area ON mediation_case (station_id, area_id, opened_at);
CREATE INDEX mediation_case_alert ON mediation_case (alert_id);
CREATE INDEX mediation_case_leader ON mediation_case (owning_leader_id, status);
CREATE INDEX mediation_case_location ON mediation_case (station_id, location);

CREATE TABLE mediation_party (
    case_id BIGINT NOT NULL REFERENCES mediation_case(id) ON DELETE CASCADE,
    station_id BIGINT NOT NULL REFERENCES station(id),
    position INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('applicant', 'respondent', 'other')),
    name TEXT NOT NULL CHECK (name <> ''),
    sex TEXT NOT NULL CHECK (sex IN ('male', 'female', 'unstated')),
    document_type TEXT NOT NULL CHECK (document_type IN ('resident_id', 'passport',
                                                         'hk_macao_permit', 'taiwan_permit',
                                                         'other')),
    document_number TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, position)
);
CREATE INDEX mediation_party_document ON mediation_party (station_id, document_number);
CREATE INDEX mediation_party_name ON mediation_party (station_id, name);

CREATE TABLE mediation_mediator (
    case_id BIGINT NOT NULL REFERENCES mediation_case(id) ON DELETE CASCADE,
    station_id BIGINT NOT NULL REFERENCES station(id),
    person_id BIGINT NOT NULL REFERENCES person(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (case_id, person_id)
);
CREATE INDEX mediation_mediator_person ON mediation_mediator (person_id, case_id);

CREATE TABLE mediation_session (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    case_id BIGINT NOT NULL REFERENCES mediation_case(id) ON DELETE CASCADE,
    held_at BIGINT NOT NULL,
    place TEXT NOT NULL CHECK (place <> ''),
    attendees TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    row_version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE INDEX mediation_session_case ON mediation_session (case_id, held_at);

-- One agreement per case. Sealed: its content hash and seal digest are set and the
-- service refuses every change to it, its parties and its mediators.
CREATE TABLE mediation_agreement (
    case_id BIGINT PRIMARY KEY REFERENCES mediation_case(id) ON DELETE CASCADE,
    station_id BIGINT NOT NULL REFERENCES station(id),
    liability TEXT NOT NULL DEFAULT '',
    terms TEXT NOT NULL DEFAULT '',
    performance_method TEXT NOT NULL DEFAULT '',
    performance_place TEXT NOT NULL DEFAULT '',
    performance_deadline TEXT,
    status TEXT NOT NULL CHECK (status IN ('draft', 'sealed')),
    sealed_at BIGINT,
    sealed_by TEXT NOT NULL DEFAULT '',
    content_sha256 TEXT NOT NULL DEFAULT '',
    seal_digest TEXT NOT NULL DEFAULT '',
    row_version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    CHECK (status = 'draft' OR (sealed_at IS NOT NULL AND content_sha256 <> ''
                                AND terms <> ''))
);

-- due_on is a station date (YYYY-MM-DD); a visit is done once visited_at is set.
CREATE TABLE mediation_follow_up (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    case_id BIGINT NOT NULL REFERENCES mediation_case(id) ON DELETE CASCADE,
    due_on TEXT NOT NULL,
    plan TEXT NOT NULL DEFAULT '',
    visited_at BIGINT,
    visitor_id BIGINT REFERENCES person(id),
    terms_carried_out TEXT CHECK (terms_carried_out IN ('fully', 'partly', 'no')),
    satisfaction TEXT CHECK (satisfaction IN ('satisfied', 'acceptable', 'dissatisfied')),
    new_risk INTEGER NOT NULL DEFAULT 0 CHECK (new_risk IN (0, 1)),
    new_risk_note TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL DEFAULT '',
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    CHECK (visited_at IS NULL OR (terms_carried_out IS NOT NULL AND satisfaction IS NOT NULL)),
    CHECK (new_risk = 0 OR new_risk_note <> '')
);
CREATE INDEX mediation_follow_up_case ON mediation_follow_up (case_id, due_on);
CREATE INDEX mediation_follow_up_due ON mediation_follow_up (station_id, due_on);
