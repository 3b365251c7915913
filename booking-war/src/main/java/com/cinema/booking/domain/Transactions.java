package com.cinema.booking.domain;

import java.util.function.Supplier;

/**
 * Transaction boundaries of the use cases (port; the adapter is {@code persistence.JtaTransactions}). Every
 * store call runs inside one of these; a use case shows in its code where each transaction begins and ends,
 * so that a saga step is persisted before the next call to another service.
 */
public interface Transactions {

    /**
     * Runs {@code work} in a new transaction: committed when it returns, rolled back when it throws. A deadlock,
     * lock timeout or serialization failure is thrown as {@link TransientStoreFailure}; the caller's own
     * errors ({@code ApiException}s) pass through unchanged, after the rollback.
     */
    <T> T inOne(Supplier<T> work);

    /**
     * Like {@link #inOne}, but a {@link TransientStoreFailure} rolls back and runs {@code work} again in a new
     * transaction, a configured number of times with a short, growing, random pause; then the last failure is
     * thrown. The work must keep all its effects inside the transaction, so that a repeat is safe.
     */
    <T> T retrying(Supplier<T> work);

    default void inOne(Runnable work) {
        inOne(() -> {
            work.run();
            return null;
        });
    }
}
