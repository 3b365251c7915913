-- A waitlist entry of a cancelled showtime, or one still waiting when its showtime starts, ends as CLOSED
-- (docs/decisions/0012-waitlist.md). Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.
ALTER TABLE waitlist_entry DROP CONSTRAINT ck_waitlist_status;
ALTER TABLE waitlist_entry ADD CONSTRAINT ck_waitlist_status
    CHECK (status IN ('WAITING', 'OFFERED', 'ACCEPTED', 'EXPIRED', 'LEFT', 'CLOSED'));
