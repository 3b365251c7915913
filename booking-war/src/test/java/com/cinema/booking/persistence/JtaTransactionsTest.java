package com.cinema.booking.persistence;

import com.cinema.booking.domain.TransientStoreFailure;
import com.cinema.common.error.ConflictException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one retry of transient database failures, against a recording stand-in for JTA. */
class JtaTransactionsTest {

    private final List<String> log = new ArrayList<>();
    private final JtaTransactions transactions = new JtaTransactions();

    @BeforeEach
    void recordingTransaction() {
        transactions.attempts = 4;
        transactions.pause = Duration.ZERO;
        transactions.transaction = new UserTransaction() {
            private int status = Status.STATUS_NO_TRANSACTION;

            @Override
            public void begin() {
                log.add("begin");
                status = Status.STATUS_ACTIVE;
            }

            @Override
            public void commit() {
                log.add("commit");
                status = Status.STATUS_NO_TRANSACTION;
            }

            @Override
            public void rollback() {
                log.add("rollback");
                status = Status.STATUS_NO_TRANSACTION;
            }

            @Override
            public void setRollbackOnly() {
            }

            @Override
            public int getStatus() {
                return status;
            }

            @Override
            public void setTransactionTimeout(int seconds) {
            }
        };
    }

    private static RuntimeException deadlock() {
        return new RuntimeException(new SQLException("Deadlock found when trying to get lock", "40001", 1213));
    }

    @Test
    void deadlockIsRetriedInANewTransactionUntilTheWorkSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        String result = transactions.retrying(() -> {
            if (calls.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(3);
        assertThat(log).containsExactly("begin", "rollback", "begin", "rollback", "begin", "commit");
    }

    @Test
    void retriesStopAfterTheConfiguredAttemptsWithATransientFailure() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> transactions.retrying(() -> {
            calls.incrementAndGet();
            throw deadlock();
        })).isInstanceOf(TransientStoreFailure.class).hasRootCauseInstanceOf(SQLException.class);

        assertThat(calls).hasValue(4);
        assertThat(log).filteredOn("rollback"::equals).hasSize(4);
        assertThat(log).doesNotContain("commit");
    }

    @Test
    void callersErrorsAndOtherFailuresAreRolledBackAndPassedOnAsTheyAre() {
        ConflictException conflict = new ConflictException("busy");
        assertThatThrownBy(() -> transactions.retrying(() -> {
            throw conflict;
        })).isSameAs(conflict);
        IllegalStateException bug = new IllegalStateException("bug");
        assertThatThrownBy(() -> transactions.retrying(() -> {
            throw bug;
        })).isSameAs(bug);

        assertThat(log).containsExactly("begin", "rollback", "begin", "rollback");
    }

    @Test
    void oneTransactionTranslatesButNeverRetries() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> transactions.inOne(() -> {
            calls.incrementAndGet();
            throw new RuntimeException(new SQLException("Lock wait timeout exceeded", "HY000", 1205));
        })).isInstanceOf(TransientStoreFailure.class);
        assertThat(calls).hasValue(1);
        assertThat(transactions.inOne(() -> 7)).isEqualTo(7);
        assertThat(log).containsExactly("begin", "rollback", "begin", "commit");
    }
}
