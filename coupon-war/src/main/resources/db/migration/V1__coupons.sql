-- Coupons and their redemptions. Users and bookings live in other services and are referenced by id only.
-- Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.
CREATE TABLE coupon (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    -- Stored in upper case; customers may type a code in any case.
    code               VARCHAR(40)  NOT NULL,
    description        VARCHAR(500),
    discount_type      VARCHAR(10)  NOT NULL,
    -- A percentage for PERCENT, minor units for FIXED ("value" is a keyword in H2).
    discount_value     INT          NOT NULL,
    -- Of every amount below; only bookings in this currency qualify.
    currency           CHAR(3)      NOT NULL,
    max_discount_cents INT,
    min_order_cents    INT          NOT NULL DEFAULT 0,
    starts_at          TIMESTAMP(3),
    expires_at         TIMESTAMP(3),
    usage_limit        INT,
    per_user_limit     INT,
    -- Uses taken by redemptions that are RESERVED or REDEEMED; a released reservation gives its use back.
    used_count         INT          NOT NULL DEFAULT 0,
    active             BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at         TIMESTAMP(3) NOT NULL,
    updated_at         TIMESTAMP(3) NOT NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_coupon_code UNIQUE (code),
    CONSTRAINT ck_coupon_type CHECK (discount_type IN ('PERCENT', 'FIXED')),
    CONSTRAINT ck_coupon_value CHECK (discount_value > 0 AND (discount_type = 'FIXED' OR discount_value <= 100)),
    CONSTRAINT ck_coupon_amounts CHECK ((max_discount_cents IS NULL OR max_discount_cents > 0) AND min_order_cents >= 0),
    CONSTRAINT ck_coupon_dates CHECK (starts_at IS NULL OR expires_at IS NULL OR expires_at > starts_at),
    CONSTRAINT ck_coupon_limits CHECK ((usage_limit IS NULL OR usage_limit > 0)
        AND (per_user_limit IS NULL OR per_user_limit > 0)),
    -- The last guard against over-use: an increment beyond the global limit fails here, whatever the concurrency.
    CONSTRAINT ck_coupon_usage CHECK (used_count >= 0 AND (usage_limit IS NULL OR used_count <= usage_limit))
);

-- One row per booking that used a coupon. RESERVED at checkout, REDEEMED when the booking is confirmed,
-- RELEASED when payment fails or the booking is cancelled; a booking retrying checkout reuses its row.
CREATE TABLE coupon_redemption (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    coupon_id  BIGINT       NOT NULL,
    user_id    BIGINT       NOT NULL,
    booking_id BIGINT       NOT NULL,
    status     VARCHAR(10)  NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_coupon_redemption_booking UNIQUE (coupon_id, booking_id),
    CONSTRAINT fk_coupon_redemption_coupon FOREIGN KEY (coupon_id) REFERENCES coupon (id),
    CONSTRAINT ck_coupon_redemption_status CHECK (status IN ('RESERVED', 'REDEEMED', 'RELEASED'))
);
-- The per-user limit counts a user's live redemptions of one coupon.
CREATE INDEX ix_coupon_redemption_user ON coupon_redemption (coupon_id, user_id, status);
CREATE INDEX ix_coupon_redemption_booking ON coupon_redemption (booking_id);
