package com.cinema.booking.domain;

import java.time.Instant;
import java.util.Map;

/**
 * What one customer holds right now (port; the adapter is {@code persistence.CustomerHoldTable}), for the hold
 * quota ({@link HoldQuota}). A count alone would let two concurrent holds of one customer both pass, so the
 * hold first takes the customer's lock and counts under it. A waitlist join ({@link WaitlistOffers#join}) takes the
 * same lock first, and so does the erasure of the customer's contact details ({@link ContactErasure}), which thereby
 * sees every hold and join that committed before it and makes every later one wait for it.
 */
public interface CustomerHolds {

    /**
     * Makes the customer's lock row if it is missing; harmless when it exists. Run in a transaction of its own,
     * never the hold's: creating the row inside the hold would let concurrent first holds of one customer
     * deadlock on it (each waiting to upgrade a shared lock on the new key, as InnoDB does).
     */
    void register(long userId);

    /**
     * Holds the customer's quota lock until the transaction ends; false, with nothing locked, when the customer has
     * no lock row yet (their first hold): {@link #register} them, outside this transaction, and try again. Rows are
     * never deleted, so every later hold finds its row at once without writing.
     */
    boolean lock(long userId);

    /**
     * Seats the customer keeps unpaid at {@code now}, by showtime id: HELD bookings whose hold still runs and
     * bookings being paid for (PAYMENT_PENDING).
     */
    Map<Long, Integer> unpaidSeats(long userId, Instant now);
}
