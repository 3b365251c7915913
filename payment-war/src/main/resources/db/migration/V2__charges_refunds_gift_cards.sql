-- Charges and refunds with idempotency keys scoped to their owner, gift cards with balances.
-- Runs unchanged on MySQL 8 / MariaDB and on H2 in MySQL mode.

-- An idempotency key is the customer's own: two customers may use the same key for two payments.
ALTER TABLE payment DROP CONSTRAINT uq_payment_idempotency_key;
ALTER TABLE payment ADD CONSTRAINT uq_payment_user_key UNIQUE (user_id, idempotency_key);
-- SHA-256 (hex) of the charge's parameters; a card enters it only as brand, last four digits and expiry,
-- so it cannot be turned back into a card number. The same key with other parameters is a CONFLICT.
ALTER TABLE payment ADD COLUMN request_fingerprint CHAR(64) NOT NULL DEFAULT '';
-- Why a FAILED payment failed, as a code (CARD_DECLINED, INSUFFICIENT_FUNDS, ...), for repeated requests.
ALTER TABLE payment ADD COLUMN decline_code VARCHAR(40);
-- The gift card a GIFT_CARD payment took its amount from, so that a refund gives it back.
ALTER TABLE payment ADD COLUMN gift_card_id BIGINT;
-- The sweeper looks for PENDING payments older than the configured time.
CREATE INDEX ix_payment_status_created ON payment (status, created_at);

CREATE TABLE gift_card (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    code          VARCHAR(40)  NOT NULL,
    currency      CHAR(3)      NOT NULL,
    balance_cents INT          NOT NULL,
    created_at    TIMESTAMP(3) NOT NULL,
    updated_at    TIMESTAMP(3) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_gift_card_code UNIQUE (code),
    -- Charges take from the balance with a conditional UPDATE; this is the last line of defence.
    CONSTRAINT ck_gift_card_balance CHECK (balance_cents >= 0)
);
ALTER TABLE payment ADD CONSTRAINT fk_payment_gift_card FOREIGN KEY (gift_card_id) REFERENCES gift_card (id);

-- Each refund has its caller's idempotency key, unique per payment, and the fingerprint of its request.
ALTER TABLE refund ADD COLUMN idempotency_key VARCHAR(100);
UPDATE refund SET idempotency_key = CONCAT('before-v2-', id);
ALTER TABLE refund MODIFY COLUMN idempotency_key VARCHAR(100) NOT NULL;
ALTER TABLE refund ADD COLUMN request_fingerprint CHAR(64) NOT NULL DEFAULT '';
ALTER TABLE refund ADD CONSTRAINT uq_refund_payment_key UNIQUE (payment_id, idempotency_key);
