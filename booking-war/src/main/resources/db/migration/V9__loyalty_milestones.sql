-- Issue #21, loyalty rewards. Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.

-- One row per customer who ever confirmed a booking. The confirmation locks it (SELECT ... FOR UPDATE) before
-- counting the customer's confirmed bookings, so of two confirmations racing, the second counts the first.
CREATE TABLE loyalty_customer (
    user_id BIGINT NOT NULL,
    PRIMARY KEY (user_id)
);

-- A milestone a customer reached (their 3rd, 5th, 10th confirmed booking that is not cancelled), recorded in the
-- confirmation's transaction: the unique key records it once, whatever the concurrency. The reward coupon's
-- terms are fixed here, so retries of the issue ask the coupon service for the same coupon; PENDING until the
-- coupon service issued it (idempotent per customer and milestone), then ISSUED with its code. A reward issued
-- stays issued when bookings are cancelled later.
CREATE TABLE loyalty_milestone (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    user_id            BIGINT       NOT NULL,
    milestone          INT          NOT NULL,
    -- The confirmation that reached it.
    booking_id         BIGINT       NOT NULL,
    state              VARCHAR(10)  NOT NULL,
    discount_type      VARCHAR(10)  NOT NULL,
    discount_value     INT          NOT NULL,
    max_discount_cents INT,
    currency           CHAR(3)      NOT NULL,
    coupon_expires_at  TIMESTAMP(3) NOT NULL,
    coupon_code        VARCHAR(40),
    attempts           INT          NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMP(3) NOT NULL,
    last_error         VARCHAR(500),
    reached_at         TIMESTAMP(3) NOT NULL,
    issued_at          TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT uq_loyalty_milestone UNIQUE (user_id, milestone),
    CONSTRAINT fk_loyalty_milestone_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
    CONSTRAINT ck_loyalty_milestone_state CHECK (state IN ('PENDING', 'ISSUED')),
    CONSTRAINT ck_loyalty_milestone_issued CHECK ((state = 'ISSUED') = (coupon_code IS NOT NULL))
);
-- The issuer looks for PENDING milestones whose next attempt is due.
CREATE INDEX ix_loyalty_milestone_due ON loyalty_milestone (state, next_attempt_at);
-- Confirmed bookings counted per customer.
CREATE INDEX ix_booking_user_status ON booking (user_id, status);
