package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The seat rules' configuration (issue #21); whether a cinema applies them at all is the cinema's own setting. */
@ApplicationScoped
public class SeatRuleSettings {

    @Inject
    @ConfigProperty(name = "cinema.booking.seat-rules.companion-release-before", defaultValue = "PT2H")
    Duration companionReleaseBefore;

    /** From this long before a showtime starts, companion seats are on general sale (CINEMA_BOOKING_SEAT_RULES_COMPANION_RELEASE_BEFORE). */
    public Duration companionReleaseBefore() {
        return companionReleaseBefore;
    }
}
