package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;

import java.util.function.Supplier;

/**
 * A coupon was quoted, without the booking's lock, for a hold that under the lock turned out other than quoted: the
 * customer applied, swapped or removed a coupon, or changed a ticket type, meanwhile. Nothing changed; the caller
 * quotes again ({@link #retried}) and answers CONFLICT only when that keeps happening.
 */
public class CouponQuoteOutdated extends ConflictException {

    /**
     * How often a quote is taken when the hold keeps changing under it: for a ticket-type change with the film's
     * rating, three inner calls at most, which the gateway's time limit for it allows.
     */
    static final int QUOTE_ATTEMPTS = 2;

    public CouponQuoteOutdated(Long bookingId) {
        super("The coupon or the tickets of booking " + bookingId + " changed while its coupon was being quoted; "
                + "nothing was changed, try again");
    }

    /** Runs {@code quoteThenApply} again while it finds its quote outdated, {@link #QUOTE_ATTEMPTS} times in all. */
    static <T> T retried(Supplier<T> quoteThenApply) {
        for (int attempt = 1; ; attempt++) {
            try {
                return quoteThenApply.get();
            } catch (CouponQuoteOutdated outdated) {
                if (attempt == QUOTE_ATTEMPTS) {
                    throw outdated;
                }
            }
        }
    }
}
