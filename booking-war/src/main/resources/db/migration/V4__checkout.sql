-- Issue #13, the checkout saga. Each step of a checkout (and of a refund) is recorded here before the next call
-- to another service, so a restarted booking service (or the reconciler on any replica) resumes where it stopped.
-- Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
ALTER TABLE booking ADD COLUMN checkout_step VARCHAR(20);
-- When the step last changed: the reconciler settles bookings that stayed in one step longer than its age.
ALTER TABLE booking ADD COLUMN checkout_step_at TIMESTAMP(3);
-- The customer's e-mail address (from the token at checkout), for notices sent by background paths.
ALTER TABLE booking ADD COLUMN customer_email VARCHAR(320);
-- Why a confirmed booking was refunded (staff's reason, a cancelled showtime, ...), passed to the payment service.
ALTER TABLE booking ADD COLUMN refund_reason VARCHAR(200);
ALTER TABLE booking ADD CONSTRAINT ck_booking_checkout_step CHECK (checkout_step IN ('STARTED', 'COUPON_RESERVED',
    'CHARGE_SENT', 'CONFIRMED', 'COUPON_REDEEMED', 'REFUND_PENDING', 'REFUNDED'));
-- The reconciler's three searches: payments pending, coupons to redeem, refunds to finish.
CREATE INDEX ix_booking_checkout_step ON booking (checkout_step, checkout_step_at);
