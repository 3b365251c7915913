package com.cinema.booking.domain;

import com.cinema.common.error.ConflictException;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lock contention that outlasted the retries ({@link TransientStoreFailure} escaping a use case), told to the
 * customer or staff as CONFLICT with what became of their request and that they may try again, rather than as
 * INTERNAL. Each use case words what is true at the point it gave up: "nothing was released" only where nothing
 * was. Logged as a WARNING with the cause, as no request should meet that much contention. (Holding seats answers
 * SEAT_UNAVAILABLE instead, {@link SeatHolds}.)
 */
public final class Contention {

    private static final Logger LOG = Logger.getLogger(Contention.class.getName());

    private Contention() {
    }

    /**
     * Runs {@code work}; a {@link TransientStoreFailure} escaping it is CONFLICT with {@code message} (made only
     * then). Every other exception passes through unchanged.
     */
    public static <T> T answering(Supplier<String> message, Supplier<T> work) {
        try {
            return work.get();
        } catch (TransientStoreFailure e) {
            throw conflict(e, message.get());
        }
    }

    /** The CONFLICT answering {@code failure}, logged as a WARNING with its cause. */
    public static ConflictException conflict(TransientStoreFailure failure, String message) {
        LOG.log(Level.WARNING, "Gave up after the retries of lock contention, answered CONFLICT \"{0}\": {1}",
                new Object[] {message, failure.getCause() == null ? failure : failure.getCause()});
        return new ConflictException(message);
    }

    /**
     * The usual answer when nothing of the request was kept: "{@code subject} is being changed by another request
     * right now; {@code outcome}, please try again".
     */
    public static String busy(String subject, String outcome) {
        return subject + " is being changed by another request right now; " + outcome + ", please try again";
    }
}
