package com.cinema.persistence;

/**
 * The database broke a deadlock, gave up waiting for a lock or refused a serialization ({@link SqlFailures#isTransient}):
 * the transaction was rolled back and running the same work again may succeed.
 */
public class TransientDatabaseFailure extends RuntimeException {

    public TransientDatabaseFailure(Throwable cause) {
        super("Transient database failure: " + cause, cause);
    }
}
