package com.cinema.booking.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the booking service needs of an auditorium of the cinema service: its grid and seats, and whether its
 * cinema applies the seat rules ({@link SeatRules}; a cinema setting, on by default).
 */
public record AuditoriumLayout(long id, long cinemaId, String format, int rows, int columns, List<SeatInfo> seats,
                               boolean seatRulesEnabled) {

    public AuditoriumLayout {
        seats = seats == null ? List.of() : List.copyOf(seats);
    }

    /** A layout of a cinema with the seat rules on (the default). */
    public AuditoriumLayout(long id, long cinemaId, String format, int rows, int columns, List<SeatInfo> seats) {
        this(id, cinemaId, format, rows, columns, seats, true);
    }

    /** One seat of the layout; {@code type} is STANDARD, PREMIUM, VIP, WHEELCHAIR, COUPLE or COMPANION. */
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
