-- Issue #6: showtimes carry their cinema's time zone (so a calendar day can be matched without asking the
-- cinema service) and the number of sellable seats; seat events feed the live seat map on every replica.
-- Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
ALTER TABLE showtime ADD COLUMN time_zone VARCHAR(64) NOT NULL DEFAULT 'UTC';
ALTER TABLE showtime ADD COLUMN capacity INT NOT NULL DEFAULT 0;
CREATE INDEX ix_showtime_status_starts ON showtime (status, starts_at);

-- One row per auditorium that ever had a showtime: creating or moving a showtime locks it (SELECT ... FOR
-- UPDATE), so two overlapping showtimes cannot be scheduled at once even in an auditorium with none yet.
CREATE TABLE auditorium_schedule_lock (
    auditorium_id BIGINT NOT NULL,
    PRIMARY KEY (auditorium_id)
);

-- Seat status changes, written in the same transaction as the hold, release, expiry or cancellation that
-- caused them. seq orders them across replicas; old rows are pruned by the hold sweeper.
CREATE TABLE seat_event (
    seq         BIGINT       NOT NULL AUTO_INCREMENT,
    showtime_id BIGINT       NOT NULL,
    seat_id     BIGINT       NOT NULL,
    label       VARCHAR(10)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    occurred_at TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (seq),
    CONSTRAINT ck_seat_event_status CHECK (status IN ('AVAILABLE', 'HELD', 'SOLD'))
);
CREATE INDEX ix_seat_event_showtime ON seat_event (showtime_id, seq);
CREATE INDEX ix_seat_event_occurred ON seat_event (occurred_at);
