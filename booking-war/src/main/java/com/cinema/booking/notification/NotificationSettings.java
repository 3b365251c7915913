package com.cinema.booking.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** How the outbox is delivered: all MicroProfile Config (e.g. CINEMA_NOTIFICATIONS_MAX_ATTEMPTS). */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "cinema.notifications.send-interval", defaultValue = "PT5S")
    Duration sendInterval;

    @Inject
    @ConfigProperty(name = "cinema.notifications.batch-size", defaultValue = "20")
    int batchSize;

    @Inject
    @ConfigProperty(name = "cinema.notifications.claim-duration", defaultValue = "PT2M")
    Duration claimDuration;

    @Inject
    @ConfigProperty(name = "cinema.notifications.backoff-base", defaultValue = "PT30S")
    Duration backoffBase;

    @Inject
    @ConfigProperty(name = "cinema.notifications.backoff-cap", defaultValue = "PT30M")
    Duration backoffCap;

    @Inject
    @ConfigProperty(name = "cinema.notifications.max-attempts", defaultValue = "10")
    int maxAttempts;

    public Duration sendInterval() {
        return sendInterval;
    }

    public int batchSize() {
        return Math.max(1, batchSize);
    }

    /** How long a claimed notice belongs to the replica that claimed it; after that another may retry it. */
    public Duration claimDuration() {
        return claimDuration;
    }

    public Backoff backoff() {
        return new Backoff(backoffBase, backoffCap);
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }
}
