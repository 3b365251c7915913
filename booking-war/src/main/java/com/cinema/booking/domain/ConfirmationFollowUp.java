package com.cinema.booking.domain;

import java.time.Instant;

/**
 * What a confirmation sets off besides the booking itself (port; the adapter is {@code loyalty.LoyaltyProgramme}):
 * {@link #confirmed} inside the confirming transaction, so what it records commits or rolls back with the
 * confirmation, then {@link #committed} after the commit for the work that calls other services.
 */
public interface ConfirmationFollowUp {

    /** Nothing follows (the domain's unit tests, which wire the use cases by hand). */
    ConfirmationFollowUp NONE = new ConfirmationFollowUp() {
        @Override
        public boolean confirmed(Booking booking, Instant now) {
            return false;
        }

        @Override
        public void committed(long userId) {
        }
    };

    /** In the transaction that just confirmed {@code booking}; true when {@link #committed} has work to do. */
    boolean confirmed(Booking booking, Instant now);

    /** After that transaction committed; never throws. */
    void committed(long userId);
}
