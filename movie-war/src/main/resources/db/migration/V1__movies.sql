-- The movie catalogue. Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.
CREATE TABLE movie (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    title            VARCHAR(200) NOT NULL,
    synopsis         VARCHAR(4000),
    duration_minutes INT          NOT NULL,
    age_rating       VARCHAR(10)  NOT NULL,
    release_date     DATE,
    language         VARCHAR(40)  NOT NULL,
    director         VARCHAR(200),
    trailer_url      VARCHAR(500),
    status           VARCHAR(20)  NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    updated_at       TIMESTAMP(3) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_movie_duration CHECK (duration_minutes BETWEEN 1 AND 600)
);
CREATE INDEX ix_movie_status ON movie (status);
CREATE INDEX ix_movie_title ON movie (title);

CREATE TABLE movie_genre (
    movie_id BIGINT      NOT NULL,
    genre    VARCHAR(40) NOT NULL,
    PRIMARY KEY (movie_id, genre),
    CONSTRAINT fk_movie_genre_movie FOREIGN KEY (movie_id) REFERENCES movie (id) ON DELETE CASCADE
);
CREATE INDEX ix_movie_genre_genre ON movie_genre (genre);

CREATE TABLE movie_cast_member (
    movie_id BIGINT       NOT NULL,
    position INT          NOT NULL,
    name     VARCHAR(200) NOT NULL,
    PRIMARY KEY (movie_id, position),
    CONSTRAINT fk_movie_cast_movie FOREIGN KEY (movie_id) REFERENCES movie (id) ON DELETE CASCADE
);
