-- A customer (or staff for them) may ask for a confirmed booking's tickets by e-mail again
-- (docs/decisions/0023-tickets-by-e-mail.md). Each such e-mail is one more outbox row of kind TICKETS_SENT_AGAIN
-- with its own repeat number (1, 2, ...), delivered once like every other notice; every other row is repeat 0, so
-- the once-per-subject-kind-and-channel rule of V10 and V14 holds for them unchanged.
-- Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
ALTER TABLE notification_outbox ADD COLUMN repeat_no INT NOT NULL DEFAULT 0;
-- The new key first: it also serves the foreign key on booking_id (MySQL), so the old one can go.
ALTER TABLE notification_outbox ADD CONSTRAINT uq_notification_booking_kind_channel_repeat
    UNIQUE (booking_id, kind, channel, repeat_no);
ALTER TABLE notification_outbox DROP CONSTRAINT uq_notification_booking_kind_channel;
ALTER TABLE notification_outbox ADD CONSTRAINT ck_notification_repeat CHECK (repeat_no >= 0);
