-- Customers close their own account (right to erasure, closeMyAccount). The row stays, as CLOSED, because other
-- services' bookings still name its id; its personal data is replaced by placeholders (an undeliverable, unique
-- closed-<id>@closed.invalid address, the name "Closed account", no phone, a password hash nothing verifies against).
-- A check constraint cannot be altered in place, so it is dropped and added again with the new value. The generic
-- DROP CONSTRAINT (not MySQL's own DROP CHECK) runs unchanged on MySQL 8.0.19+ / MariaDB and on H2 (MySQL mode).
ALTER TABLE app_user DROP CONSTRAINT ck_app_user_status;
ALTER TABLE app_user ADD CONSTRAINT ck_app_user_status CHECK (status IN ('ACTIVE', 'DISABLED', 'CLOSED'));
