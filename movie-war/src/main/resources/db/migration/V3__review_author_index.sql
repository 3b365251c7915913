-- A customer closing their account has every review they wrote shown as by "Former customer" (anonymiseMyReviews):
-- their reviews are found by user_id, which the unique key (movie_id, user_id) cannot serve. Runs unchanged on
-- MySQL 8 / MariaDB and on H2 in MySQL mode.
CREATE INDEX ix_movie_review_user ON movie_review (user_id);
