package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;

import java.util.Map;

/**
 * How many unpaid seats one customer may keep (issue #17: one free account held 60 seats of a showtime in six
 * calls): at most {@code perShowtime} in one showtime and {@code total} across all showtimes
 * ({@code cinema.booking.hold-quota.*}). Checked inside the hold's transaction, under the customer's lock.
 */
public record HoldQuota(int perShowtime, int total) {

    public HoldQuota {
        if (perShowtime < 1 || total < perShowtime) {
            throw new IllegalArgumentException("hold quota needs 1 <= per-showtime <= total, not "
                    + perShowtime + " and " + total);
        }
    }

    /** CONFLICT when {@code asked} more seats of the showtime would take the customer over either limit. */
    public void check(Map<Long, Integer> unpaidSeats, long showtimeId, int asked) {
        int inShowtime = unpaidSeats.getOrDefault(showtimeId, 0);
        if (inShowtime + asked > perShowtime) {
            throw new ConflictException("You may hold at most " + perShowtime + " seats of one showtime; you hold "
                    + inShowtime + " already. Pay for or release a hold first");
        }
        int all = unpaidSeats.values().stream().mapToInt(Integer::intValue).sum();
        if (all + asked > total) {
            throw new ConflictException("You may hold at most " + total + " seats across showtimes; you hold "
                    + all + " already. Pay for or release a hold first");
        }
    }
}
