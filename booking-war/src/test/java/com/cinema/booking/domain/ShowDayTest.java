package com.cinema.booking.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ShowDayTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-04");

    @Test
    void lateEveningInNewYorkIsTheNextDayInUtcButStillThatDay() {
        // 23:30 in New York (UTC-5 in December) is 04:30 UTC on the 5th.
        Instant lateShow = Instant.parse("2026-12-05T04:30:00Z");
        assertThat(ShowDay.isOn(lateShow, "America/New_York", DAY)).isTrue();
        assertThat(ShowDay.isOn(lateShow, "America/New_York", DAY.plusDays(1))).isFalse();
        assertThat(ShowDay.isOn(lateShow, "UTC", DAY)).isFalse();
        // 00:15 in New York on the 5th belongs to the 5th.
        assertThat(ShowDay.isOn(Instant.parse("2026-12-05T05:15:00Z"), "America/New_York", DAY)).isFalse();
    }

    @Test
    void earlyMorningInTokyoIsThePreviousDayInUtcButStillThatDay() {
        // 08:00 in Tokyo (UTC+9) on the 4th is 23:00 UTC on the 3rd.
        Instant morningShow = Instant.parse("2026-12-03T23:00:00Z");
        assertThat(ShowDay.isOn(morningShow, "Asia/Tokyo", DAY)).isTrue();
        assertThat(ShowDay.isOn(morningShow, "Europe/London", DAY)).isFalse();
        assertThat(ShowDay.isOn(Instant.parse("2026-12-03T14:59:59Z"), "Asia/Tokyo", DAY)).isFalse();
        assertThat(ShowDay.isOn(Instant.parse("2026-12-03T15:00:00Z"), "Asia/Tokyo", DAY)).isTrue();
    }

    @Test
    void utcWindowCoversTheDayInEveryZone() {
        Instant start = ShowDay.windowStart(DAY);
        Instant end = ShowDay.windowEnd(DAY);
        for (String zone : new String[] {"Pacific/Kiritimati", "Asia/Tokyo", "Europe/London", "America/New_York",
                "Pacific/Pago_Pago", "Etc/GMT+12"}) {
            Instant[] bounds = ShowDay.bounds(DAY, zone);
            assertThat(bounds[0]).as(zone).isAfterOrEqualTo(start);
            assertThat(bounds[1]).as(zone).isBeforeOrEqualTo(end);
        }
    }

    @Test
    void boundsFollowDaylightSavingChanges() {
        Instant[] bounds = ShowDay.bounds(LocalDate.parse("2026-03-08"), "America/New_York");
        assertThat(bounds[0]).isEqualTo(Instant.parse("2026-03-08T05:00:00Z"));
        assertThat(bounds[1]).isEqualTo(Instant.parse("2026-03-09T04:00:00Z"));
    }

    @Test
    void unknownZoneCountsAsUtc() {
        assertThat(ShowDay.isOn(Instant.parse("2026-12-04T23:59:00Z"), "Mars/Olympus", DAY)).isTrue();
        assertThat(ShowDay.isOn(Instant.parse("2026-12-04T23:59:00Z"), null, DAY)).isTrue();
    }
}
