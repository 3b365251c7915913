-- Showtimes and bookings. Movies, cinemas, auditoriums, seats, users and payments live in other services:
-- they are referenced by id only, never by foreign key. Runs unchanged on MySQL 8 / MariaDB and on H2.
CREATE TABLE showtime (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    movie_id         BIGINT       NOT NULL,
    cinema_id        BIGINT       NOT NULL,
    auditorium_id    BIGINT       NOT NULL,
    starts_at        TIMESTAMP(3) NOT NULL,
    ends_at          TIMESTAMP(3) NOT NULL,
    base_price_cents INT          NOT NULL,
    currency         CHAR(3)      NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    updated_at       TIMESTAMP(3) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_showtime_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_showtime_price CHECK (base_price_cents >= 0),
    CONSTRAINT ck_showtime_status CHECK (status IN ('SCHEDULED', 'CANCELLED'))
);
CREATE INDEX ix_showtime_starts ON showtime (starts_at);
CREATE INDEX ix_showtime_movie ON showtime (movie_id, starts_at);
CREATE INDEX ix_showtime_cinema ON showtime (cinema_id, starts_at);
-- The overlap check of a new showtime reads its neighbours in the same auditorium.
CREATE INDEX ix_showtime_auditorium ON showtime (auditorium_id, starts_at);

CREATE TABLE booking (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    -- Short code printed on tickets and quoted to staff.
    code            VARCHAR(16)  NOT NULL,
    user_id         BIGINT       NOT NULL,
    showtime_id     BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    hold_expires_at TIMESTAMP(3),
    subtotal_cents  INT          NOT NULL,
    discount_cents  INT          NOT NULL DEFAULT 0,
    total_cents     INT          NOT NULL,
    currency        CHAR(3)      NOT NULL,
    coupon_code     VARCHAR(40),
    payment_id      BIGINT,
    -- The caller's checkout key, passed on to the payment service; asking for the payment by this key
    -- settles a checkout whose outcome is unknown.
    idempotency_key VARCHAR(100),
    created_at      TIMESTAMP(3) NOT NULL,
    updated_at      TIMESTAMP(3) NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_booking_code UNIQUE (code),
    CONSTRAINT uq_booking_idempotency_key UNIQUE (idempotency_key),
    CONSTRAINT fk_booking_showtime FOREIGN KEY (showtime_id) REFERENCES showtime (id),
    CONSTRAINT ck_booking_status CHECK (status IN
        ('HELD', 'PAYMENT_PENDING', 'CONFIRMED', 'CANCELLED', 'EXPIRED', 'REFUNDED', 'FAILED')),
    CONSTRAINT ck_booking_amounts CHECK (subtotal_cents >= 0 AND discount_cents BETWEEN 0 AND subtotal_cents
        AND total_cents = subtotal_cents - discount_cents)
);
CREATE INDEX ix_booking_user ON booking (user_id, created_at);
CREATE INDEX ix_booking_showtime ON booking (showtime_id, status);
CREATE INDEX ix_booking_created ON booking (created_at);
-- The expiry task looks for HELD bookings whose hold has run out.
CREATE INDEX ix_booking_hold_expiry ON booking (status, hold_expires_at);

-- One row per seat of a booking; the seat's label, type and price are copied so the ticket never changes.
CREATE TABLE ticket (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    booking_id  BIGINT      NOT NULL,
    seat_id     BIGINT      NOT NULL,
    seat_label  VARCHAR(10) NOT NULL,
    seat_type   VARCHAR(20) NOT NULL,
    price_cents INT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_ticket_seat UNIQUE (booking_id, seat_id),
    CONSTRAINT fk_ticket_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE CASCADE,
    CONSTRAINT ck_ticket_price CHECK (price_cents >= 0)
);

-- The guard against selling a seat twice: the primary key lets one booking at most lock a seat of a
-- showtime, whatever the concurrency. Held and sold seats keep their lock; releasing a booking deletes it.
CREATE TABLE seat_lock (
    showtime_id BIGINT       NOT NULL,
    seat_id     BIGINT       NOT NULL,
    booking_id  BIGINT       NOT NULL,
    locked_at   TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (showtime_id, seat_id),
    CONSTRAINT fk_seat_lock_showtime FOREIGN KEY (showtime_id) REFERENCES showtime (id),
    CONSTRAINT fk_seat_lock_booking FOREIGN KEY (booking_id) REFERENCES booking (id) ON DELETE CASCADE
);
CREATE INDEX ix_seat_lock_booking ON seat_lock (booking_id);
