package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeatLayoutTest {

    @Test
    void numbersSeatsLeftToRightSkippingAislesAndPlacesThemOnTheGrid() {
        SeatLayout layout = SeatLayout.parse(List.of("WS_SW", "VV_VV"));

        assertThat(layout.rows()).isEqualTo(2);
        assertThat(layout.columns()).isEqualTo(5);
        assertThat(layout.seats()).extracting(SeatLayout.PlannedSeat::label)
                .containsExactly("A1", "A2", "A3", "A4", "B1", "B2", "B3", "B4");
        SeatLayout.PlannedSeat a3 = layout.seats().get(2);
        assertThat(a3.x()).isEqualTo(3);
        assertThat(a3.y()).isZero();
        assertThat(a3.type()).isEqualTo(SeatType.STANDARD);
        assertThat(layout.seats().get(3).type()).isEqualTo(SeatType.WHEELCHAIR);
        assertThat(layout.seats().get(4).type()).isEqualTo(SeatType.VIP);
    }

    @Test
    void crossAisleTakesAGridRowButNoRowLabel() {
        SeatLayout layout = SeatLayout.parse(List.of("SS", "", "CC"));

        assertThat(layout.rows()).isEqualTo(3);
        SeatLayout.PlannedSeat back = layout.seats().get(2);
        assertThat(back.label()).isEqualTo("B1");
        assertThat(back.y()).isEqualTo(2);
        assertThat(back.type()).isEqualTo(SeatType.COUPLE);
    }

    @Test
    void aMeansACompanionSeatLowerCaseBlocked() {
        SeatLayout layout = SeatLayout.parse(List.of("WA_SS", "aW"));

        assertThat(layout.seats()).extracting(s -> s.label() + ":" + s.type() + (s.blocked() ? ":blocked" : ""))
                .containsExactly("A1:WHEELCHAIR", "A2:COMPANION", "A3:STANDARD", "A4:STANDARD",
                        "B1:COMPANION:blocked", "B2:WHEELCHAIR");
    }

    @Test
    void repeatedRowsAreExpanded() {
        SeatLayout layout = SeatLayout.parse(List.of("3*PP_PP", "W  W"));

        assertThat(layout.rows()).isEqualTo(4);
        assertThat(layout.seats()).hasSize(14);
        assertThat(layout.seats()).filteredOn(s -> s.rowLabel().equals("C")).hasSize(4)
                .allMatch(s -> s.type() == SeatType.PREMIUM && s.y() == 2);
        assertThat(layout.seats().get(13).x()).isEqualTo(3);
    }

    @Test
    void lowerCaseLetterIsABlockedSeatOfThatType() {
        SeatLayout layout = SeatLayout.parse(List.of("SvS"));

        SeatLayout.PlannedSeat middle = layout.seats().get(1);
        assertThat(middle.type()).isEqualTo(SeatType.VIP);
        assertThat(middle.blocked()).isTrue();
        assertThat(layout.seats().get(0).blocked()).isFalse();
    }

    @Test
    void rowLabelsContinuePastZ() {
        assertThat(SeatLayout.rowLabel(0)).isEqualTo("A");
        assertThat(SeatLayout.rowLabel(25)).isEqualTo("Z");
        assertThat(SeatLayout.rowLabel(26)).isEqualTo("AA");
        assertThat(SeatLayout.rowLabel(27)).isEqualTo("AB");
        assertThat(SeatLayout.parse(List.of("30*S")).seats().get(29).label()).isEqualTo("AD1");
    }

    @Test
    void unknownSeatCodeIsAValidationErrorOfTheLayout() {
        assertThatThrownBy(() -> SeatLayout.parse(List.of("SS", "SQS")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("layout: row 2, column 2: 'Q' is not a seat code");
    }

    @Test
    void layoutWithoutSeatsOrTooLargeIsRejected() {
        assertThatThrownBy(() -> SeatLayout.parse(List.of("", "___"))).hasMessage("layout: has no seats");
        assertThatThrownBy(() -> SeatLayout.parse(null)).hasMessage("layout: has no seats");
        assertThatThrownBy(() -> SeatLayout.parse(List.of("40*S", "21*S"))).hasMessageContaining("more than 60 rows");
        assertThatThrownBy(() -> SeatLayout.parse(List.of("S".repeat(81)))).hasMessageContaining("wider than 80");
        assertThatThrownBy(() -> SeatLayout.parse(List.of("0*SS"))).hasMessageContaining("zero times");
    }
}
