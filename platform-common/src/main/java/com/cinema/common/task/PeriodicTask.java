package com.cinema.common.task;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Background work a service runs on a fixed delay on every replica (sweepers, reconcilers, outbox senders). A
 * fixed-delay task that throws is never run again, so each run is guarded: whatever it throws, {@link Error}s
 * included, is logged as a warning and the next run goes ahead. The work itself must be safe to run on several
 * replicas at once and should isolate a failing row, so one bad row never stalls the rest.
 */
public final class PeriodicTask {

    /** Shorter intervals would busy-loop the database; configs that ask for less get this. */
    static final Duration SHORTEST_INTERVAL = Duration.ofMillis(100);

    private final ScheduledFuture<?> future;

    private PeriodicTask(ScheduledFuture<?> future) {
        this.future = future;
    }

    /**
     * Starts {@code work} every {@code interval} (first run one interval from now) on {@code executor}, usually the
     * server's {@code ManagedScheduledExecutorService}. {@code what} names the work in the warning of a failed run,
     * e.g. "Sweeping expired holds".
     */
    public static PeriodicTask every(Duration interval, ScheduledExecutorService executor, Logger log, String what,
                                     Runnable work) {
        long millis = Math.max(SHORTEST_INTERVAL.toMillis(), interval.toMillis());
        return new PeriodicTask(executor.scheduleWithFixedDelay(guarded(log, what, work), millis, millis,
                TimeUnit.MILLISECONDS));
    }

    /** {@code work} such that nothing it throws escapes: logged, and the schedule goes on. */
    @SuppressWarnings("java:S1181") // Throwable on purpose: an escaping Error would end the schedule for good
    public static Runnable guarded(Logger log, String what, Runnable work) {
        return () -> {
            try {
                work.run();
            } catch (Throwable e) {
                log.log(Level.WARNING, what + " failed; trying again next time: " + e, e);
            }
        };
    }

    /** Stops the schedule (a run in progress finishes); {@code task} may be null when it never started. */
    public static void stop(PeriodicTask task) {
        if (task != null) {
            task.future.cancel(false);
        }
    }

    boolean isStopped() {
        return future.isCancelled();
    }
}
