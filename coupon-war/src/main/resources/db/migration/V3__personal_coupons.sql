-- Issue #21, loyalty rewards: personal coupons. A personal coupon belongs to one customer (owner_user_id) and
-- is issued once for one reason (issued_for, e.g. LOYALTY_3 for the third booking): the unique key makes a
-- repeated or concurrent issue find the first one instead of making a second. Staff coupons leave both NULL
-- (NULLs never collide in a unique key). Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.
ALTER TABLE coupon ADD COLUMN owner_user_id BIGINT NULL;
ALTER TABLE coupon ADD COLUMN issued_for VARCHAR(40) NULL;
ALTER TABLE coupon ADD CONSTRAINT uq_coupon_issued UNIQUE (owner_user_id, issued_for);
ALTER TABLE coupon ADD CONSTRAINT ck_coupon_personal CHECK ((owner_user_id IS NULL) = (issued_for IS NULL));
