package com.cinema.user.mail;

import com.cinema.mail.MailHtml;
import com.cinema.mail.MailMessage;
import com.cinema.mail.MailTransport;
import com.cinema.user.security.OpaqueToken;
import com.github.mustachejava.Mustache;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The e-mail with a password-reset link (SMTP, or .eml files without a host: platform-mail). It leaves in the
 * background, so the answer to the request takes as long whether or not an account has the address; a failed
 * delivery is tried again a few times, and after that the customer simply asks for another link.
 */
@ApplicationScoped
public class PasswordResetMail {

    private static final Logger LOG = Logger.getLogger(PasswordResetMail.class.getName());
    /** The same message as HTML, with the link as a button (beside the text, for clients that show HTML). */
    private static final Mustache HTML = MailHtml.template(PasswordResetMail.class, "password-reset.html.mustache");
    private static final Metadata MAIL_FAILURES = Metadata.builder().withName("password_reset_mail_failures")
            .withDescription("Password-reset e-mails given up after every delivery attempt failed")
            .withUnit(MetricUnits.NONE).build();

    @Inject
    MailTransport transport;

    @Inject
    MetricRegistry registry;

    private Counter givenUp;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "cinema.portal.url", defaultValue = "http://localhost:5000")
    String portalUrl;

    @Inject
    @ConfigProperty(name = "cinema.user.password-reset.mail-attempts", defaultValue = "3")
    int attempts;

    @Inject
    @ConfigProperty(name = "cinema.user.password-reset.mail-retry-delay", defaultValue = "PT5S")
    Duration retryDelay;

    /**
     * Made at start, not at the first reset, so the series exist (at zero) from the first scrape: observing the
     * event makes the application-scoped instance, and with it {@code @PostConstruct}.
     */
    void atStart(@Observes Startup start) {
        // nothing more to do
    }

    @PostConstruct
    void register() {
        givenUp = registry.counter(MAIL_FAILURES);
    }

    public void send(String to, String fullName, String token, Duration lifetime) {
        MailMessage message = compose(portalUrl, to, fullName, token, lifetime);
        executor.execute(() -> deliver(message, 1));
    }

    private void deliver(MailMessage message, int attempt) {
        try {
            transport.deliver(message);
        } catch (Exception e) {
            if (attempt < attempts) {
                LOG.warning(() -> "Password-reset mail " + message.messageId() + " failed (attempt " + attempt
                        + "), trying again: " + e);
                executor.schedule(() -> deliver(message, attempt + 1), retryDelay.toMillis() * attempt, TimeUnit.MILLISECONDS);
            } else {
                LOG.warning(() -> "Password-reset mail " + message.messageId() + " failed " + attempt
                        + " times, given up (the customer can ask again): " + e);
                givenUp.inc();
            }
        }
    }

    /**
     * The message. The token is only in the link's fragment (after {@code #}), which browsers never send to a
     * server, so it stays out of access logs and Referer headers; the Message-ID names its digest, never the token.
     */
    static MailMessage compose(String portalUrl, String to, String fullName, String token, Duration lifetime) {
        String link = portalUrl.replaceAll("/+$", "") + "/#/reset-password?token=" + token;
        // The words, once: the text and the HTML differ only in how the link is offered (written out, or a button).
        String greeting = "Hello " + fullName + ",";
        String asked = "Someone, hopefully you, asked to reset the password of your Cinema account. To choose a new"
                + " one, %s within " + lifetime.toMinutes() + " minutes:";
        List<String> closing = List.of("The link works once, and setting a new password signs you out everywhere.",
                "If you did not ask for this, ignore this e-mail: your password stays as it is.");
        String body = greeting + "\n\n" + asked.formatted("open this link") + "\n\n" + link + "\n\n"
                + String.join("\n", closing) + "\n";
        String subject = "Reset your Cinema password";
        String html = MailHtml.page(subject, HTML, Map.of("greeting", greeting,
                "asked", asked.formatted("use this button"), "link", link, "closing", closing));
        return new MailMessage("<password-reset." + OpaqueToken.digest(token).substring(0, 32) + "@cinema.user>", to,
                subject, body, html, List.of());
    }
}
