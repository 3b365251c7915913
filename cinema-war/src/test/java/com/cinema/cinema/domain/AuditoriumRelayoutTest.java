package com.cinema.cinema.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AuditoriumRelayoutTest {

    private static SeatLayout.SeatSpec seat(String row, int number, int x, int y, String type, boolean blocked) {
        return new SeatLayout.SeatSpec(row, number, x, y, type, blocked);
    }

    private static SeatLayout layout(int rows, int columns, SeatLayout.SeatSpec... seats) {
        return SeatLayout.of(rows, columns, List.of(seats), 60, 80);
    }

    private static Map<String, Seat> byLabel(Auditorium auditorium) {
        return auditorium.getSeats().stream().collect(Collectors.toMap(Seat::label, Function.identity()));
    }

    @Test
    void capacityCountsOnlySeatsThatAreNotBlocked() {
        Auditorium auditorium = new Auditorium(1, "Screen 9", AuditoriumFormat.STANDARD, layout(1, 4,
                seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 1, 0, "VIP", true),
                seat("A", 3, 3, 0, "WHEELCHAIR", false)));
        assertThat(auditorium.getSeats()).hasSize(3);
        assertThat(auditorium.capacity()).isEqualTo(2);
    }

    @Test
    void seatsKeepTheirIdentityByLabelWhileRemovedOnesGoAndNewOnesCome() {
        Auditorium auditorium = new Auditorium(1, "Screen 9", AuditoriumFormat.STANDARD, layout(2, 3,
                seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 1, 0, "STANDARD", false),
                seat("A", 3, 2, 0, "STANDARD", false), seat("B", 1, 0, 1, "VIP", false)));
        Map<String, Seat> before = byLabel(auditorium);
        List<Set<String>> cellsAtEachFlush = new ArrayList<>();

        // A1 and A2 swap cells, A3 is removed, B1 becomes a blocked couple seat, B2 is new; the grid grows.
        SeatLayout next = layout(3, 4,
                seat("A", 1, 1, 0, "STANDARD", false), seat("A", 2, 0, 0, "STANDARD", false),
                seat("B", 1, 0, 1, "COUPLE", true), seat("B", 2, 2, 0, "PREMIUM", false));
        auditorium.relayout(next, () -> {
            Set<String> cells = new HashSet<>();
            for (Seat s : auditorium.getSeats()) {
                assertThat(cells.add(s.getX() + "," + s.getY())).as("two seats in one cell at a flush").isTrue();
            }
            cellsAtEachFlush.add(cells);
        });

        Map<String, Seat> after = byLabel(auditorium);
        assertThat(after.keySet()).containsExactlyInAnyOrder("A1", "A2", "B1", "B2");
        assertThat(after.get("A1")).isSameAs(before.get("A1"));
        assertThat(after.get("A2")).isSameAs(before.get("A2"));
        assertThat(after.get("B1")).isSameAs(before.get("B1"));
        assertThat(after.get("B2")).isNotIn(before.values());
        assertThat(after.get("A1").getX()).isEqualTo(1);
        assertThat(after.get("A2").getX()).isZero();
        assertThat(after.get("B1").getType()).isEqualTo(SeatType.COUPLE);
        assertThat(after.get("B1").isBlocked()).isTrue();
        assertThat(auditorium.getRows()).isEqualTo(3);
        assertThat(auditorium.getColumns()).isEqualTo(4);
        assertThat(auditorium.capacity()).isEqualTo(3);
        assertThat(auditorium.layout().sameAs(next)).isTrue();
        assertThat(cellsAtEachFlush).hasSizeGreaterThanOrEqualTo(3);
        // Front to back, left to right again.
        assertThat(auditorium.getSeats()).extracting(Seat::label).containsExactly("A2", "A1", "B2", "B1");
    }

    @Test
    void renamingLeavesTheLayoutAlone() {
        SeatLayout plan = layout(1, 2, seat("A", 1, 0, 0, "STANDARD", false), seat("A", 2, 1, 0, "STANDARD", false));
        Auditorium auditorium = new Auditorium(1, "Screen 9", AuditoriumFormat.STANDARD, plan);
        auditorium.rename("  The Loft ");
        assertThat(auditorium.getName()).isEqualTo("The Loft");
        assertThat(auditorium.layout().sameAs(plan)).isTrue();
    }
}
