package com.cinema.booking.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoScheduleTest {

    @Test
    void pricesFollowTheAuditoriumFormat() {
        assertThat(DemoSchedule.priceOf("STANDARD")).isEqualTo(1100);
        assertThat(DemoSchedule.priceOf("THREE_D")).isEqualTo(1350);
        assertThat(DemoSchedule.priceOf("DOLBY_ATMOS")).isEqualTo(1500);
        assertThat(DemoSchedule.priceOf("IMAX")).isEqualTo(1650);
        assertThat(DemoSchedule.priceOf(null)).isEqualTo(1100);
    }

    @Test
    void currencyFollowsTheCinemasZone() {
        assertThat(DemoSchedule.currencyOf("Europe/London")).isEqualTo("GBP");
        assertThat(DemoSchedule.currencyOf("Europe/Dublin")).isEqualTo("EUR");
        assertThat(DemoSchedule.currencyOf("America/New_York")).isEqualTo("USD");
        assertThat(DemoSchedule.currencyOf(null)).isEqualTo("GBP");
    }
}
