package com.cinema.gateway.seatevents;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** seat_event_lag_seconds: from the change in the booking database to the gateway reading it. */
class SeatEventLagTest {

    private static final Instant NOW = Instant.parse("2026-12-01T07:00:10Z");

    @Test
    void eachEventsAgeIsOneObservationAndClockSkewNeverGivesANegativeLag() {
        List<Duration> observed = new ArrayList<>();
        SeatEventLag lag = new SeatEventLag(observed::add, Clock.fixed(NOW, ZoneOffset.UTC));

        lag.observe(List.of(event("2026-12-01T07:00:09.250Z"), event("2026-12-01T08:00:10+01:00"),
                event("2026-12-01T07:00:11Z"), new SeatEvent()));

        assertThat(observed).containsExactly(Duration.ofMillis(750), Duration.ZERO, Duration.ZERO);
    }

    private static SeatEvent event(String occurredAt) {
        SeatEvent event = new SeatEvent();
        event.occurredAt = OffsetDateTime.parse(occurredAt);
        return event;
    }
}
