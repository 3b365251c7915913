package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The waitlist's settings: how long an offered hold lasts ({@code cinema.booking.waitlist.offer-window}) and how often the
 * safety net runs at most ({@code cinema.booking.waitlist.safety-net-interval}).
 */
@ApplicationScoped
public class WaitlistSettings {

    @Inject
    @ConfigProperty(name = "cinema.booking.waitlist.offer-window", defaultValue = "PT15M")
    Duration offerWindow;

    @Inject
    @ConfigProperty(name = "cinema.booking.waitlist.safety-net-interval", defaultValue = "PT1M")
    Duration safetyNetInterval;

    public Duration offerWindow() {
        return offerWindow;
    }

    /** How often the hold sweeper also offers what is free to waiting entries (the safety net), at most. */
    public Duration safetyNetInterval() {
        return safetyNetInterval;
    }
}
