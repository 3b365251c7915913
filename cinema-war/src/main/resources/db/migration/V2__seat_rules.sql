-- Issue #21, seat rules: a cinema setting (on by default) that the booking service applies to holds, and
-- companion seats (beside a wheelchair space) as a seat type. Runs unchanged on MySQL 8 / MariaDB and on H2.
ALTER TABLE cinema ADD COLUMN seat_rules_enabled BOOLEAN NOT NULL DEFAULT TRUE;

ALTER TABLE seat DROP CONSTRAINT ck_seat_type;
ALTER TABLE seat ADD CONSTRAINT ck_seat_type
    CHECK (seat_type IN ('STANDARD', 'PREMIUM', 'VIP', 'WHEELCHAIR', 'COUPLE', 'COMPANION'));
