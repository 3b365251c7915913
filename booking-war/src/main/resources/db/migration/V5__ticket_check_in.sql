-- Issue #13: tickets are checked in at the door once. A conditional UPDATE (checked_in_at IS NULL) admits the
-- first scan of a signed ticket and refuses every later one. Runs unchanged on MySQL 8 / MariaDB and on H2.
ALTER TABLE ticket ADD COLUMN checked_in_at TIMESTAMP(3) NULL;
