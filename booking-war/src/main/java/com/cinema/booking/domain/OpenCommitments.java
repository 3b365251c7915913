package com.cinema.booking.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a customer still has open with the booking service, which must end before their contact details can be erased:
 * confirmed bookings of showtimes that have not ended ({@code upcomingBookings}), HELD bookings whose hold still runs
 * ({@code seatHolds}), bookings being paid for (PAYMENT_PENDING, {@code paymentsInProgress}) and waitlist entries
 * WAITING or OFFERED ({@code waitlistPlaces}).
 */
public record OpenCommitments(int upcomingBookings, int seatHolds, int paymentsInProgress, int waitlistPlaces) {

    public boolean none() {
        return upcomingBookings == 0 && seatHolds == 0 && paymentsInProgress == 0 && waitlistPlaces == 0;
    }

    /**
     * In plain words, e.g. "Your account still has 1 upcoming booking, 2 seat holds and 1 waitlist place: cancel or
     * finish them first"; only the kinds there are, in that order.
     */
    public String message() {
        List<String> parts = new ArrayList<>();
        count(parts, upcomingBookings, "upcoming booking", "upcoming bookings");
        count(parts, seatHolds, "seat hold", "seat holds");
        count(parts, paymentsInProgress, "payment in progress", "payments in progress");
        count(parts, waitlistPlaces, "waitlist place", "waitlist places");
        String listed = parts.size() <= 1 ? String.join("", parts)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        return "Your account still has " + listed + ": cancel or finish them first";
    }

    private static void count(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
