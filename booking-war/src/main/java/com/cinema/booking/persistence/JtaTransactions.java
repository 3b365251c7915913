package com.cinema.booking.persistence;

import com.cinema.booking.domain.Transactions;
import com.cinema.booking.domain.TransientStoreFailure;
import com.cinema.persistence.TransactionRunner;
import com.cinema.persistence.TransientDatabaseFailure;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The use cases' transactions: platform-persistence's {@link TransactionRunner} (programmatic JTA, the one retry
 * of transient database failures, {@code cinema.booking.transient-retry.*}), with its transient failure told to
 * the domain as {@link TransientStoreFailure}.
 */
@ApplicationScoped
public class JtaTransactions implements Transactions {

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
            return runner().inOne(contended(work));
        } catch (TransientDatabaseFailure e) {
            throw new TransientStoreFailure(e.getCause());
        }
    }

    @Override
    public <T> T retrying(Supplier<T> work) {
        try {
            return runner().retrying(contended(work));
        } catch (TransientDatabaseFailure e) {
            throw new TransientStoreFailure(e.getCause());
        }
    }

    /**
     * Contention the domain itself detects (e.g. a seat the waitlist offers taken by a hold that ran without the
     * showtime's lock) is thrown as {@link TransientStoreFailure} from the work: told to the runner as a transient
     * failure, so the transaction rolls back and {@link #retrying} runs the work again like after a deadlock.
     */
    private static <T> Supplier<T> contended(Supplier<T> work) {
        return () -> {
            try {
                return work.get();
            } catch (TransientStoreFailure e) {
                throw new TransientDatabaseFailure(e.getCause() == null ? e : e.getCause());
            }
        };
    }

    private TransactionRunner runner() {
        return new TransactionRunner(transaction, attempts, pause);
    }
}
