package com.cinema.user.domain;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Ops' view of "Forgot your password?": links asked for (and whether an account had the address: the public answer
 * never says, the internal metrics may) and resets by outcome; mails given up are counted by PasswordResetMail.
 * Labels are closed sets, never an address or a token.
 */
@ApplicationScoped
public class PasswordResetMetrics {

    private static final Metadata REQUESTS = Metadata.builder().withName("password_reset_requests")
            .withDescription("Password-reset links asked for, by outcome (SENT to an active account, NO_ACCOUNT, or "
                    + "LIMITED: the account had its fill of links in the window)")
            .withUnit(MetricUnits.NONE).build();
    private static final Metadata RESETS = Metadata.builder().withName("password_resets")
            .withDescription("Passwords set with an e-mailed link, by outcome (DONE, or LINK_UNUSABLE: unknown, used or "
                    + "expired)").withUnit(MetricUnits.NONE).build();

    @Inject
    MetricRegistry registry;

    /**
     * Made at start, not at the first reset, so the series exist (at zero) from the first scrape: observing the
     * event makes the application-scoped instance, and with it {@code @PostConstruct}.
     */
    void atStart(@Observes Startup start) {
        // nothing more to do
    }

    @PostConstruct
    void register() {
        // Every series from the start, so rates and alerts see zeros rather than nothing.
        for (PasswordResetChanges.Issued outcome : PasswordResetChanges.Issued.values()) {
            registry.counter(REQUESTS, new Tag("outcome", outcome.name()));
        }
        registry.counter(RESETS, new Tag("outcome", "DONE"));
        registry.counter(RESETS, new Tag("outcome", "LINK_UNUSABLE"));
    }

    public void requested(PasswordResetChanges.Issued outcome) {
        registry.counter(REQUESTS, new Tag("outcome", outcome.name())).inc();
    }

    public void reset(boolean done) {
        registry.counter(RESETS, new Tag("outcome", done ? "DONE" : "LINK_UNUSABLE")).inc();
    }
}
