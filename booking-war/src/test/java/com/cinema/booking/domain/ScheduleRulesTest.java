package com.cinema.booking.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleRulesTest {

    private static final Duration GAP = Duration.ofMinutes(15);
    private static final Instant SIX = Instant.parse("2026-12-04T18:00:00Z");
    private static final Instant EIGHT = Instant.parse("2026-12-04T20:00:00Z");

    @Test
    void nextShowtimeMustWaitForTheCleaningGap() {
        assertThat(ScheduleRules.overlap(SIX, EIGHT, EIGHT.plus(GAP), EIGHT.plusSeconds(7200), GAP)).isFalse();
        assertThat(ScheduleRules.overlap(SIX, EIGHT, EIGHT.plus(GAP).minusSeconds(60), EIGHT.plusSeconds(7200), GAP))
                .isTrue();
        assertThat(ScheduleRules.overlap(SIX, EIGHT, EIGHT, EIGHT.plusSeconds(7200), Duration.ZERO)).isFalse();
    }

    @Test
    void previousShowtimeMustEndAGapBeforeAndContainedOnesOverlap() {
        Instant earlierStart = SIX.minusSeconds(3 * 3600);
        assertThat(ScheduleRules.overlap(SIX, EIGHT, earlierStart, SIX.minus(GAP), GAP)).isFalse();
        assertThat(ScheduleRules.overlap(SIX, EIGHT, earlierStart, SIX.minus(GAP).plusSeconds(1), GAP)).isTrue();
        assertThat(ScheduleRules.overlap(SIX, EIGHT, SIX.plusSeconds(600), EIGHT.minusSeconds(600), GAP)).isTrue();
        assertThat(ScheduleRules.overlap(SIX, EIGHT, SIX.minusSeconds(600), EIGHT.plusSeconds(600), GAP)).isTrue();
    }

    @Test
    void endFollowsFromTheMovieLength() {
        assertThat(ScheduleRules.endOf(SIX, 135)).isEqualTo(Instant.parse("2026-12-04T20:15:00Z"));
    }
}
