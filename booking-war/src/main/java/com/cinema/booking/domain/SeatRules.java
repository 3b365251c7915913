package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The seat rules of issue #21 (docs/api.md, "Seat rules"), applied to a hold where the auditorium's cinema has
 * them on. Pure functions of the layout and the seats taken; {@link SeatHolds} calls them inside the hold's
 * transaction, under the showtime's hold lock, so concurrent holds are judged one after the other.
 * <ul>
 *   <li><b>No stranded seat.</b> A row is one grid row ({@code y}); in it, seats in neighbouring cells
 *   ({@code x} and {@code x + 1}) sit side by side, a cell without a seat is an aisle, the row's ends are walls.
 *   A hold is refused when it leaves a free ordinary seat next to one of the held seats with nothing free on
 *   either side (taken, blocked, aisle or wall). A blocked seat is never sold, so it is treated like a wall.
 *   Wheelchair spaces and companion seats are sold alone or in pairs by design, so they are never judged
 *   stranded themselves (they still count as free neighbours while free).</li>
 *   <li><b>Companion seats</b> (type {@code COMPANION}) next to a wheelchair space (the {@code WHEELCHAIR} seat
 *   in the neighbouring cell of the same row) are held only together with that space, in the same hold, until
 *   the showtime starts within the configured release time; then both are on general sale. A companion seat
 *   with no wheelchair space beside it is sold like any seat.</li>
 * </ul>
 * Every refusal is VALIDATION on {@code seatIds} naming the seat, e.g. "Seat F7 would be left on its own".
 */
public final class SeatRules {

    public static final String WHEELCHAIR = "WHEELCHAIR";
    public static final String COMPANION = "COMPANION";

    private SeatRules() {
    }

    /** Whether companion seats are on general sale: the showtime starts within {@code releaseBefore} of now. */
    public static boolean companionsOnGeneralSale(Instant startsAt, Instant now, Duration releaseBefore) {
        return !now.plus(releaseBefore).isBefore(startsAt);
    }

    /** Refuses a companion seat asked for without its wheelchair space (unless companions are on general sale). */
    public static void checkCompanions(AuditoriumLayout layout, Collection<AuditoriumLayout.SeatInfo> asked,
                                       boolean onGeneralSale) {
        if (onGeneralSale) {
            return;
        }
        Set<Long> askedIds = asked.stream().map(AuditoriumLayout.SeatInfo::id).collect(Collectors.toSet());
        Map<Long, AuditoriumLayout.SeatInfo> byCell = byCell(layout);
        for (AuditoriumLayout.SeatInfo seat : sorted(asked)) {
            if (!COMPANION.equals(seat.type())) {
                continue;
            }
            List<AuditoriumLayout.SeatInfo> spaces = wheelchairSpacesBeside(seat, byCell);
            if (!spaces.isEmpty() && spaces.stream().noneMatch(s -> askedIds.contains(s.id()))) {
                throw new ValidationException(HoldRequest.FIELD, "Seat " + seat.label()
                        + " is a companion seat: hold it together with its wheelchair space " + spaces.get(0).label());
            }
        }
    }

    /**
     * Refuses the hold when it strands a seat. {@code takenAfter}: the ids of every seat taken once the hold is
     * made (other bookings' seats and the asked ones; blocked seats may be left out, they count as walls anyway).
     */
    public static void checkStranding(AuditoriumLayout layout, Set<Long> takenAfter,
                                      Collection<AuditoriumLayout.SeatInfo> asked) {
        strandedBy(layout, takenAfter, asked).ifPresent(seat -> {
            throw new ValidationException(HoldRequest.FIELD, "Seat " + seat.label()
                    + " would be left on its own; please move your selection by one seat");
        });
    }

    /** The first seat (front to back, left to right) the hold would strand, if any. */
    public static Optional<AuditoriumLayout.SeatInfo> strandedBy(AuditoriumLayout layout, Set<Long> takenAfter,
                                                                Collection<AuditoriumLayout.SeatInfo> asked) {
        Map<Long, AuditoriumLayout.SeatInfo> byCell = byCell(layout);
        Set<Long> askedIds = asked.stream().map(AuditoriumLayout.SeatInfo::id).collect(Collectors.toSet());
        for (AuditoriumLayout.SeatInfo seat : sorted(asked)) {
            for (int side : new int[]{-1, 1}) {
                AuditoriumLayout.SeatInfo neighbour = byCell.get(cell(seat.x() + side, seat.y()));
                if (neighbour != null && isOrdinary(neighbour) && free(neighbour, takenAfter, askedIds)
                        && !free(byCell.get(cell(neighbour.x() - 1, neighbour.y())), takenAfter, askedIds)
                        && !free(byCell.get(cell(neighbour.x() + 1, neighbour.y())), takenAfter, askedIds)) {
                    return Optional.of(neighbour);
                }
            }
        }
        return Optional.empty();
    }

    /** An aisle or wall (no seat), a blocked seat and a taken seat are all not free. */
    private static boolean free(AuditoriumLayout.SeatInfo seat, Set<Long> taken, Set<Long> asked) {
        return seat != null && !seat.blocked() && !taken.contains(seat.id()) && !asked.contains(seat.id());
    }

    private static boolean isOrdinary(AuditoriumLayout.SeatInfo seat) {
        return !WHEELCHAIR.equals(seat.type()) && !COMPANION.equals(seat.type());
    }

    private static List<AuditoriumLayout.SeatInfo> wheelchairSpacesBeside(AuditoriumLayout.SeatInfo seat,
                                                                        Map<Long, AuditoriumLayout.SeatInfo> byCell) {
        return java.util.stream.Stream.of(byCell.get(cell(seat.x() - 1, seat.y())), byCell.get(cell(seat.x() + 1, seat.y())))
                .filter(s -> s != null && !s.blocked() && WHEELCHAIR.equals(s.type()))
                .toList();
    }

    private static Map<Long, AuditoriumLayout.SeatInfo> byCell(AuditoriumLayout layout) {
        return layout.seats().stream().collect(Collectors.toMap(s -> cell(s.x(), s.y()), s -> s, (a, b) -> a));
    }

    private static long cell(int x, int y) {
        return x < 0 || y < 0 ? -1 : (long) y * 1_000_000L + x;
    }

    private static List<AuditoriumLayout.SeatInfo> sorted(Collection<AuditoriumLayout.SeatInfo> seats) {
        return seats.stream().sorted(Comparator.comparingInt(AuditoriumLayout.SeatInfo::y)
                .thenComparingInt(AuditoriumLayout.SeatInfo::x)).toList();
    }
}
