package com.cinema.payment.persistence;

import com.cinema.persistence.TransactionRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Explicit transaction boundaries, by platform-persistence's {@link TransactionRunner} (the same one the booking
 * service uses). A charge is two transactions on purpose (the PENDING row with its key first, the capture later),
 * and a refused unique key is an expected answer here, decided by the caller, not an error for a
 * {@code @Transactional} interceptor to log.
 */
@ApplicationScoped
public class Transactions {

    @Resource
    UserTransaction transaction;

    @Inject
    @ConfigProperty(name = "cinema.payment.transient-retry.attempts", defaultValue = "4")
    int attempts;

    @Inject
    @ConfigProperty(name = "cinema.payment.transient-retry.pause", defaultValue = "PT0.005S")
    Duration pause;

    /**
     * Runs {@code work} in a new transaction: committed when it returns, rolled back when it throws (a deadlock or
     * lock timeout as {@code TransientDatabaseFailure}).
     */
    public <T> T run(Supplier<T> work) {
        return runner().inOne(work);
    }

    /** Like {@link #run}, repeated in a new transaction on a deadlock or lock timeout (the work must be repeatable). */
    public <T> T retrying(Supplier<T> work) {
        return runner().retrying(work);
    }

    private TransactionRunner runner() {
        return new TransactionRunner(transaction, attempts, pause);
    }
}
