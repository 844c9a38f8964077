-- Responsibility register: every asset and every open task has exactly one owner, a
-- person or a unit. The CHECK makes an ownerless row impossible even for raw SQL, and
-- the foreign keys keep the owner a real person or unit.

CREATE TABLE asset (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    tag TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('equipment', 'vehicle', 'it', 'room', 'plant',
                                       'furniture', 'document', 'other')),
    location_asset_id BIGINT REFERENCES asset(id),
    location_text TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('in_use', 'in_storage', 'under_repair', 'retired')),
    acquired_on TEXT,
    next_check_on TEXT,
    last_checked_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    owner_person_id BIGINT REFERENCES person(id),
    owner_unit_id BIGINT REFERENCES unit(id),
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, tag),
    CHECK ((owner_person_id IS NOT NULL AND owner_unit_id IS NULL)
           OR (owner_person_id IS NULL AND owner_unit_id IS NOT NULL)),
    CHECK (location_asset_id IS NULL OR location_asset_id <> id)
);
CREATE INDEX asset_station_name ON asset (station_id, name);
CREATE INDEX asset_owner_person ON asset (owner_person_id);
CREATE INDEX asset_owner_unit ON asset (owner_unit_id);
CREATE INDEX asset_location ON asset (location_asset_id);

-- recurrence 'once' is a one-off due on due_on; the others repeat from starts_on, and
-- due_on is the next occurrence. A finished one-off is closed (is_open = 0).
CREATE TABLE task (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    rule_section TEXT NOT NULL DEFAULT '',
    recurrence TEXT NOT NULL CHECK (recurrence IN ('once', 'daily', 'weekly', 'monthly',
                                                   'quarterly', 'yearly')),
    starts_on TEXT NOT NULL,
    due_on TEXT NOT NULL,
    is_open INTEGER NOT NULL DEFAULT 1 CHECK (is_open IN (0, 1)),
    owner_person_id BIGINT REFERENCES person(id),
    owner_unit_id BIGINT REFERENCES unit(id),
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    CHECK ((owner_person_id IS NOT NULL AND owner_unit_id IS NULL)
           OR (owner_person_id IS NULL AND owner_unit_id IS NOT NULL))
);
CREATE INDEX task_station_due ON task (station_id, is_open, due_on);
CREATE INDEX task_owner_person ON task (owner_person_id);
CREATE INDEX task_owner_unit ON task (owner_unit_id);

CREATE TABLE task_completion (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    task_id BIGINT NOT NULL REFERENCES task(id),
    due_on TEXT NOT NULL,
    completed_at BIGINT NOT NULL,
    completed_by TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_completion_task ON task_completion (task_id, completed_at);

-- Every change of owner, with the owners' names as they were then.
CREATE TABLE ownership_change (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    item_type TEXT NOT NULL CHECK (item_type IN ('asset', 'task')),
    item_id BIGINT NOT NULL,
    from_person_id BIGINT REFERENCES person(id),
    from_unit_id BIGINT REFERENCES unit(id),
    from_label TEXT NOT NULL DEFAULT '',
    to_person_id BIGINT REFERENCES person(id),
    to_unit_id BIGINT REFERENCES unit(id),
    to_label TEXT NOT NULL,
    changed_at BIGINT NOT NULL,
    changed_by TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ownership_change_item ON ownership_change (item_type, item_id, changed_at);
