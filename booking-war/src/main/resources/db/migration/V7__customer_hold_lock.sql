-- Issue #17, hold quotas: one row per customer who ever held seats. A hold locks it (SELECT ... FOR UPDATE)
-- before counting the customer's unpaid seats, so concurrent holds of one customer cannot pass the quota
-- together. Runs unchanged on MySQL 8 / MariaDB and on H2 (MySQL mode).
CREATE TABLE customer_hold_lock (
    user_id BIGINT NOT NULL,
    PRIMARY KEY (user_id)
);

