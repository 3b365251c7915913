-- Issue #21: customers opt in to booking messages by SMS, to the phone number of their profile. Off for every
-- existing account (no one is texted without asking). Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
ALTER TABLE app_user ADD COLUMN sms_opt_in BOOLEAN NOT NULL DEFAULT FALSE;
