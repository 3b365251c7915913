-- A waitlist entry closed with its showtime (cancelled, or started before seats came free) is told so through the
-- outbox (docs/decisions/0012-waitlist.md). Such an entry has no booking: an outbox row is now about exactly one
-- booking or one waitlist entry, once per subject, kind and channel. Rows before this migration are about bookings.
-- Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode: MODIFY COLUMN is MySQL's syntax, which H2 accepts in
-- MySQL mode only (its regular mode refuses it); the CHECK compares two conditions like ck_waitlist_active (V11).
ALTER TABLE notification_outbox ADD COLUMN waitlist_entry_id BIGINT;
-- NULLs never clash in a unique key (H2 and MySQL alike): the booking key ignores entry rows and this one booking rows.
-- The key first: it also serves the foreign key on MySQL, which would otherwise add an index of its own.
ALTER TABLE notification_outbox ADD CONSTRAINT uq_notification_entry_kind_channel
    UNIQUE (waitlist_entry_id, kind, channel);
ALTER TABLE notification_outbox ADD CONSTRAINT fk_notification_waitlist_entry
    FOREIGN KEY (waitlist_entry_id) REFERENCES waitlist_entry (id);
ALTER TABLE notification_outbox MODIFY COLUMN booking_id BIGINT NULL;
ALTER TABLE notification_outbox ADD CONSTRAINT ck_notification_subject
    CHECK ((booking_id IS NULL) <> (waitlist_entry_id IS NULL));
