-- Kept counts of alerts for the statistics: one row per station-local day, category,
-- preventable flag and crossing, where a crossing is none, one or two of source, area,
-- status and hour ("" / "area" / "area+status" …) and key1, key2 are those attributes'
-- keys (an area by id, "" for none; an hour as 00-23). The alert writers keep it in the
-- transaction of every write, so figures never need a scan of the alerts.
CREATE TABLE alert_tally (
    station_id BIGINT NOT NULL REFERENCES station(id),
    crossing TEXT NOT NULL,
    day INTEGER NOT NULL, -- yyyymmdd in the station's time zone
    category TEXT NOT NULL,
    preventable INTEGER NOT NULL CHECK (preventable IN (0, 1)),
    key1 TEXT NOT NULL DEFAULT '',
    key2 TEXT NOT NULL DEFAULT '',
    n BIGINT NOT NULL,
    PRIMARY KEY (station_id, crossing, day, category, preventable, key1, key2)
);

-- The time zone a station's counts were built in. A station without a row has counts
-- still to build from its alerts (a database from before version 11); the first program
-- to open it builds them.
CREATE TABLE alert_tally_state (
    station_id BIGINT PRIMARY KEY REFERENCES station(id),
    time_zone TEXT NOT NULL,
    built_at BIGINT NOT NULL
);
