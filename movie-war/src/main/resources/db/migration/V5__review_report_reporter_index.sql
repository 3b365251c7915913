-- A customer's own reports (myReviewReports: what became of each, and their data export) are found by user_id,
-- which the unique key (review_id, user_id) cannot serve. Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.
CREATE INDEX ix_review_report_user ON review_report (user_id);
