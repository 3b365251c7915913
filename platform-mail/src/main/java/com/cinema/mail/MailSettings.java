package com.cinema.mail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where mail goes: SMTP when {@code host} is set, otherwise .eml files under {@code outboxDir}. Read from
 * MicroProfile Config by {@link MailConfig}; a record so the transport is tested without a server.
 */
public record MailSettings(Optional<String> host, int port, Optional<String> user, Optional<String> password,
                           boolean startTls, boolean ssl, Duration timeout, String from, Path outboxDir) {
}
