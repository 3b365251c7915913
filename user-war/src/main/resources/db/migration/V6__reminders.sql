-- Customers may turn off the reminder the booking service sends shortly before each showing (on every channel).
-- On for every existing account, as before this migration. Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
ALTER TABLE app_user ADD COLUMN reminders BOOLEAN NOT NULL DEFAULT TRUE;
