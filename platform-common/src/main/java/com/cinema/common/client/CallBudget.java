package com.cinema.common.client;

/**
 * The time limits of every typed client, in one place so that an outer call always outlives the chain of calls
 * inside it (issue #17: the gateway gave up on {@code holdSeats} after 5 s while booking could still be asking
 * cinema for 2 x 3 s, so a hold could commit after the customer was told it failed). Clients use these constants
 * in their {@code @Timeout} and {@code @Retry} annotations; docs/architecture.md, "Calls between services".
 *
 * <p>A service calling another while it serves a request makes each call within {@link #ATTEMPT_MS}, reads
 * retried once at most: one such read costs it at most {@link #READ_MS}. The gateway's call of an operation
 * that makes n inner calls in sequence waits n x {@code READ_MS} plus {@link #OWN_WORK_MS}. Overriding one
 * of these by MicroProfile Config ({@code <class>/<method>/Timeout/value}) must keep that order.
 */
public final class CallBudget {

    /** One attempt of a call to another service. */
    public static final long ATTEMPT_MS = 3000;
    /** The pause before the one retry of a read, and its random spread. */
    public static final long RETRY_DELAY_MS = 100;
    public static final long RETRY_JITTER_MS = 50;
    /** A read with its one retry, at worst. */
    public static final long READ_MS = 2 * ATTEMPT_MS + RETRY_DELAY_MS + RETRY_JITTER_MS;
    /** A card charge: the processor may be slow, and a charge is never retried blindly. */
    public static final long CHARGE_MS = 8000;
    /**
     * A call that hashes or verifies a password (sign-in, registration, a password change): Argon2 is slow on
     * purpose, hashes queue behind the user service's bounded hashing slots, and the first ones after a start run
     * before the JIT has compiled it (about 1.2 s on an idle 2-core machine, more under load). Never retried.
     */
    public static final long PASSWORD_MS = 8000;
    /** What a service needs around its inner calls (its database, its own answer). */
    public static final long OWN_WORK_MS = 2000;

    /** A gateway call whose service makes at most one inner call. */
    public static final long ONE_INNER_CALL_MS = READ_MS + OWN_WORK_MS;
    /** ... at most two inner calls in sequence. */
    public static final long TWO_INNER_CALLS_MS = 2 * READ_MS + OWN_WORK_MS;
    /** ... at most three (scheduling a showtime: the movie, the auditorium, the cinema's time zone). */
    public static final long THREE_INNER_CALLS_MS = 3 * READ_MS + OWN_WORK_MS;
    /** A checkout: coupon reservation, the charge, then the coupon redeemed or released. */
    public static final long CHECKOUT_MS = 2 * READ_MS + CHARGE_MS + OWN_WORK_MS;

    private CallBudget() {
    }
}
