-- The cinema estate: cinemas, their facilities, auditoriums and seat layouts.
-- Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.
CREATE TABLE cinema (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    name       VARCHAR(200)  NOT NULL,
    address    VARCHAR(300)  NOT NULL,
    city       VARCHAR(100)  NOT NULL,
    latitude   DECIMAL(9, 6) NOT NULL,
    longitude  DECIMAL(9, 6) NOT NULL,
    phone      VARCHAR(40),
    -- IANA zone, e.g. Europe/London: showtimes are stored in UTC and shown in the cinema's local time.
    time_zone  VARCHAR(64)   NOT NULL,
    created_at TIMESTAMP(3)  NOT NULL,
    updated_at TIMESTAMP(3)  NOT NULL,
    version    BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_cinema_name UNIQUE (name),
    CONSTRAINT ck_cinema_latitude CHECK (latitude BETWEEN -90 AND 90),
    CONSTRAINT ck_cinema_longitude CHECK (longitude BETWEEN -180 AND 180)
);
CREATE INDEX ix_cinema_city ON cinema (city);

CREATE TABLE cinema_facility (
    cinema_id BIGINT      NOT NULL,
    facility  VARCHAR(40) NOT NULL,
    PRIMARY KEY (cinema_id, facility),
    CONSTRAINT fk_cinema_facility_cinema FOREIGN KEY (cinema_id) REFERENCES cinema (id) ON DELETE CASCADE
);

-- grid_rows and grid_columns span the whole seat map, aisles included ("rows" is reserved in MySQL 8).
CREATE TABLE auditorium (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    cinema_id    BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    format       VARCHAR(20)  NOT NULL,
    grid_rows    INT          NOT NULL,
    grid_columns INT          NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_auditorium_name UNIQUE (cinema_id, name),
    CONSTRAINT fk_auditorium_cinema FOREIGN KEY (cinema_id) REFERENCES cinema (id),
    CONSTRAINT ck_auditorium_grid CHECK (grid_rows BETWEEN 1 AND 60 AND grid_columns BETWEEN 1 AND 80)
);

-- One row per seat; grid_x/grid_y place it on the map (0,0 = front left), so aisles are simply empty cells.
CREATE TABLE seat (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    auditorium_id BIGINT      NOT NULL,
    row_label     VARCHAR(4)  NOT NULL,
    seat_number   INT         NOT NULL,
    grid_x        INT         NOT NULL,
    grid_y        INT         NOT NULL,
    seat_type     VARCHAR(20) NOT NULL,
    blocked       BOOLEAN     NOT NULL DEFAULT FALSE,
    version       BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_seat_position UNIQUE (auditorium_id, grid_x, grid_y),
    CONSTRAINT uq_seat_label UNIQUE (auditorium_id, row_label, seat_number),
    CONSTRAINT fk_seat_auditorium FOREIGN KEY (auditorium_id) REFERENCES auditorium (id) ON DELETE CASCADE,
    CONSTRAINT ck_seat_type CHECK (seat_type IN ('STANDARD', 'PREMIUM', 'VIP', 'WHEELCHAIR', 'COUPLE')),
    CONSTRAINT ck_seat_position CHECK (grid_x >= 0 AND grid_y >= 0 AND seat_number >= 1)
);
