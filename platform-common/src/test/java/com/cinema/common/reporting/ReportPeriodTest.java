package com.cinema.common.reporting;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportPeriodTest {

    // 00:30 UTC on 10 March: still 9 March in New York, but reports count UTC days.
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2031-03-10T00:30:00Z"), ZoneOffset.ofHours(-5));
    private static final LocalDate TODAY = LocalDate.of(2031, 3, 10);

    @Test
    void noDatesAreTheLastThirtyDaysIncludingToday() {
        ReportPeriod period = ReportPeriod.of(null, null, CLOCK, 30, 366);
        assertThat(period).isEqualTo(new ReportPeriod(TODAY.minusDays(29), TODAY));
        assertThat(period.days()).hasSize(30).startsWith(TODAY.minusDays(29)).endsWith(TODAY);
    }

    @Test
    void oneEndGivenFillsTheOther() {
        assertThat(ReportPeriod.of(LocalDate.of(2031, 3, 1), null, CLOCK, 30, 366).to()).isEqualTo(TODAY);
        assertThat(ReportPeriod.of(null, LocalDate.of(2031, 1, 31), CLOCK, 30, 366).from())
                .isEqualTo(LocalDate.of(2031, 1, 2));
        // A start in the future without an end is that one day, not an error.
        assertThat(ReportPeriod.of(LocalDate.of(2031, 4, 1), null, CLOCK, 30, 366))
                .isEqualTo(new ReportPeriod(LocalDate.of(2031, 4, 1), LocalDate.of(2031, 4, 1)));
    }

    @Test
    void instantsCoverWholeUtcDaysBothIncluded() {
        ReportPeriod period = new ReportPeriod(LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 2));
        assertThat(period.startInclusive()).isEqualTo(Instant.parse("2031-03-01T00:00:00Z"));
        assertThat(period.endExclusive()).isEqualTo(Instant.parse("2031-03-03T00:00:00Z"));
    }

    @Test
    void backwardsOrTooLongRangesNameTheToField() {
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2031, 3, 5), LocalDate.of(2031, 3, 4), CLOCK, 30, 366))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> ReportPeriod.of(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 2), CLOCK, 30, 366))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage()).contains("366"));
        assertThat(ReportPeriod.of(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1), CLOCK, 30, 366).days())
                .hasSize(366);
    }
}
