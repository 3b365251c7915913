package com.cinema.payment.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Explicit transaction boundaries. A charge is two transactions on purpose (the PENDING row with its key
 * first, the capture later), and a refused unique key is an expected answer here, decided by the caller,
 * not an error for a {@code @Transactional} interceptor to log.
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
            throw new IllegalStateException("The transaction could not be committed", e);
        } finally {
            if (!finished) {
                rollbackQuietly();
            }
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
}
