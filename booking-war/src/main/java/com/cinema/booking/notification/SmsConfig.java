package com.cinema.booking.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The SMS settings ({@code cinema.sms.*}, e.g. CINEMA_SMS_PROVIDER, CINEMA_SMS_HTTP_URL) and the provider they
 * choose. Files go under {@code cinema.sms.outbox-dir}, by default {@code sms} beside the H2 databases.
 */
@ApplicationScoped
public class SmsConfig {

    private static final Logger LOG = Logger.getLogger(SmsConfig.class.getName());

    @Inject
    Config config;

    @Produces
    @ApplicationScoped
    SmsTransport transport() {
        SmsSettings settings = settings();
        return switch (settings.provider()) {
            case HTTP -> {
                LOG.info(() -> "SMS go to the HTTP gateway at " + settings.url().orElseThrow());
                yield new HttpSmsTransport(settings);
            }
            case FILE -> {
                LOG.info(() -> "SMS are written as files to " + settings.outboxDir());
                yield new FileSmsTransport(settings.outboxDir(), settings.sender());
            }
            // No SMS rows are queued then (NotificationSettings.channels()); one left from before is failed.
            case NONE -> message -> {
                throw new Undeliverable("SMS are switched off (cinema.sms.provider=none)");
            };
        };
    }

    SmsSettings settings() {
        Path outbox = text("cinema.sms.outbox-dir").map(Path::of)
                .orElseGet(() -> Path.of(config.getOptionalValue("DB_DIR", String.class).orElse("data"), "sms"));
        return new SmsSettings(
                SmsSettings.Provider.of(text("cinema.sms.provider").orElse("file")),
                outbox.toAbsolutePath(),
                text("cinema.sms.sender").orElse("Cinema"),
                text("cinema.sms.http.url").map(URI::create),
                text("cinema.sms.http.user"),
                text("cinema.sms.http.password"),
                text("cinema.sms.http.token"),
                config.getOptionalValue("cinema.sms.http.timeout", Duration.class).orElse(Duration.ofSeconds(5)));
    }

    private Optional<String> text(String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }
}
