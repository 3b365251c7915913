package com.cinema.common.client;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.ServiceConfigurationError;

/**
 * The time by which the request being served must be answered, carried with every call to another service (issue
 * #17: a write could commit after the customer had been told it failed). It travels as the budget left, in whole
 * milliseconds ({@value #HEADER}), not as a wall-clock time, so the hosts' clocks need not agree; the receiver's
 * deadline is its arrival plus the budget. The gateway starts one per request ({@code cinema.deadline.budget});
 * a service takes the caller's. {@link GraphQlClient} sends what is left and waits at most that long, and the
 * edge filter refuses work whose deadline has passed before it began.
 *
 * <p>Held per thread while the edge filter runs the request: work handed to other threads (asynchronous
 * resolvers) carries no deadline and falls back to each client's own timeouts.
 */
public final class RequestDeadline {

    public static final String HEADER = "X-Request-Budget-Ms";
    /** A budget larger than this is taken as this: nobody waits ten minutes for an answer. */
    static final Duration MAX_BUDGET = Duration.ofMinutes(10);

    private static final ThreadLocal<Instant> CURRENT = new ThreadLocal<>();

    /**
     * How a server takes deadlines: whether to believe a caller's budget ({@code cinema.deadline.trust-incoming},
     * false at the gateway, where callers are the public) and the budget to start when none is believed
     * ({@code cinema.deadline.budget}, e.g. PT30S; none: the request has no deadline).
     */
    public record Policy(boolean trustIncoming, Optional<Duration> budget) {

        public static final Policy NONE = new Policy(true, Optional.empty());

        public static Policy fromConfig() {
            Config config;
            try {
                config = ConfigProvider.getConfig();
            } catch (IllegalStateException | ServiceConfigurationError noConfig) {
                return NONE;
            }
            return new Policy(config.getOptionalValue("cinema.deadline.trust-incoming", Boolean.class).orElse(true),
                    config.getOptionalValue("cinema.deadline.budget", Duration.class));
        }

        /** The deadline of a request that arrived now with this header value (null when there was none). */
        public Optional<Instant> deadline(String header, Clock clock) {
            Instant now = clock.instant();
            if (trustIncoming) {
                Optional<Duration> incoming = parse(header);
                if (incoming.isPresent()) {
                    return Optional.of(now.plus(incoming.get()));
                }
            }
            return budget.map(now::plus);
        }
    }

    private RequestDeadline() {
    }

    /** A budget header's value as a duration; empty when absent or not a whole number of milliseconds. */
    static Optional<Duration> parse(String header) {
        if (header == null || header.isBlank() || header.strip().length() > 12) {
            return Optional.empty();
        }
        try {
            long millis = Long.parseLong(header.strip());
            Duration budget = Duration.ofMillis(Math.max(0, millis));
            return Optional.of(budget.compareTo(MAX_BUDGET) > 0 ? MAX_BUDGET : budget);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The current thread's request deadline, if it has one. */
    public static Optional<Instant> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Makes the deadline (none: no deadline) the thread's current one until the scope is closed, which restores the
     * one before: {@code try (var scope = RequestDeadline.enter(deadline)) { ... }}.
     */
    public static Scope enter(Optional<Instant> deadline) {
        Instant previous = CURRENT.get();
        deadline.ifPresentOrElse(CURRENT::set, CURRENT::remove);
        return new Scope(previous);
    }

    /** The time a deadline is current; closing it restores the previous one. */
    public static final class Scope implements AutoCloseable {

        private final Instant previous;

        private Scope(Instant previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** The budget left at {@code now}; zero or negative once the deadline has passed. */
    public static Duration remaining(Instant deadline, Clock clock) {
        return Duration.between(clock.instant(), deadline);
    }
}
