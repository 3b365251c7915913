package com.cinema.booking.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * The customer's own lock ({@link CustomerHolds#lock}), the first thing a hold, a waitlist join and the erasure of
 * the customer's contact details take in their transactions, so that each sees the others one after another. The
 * lock's row is made on the customer's first time, in a transaction of its own and never inside the work's:
 * creating it there would let concurrent first holds of one customer deadlock on the new key (as InnoDB does).
 */
@ApplicationScoped
public class CustomerLocks {

    @Inject
    Transactions transactions;

    @Inject
    CustomerHolds customerHolds;

    /** Ends a transaction that found no lock row for the customer; it has written nothing. */
    private static final class NotRegistered extends RuntimeException {
        NotRegistered() {
            super("customer not registered", null, false, false);
        }
    }

    /** Takes the customer's lock until the caller's transaction ends; call it first, inside {@link #run}'s work. */
    public void lock(long userId) {
        if (!customerHolds.lock(userId)) {
            throw new NotRegistered();
        }
    }

    /**
     * Runs {@code work} (its own transaction, which calls {@link #lock} first); on the customer's first time, makes
     * their lock row and runs it again. A {@link TransientStoreFailure} making the row is the caller's to answer.
     */
    public <T> T run(long userId, Supplier<T> work) {
        try {
            return work.get();
        } catch (NotRegistered first) {
            transactions.retrying(() -> {
                customerHolds.register(userId);
                return null;
            });
            return work.get();
        }
    }
}
