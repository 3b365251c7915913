-- Issue #16: the showtime's hold lock (docs/architecture.md, saga step 1) moves from the showtime row to a row
-- of its own that no foreign key refers to. On MySQL/MariaDB, fk_booking_showtime is served by the index
-- (showtime_id, status), so every booking status change checks the key and takes a shared lock on the showtime
-- row; two releases of one showtime each held that shared lock and then both asked for the row FOR UPDATE: a
-- deadlock. Nothing takes a shared lock on this row. Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
CREATE TABLE showtime_hold_lock (
    showtime_id BIGINT NOT NULL,
    PRIMARY KEY (showtime_id)
);
INSERT INTO showtime_hold_lock (showtime_id) SELECT id FROM showtime;
