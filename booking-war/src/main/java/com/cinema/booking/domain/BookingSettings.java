package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** The booking service's time windows and prices, all MicroProfile Config with defaults. */
@ApplicationScoped
public class BookingSettings {

    @Inject
    @ConfigProperty(name = "cinema.booking.cleaning-gap", defaultValue = "PT15M")
    Duration cleaningGap;

    @Inject
    @ConfigProperty(name = "cinema.booking.hold-duration", defaultValue = "PT10M")
    Duration holdDuration;

    @Inject
    @ConfigProperty(name = "cinema.booking.hold-sweep-interval", defaultValue = "PT15S")
    Duration holdSweepInterval;

    @Inject
    @ConfigProperty(name = "cinema.booking.seat-events.retention", defaultValue = "PT1H")
    Duration seatEventRetention;

    @Inject
    @ConfigProperty(name = "cinema.booking.seat-events.settle-time", defaultValue = "PT1S")
    Duration seatEventSettleTime;

    @Inject
    @ConfigProperty(name = "cinema.booking.auditorium-cache-ttl", defaultValue = "PT30S")
    Duration auditoriumCacheTtl;

    @Inject
    @ConfigProperty(name = "cinema.booking.auditorium-cache-max-stale", defaultValue = "PT15M")
    Duration auditoriumCacheMaxStale;

    @Inject
    @ConfigProperty(name = "cinema.booking.cancellation-cutoff", defaultValue = "PT2H")
    Duration cancellationCutoff;

    @Inject
    @ConfigProperty(name = "cinema.booking.reconcile-interval", defaultValue = "PT30S")
    Duration reconcileInterval;

    @Inject
    @ConfigProperty(name = "cinema.booking.reconcile-after", defaultValue = "PT2M")
    Duration reconcileAfter;

    @Inject
    @ConfigProperty(name = "cinema.booking.hold-quota.per-showtime", defaultValue = "10")
    int holdQuotaPerShowtime;

    @Inject
    @ConfigProperty(name = "cinema.booking.hold-quota.total", defaultValue = "20")
    int holdQuotaTotal;

    @Inject
    @ConfigProperty(name = "cinema.booking.reminder.before", defaultValue = "PT3H")
    Duration reminderBefore;

    @Inject
    @ConfigProperty(name = "cinema.booking.reminder.after-booking", defaultValue = "PT1H")
    Duration reminderAfterBooking;

    @Inject
    @ConfigProperty(name = "cinema.booking.max-run-days", defaultValue = "28")
    int maxRunDays;

    @Inject
    Config config;

    private volatile SeatPricing pricing;

    /** How long before its showtime a confirmed booking is reminded of it; zero or less: no reminders. */
    public Duration reminderBefore() {
        return reminderBefore;
    }

    /** A reminder never comes sooner than this after the booking was made: its confirmation is still fresh. */
    public Duration reminderAfterBooking() {
        return reminderAfterBooking;
    }

    /** The most consecutive days one scheduleShowtimeRun may fill. */
    public int maxRunDays() {
        return maxRunDays;
    }

    public Duration cleaningGap() {
        return cleaningGap;
    }

    public Duration holdDuration() {
        return holdDuration;
    }

    public Duration holdSweepInterval() {
        return holdSweepInterval;
    }

    public Duration seatEventRetention() {
        return seatEventRetention;
    }

    public Duration seatEventSettleTime() {
        return seatEventSettleTime;
    }

    /** Customers may cancel a confirmed booking until this long before the showtime starts. */
    public Duration cancellationCutoff() {
        return cancellationCutoff;
    }

    /** How often the {@link CheckoutReconciler} looks for unfinished checkouts and refunds. */
    public Duration reconcileInterval() {
        return reconcileInterval;
    }

    /** A checkout or refund left in one step this long is settled by the reconciler. */
    public Duration reconcileAfter() {
        return reconcileAfter;
    }

    /** Unpaid seats one customer may keep, per showtime and in all. */
    public HoldQuota holdQuota() {
        return new HoldQuota(holdQuotaPerShowtime, holdQuotaTotal);
    }

    public Duration auditoriumCacheTtl() {
        return auditoriumCacheTtl;
    }

    /** How old a layout may be that stands in while the cinema service cannot answer. */
    public Duration auditoriumCacheMaxStale() {
        return auditoriumCacheMaxStale;
    }

    /** Surcharges from {@code cinema.booking.surcharge.<TYPE>}, defaults in {@link SeatPricing}. */
    public SeatPricing pricing() {
        SeatPricing current = pricing;
        if (current == null) {
            Map<String, Integer> surcharges = new HashMap<>(SeatPricing.DEFAULT_SURCHARGES);
            for (String type : SeatPricing.DEFAULT_SURCHARGES.keySet()) {
                config.getOptionalValue("cinema.booking.surcharge." + type, Integer.class)
                        .ifPresent(v -> surcharges.put(type, v));
            }
            current = new SeatPricing(surcharges);
            pricing = current;
        }
        return current;
    }
}
