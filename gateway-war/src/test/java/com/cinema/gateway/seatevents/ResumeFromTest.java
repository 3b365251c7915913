package com.cinema.gateway.seatevents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeFromTest {

    @Test
    void aNewStreamStartsFromNow() {
        assertThat(SeatEventsResource.resumeFrom(null, 42)).isEqualTo(42);
        assertThat(SeatEventsResource.resumeFrom("", 42)).isEqualTo(42);
    }

    @Test
    void aReconnectingClientResumesAfterItsLastEvent() {
        assertThat(SeatEventsResource.resumeFrom("17", 42)).isEqualTo(17);
        assertThat(SeatEventsResource.resumeFrom(" 0 ", 42)).isZero();
    }

    @Test
    void aStaleOrForeignIdNeverMutesTheStream() {
        assertThat(SeatEventsResource.resumeFrom("9000", 42)).isEqualTo(42);
        assertThat(SeatEventsResource.resumeFrom("abc", 42)).isEqualTo(42);
        assertThat(SeatEventsResource.resumeFrom("-5", 42)).isEqualTo(42);
    }
}
