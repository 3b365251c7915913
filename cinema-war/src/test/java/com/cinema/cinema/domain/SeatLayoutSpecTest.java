package com.cinema.cinema.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Layouts described seat by seat ({@link SeatLayout#of}): every rule and the field each error names. */
class SeatLayoutSpecTest {

    private static SeatLayout.SeatSpec seat(String row, int number, int x, int y, String type) {
        return new SeatLayout.SeatSpec(row, number, x, y, type, null);
    }

    private static List<SeatLayout.SeatSpec> twoRowsWithAnAisle() {
        return new ArrayList<>(List.of(
                seat("A", 1, 0, 0, "WHEELCHAIR"), seat("A", 2, 2, 0, "STANDARD"),
                seat("B", 1, 0, 1, "VIP"), new SeatLayout.SeatSpec("b", 2, 2, 1, "couple", true)));
    }

    private static void assertField(List<SeatLayout.SeatSpec> seats, int rows, int columns, String field) {
        assertThatThrownBy(() -> SeatLayout.of(rows, columns, seats, 60, 80))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(field));
    }

    @Test
    void aValidLayoutKeepsItsGridAndSeatsFrontToBack() {
        SeatLayout layout = SeatLayout.of(2, 3, twoRowsWithAnAisle(), 60, 80);
        assertThat(layout.rows()).isEqualTo(2);
        assertThat(layout.columns()).isEqualTo(3);
        assertThat(layout.seats()).extracting(SeatLayout.PlannedSeat::label).containsExactly("A1", "A2", "B1", "B2");
        SeatLayout.PlannedSeat b2 = layout.seats().get(3);
        assertThat(b2.type()).isEqualTo(SeatType.COUPLE);
        assertThat(b2.blocked()).isTrue();
        assertThat(b2.rowLabel()).isEqualTo("B");
    }

    @Test
    void anEmptyLayoutIsRefused() {
        assertField(List.of(), 2, 3, "seats");
        assertField(null, 2, 3, "seats");
    }

    @Test
    void twoSeatsInOneCellAreRefusedNamingTheLaterSeat() {
        List<SeatLayout.SeatSpec> seats = twoRowsWithAnAisle();
        seats.add(seat("C", 1, 2, 1, "STANDARD"));
        assertField(seats, 2, 3, "seats[4]");
    }

    @Test
    void aDuplicateLabelIsRefused() {
        List<SeatLayout.SeatSpec> seats = twoRowsWithAnAisle();
        seats.set(3, seat("A", 2, 2, 1, "STANDARD"));
        assertField(seats, 2, 3, "seats[3].number");
    }

    @Test
    void aSeatOutsideTheGridIsRefusedOnItsCoordinate() {
        List<SeatLayout.SeatSpec> seats = twoRowsWithAnAisle();
        seats.set(1, seat("A", 2, 3, 0, "STANDARD"));
        assertField(seats, 2, 3, "seats[1].x");
        seats.set(1, seat("A", 2, 1, 2, "STANDARD"));
        assertField(seats, 2, 3, "seats[1].y");
        seats.set(1, seat("A", 2, -1, 0, "STANDARD"));
        assertField(seats, 2, 3, "seats[1].x");
    }

    @Test
    void unknownTypeBadLabelsAndMissingFieldsNameTheirField() {
        List<SeatLayout.SeatSpec> seats = twoRowsWithAnAisle();
        seats.set(2, seat("B", 1, 0, 1, "SOFA"));
        assertField(seats, 2, 3, "seats[2].type");
        seats.set(2, seat("B", 0, 0, 1, "VIP"));
        assertField(seats, 2, 3, "seats[2].number");
        seats.set(2, seat("B-2", 1, 0, 1, "VIP"));
        assertField(seats, 2, 3, "seats[2].row");
        seats.set(2, new SeatLayout.SeatSpec("B", 1, null, 1, "VIP", false));
        assertField(seats, 2, 3, "seats[2].x");
    }

    @Test
    void theGridMustStayWithinTheConfiguredLimits() {
        assertField(twoRowsWithAnAisle(), 0, 3, "rows");
        assertField(twoRowsWithAnAisle(), 2, 81, "columns");
        assertThatThrownBy(() -> SeatLayout.of(21, 3, twoRowsWithAnAisle(), 20, 80))
                .isInstanceOf(ValidationException.class).hasMessage("rows: must be between 1 and 20");
        // A configured limit above what the database allows is capped.
        assertThatThrownBy(() -> SeatLayout.of(61, 3, twoRowsWithAnAisle(), 100, 100))
                .isInstanceOf(ValidationException.class).hasMessage("rows: must be between 1 and 60");
    }

    @Test
    void layoutsCompareByGridAndSeatsInAnyOrder() {
        SeatLayout layout = SeatLayout.of(2, 3, twoRowsWithAnAisle(), 60, 80);
        List<SeatLayout.SeatSpec> reversed = new ArrayList<>(twoRowsWithAnAisle());
        java.util.Collections.reverse(reversed);
        assertThat(layout.sameAs(SeatLayout.of(2, 3, reversed, 60, 80))).isTrue();
        assertThat(layout.sameAs(SeatLayout.of(2, 4, twoRowsWithAnAisle(), 60, 80))).isFalse();
        List<SeatLayout.SeatSpec> unblocked = twoRowsWithAnAisle();
        unblocked.set(3, seat("B", 2, 2, 1, "COUPLE"));
        assertThat(layout.sameAs(SeatLayout.of(2, 3, unblocked, 60, 80))).isFalse();
    }
}
