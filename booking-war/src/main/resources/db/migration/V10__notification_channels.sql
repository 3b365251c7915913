-- Issue #21 (notifications through a pluggable provider): one outbox row per notice and channel, so e-mail and SMS
-- are retried, failed or sent independently and each is delivered once. Rows before this migration are e-mails.
-- An SMS row's recipient is the customer (user:<id>): the number and the opt-in are asked of the user service when
-- it is sent, so a number changed or an opt-out made after booking counts. SKIPPED: nothing to send on this
-- channel (not opted in, no number). Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
ALTER TABLE notification_outbox ADD COLUMN channel VARCHAR(10) NOT NULL DEFAULT 'EMAIL';
-- The new key first: it also serves the foreign key on booking_id, so the old one can go.
ALTER TABLE notification_outbox ADD CONSTRAINT uq_notification_booking_kind_channel UNIQUE (booking_id, kind, channel);
ALTER TABLE notification_outbox DROP CONSTRAINT uq_notification_booking_kind;
ALTER TABLE notification_outbox DROP CONSTRAINT ck_notification_status;
ALTER TABLE notification_outbox ADD CONSTRAINT ck_notification_status
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED'));
ALTER TABLE notification_outbox ADD CONSTRAINT ck_notification_channel CHECK (channel IN ('EMAIL', 'SMS'));
