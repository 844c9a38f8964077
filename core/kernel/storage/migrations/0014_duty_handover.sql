-- Duty: the shift handover record (交接班记录, JJ-YYYY-NNNN) and its items. The handover row
-- is the aggregate's root: every write to it or one of its items bumps its row_version,
-- which is what conflicts are checked on. Its two signatures (the outgoing and the
-- incoming officer) live in record_signature (record_kind 'handover'), so one verifier
-- covers them with the other sealed records. One handover per outgoing shift.

CREATE TABLE duty_handover (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    number TEXT NOT NULL,
    place TEXT NOT NULL CHECK (place <> ''),
    starts_at BIGINT NOT NULL,
    outgoing_shift_key TEXT NOT NULL,
    outgoing_shift_date TEXT NOT NULL,
    outgoing_shift_starts_at BIGINT NOT NULL,
    outgoing_shift_ends_at BIGINT NOT NULL,
    incoming_shift_key TEXT NOT NULL,
    incoming_shift_date TEXT NOT NULL,
    incoming_shift_starts_at BIGINT NOT NULL,
    incoming_shift_ends_at BIGINT NOT NULL,
    outgoing_person_id BIGINT NOT NULL REFERENCES person(id),
    incoming_person_id BIGINT NOT NULL REFERENCES person(id),
    outgoing_leader_id BIGINT REFERENCES person(id),
    incoming_leader_id BIGINT REFERENCES person(id),
    notes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open', 'signed_outgoing', 'sealed')),
    sealed_at BIGINT,
    sealed_by TEXT NOT NULL DEFAULT '',
    content_sha256 TEXT NOT NULL DEFAULT '',
    seal_digest TEXT NOT NULL DEFAULT '',
    audit_head TEXT NOT NULL DEFAULT '',
    responsibility_passed_at BIGINT,
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, number),
    UNIQUE (station_id, outgoing_shift_date, outgoing_shift_key),
    CHECK (outgoing_person_id <> incoming_person_id),
    CHECK (status <> 'sealed' OR (sealed_at IS NOT NULL AND content_sha256 <> ''
                                  AND responsibility_passed_at IS NOT NULL))
);
CREATE INDEX duty_handover_starts ON duty_handover (station_id, starts_at, id);
CREATE INDEX duty_handover_status ON duty_handover (station_id, status, starts_at);

CREATE TABLE duty_handover_item (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    handover_id BIGINT NOT NULL REFERENCES duty_handover(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('open_alert', 'unrecorded_alert', 'draft_record',
                                       'follow_up', 'high_risk_case', 'overdue_task',
                                       'overdue_check', 'checklist')),
    ref TEXT NOT NULL CHECK (ref <> ''),
    owner_person_id BIGINT REFERENCES person(id),
    owner_badge TEXT NOT NULL DEFAULT '',
    owner_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    input TEXT NOT NULL DEFAULT 'none' CHECK (input IN ('none', 'number', 'text')),
    value TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('pending', 'carried', 'accepted', 'queried')),
    note TEXT NOT NULL DEFAULT '',
    carried_times INTEGER NOT NULL DEFAULT 0 CHECK (carried_times >= 0),
    holder_person_id BIGINT REFERENCES person(id),
    decided_at BIGINT,
    decided_by TEXT NOT NULL DEFAULT '',
    UNIQUE (handover_id, position),
    UNIQUE (handover_id, kind, ref),
    -- A query needs its reason.
    CHECK (state <> 'queried' OR note <> ''),
    CHECK (state = 'carried' OR state = 'pending' OR decided_at IS NOT NULL)
);
CREATE INDEX duty_handover_item_handover ON duty_handover_item (handover_id, position);
