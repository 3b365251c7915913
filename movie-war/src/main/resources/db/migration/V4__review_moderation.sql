-- Reports and moderation of reviews (ADR 0024). Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.

-- A review staff removed stays for its author (who sees why and may delete it) but leaves every public list, count
-- and average. removed_by is the staff member's user id (their account lives in the user service).
ALTER TABLE movie_review ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'PUBLISHED';
ALTER TABLE movie_review ADD COLUMN removal_reason VARCHAR(500);
ALTER TABLE movie_review ADD COLUMN removed_at TIMESTAMP(3);
ALTER TABLE movie_review ADD COLUMN removed_by BIGINT;
ALTER TABLE movie_review ADD CONSTRAINT ck_movie_review_status CHECK (status IN ('PUBLISHED', 'REMOVED'));
-- The public page of a movie's reviews, newest first, published ones only.
CREATE INDEX ix_movie_review_public ON movie_review (movie_id, status, created_at);

-- One person's report of one review: why, and what staff made of it. A second report by the same person replaces
-- the first while it is open; reopening one that staff closed is up to the use case (only after the review was
-- edited). Deleting a review, or its movie, deletes its reports.
CREATE TABLE review_report (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    review_id   BIGINT       NOT NULL,
    user_id     BIGINT       NOT NULL,
    reason      VARCHAR(16)  NOT NULL,
    note        VARCHAR(500),
    status      VARCHAR(16)  NOT NULL,
    resolved_at TIMESTAMP(3),
    created_at  TIMESTAMP(3) NOT NULL,
    updated_at  TIMESTAMP(3) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_review_report_review_user UNIQUE (review_id, user_id),
    CONSTRAINT fk_review_report_review FOREIGN KEY (review_id) REFERENCES movie_review (id) ON DELETE CASCADE,
    CONSTRAINT ck_review_report_reason CHECK (reason IN ('SPOILERS', 'OFFENSIVE', 'SPAM', 'ILLEGAL', 'OTHER')),
    CONSTRAINT ck_review_report_status CHECK (status IN ('OPEN', 'DISMISSED', 'UPHELD'))
);
-- The staff queue: open reports grouped by review.
CREATE INDEX ix_review_report_open ON review_report (status, review_id);
