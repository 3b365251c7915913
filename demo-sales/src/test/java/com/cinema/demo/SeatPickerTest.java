package com.cinema.demo;

import com.cinema.demo.SeatPicker.Seat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SeatPickerTest {

    /**
     * A seat map drawn as text, one line a row from the front: {@code .} free standard seat, {@code x} taken,
     * {@code w} free wheelchair space, {@code c} free couple seat, a space an aisle (no seat in that cell).
     */
    private static List<Seat> map(String... rows) {
        List<Seat> seats = new ArrayList<>();
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                char cell = rows[y].charAt(x);
                if (cell == ' ') {
                    continue;
                }
                String type = switch (cell) {
                    case 'w' -> "WHEELCHAIR";
                    case 'c' -> "COUPLE";
                    default -> "STANDARD";
                };
                String label = (char) ('A' + y) + String.valueOf(x + 1);
                seats.add(new Seat(label, label, x, y, type, cell == 'x' ? "SOLD" : "AVAILABLE"));
            }
        }
        return seats;
    }

    private static List<String> labels(List<Seat> seats) {
        return seats.stream().map(Seat::label).toList();
    }

    @Test
    void picksSideBySideInTheMiddleAboutTwoThirdsBack() {
        List<Seat> seats = map("..........", "..........", "..........", "..........");

        assertThat(SeatPicker.pick(seats, 2)).map(SeatPickerTest::labels).contains(List.of("C5", "C6"));
        assertThat(SeatPicker.pick(seats, 3)).map(SeatPickerTest::labels).hasValueSatisfying(
                picked -> assertThat(picked).hasSize(3).allMatch(label -> label.startsWith("C")));
    }

    @Test
    void neverLeavesASingleFreeSeatBesideThePick() {
        // row C: a wall, 3 free, taken; the middle-most pair would strand a seat at either end
        List<Seat> seats = map("xxxxx", "xxxxx", "...xx", "xxxxx");

        assertThat(SeatPicker.pick(seats, 2)).isEmpty();
        assertThat(SeatPicker.pick(seats, 3)).map(SeatPickerTest::labels).contains(List.of("C1", "C2", "C3"));
        // C2, the middle, would leave C1 and C3 alone; C3 is nearest the middle of the row
        assertThat(SeatPicker.pick(seats, 1)).map(SeatPickerTest::labels).contains(List.of("C3"));
    }

    @Test
    void anAisleSplitsARowAndOnlyOrdinarySeatsArePicked() {
        List<Seat> seats = map("xxxxxxx", "xxxxxxx", "w.. ..c", "xxxxxxx");

        // each block has two ordinary seats and one that is not: no three, and a pair may leave the wheelchair space
        // on its own (it is sold alone anyway) but not the couple seat
        assertThat(SeatPicker.pick(seats, 3)).isEmpty();
        assertThat(SeatPicker.pick(seats, 2)).map(SeatPickerTest::labels).contains(List.of("C2", "C3"));
    }

    @Test
    void aFullHouseHasNothing() {
        assertThat(SeatPicker.pick(map("xxxx", "xxxx"), 1)).isEmpty();
    }
}
