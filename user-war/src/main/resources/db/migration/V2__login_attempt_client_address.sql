-- Sign-in throttling by client address and by address + account, never by the account alone (issue #17): a
-- stranger's failures must not lock the owner out. Earlier rows keep 'unknown' and leave the window within minutes.
ALTER TABLE login_attempt ADD COLUMN client_address VARCHAR(64) NOT NULL DEFAULT 'unknown';
CREATE INDEX ix_login_attempt_address ON login_attempt (client_address, attempted_at);
