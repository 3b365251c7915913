package com.cinema.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The mail settings ({@code cinema.mail.*}, e.g. CINEMA_MAIL_SMTP_HOST) and the transport they choose. Without an
 * SMTP host, messages are written under {@code cinema.mail.outbox-dir}, by default {@code mail} beside the H2
 * databases ({@code DB_DIR}, else the server's {@code data} folder: Liberty runs in the server's output folder).
 */
@ApplicationScoped
public class MailConfig {

    @Inject
    Config config;

    @Produces
    @ApplicationScoped
    MailTransport transport() {
        return new JakartaMailTransport(settings());
    }

    MailSettings settings() {
        Path outbox = config.getOptionalValue("cinema.mail.outbox-dir", String.class).map(Path::of)
                .orElseGet(() -> Path.of(config.getOptionalValue("DB_DIR", String.class).orElse("data"), "mail"));
        return new MailSettings(
                text("cinema.mail.smtp.host"),
                config.getOptionalValue("cinema.mail.smtp.port", Integer.class).orElse(25),
                text("cinema.mail.smtp.user"),
                text("cinema.mail.smtp.password"),
                config.getOptionalValue("cinema.mail.smtp.starttls", Boolean.class).orElse(false),
                config.getOptionalValue("cinema.mail.smtp.ssl", Boolean.class).orElse(false),
                config.getOptionalValue("cinema.mail.smtp.timeout", Duration.class).orElse(Duration.ofSeconds(10)),
                from(), outbox.toAbsolutePath());
    }

    /** Who the e-mails are from, e.g. {@code Cinema <tickets@cinema.local>} (also a calendar event's organizer). */
    public String from() {
        return config.getOptionalValue("cinema.mail.from", String.class).orElse("Cinema <tickets@cinema.local>");
    }

    private Optional<String> text(String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }
}
