-- Front desk: the alert register, its handling checklist, and on-scene resolution
-- records with their drawn signatures. Full-text search over alerts is added per engine
-- by 0007_alert_search.

CREATE TABLE alert (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    number TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('dispatch', 'phone', 'walk_in', 'group_message',
                                           'patrol')),
    category TEXT NOT NULL CHECK (category IN ('criminal', 'public_order', 'dispute',
                                               'assistance', 'traffic', 'other')),
    preventable INTEGER NOT NULL DEFAULT 0 CHECK (preventable IN (0, 1)),
    area_id BIGINT REFERENCES community_area(id),
    location TEXT NOT NULL DEFAULT '',
    caller_name TEXT NOT NULL DEFAULT '',
    caller_phone TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open', 'on_scene', 'resolved_on_scene',
                                           'converted_to_case', 'referred_to_mediation',
                                           'closed')),
    -- Summary, location and caller split into search tokens (CJK unigrams and bigrams,
    -- lower-cased words) by the core, so both engines' full-text indexes find Chinese
    -- substrings with their stock tokenizers.
    search_text TEXT NOT NULL DEFAULT '',
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, number)
);
CREATE INDEX alert_received ON alert (station_id, received_at, id);
CREATE INDEX alert_category ON alert (station_id, category, received_at);
CREATE INDEX alert_status ON alert (station_id, status, received_at);
CREATE INDEX alert_area ON alert (station_id, area_id, received_at);

CREATE TABLE alert_officer (
    alert_id BIGINT NOT NULL REFERENCES alert(id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (alert_id, person_id)
);
CREATE INDEX alert_officer_person ON alert_officer (person_id, alert_id);

-- The alert-handling checklist template; step_key names a built-in step (its label is
-- translated by the program), label overrides it or names a step the admin added.
CREATE TABLE checklist_step (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    position INTEGER NOT NULL,
    step_key TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version BIGINT NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE INDEX checklist_step_station ON checklist_step (station_id, position);

CREATE TABLE alert_check (
    alert_id BIGINT NOT NULL REFERENCES alert(id) ON DELETE CASCADE,
    step_id BIGINT NOT NULL REFERENCES checklist_step(id),
    ticked_at BIGINT NOT NULL,
    ticked_by TEXT NOT NULL,
    PRIMARY KEY (alert_id, step_id)
);

CREATE TABLE onscene_record (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    number TEXT NOT NULL,
    alert_id BIGINT NOT NULL REFERENCES alert(id),
    eligible_case TEXT CHECK (eligible_case IN ('mediated_dispute', 'emergency_assistance',
                                                'no_follow_up')),
    facts TEXT NOT NULL DEFAULT '',
    handling TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '',
    witness_person_id BIGINT REFERENCES person(id),
    witness_name TEXT NOT NULL DEFAULT '',
    witness_phone TEXT NOT NULL DEFAULT '',
    body_cam_ref TEXT NOT NULL DEFAULT '',
    amends_id BIGINT REFERENCES onscene_record(id),
    amendment_reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'sealed')),
    sealed_at BIGINT,
    sealed_by TEXT NOT NULL DEFAULT '',
    content_sha256 TEXT NOT NULL DEFAULT '',
    seal_digest TEXT NOT NULL DEFAULT '',
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, number),
    CHECK (status = 'draft' OR (sealed_at IS NOT NULL AND content_sha256 <> ''))
);
CREATE INDEX onscene_record_alert ON onscene_record (alert_id);
CREATE INDEX onscene_record_status ON onscene_record (station_id, status, updated_at);
CREATE INDEX onscene_record_amends ON onscene_record (amends_id);

CREATE TABLE onscene_party (
    record_id BIGINT NOT NULL REFERENCES onscene_record(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    sex TEXT NOT NULL CHECK (sex IN ('male', 'female', 'unstated')),
    document_type TEXT NOT NULL CHECK (document_type IN ('resident_id', 'passport',
                                                         'hk_macao_permit', 'taiwan_permit',
                                                         'other')),
    document_number TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    refused_to_sign INTEGER NOT NULL DEFAULT 0 CHECK (refused_to_sign IN (0, 1)),
    refusal_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (record_id, position)
);

CREATE TABLE onscene_officer (
    record_id BIGINT NOT NULL REFERENCES onscene_record(id) ON DELETE CASCADE,
    person_id BIGINT NOT NULL REFERENCES person(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (record_id, person_id)
);

-- Signatures of every kind of signed record (on-scene records now, mediation agreements
-- and handovers later), so one verifier covers them all.
CREATE TABLE record_signature (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    record_kind TEXT NOT NULL,
    record_id BIGINT NOT NULL,
    role TEXT NOT NULL,
    slot INTEGER NOT NULL DEFAULT 0,
    person_id BIGINT REFERENCES person(id),
    printed_name TEXT NOT NULL,
    signed_at BIGINT NOT NULL,
    meaning TEXT NOT NULL,
    strokes TEXT NOT NULL,
    image {{blob}} NOT NULL,
    content_sha256 TEXT NOT NULL,
    digest TEXT NOT NULL,
    UNIQUE (record_kind, record_id, role, slot)
);
CREATE INDEX record_signature_record ON record_signature (record_kind, record_id);

-- Stations that exist already get the built-in checklist; new stations get it when created.
INSERT INTO checklist_step (station_id, position, step_key, updated_at, updated_by)
    SELECT id, 1, 'received', created_at, 'migration' FROM station;
INSERT INTO checklist_step (station_id, position, step_key, updated_at, updated_by)
    SELECT id, 2, 'dispatched', created_at, 'migration' FROM station;
INSERT INTO checklist_step (station_id, position, step_key, updated_at, updated_by)
    SELECT id, 3, 'arrived', created_at, 'migration' FROM station;
INSERT INTO checklist_step (station_id, position, step_key, updated_at, updated_by)
    SELECT id, 4, 'handled', created_at, 'migration' FROM station;
INSERT INTO checklist_step (station_id, position, step_key, updated_at, updated_by)
    SELECT id, 5, 'recorded', created_at, 'migration' FROM station;
INSERT INTO checklist_step (station_id, position, step_key, updated_at, updated_by)
    SELECT id, 6, 'reviewed', created_at, 'migration' FROM station;
