-- The station's statistics definitions, as versions that are added and never changed: which
-- alert categories count as criminal and public order, what makes an alert preventable (the
-- flag, a list of categories, or either), and the way each measure of two down, one up should
-- move. A figure uses the version in force on its last day: the one with the latest
-- effective_from on or before it (of two on one day, the higher version). Before a station's
-- first version the built-in default applies, so a new station has no row.
CREATE TABLE statistics_definition (
    id {{id}},
    station_id BIGINT NOT NULL REFERENCES station(id),
    version INTEGER NOT NULL CHECK (version > 0),
    effective_from TEXT NOT NULL, -- YYYY-MM-DD in the station's time zone
    criminal_categories TEXT NOT NULL CHECK (criminal_categories <> ''), -- keys, comma-separated
    preventable_rule TEXT NOT NULL CHECK (preventable_rule IN ('flag', 'categories', 'both')),
    preventable_categories TEXT NOT NULL DEFAULT '',
    wanted_criminal_public_order TEXT NOT NULL CHECK (wanted_criminal_public_order IN ('down', 'up')),
    wanted_preventable TEXT NOT NULL CHECK (wanted_preventable IN ('down', 'up')),
    wanted_resolved_on_scene TEXT NOT NULL CHECK (wanted_resolved_on_scene IN ('down', 'up')),
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    UNIQUE (station_id, version),
    CHECK (preventable_rule = 'flag' OR preventable_categories <> '')
);
CREATE INDEX statistics_definition_in_force
    ON statistics_definition (station_id, effective_from, version);
