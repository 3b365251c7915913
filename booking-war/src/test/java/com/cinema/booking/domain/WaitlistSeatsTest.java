package com.cinema.booking.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which seats the waitlist offers, and when a showtime counts as sold out. */
class WaitlistSeatsTest {

    /** Rows A and B of five seats; B3 a wheelchair space, A5 blocked. */
    private static AuditoriumLayout layout() {
        List<AuditoriumLayout.SeatInfo> seats = new ArrayList<>();
        long id = 1;
        for (int y = 0; y < 2; y++) {
            String row = y == 0 ? "A" : "B";
            for (int n = 1; n <= 5; n++) {
                String type = y == 1 && n == 3 ? "WHEELCHAIR" : "STANDARD";
                seats.add(new AuditoriumLayout.SeatInfo(id++, row + n, row, n, n - 1, y, type, y == 0 && n == 5));
            }
        }
        return new AuditoriumLayout(1, 1, "STANDARD", 2, 5, seats);
    }

    private static List<String> labels(List<AuditoriumLayout.SeatInfo> seats) {
        return seats.stream().map(AuditoriumLayout.SeatInfo::label).toList();
    }

    @Test
    void freeSeatsLeaveOutTakenBlockedAndWheelchairSeatsInRowOrder() {
        List<AuditoriumLayout.SeatInfo> free = WaitlistSeats.free(layout(), Set.of(2L, 7L));
        assertThat(labels(free)).containsExactly("A1", "A3", "A4", "B1", "B4", "B5");
    }

    @Test
    void soldOutMeansFewerThanTheWantedSeatsFree() {
        Set<Long> allButTwo = Set.of(1L, 2L, 3L, 6L, 7L, 9L);
        assertThat(WaitlistSeats.soldOut(layout(), allButTwo, 2)).isFalse();
        assertThat(WaitlistSeats.soldOut(layout(), allButTwo, 3)).isTrue();
    }

    @Test
    void anOfferTakesSeatsSideBySideWhereItCanElseTheFirstFree() {
        List<AuditoriumLayout.SeatInfo> free = WaitlistSeats.free(layout(), Set.of(2L, 7L));
        // A3+A4 are the first pair side by side (A1 stands alone, B3 is not offered so B2..B4 is no run of three).
        assertThat(WaitlistSeats.pick(free, 2).map(WaitlistOffersSeatsLabels::of)).contains(List.of("A3", "A4"));
        assertThat(WaitlistSeats.pick(free, 3).map(WaitlistOffersSeatsLabels::of)).contains(List.of("A1", "A3", "A4"));
        assertThat(WaitlistSeats.pick(free, 7)).isEmpty();
    }

    /** Labels of picked seats. */
    private static final class WaitlistOffersSeatsLabels {
        static List<String> of(List<AuditoriumLayout.SeatInfo> seats) {
            return labels(seats);
        }
    }
}
