package com.cinema.common.client;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RequestDeadlineTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aBudgetIsWholeMillisecondsCappedAtTenMinutesAndNeverNegative() {
        assertThat(RequestDeadline.parse("2500")).contains(Duration.ofMillis(2500));
        assertThat(RequestDeadline.parse(" 0 ")).contains(Duration.ZERO);
        assertThat(RequestDeadline.parse("-40")).contains(Duration.ZERO);
        assertThat(RequestDeadline.parse("999999999999")).contains(Duration.ofMinutes(10));
        assertThat(RequestDeadline.parse("1e3")).isEmpty();
        assertThat(RequestDeadline.parse("9999999999999999999999")).isEmpty();
        assertThat(RequestDeadline.parse(null)).isEmpty();
    }

    @Test
    void aServiceTakesTheCallersBudgetAndOtherwiseHasNoDeadline() {
        RequestDeadline.Policy service = new RequestDeadline.Policy(true, Optional.empty());

        assertThat(service.deadline("1500", CLOCK)).contains(NOW.plusMillis(1500));
        assertThat(service.deadline(null, CLOCK)).isEmpty();
    }

    @Test
    void theGatewayIgnoresWhatTheClientSaysAndStartsItsOwnBudget() {
        RequestDeadline.Policy gateway = new RequestDeadline.Policy(false, Optional.of(Duration.ofSeconds(30)));

        assertThat(gateway.deadline("0", CLOCK)).contains(NOW.plusSeconds(30));
        assertThat(gateway.deadline("999999", CLOCK)).contains(NOW.plusSeconds(30));
        assertThat(gateway.deadline(null, CLOCK)).contains(NOW.plusSeconds(30));
    }

    @Test
    void aScopeMakesItsDeadlineCurrentAndRestoresThePreviousOne() {
        assertThat(RequestDeadline.current()).isEmpty();
        try (RequestDeadline.Scope outer = RequestDeadline.enter(Optional.of(NOW))) {
            try (RequestDeadline.Scope inner = RequestDeadline.enter(Optional.empty())) {
                assertThat(RequestDeadline.current()).isEmpty();
            }
            assertThat(RequestDeadline.current()).contains(NOW);
        }
        assertThat(RequestDeadline.current()).isEmpty();
        assertThat(RequestDeadline.remaining(NOW.plusSeconds(2), CLOCK)).isEqualTo(Duration.ofSeconds(2));
    }
}
