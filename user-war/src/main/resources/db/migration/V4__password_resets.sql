-- One-time links to set a new password, sent by e-mail. Like refresh tokens, only the SHA-256 digest (hex) of the
-- token in the link is stored. A link is used once; asking for a new one retires the account's earlier links.
CREATE TABLE password_reset (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    token_hash VARCHAR(128) NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    used_at    TIMESTAMP(3),
    created_at TIMESTAMP(3) NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_password_reset_hash UNIQUE (token_hash),
    CONSTRAINT fk_password_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_password_reset_user ON password_reset (user_id);
