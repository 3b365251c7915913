package com.cinema.booking.domain;

/**
 * Where a waitlist entry stands (docs/decisions/0012-waitlist.md): WAITING in the queue; OFFERED while its held
 * booking runs; then ACCEPTED (the offer was bought), EXPIRED (it ran out unpaid), LEFT (the customer left the
 * waitlist or gave the offer back) or CLOSED (the showtime was cancelled, or started while the entry still waited).
 * Only WAITING and OFFERED are active: one active entry per customer and showtime.
 */
public enum WaitlistStatus {
    WAITING, OFFERED, ACCEPTED, EXPIRED, LEFT, CLOSED;

    public boolean isActive() {
        return this == WAITING || this == OFFERED;
    }
}
