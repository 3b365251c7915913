package com.cinema.booking.api;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SchedulingRulesViewTest {

    @Test
    void theGapIsInWholeMinutesRoundedUpSoAPreviewNeverCountsLessThanTheServer() {
        assertThat(SchedulingRulesView.of(Duration.ofMinutes(15), 28).cleaningGapMinutes).isEqualTo(15);
        assertThat(SchedulingRulesView.of(Duration.ofSeconds(61), 28).cleaningGapMinutes).isEqualTo(2);
        assertThat(SchedulingRulesView.of(Duration.ZERO, 28).cleaningGapMinutes).isZero();
        assertThat(SchedulingRulesView.of(Duration.ZERO, 14).maxRunDays).isEqualTo(14);
    }
}
