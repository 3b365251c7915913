package com.cinema.booking.domain;

/**
 * The database gave up waiting (deadlock, lock timeout, serialization failure); nothing of the transaction
 * was kept and the same work may succeed when tried again ({@link Transactions#retrying}).
 */
public class TransientStoreFailure extends RuntimeException {

    public TransientStoreFailure(Throwable cause) {
        super("The database gave up waiting for a lock: " + cause, cause);
    }
}
