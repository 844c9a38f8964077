-- Full-text search over alerts: an FTS5 index over alert.search_text (external content,
-- so the text is stored once), kept in step by triggers.
CREATE VIRTUAL TABLE alert_fts USING fts5(search_text, content='alert', content_rowid='id',
                                          tokenize='unicode61 remove_diacritics 2');

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
