package com.cinema.booking.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Programmatic transactions. Used where a failure inside the transaction is an expected outcome (a seat
 * lock's primary key refusing a second booking, a deadlock to retry): nothing escapes a
 * {@code @Transactional} interceptor, so Liberty logs no FFDC and the caller decides what the failure means.
 */
@ApplicationScoped
public class Transactions {

    private static final Logger LOG = Logger.getLogger(Transactions.class.getName());

    @Resource
    UserTransaction transaction;

    /** Runs {@code work} in a new transaction: committed when it returns, rolled back when it throws. */
    public <T> T run(Supplier<T> work) {
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
            throw e;
        } catch (Exception e) {
            // RollbackException and the heuristic ones: the commit failed and the work is undone.
            throw new CommitFailedException(e);
        } finally {
            if (!finished) {
                rollbackQuietly();
            }
        }
    }

    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
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
