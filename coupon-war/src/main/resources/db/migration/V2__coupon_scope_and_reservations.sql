-- Coupon scope, per-customer counters and reservations that expire. Runs unchanged on MySQL 8 / MariaDB and
-- on H2 in MySQL mode. Movies and cinemas live in other services: referenced by id only.

-- A coupon with rows here applies only to these movies (and/or cinemas); no rows means everywhere.
CREATE TABLE coupon_movie (
    coupon_id BIGINT NOT NULL,
    movie_id  BIGINT NOT NULL,
    PRIMARY KEY (coupon_id, movie_id),
    CONSTRAINT fk_coupon_movie_coupon FOREIGN KEY (coupon_id) REFERENCES coupon (id)
);

CREATE TABLE coupon_cinema (
    coupon_id BIGINT NOT NULL,
    cinema_id BIGINT NOT NULL,
    PRIMARY KEY (coupon_id, cinema_id),
    CONSTRAINT fk_coupon_cinema_coupon FOREIGN KEY (coupon_id) REFERENCES coupon (id)
);

-- Live uses (RESERVED or REDEEMED) of one coupon by one customer. The per-customer limit is a conditional
-- UPDATE of this row (used_count < per_user_limit), never a count read first.
CREATE TABLE coupon_user_usage (
    coupon_id  BIGINT NOT NULL,
    user_id    BIGINT NOT NULL,
    used_count INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (coupon_id, user_id),
    CONSTRAINT fk_coupon_user_usage_coupon FOREIGN KEY (coupon_id) REFERENCES coupon (id),
    CONSTRAINT ck_coupon_user_usage_count CHECK (used_count >= 0)
);

-- The discount a reservation was granted, and when the coupon service gives the use back by itself.
ALTER TABLE coupon_redemption ADD COLUMN discount_cents INT NOT NULL DEFAULT 0;
ALTER TABLE coupon_redemption ADD COLUMN expires_at TIMESTAMP(3) NULL;
-- The booking id while the row is RESERVED or REDEEMED, NULL once RELEASED: a booking holds at most one
-- live coupon use, whatever the concurrency (NULLs do not collide in a unique key).
ALTER TABLE coupon_redemption ADD COLUMN live_booking_id BIGINT NULL;
ALTER TABLE coupon_redemption ADD CONSTRAINT uq_coupon_redemption_live UNIQUE (live_booking_id);
-- The time-out sweeper looks for RESERVED rows whose expiry has passed.
CREATE INDEX ix_coupon_redemption_due ON coupon_redemption (status, expires_at);
