package com.cinema.persistence;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class SqlFailuresTest {

    @Test
    void duplicateKeysOfH2AndMySqlAreRecognisedThroughWrappers() {
        SQLException h2 = new SQLException("Unique index or primary key violation", "23505", 23505);
        SQLException mysql = new SQLIntegrityConstraintViolationException("Duplicate entry '7-12' for key 'PRIMARY'",
                "23000", 1062);
        assertThat(SqlFailures.isDuplicateKey(new RuntimeException(new IllegalStateException(h2)))).isTrue();
        assertThat(SqlFailures.isDuplicateKey(new RuntimeException(mysql))).isTrue();
        assertThat(SqlFailures.isTransient(new RuntimeException(mysql))).isFalse();
    }

    @Test
    void foreignKeyAndOtherFailuresAreNotDuplicates() {
        SQLException foreignKey = new SQLException("Cannot add or update a child row", "23000", 1452);
        assertThat(SqlFailures.isDuplicateKey(new RuntimeException(foreignKey))).isFalse();
        assertThat(SqlFailures.isDuplicateKey(new RuntimeException("no SQL at all"))).isFalse();
    }

    @Test
    void deadlocksAndLockTimeoutsMayBeRetried() {
        assertThat(SqlFailures.isTransient(new RuntimeException(new SQLException("Deadlock found", "40001", 1213)))).isTrue();
        assertThat(SqlFailures.isTransient(new RuntimeException(new SQLException("Lock wait timeout", "HY000", 1205)))).isTrue();
        assertThat(SqlFailures.isTransient(new RuntimeException(new SQLException("Timeout trying to lock", "HYT00", 50200)))).isTrue();
        assertThat(SqlFailures.isTransient(new RuntimeException(new SQLException("Deadlock detected", "40001", 40001)))).isTrue();
        assertThat(SqlFailures.isTransient(new RuntimeException(new SQLException("Syntax error", "42000", 1064)))).isFalse();
    }
}
