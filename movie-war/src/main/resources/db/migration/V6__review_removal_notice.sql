-- Telling a review's author by e-mail that staff removed it (ADR 0028). Runs unchanged on MySQL 8 / MariaDB and on
-- H2 in MySQL mode.

-- One row per removal, written in the removal's transaction, so a removal is never without its notice; the
-- background sender claims due rows (claimed_until, a conditional UPDATE: one replica wins), asks the user service
-- for the author's address, and marks the row SENT, SKIPPED (no address: the account is closed) or, after its
-- last attempt, FAILED. The author deleting the review, or staff the movie, deletes the notice with it.
CREATE TABLE review_removal_notice (
    review_id       BIGINT       NOT NULL,
    author_id       BIGINT       NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3) NOT NULL,
    claimed_until   TIMESTAMP(3),
    last_error      VARCHAR(500),
    created_at      TIMESTAMP(3) NOT NULL,
    done_at         TIMESTAMP(3),
    PRIMARY KEY (review_id),
    CONSTRAINT fk_review_removal_notice_review FOREIGN KEY (review_id) REFERENCES movie_review (id) ON DELETE CASCADE,
    CONSTRAINT ck_review_removal_notice_status CHECK (status IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED'))
);
-- The sender's round: pending rows by when they are due.
CREATE INDEX ix_review_removal_notice_due ON review_removal_notice (status, next_attempt_at);
