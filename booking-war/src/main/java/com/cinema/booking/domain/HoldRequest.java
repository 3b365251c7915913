package com.cinema.booking.domain;

import com.cinema.common.error.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks of a hold that need no database (docs/architecture.md, the booking saga, step 1); every error names {@code seatIds}. */
public final class HoldRequest {

    public static final String FIELD = "seatIds";

    private HoldRequest() {
    }

    /** 1 to 10 distinct numeric seat ids, in the order given. */
    public static List<Long> seatIds(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            throw new ValidationException(FIELD, "must name at least one seat");
        }
        if (raw.size() > Booking.MAX_SEATS) {
            throw new ValidationException(FIELD, "must name at most " + Booking.MAX_SEATS + " seats");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String id : raw) {
            long parsed;
            try {
                parsed = Long.parseLong(id == null ? "" : id.trim());
            } catch (NumberFormatException e) {
                throw new ValidationException(FIELD, "\"" + id + "\" is not a valid seat id");
            }
            if (!ids.add(parsed)) {
                throw new ValidationException(FIELD, "must not name a seat twice");
            }
        }
        return List.copyOf(ids);
    }

    /** The seats of the layout, in the order asked; unknown (other auditorium) or blocked seats are refused. */
    public static List<AuditoriumLayout.SeatInfo> seats(AuditoriumLayout layout, List<Long> seatIds) {
        Map<Long, AuditoriumLayout.SeatInfo> byId = layout.seatsById();
        List<AuditoriumLayout.SeatInfo> seats = new ArrayList<>();
        for (Long id : seatIds) {
            AuditoriumLayout.SeatInfo seat = byId.get(id);
            if (seat == null) {
                throw new ValidationException(FIELD, "seat " + id + " is not in this showtime's auditorium");
            }
            if (seat.blocked()) {
                throw new ValidationException(FIELD, "seat " + seat.label() + " is blocked and cannot be sold");
            }
            seats.add(seat);
        }
        return seats;
    }

    /** Tickets priced for the showtime, one per seat. */
    public static List<Ticket> tickets(List<AuditoriumLayout.SeatInfo> seats, int basePriceCents, SeatPricing pricing) {
        return seats.stream()
                .map(s -> new Ticket(s.id(), s.label(), s.type(), pricing.price(basePriceCents, s.type())))
                .toList();
    }
}
