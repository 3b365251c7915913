-- Issue #21, the waitlist (docs/decisions/0012-waitlist.md). Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL
-- mode.
--
-- One row per customer's place on a sold-out showtime's waitlist, in joining order (id). WAITING until seats that fit
-- free up; OFFERED while booking_id (a HELD booking of the customer, created in the transaction that freed the seats)
-- runs; then ACCEPTED (bought), EXPIRED (the offer ran out unpaid) or LEFT (the customer left or gave the offer back).
-- active_user_id is user_id while the entry is WAITING or OFFERED and NULL once it ended: the unique key on
-- (showtime_id, active_user_id) allows one active entry per customer and showtime, and any number of ended ones
-- (NULLs never clash in a unique key, on H2 and MySQL alike), so a customer may join again after leaving.
CREATE TABLE waitlist_entry (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    showtime_id       BIGINT       NOT NULL,
    user_id           BIGINT       NOT NULL,
    active_user_id    BIGINT,
    seats             INT          NOT NULL,
    status            VARCHAR(10)  NOT NULL,
    -- Where the offer's notice goes (the customer's e-mail when joining; SMS is looked up when it is sent).
    email             VARCHAR(320),
    booking_id        BIGINT,
    offer_expires_at  TIMESTAMP(3),
    created_at        TIMESTAMP(3) NOT NULL,
    updated_at        TIMESTAMP(3) NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_waitlist_active UNIQUE (showtime_id, active_user_id),
    CONSTRAINT fk_waitlist_showtime FOREIGN KEY (showtime_id) REFERENCES showtime (id),
    CONSTRAINT fk_waitlist_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
    CONSTRAINT ck_waitlist_status CHECK (status IN ('WAITING', 'OFFERED', 'ACCEPTED', 'EXPIRED', 'LEFT')),
    CONSTRAINT ck_waitlist_seats CHECK (seats BETWEEN 1 AND 10),
    CONSTRAINT ck_waitlist_active CHECK ((status IN ('WAITING', 'OFFERED')) = (active_user_id IS NOT NULL)),
    CONSTRAINT ck_waitlist_waiting CHECK (status <> 'WAITING' OR booking_id IS NULL),
    CONSTRAINT ck_waitlist_offered CHECK (status <> 'OFFERED' OR (booking_id IS NOT NULL AND offer_expires_at IS NOT NULL))
);
-- The showtime's queue in order, and the safety net's search for showtimes with waiting entries.
CREATE INDEX ix_waitlist_showtime_status ON waitlist_entry (showtime_id, status, id);
CREATE INDEX ix_waitlist_status ON waitlist_entry (status, showtime_id);
-- A customer's own entries.
CREATE INDEX ix_waitlist_user ON waitlist_entry (user_id, id);
