package com.cinema.booking.persistence;

import com.cinema.booking.domain.Transactions;
import com.cinema.booking.domain.TransientStoreFailure;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The use cases' transactions, programmatic (JTA {@link UserTransaction}): a failure inside is often an
 * expected outcome (a seat lock's key refusing a second booking, a deadlock to retry), and nothing escapes a
 * {@code @Transactional} interceptor, so Liberty logs no FFDC and the use case decides what the failure means.
 * This is the one place that retries transient database failures ({@code cinema.booking.transient-retry.*}).
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

    private static final Logger LOG = Logger.getLogger(JtaTransactions.class.getName());

    @Resource
    UserTransaction transaction;

    @Inject
    @ConfigProperty(name = "cinema.booking.transient-retry.attempts", defaultValue = "4")
    int attempts;

    @Inject
    @ConfigProperty(name = "cinema.booking.transient-retry.pause", defaultValue = "PT0.005S")
    Duration pause;

    @Override
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
            throw SqlFailures.isTransient(e) ? new TransientStoreFailure(e) : e;
        } catch (Exception e) {
            // RollbackException and the heuristic ones: the commit failed and the work is undone.
            if (SqlFailures.isTransient(e)) {
                throw new TransientStoreFailure(e);
            }
            throw new CommitFailedException(e);
        } finally {
            if (!finished) {
                rollbackQuietly();
            }
        }
    }

    @Override
    public <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return inOne(work);
            } catch (TransientStoreFailure e) {
                if (attempt >= Math.max(1, attempts)) {
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

    /** The commit itself failed (the database refused it); nothing of the work is kept. */
    public static class CommitFailedException extends RuntimeException {
        public CommitFailedException(Throwable cause) {
            super("The transaction could not be committed", cause);
        }
    }
}
