-- Reviews and posters (issue #4). Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.

-- Kept in step with movie_review by the review use case (recomputed from the rows in the same transaction,
-- under a lock on the movie row); never written by the movie's own updates.
ALTER TABLE movie ADD COLUMN review_count INT NOT NULL DEFAULT 0;
ALTER TABLE movie ADD COLUMN average_rating DOUBLE;
-- SHA-256 (hex) of the current poster, null without one; the poster's URL carries its first characters.
ALTER TABLE movie ADD COLUMN poster_etag VARCHAR(64);
CREATE INDEX ix_movie_average_rating ON movie (average_rating);
CREATE INDEX ix_movie_release_date ON movie (release_date);

-- One review per user and movie: a second one from the same user updates the first.
CREATE TABLE movie_review (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    movie_id     BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    author_name  VARCHAR(200)  NOT NULL,
    rating       INT           NOT NULL,
    comment_text VARCHAR(2000),
    created_at   TIMESTAMP(3)  NOT NULL,
    updated_at   TIMESTAMP(3)  NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_movie_review_movie_user UNIQUE (movie_id, user_id),
    CONSTRAINT fk_movie_review_movie FOREIGN KEY (movie_id) REFERENCES movie (id) ON DELETE CASCADE,
    CONSTRAINT ck_movie_review_rating CHECK (rating BETWEEN 1 AND 5)
);
CREATE INDEX ix_movie_review_newest ON movie_review (movie_id, updated_at);

-- The poster image itself (PNG, JPEG or WebP, at most a few MB: MEDIUMBLOB holds 16 MB on MySQL).
CREATE TABLE movie_poster (
    movie_id     BIGINT       NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    bytes        MEDIUMBLOB   NOT NULL,
    etag         VARCHAR(64)  NOT NULL,
    size_bytes   INT          NOT NULL,
    width        INT,
    height       INT,
    created_at   TIMESTAMP(3) NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (movie_id),
    CONSTRAINT fk_movie_poster_movie FOREIGN KEY (movie_id) REFERENCES movie (id) ON DELETE CASCADE
);
