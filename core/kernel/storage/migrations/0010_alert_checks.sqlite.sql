-- foreign_keys: off
-- The alert table again, its CHECK constraints written as comparisons instead of IN lists:
-- SQLite builds an ephemeral table for a CHECK's IN list at every run of an INSERT, three of
-- them per alert, half the cost of storing a short alert on an import. The same values are
-- allowed. SQLite cannot change a CHECK in place, so the table is rebuilt with its rows,
-- ids, indexes and full-text triggers as they were (the full-text index keeps pointing at
-- the same ids). Run with foreign keys off (dropping the old table must not cascade to the
-- records that reference alerts); the migrator checks every reference before COMMIT.
CREATE TEMP TABLE alert_sequence AS SELECT seq FROM sqlite_sequence WHERE name = 'alert';

CREATE TABLE alert_rebuilt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    station_id BIGINT NOT NULL REFERENCES station(id),
    number TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    source TEXT NOT NULL CHECK (source = 'dispatch' OR source = 'phone' OR source = 'walk_in'
                                OR source = 'group_message' OR source = 'patrol'),
    category TEXT NOT NULL CHECK (category = 'criminal' OR category = 'public_order'
                                  OR category = 'dispute' OR category = 'assistance'
                                  OR category = 'traffic' OR category = 'other'),
    preventable INTEGER NOT NULL DEFAULT 0 CHECK (preventable = 0 OR preventable = 1),
    area_id BIGINT REFERENCES community_area(id),
    location TEXT NOT NULL DEFAULT '',
    caller_name TEXT NOT NULL DEFAULT '',
    caller_phone TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status = 'open' OR status = 'on_scene'
                                OR status = 'resolved_on_scene' OR status = 'converted_to_case'
                                OR status = 'referred_to_mediation' OR status = 'closed'),
    search_text TEXT NOT NULL DEFAULT '',
    row_version BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL,
    UNIQUE (station_id, number)
);

INSERT INTO alert_rebuilt (id, station_id, number, received_at, source, category, preventable,
                           area_id, location, caller_name, caller_phone, summary, status,
                           search_text, row_version, created_at, updated_at, updated_by)
    SELECT id, station_id, number, received_at, source, category, preventable, area_id,
           location, caller_name, caller_phone, summary, status, search_text, row_version,
           created_at, updated_at, updated_by
    FROM alert ORDER BY id;

DROP TABLE alert;

ALTER TABLE alert_rebuilt RENAME TO alert;

-- AUTOINCREMENT's promise survives the rebuild: no id ever handed out is handed out again,
-- even one whose alert was deleted.
DELETE FROM sqlite_sequence WHERE name = 'alert';

INSERT INTO sqlite_sequence (name, seq)
    SELECT 'alert', MAX(seq) FROM (SELECT seq FROM temp.alert_sequence
                                   UNION ALL SELECT MAX(id) FROM alert)
    HAVING MAX(seq) IS NOT NULL;

DROP TABLE temp.alert_sequence;

CREATE INDEX alert_received ON alert (station_id, received_at, id);
CREATE INDEX alert_category ON alert (station_id, category, received_at);
CREATE INDEX alert_status ON alert (station_id, status, received_at);
CREATE INDEX alert_area ON alert (station_id, area_id, received_at);

CREATE TRIGGER alert_fts_insert AFTER INSERT ON alert BEGIN
    INSERT INTO alert_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TRIGGER alert_fts_delete AFTER DELETE ON alert BEGIN
    INSERT INTO alert_fts (alert_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
END;

CREATE TRIGGER alert_fts_update AFTER UPDATE OF search_text ON alert BEGIN
    INSERT INTO alert_fts (alert_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    INSERT INTO alert_fts (rowid, search_text) VALUES (new.id, new.search_text);
END;
