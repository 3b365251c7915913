package com.cinema.booking.notification;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Where SMS go: {@code provider} FILE (the default: one text file per message under {@code outboxDir}, like the
 * .eml files without an SMTP host), HTTP (a real SMS gateway at {@code url}, with Basic credentials or a bearer
 * token, bounded by {@code timeout}) or NONE (no SMS at all). Read from MicroProfile Config by {@link SmsConfig}.
 */
public record SmsSettings(Provider provider, Path outboxDir, String sender, Optional<URI> url,
                          Optional<String> user, Optional<String> password, Optional<String> token, Duration timeout) {

    public enum Provider {
        FILE, HTTP, NONE;

        /** {@code file}, {@code http} or {@code none}, any case. */
        public static Provider of(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cinema.sms.provider must be file, http or none, not " + name, e);
            }
        }
    }

    public SmsSettings {
        if (provider == Provider.HTTP && url.isEmpty()) {
            throw new IllegalArgumentException("cinema.sms.provider=http needs cinema.sms.http.url");
        }
    }
}
