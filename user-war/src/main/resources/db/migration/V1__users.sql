-- Accounts, roles, refresh tokens and sign-in attempts. Runs unchanged on MySQL 8 / MariaDB and on H2.
-- ("user" is reserved in H2 and MySQL, hence app_user.)
CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    -- As the user typed it, for display and mail.
    email            VARCHAR(254) NOT NULL,
    -- Trimmed and lower case: the unique key, so Ann@Example.org and ann@example.org are one account
    -- whatever the database's collation.
    email_normalized VARCHAR(254) NOT NULL,
    -- Encoded with its algorithm and parameters, e.g. $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>,
    -- so that parameters can be raised later and old hashes still verify.
    password_hash    VARCHAR(255) NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    phone            VARCHAR(40),
    status           VARCHAR(20)  NOT NULL,
    created_at       TIMESTAMP(3) NOT NULL,
    updated_at       TIMESTAMP(3) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_email UNIQUE (email_normalized),
    CONSTRAINT ck_app_user_status CHECK (status IN ('ACTIVE', 'DISABLED'))
);
CREATE INDEX ix_app_user_created ON app_user (created_at);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT ck_user_role_role CHECK (role IN ('USER', 'ADMIN'))
);

-- Opaque refresh tokens, stored only as a hash (SHA-256, hex). A family is one sign-in and every token
-- rotated from it: presenting a token that was already used revokes the whole family.
CREATE TABLE refresh_token (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    user_id    BIGINT       NOT NULL,
    token_hash VARCHAR(128) NOT NULL,
    family_id  VARCHAR(36)  NOT NULL,
    expires_at TIMESTAMP(3) NOT NULL,
    used_at    TIMESTAMP(3),
    revoked_at TIMESTAMP(3),
    created_at TIMESTAMP(3) NOT NULL,
    -- Two refreshes racing with one token: only one may mark it used.
    version    BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
);
CREATE INDEX ix_refresh_token_user ON refresh_token (user_id);
CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);
CREATE INDEX ix_refresh_token_expiry ON refresh_token (expires_at);

-- Every sign-in attempt by normalised e-mail, known or not, so that guessing is throttled for any address.
-- Append-only; old rows are pruned by time.
CREATE TABLE login_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    email        VARCHAR(254) NOT NULL,
    attempted_at TIMESTAMP(3) NOT NULL,
    succeeded    BOOLEAN      NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX ix_login_attempt_email ON login_attempt (email, attempted_at);
CREATE INDEX ix_login_attempt_time ON login_attempt (attempted_at);
