package com.cinema.coupon.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** The coupon service's time windows, all MicroProfile Config with defaults (environment overrides). */
@ApplicationScoped
public class CouponSettings {

    /** The longest a reservation may be held, whatever expiry the caller asks for. */
    @Inject
    @ConfigProperty(name = "cinema.coupon.reservation.max-duration", defaultValue = "PT30M")
    Duration maxReservation;

    /**
     * How long after its expiry an unredeemed reservation is released by the service itself. The booking
     * service releases it when the hold ends; the grace leaves that call (and a late redeem) room first.
     */
    @Inject
    @ConfigProperty(name = "cinema.coupon.reservation.release-grace", defaultValue = "PT2M")
    Duration releaseGrace;

    @Inject
    @ConfigProperty(name = "cinema.coupon.reservation.sweep-interval", defaultValue = "PT30S")
    Duration sweepInterval;

    public Duration maxReservation() {
        return maxReservation;
    }

    public Duration releaseGrace() {
        return releaseGrace;
    }

    public Duration sweepInterval() {
        return sweepInterval;
    }
}
