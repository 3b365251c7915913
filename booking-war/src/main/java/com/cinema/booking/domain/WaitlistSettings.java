package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The waitlist's window: how long an offered hold lasts ({@code cinema.booking.waitlist.offer-window}). */
@ApplicationScoped
public class WaitlistSettings {

    @Inject
    @ConfigProperty(name = "cinema.booking.waitlist.offer-window", defaultValue = "PT15M")
    Duration offerWindow;

    public Duration offerWindow() {
        return offerWindow;
    }
}
