package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seat rules on small rows drawn as text: one character per grid cell, {@code S} a free seat, {@code x} a
 * taken one, {@code b} a blocked one, {@code W} a wheelchair space, {@code A} a companion seat, {@code _} an aisle.
 * Seats are numbered from 1 left to right per row (row F), so the seat in the third cell of "SS_S" is F3.
 */
class SeatRulesTest {

    /** A row as text, with its taken seats. */
    private record Row(AuditoriumLayout layout, Set<Long> taken) {

        static Row of(String cells) {
            List<AuditoriumLayout.SeatInfo> seats = new ArrayList<>();
            Set<Long> taken = new HashSet<>();
            int number = 0;
            for (int x = 0; x < cells.length(); x++) {
                char c = cells.charAt(x);
                if (c == '_') {
                    continue;
                }
                number++;
                String type = switch (c) {
                    case 'W' -> "WHEELCHAIR";
                    case 'A' -> "COMPANION";
                    default -> "STANDARD";
                };
                seats.add(new AuditoriumLayout.SeatInfo(number, "F" + number, "F", number, x, 5, type, c == 'b'));
                if (c == 'x') {
                    taken.add((long) number);
                }
            }
            return new Row(new AuditoriumLayout(1, 1, "STANDARD", 6, cells.length(), seats), taken);
        }

        List<AuditoriumLayout.SeatInfo> seats(int... numbers) {
            return Arrays.stream(numbers).mapToObj(n -> layout.seatsById().get((long) n)).toList();
        }

        /** The stranding check of holding these seats, the held seats counting as taken. */
        void hold(int... numbers) {
            Set<Long> after = new HashSet<>(taken);
            Arrays.stream(numbers).forEach(n -> after.add((long) n));
            SeatRules.checkStranding(layout, after, seats(numbers));
        }
    }

    private static void refused(Row row, String stranded, int... numbers) {
        assertThatThrownBy(() -> row.hold(numbers))
                .isInstanceOf(ValidationException.class)
                .hasMessage("seatIds: Seat " + stranded + " would be left on its own; please move your selection by one seat")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("seatIds"));
    }

    private static void accepted(Row row, int... numbers) {
        assertThatCode(() -> row.hold(numbers)).doesNotThrowAnyException();
    }

    @Test
    void aSeatLeftAloneAgainstTheWallIsRefusedAndTheWholeRowEndIsNot() {
        Row row = Row.of("SSSSSS");
        refused(row, "F1", 2);
        refused(row, "F1", 2, 3);
        refused(row, "F6", 5);
        accepted(row, 1);
        accepted(row, 1, 2);
        accepted(row, 3, 4);
    }

    @Test
    void aSeatLeftAloneAgainstAnAisleIsRefused() {
        Row row = Row.of("SSSS_SSS");
        // F4 sits at the aisle: holding F3 leaves it with F3 on one side and the aisle on the other.
        refused(row, "F4", 3);
        refused(row, "F5", 6, 7);
        accepted(row, 3, 4);
        accepted(row, 5, 6, 7);
    }

    @Test
    void aSeatLeftAloneBetweenTakenSeatsIsRefusedAndAValidNeighbourIsAccepted() {
        Row row = Row.of("SSxSSSS");
        // F3 taken: holding F5 leaves F4 between F3 and F5.
        refused(row, "F4", 5);
        refused(row, "F4", 5, 6);
        accepted(row, 4);
        accepted(row, 4, 5);
        // Moved on by one, F6-F7 leaves F4 and F5 free together: fine.
        accepted(row, 6, 7);
    }

    @Test
    void aBlockedSeatIsTreatedLikeAWall() {
        Row row = Row.of("SbSSS");
        refused(row, "F3", 4);
        accepted(row, 3);
        accepted(row, 3, 4, 5);
        // F1 stands alone between the wall and the blocked F2 already: a hold elsewhere does not strand it.
        accepted(row, 5);
    }

    @Test
    void aSeatAlreadyAloneBeforeTheHoldDoesNotRefuseIt() {
        Row row = Row.of("SxSSS_S");
        // F1 was alone before (wall and taken F2), F6 alone between the aisle and the wall: not this hold's doing.
        accepted(row, 3);
        accepted(row, 3, 4, 5);
    }

    @Test
    void onlyTheHoldsOwnRowCounts() {
        List<AuditoriumLayout.SeatInfo> seats = List.of(
                new AuditoriumLayout.SeatInfo(1, "E1", "E", 1, 0, 4, "STANDARD", false),
                new AuditoriumLayout.SeatInfo(2, "F1", "F", 1, 0, 5, "STANDARD", false),
                new AuditoriumLayout.SeatInfo(3, "F2", "F", 2, 1, 5, "STANDARD", false),
                new AuditoriumLayout.SeatInfo(4, "G1", "G", 1, 0, 6, "STANDARD", false));
        AuditoriumLayout layout = new AuditoriumLayout(1, 1, "STANDARD", 7, 2, seats);
        // E1 and G1 are in the rows in front and behind: not neighbours of F1.
        assertThat(SeatRules.strandedBy(layout, Set.of(2L), List.of(seats.get(1))))
                .map(AuditoriumLayout.SeatInfo::label).contains("F2");
        assertThat(SeatRules.strandedBy(layout, Set.of(2L, 3L), List.of(seats.get(1), seats.get(2)))).isEmpty();
    }

    @Test
    void wheelchairSpacesAndCompanionSeatsAreNeverJudgedStranded() {
        Row row = Row.of("WASSS");
        // Holding F3 leaves the companion seat F2 and the space F1: sold alone or together, never stranded.
        accepted(row, 3);
        accepted(row, 3, 4, 5);
        Row beside = Row.of("SSW");
        // F1 alone against the wall: refused, even though its other side is a free wheelchair space...
        refused(beside, "F1", 2);
        // ...but F1 beside a free wheelchair space and a taken seat is not alone.
        accepted(Row.of("SSSW"), 1, 2);
    }

    @Test
    void aCompanionSeatGoesOnlyWithItsWheelchairSpace() {
        Row row = Row.of("SWAS");
        AuditoriumLayout layout = row.layout();
        assertThatThrownBy(() -> SeatRules.checkCompanions(layout, row.seats(3), false))
                .isInstanceOf(ValidationException.class)
                .hasMessage("seatIds: Seat F3 is a companion seat: hold it together with its wheelchair space F2");
        assertThatThrownBy(() -> SeatRules.checkCompanions(layout, row.seats(3, 4), false))
                .isInstanceOf(ValidationException.class);
        assertThatCode(() -> SeatRules.checkCompanions(layout, row.seats(2, 3), false)).doesNotThrowAnyException();
        assertThatCode(() -> SeatRules.checkCompanions(layout, row.seats(2), false)).doesNotThrowAnyException();
        // Within the release time both are on general sale.
        assertThatCode(() -> SeatRules.checkCompanions(layout, row.seats(3), true)).doesNotThrowAnyException();
    }

    @Test
    void aCompanionSeatWithoutAWheelchairSpaceBesideItIsAnOrdinarySeat() {
        Row row = Row.of("SAS_W");
        assertThatCode(() -> SeatRules.checkCompanions(row.layout(), row.seats(2), false)).doesNotThrowAnyException();
        Row noSpace = Row.of("SA");
        assertThatCode(() -> SeatRules.checkCompanions(noSpace.layout(), noSpace.seats(2), false))
                .doesNotThrowAnyException();
    }

    @Test
    void companionsGoOnGeneralSaleOnceTheShowtimeStartsWithinTheReleaseTime() {
        Instant start = Instant.parse("2026-12-04T20:00:00Z");
        Duration twoHours = Duration.ofHours(2);
        assertThat(SeatRules.companionsOnGeneralSale(start, start.minus(Duration.ofHours(3)), twoHours)).isFalse();
        assertThat(SeatRules.companionsOnGeneralSale(start, start.minus(twoHours).minusSeconds(1), twoHours)).isFalse();
        assertThat(SeatRules.companionsOnGeneralSale(start, start.minus(twoHours), twoHours)).isTrue();
        assertThat(SeatRules.companionsOnGeneralSale(start, start.minusSeconds(60), twoHours)).isTrue();
    }

    @Test
    void everyHoldOfARowFilledOneByOneNeverLeavesAStrandedSeat() {
        // Any order of single and pair holds that the rule accepts ends with no free seat alone.
        Row row = Row.of("SSSSSSS_SSSSS");
        Set<Long> taken = new HashSet<>();
        int[][] attempts = {{2}, {4, 5}, {1}, {7}, {6}, {3}, {10}, {9, 10}, {11, 12}, {11}, {9}, {8}};
        for (int[] attempt : attempts) {
            Set<Long> after = new HashSet<>(taken);
            Arrays.stream(attempt).forEach(n -> after.add((long) n));
            try {
                SeatRules.checkStranding(row.layout(), after, row.seats(attempt));
                taken = after;
            } catch (ValidationException refused) {
                // refused holds change nothing
            }
            assertThat(alone(row.layout(), taken)).as("alone after %s", Arrays.toString(attempt)).isEmpty();
        }
    }

    /** Free seats with nothing free on either side, in a row where no seat was alone at the start. */
    static Set<String> alone(AuditoriumLayout layout, Set<Long> taken) {
        return layout.seats().stream()
                .filter(s -> !s.blocked() && !taken.contains(s.id()))
                .filter(s -> layout.seats().stream().noneMatch(n -> n.y() == s.y() && Math.abs(n.x() - s.x()) == 1
                        && !n.blocked() && !taken.contains(n.id())))
                .map(AuditoriumLayout.SeatInfo::label)
                .collect(Collectors.toSet());
    }
}
