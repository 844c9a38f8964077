-- Full-text search over alerts: a GIN index over the 'simple' text-search vector of
-- alert.search_text (the core has already split Chinese into unigrams and bigrams).
CREATE INDEX alert_search ON alert USING GIN (to_tsvector('simple', search_text));

-- Number order is code-point order on both engines (Dialect::textOrder), so the sort by
-- number needs an index in that collation.
CREATE INDEX alert_number_c ON alert (station_id, number COLLATE "C");
