-- Transactional outbox: a notice is written in the same transaction as the booking change that causes it and
-- delivered later by a sender task (claimed with a conditional UPDATE, so any number of replicas may run it).
-- One notice per booking and kind: delivering exactly once starts with recording exactly once.
CREATE TABLE notification_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    booking_id      BIGINT       NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NOT NULL,
    claimed_until   TIMESTAMP(3),
    sent_at         TIMESTAMP(3),
    last_error      VARCHAR(500),
    created_at      TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_notification_booking_kind UNIQUE (booking_id, kind),
    CONSTRAINT fk_notification_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
    CONSTRAINT ck_notification_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_notification_due ON notification_outbox (status, next_attempt_at);
