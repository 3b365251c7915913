package com.cinema.gateway.seatevents;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code seat_event_lag_seconds}: how long after a seat changed in the booking database this gateway read the
 * change for its streams (poll interval plus the booking service's answer). One observation per event per
 * showtime poller, so a growing value means streams show stale seat maps.
 */
@ApplicationScoped
public class SeatEventLag {

    static final Metadata LAG = Metadata.builder().withName("seat_event_lag")
            .withDescription("Time from a seat change in the booking database to this gateway reading it for the "
                    + "live seat-map streams")
            .withUnit(MetricUnits.SECONDS).build();

    @Inject
    MetricRegistry registry;

    Clock clock = Clock.systemUTC();
    private Consumer<Duration> observations;

    SeatEventLag() {
        // for CDI
    }

    /** For tests: where the observations go. */
    SeatEventLag(Consumer<Duration> observations, Clock clock) {
        this.observations = observations;
        this.clock = clock;
    }

    @PostConstruct
    void register() {
        var timer = registry.timer(LAG);
        observations = timer::update;
    }

    void observe(List<SeatEvent> events) {
        Instant now = clock.instant();
        for (SeatEvent event : events) {
            if (event.occurredAt != null) {
                Duration lag = Duration.between(event.occurredAt.toInstant(), now);
                observations.accept(lag.isNegative() ? Duration.ZERO : lag);
            }
        }
    }
}
