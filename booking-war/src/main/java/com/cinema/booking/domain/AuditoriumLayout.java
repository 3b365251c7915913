package com.cinema.booking.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What the booking service needs of an auditorium of the cinema service: its grid and seats. */
public record AuditoriumLayout(long id, long cinemaId, String format, int rows, int columns, List<SeatInfo> seats) {

    public AuditoriumLayout {
        seats = seats == null ? List.of() : List.copyOf(seats);
    }

    /** One seat of the layout; {@code type} is STANDARD, PREMIUM, VIP, WHEELCHAIR or COUPLE. */
    public record SeatInfo(long id, String label, String row, int number, int x, int y, String type, boolean blocked) {
    }

    /** Seats that can be sold: every seat that is not blocked. */
    public int capacity() {
        return (int) seats.stream().filter(s -> !s.blocked()).count();
    }

    public Map<Long, SeatInfo> seatsById() {
        return seats.stream().collect(Collectors.toMap(SeatInfo::id, Function.identity(), (a, b) -> a));
    }
}
