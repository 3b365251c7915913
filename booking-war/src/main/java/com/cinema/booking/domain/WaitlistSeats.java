package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The waitlist's seat rules, without a database (docs/decisions/0012-waitlist.md). Offerable seats are those a
 * customer could hold that are not reserved for a need: not blocked, not a wheelchair space or companion seat (those
 * stay on general sale). A showtime is sold out for N seats when fewer than N offerable seats are free. An offer
 * takes N free seats side by side in one row where it can (front rows first), else the first N free seats in row
 * order; it is exempt from the stranding rule ({@link SeatRules}), since it re-sells seats that came back.
 */
public final class WaitlistSeats {

    public static final String FIELD = "seats";

    private WaitlistSeats() {
    }

    /** 1 to {@link Booking#MAX_SEATS} seats, or VALIDATION on {@code seats}. */
    public static int wanted(Integer seats) {
        if (seats == null || seats < 1 || seats > Booking.MAX_SEATS) {
            throw new ValidationException(FIELD, "must be 1 to " + Booking.MAX_SEATS + " seats");
        }
        return seats;
    }

    public static boolean offerable(AuditoriumLayout.SeatInfo seat) {
        return !seat.blocked() && !"WHEELCHAIR".equals(seat.type()) && !"COMPANION".equals(seat.type());
    }

    /** The offerable seats not in {@code unavailable}, in row order (grid row, then column). */
    public static List<AuditoriumLayout.SeatInfo> free(AuditoriumLayout layout, Collection<Long> unavailable) {
        Set<Long> taken = Set.copyOf(unavailable);
        return layout.seats().stream().filter(WaitlistSeats::offerable).filter(s -> !taken.contains(s.id()))
                .sorted(Comparator.comparingInt(AuditoriumLayout.SeatInfo::y).thenComparingInt(AuditoriumLayout.SeatInfo::x))
                .toList();
    }

    /** Sold out for {@code seats}: fewer than that many offerable seats free. */
    public static boolean soldOut(AuditoriumLayout layout, Collection<Long> taken, int seats) {
        return free(layout, taken).size() < seats;
    }

    /** The seats an offer of {@code count} takes from {@code free} (in row order), or empty when too few are free. */
    public static Optional<List<AuditoriumLayout.SeatInfo>> pick(List<AuditoriumLayout.SeatInfo> free, int count) {
        if (count < 1 || free.size() < count) {
            return Optional.empty();
        }
        List<AuditoriumLayout.SeatInfo> run = new ArrayList<>();
        for (AuditoriumLayout.SeatInfo seat : free) {
            AuditoriumLayout.SeatInfo last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (last == null || last.y() != seat.y() || last.x() + 1 != seat.x()) {
                run.clear();
            }
            run.add(seat);
            if (run.size() == count) {
                return Optional.of(List.copyOf(run));
            }
        }
        return Optional.of(List.copyOf(free.subList(0, count)));
    }
}
