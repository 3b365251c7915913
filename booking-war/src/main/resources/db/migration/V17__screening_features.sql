-- What kind of screening a showtime is, for the audiences who look for one: subtitled, audio described, relaxed,
-- parent and baby (docs/decisions/0029-screening-features.md). A sorted, comma-separated list of
-- ScreeningFeature names ('' for an ordinary screening): a showtime is always read with its features, so they
-- live in its own row rather than a table that every showtime list would have to join or fetch again.
-- Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
ALTER TABLE showtime ADD COLUMN features VARCHAR(100) NOT NULL DEFAULT '';
