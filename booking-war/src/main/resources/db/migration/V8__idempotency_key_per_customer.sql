-- Issue #13: a checkout key is the customer's own, as at the payment service (payment V2): two customers may
-- choose the same key for two bookings. Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
ALTER TABLE booking DROP CONSTRAINT uq_booking_idempotency_key;
ALTER TABLE booking ADD CONSTRAINT uq_booking_user_key UNIQUE (user_id, idempotency_key);
