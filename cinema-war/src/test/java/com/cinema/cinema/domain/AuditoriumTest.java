package com.cinema.cinema.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditoriumTest {

    @Test
    void takesGridSizeAndSeatsFromItsLayout() {
        Auditorium auditorium = new Auditorium(7, "Screen 1", AuditoriumFormat.IMAX,
                SeatLayout.parse(List.of("W_SSS", "", "2*CC_CC")));

        assertThat(auditorium.getCinemaId()).isEqualTo(7);
        assertThat(auditorium.getRows()).isEqualTo(4);
        assertThat(auditorium.getColumns()).isEqualTo(5);
        assertThat(auditorium.getSeats()).extracting(Seat::label)
                .containsExactly("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4");
    }

    @Test
    void capacityCountsEverySeatThatIsNotBlocked() {
        Auditorium auditorium = new Auditorium(1, "Screen 2", AuditoriumFormat.STANDARD,
                SeatLayout.parse(List.of("SsS_SS", "vVV_VV")));

        assertThat(auditorium.getSeats()).hasSize(10);
        assertThat(auditorium.capacity()).isEqualTo(8);
    }
}
