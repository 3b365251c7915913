package com.cinema.persistence;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Programmatic JTA transactions with the one retry of transient database failures that every service uses
 * (issue #20: booking and payment each had their own copy). Programmatic, not {@code @Transactional}: a failure
 * inside is often an expected outcome (a unique key refusing a second row, a deadlock to retry), nothing escapes
 * an interceptor, so Liberty logs no FFDC and the caller decides what the failure means.
 */
public final class TransactionRunner {

    private static final Logger LOG = Logger.getLogger(TransactionRunner.class.getName());

    private final UserTransaction transaction;
    private final int attempts;
    private final Duration pause;

    /**
     * @param attempts how many times {@link #retrying} runs the work in all (at least once)
     * @param pause    about this much times the attempt number is waited before the next one, plus jitter
     */
    public TransactionRunner(UserTransaction transaction, int attempts, Duration pause) {
        this.transaction = transaction;
        this.attempts = Math.max(1, attempts);
        this.pause = pause;
    }

    /**
     * Runs {@code work} in a new transaction: committed when it returns, rolled back when it throws. A transient
     * failure is thrown as {@link TransientDatabaseFailure}; the work's own exceptions pass through unchanged,
     * after the rollback; a commit the database refused is a {@link CommitFailedException}.
     */
    public <T> T inOne(Supplier<T> work) {
        try {
            transaction.begin();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot begin a transaction", e);
        }
        boolean finished = false;
        try {
            T result = work.get();
            finished = true;
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            throw SqlFailures.isTransient(e) ? new TransientDatabaseFailure(e) : e;
        } catch (Exception e) {
            // RollbackException and the heuristic ones: the commit failed and the work is undone.
            if (SqlFailures.isTransient(e)) {
                throw new TransientDatabaseFailure(e);
            }
            throw new CommitFailedException(e);
        } finally {
            if (!finished) {
                rollbackQuietly();
            }
        }
    }

    /**
     * Like {@link #inOne}, but a {@link TransientDatabaseFailure} runs {@code work} again in a new transaction,
     * up to the configured attempts, after a short, growing, random pause; then the last failure is thrown. The
     * work must keep all its effects inside the transaction, so that a repeat is safe.
     */
    public <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inOne(work);
            } catch (TransientDatabaseFailure e) {
                if (attempt >= attempts) {
                    throw e;
                }
                LOG.log(Level.FINE, "Transient database failure, attempt " + attempt + "; trying again", e);
                pause(attempt);
            }
        }
    }

    /** A growing pause with jitter, so that the transactions that collided do not collide again. */
    private void pause(int attempt) {
        long base = pause.toMillis() * attempt;
        try {
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(4 * base + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rollbackQuietly() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | RuntimeException e) {
            LOG.log(Level.FINE, "Rollback failed", e);
        }
    }

    /** The transaction could not be committed (the database refused it); nothing of the work is kept. */
    public static class CommitFailedException extends RuntimeException {
        public CommitFailedException(Throwable cause) {
            super("The transaction could not be committed", cause);
        }
    }
}
