package com.cinema.booking.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * How often a booking's tickets may be e-mailed again ({@link TicketResend}): not within
 * {@code cinema.booking.tickets-again.interval} of the last e-mail with them, and at most
 * {@code cinema.booking.tickets-again.max-copies} copies at a customer's request.
 */
@ApplicationScoped
public class TicketResendSettings {

    @Inject
    @ConfigProperty(name = "cinema.booking.tickets-again.interval", defaultValue = "PT2M")
    Duration interval;

    @Inject
    @ConfigProperty(name = "cinema.booking.tickets-again.max-copies", defaultValue = "5")
    int maxCopies;

    public Duration interval() {
        return interval;
    }

    public int maxCopies() {
        return maxCopies;
    }
}
