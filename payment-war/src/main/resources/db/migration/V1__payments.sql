-- Payments of the simulated processor and their refunds. Bookings and users live in other services and are
-- referenced by id only. Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.
CREATE TABLE payment (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    booking_id      BIGINT       NOT NULL,
    user_id         BIGINT       NOT NULL,
    -- The caller's key: a charge repeated with the same key finds this payment instead of charging twice.
    idempotency_key VARCHAR(100) NOT NULL,
    amount_cents    INT          NOT NULL,
    currency        CHAR(3)      NOT NULL,
    method          VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    -- Of a card only the brand and the last four digits are ever stored.
    card_brand      VARCHAR(20),
    card_last4      CHAR(4),
    failure_reason  VARCHAR(200),
    refunded_cents  INT          NOT NULL DEFAULT 0,
    receipt_number  VARCHAR(40),
    created_at      TIMESTAMP(3) NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_payment_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT uq_payment_receipt_number UNIQUE (receipt_number),
    CONSTRAINT ck_payment_method CHECK (method IN ('CARD', 'WALLET', 'GIFT_CARD')),
    CONSTRAINT ck_payment_status CHECK (status IN
        ('PENDING', 'SUCCEEDED', 'FAILED', 'REFUNDED', 'PARTIALLY_REFUNDED')),
    -- Never refund more than was charged, whatever the concurrency.
    CONSTRAINT ck_payment_amounts CHECK (amount_cents > 0 AND refunded_cents BETWEEN 0 AND amount_cents)
);
CREATE INDEX ix_payment_booking ON payment (booking_id);
CREATE INDEX ix_payment_user ON payment (user_id, created_at);
CREATE INDEX ix_payment_created ON payment (created_at);

-- Append-only: each refund of a payment, full or partial; their sum is the payment's refunded_cents.
CREATE TABLE refund (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    payment_id   BIGINT       NOT NULL,
    amount_cents INT          NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_refund_payment FOREIGN KEY (payment_id) REFERENCES payment (id),
    CONSTRAINT ck_refund_amount CHECK (amount_cents > 0)
);
CREATE INDEX ix_refund_payment ON refund (payment_id);
