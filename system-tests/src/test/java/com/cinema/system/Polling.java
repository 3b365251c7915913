package com.cinema.system;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for what the platform does in the background (reconcilers, outboxes, restarts) without a fixed sleep. */
final class Polling {

    private Polling() {
    }

    /**
     * Polls every half second until the condition holds or the time is up; a poll that throws counts as not yet
     * (a server still starting answers with an error or not at all). The condition is asked once more at the end.
     */
    static boolean eventually(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (holds(condition)) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return holds(condition);
    }

    private static boolean holds(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException notYet) {
            return false;
        }
    }
}
