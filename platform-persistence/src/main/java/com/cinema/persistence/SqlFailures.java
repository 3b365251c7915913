package com.cinema.persistence;

import java.sql.SQLException;

/** Reads what a database failure means from the SQLException in its cause chain (H2 and MySQL/MariaDB). */
public final class SqlFailures {

    private SqlFailures() {
    }

    /** A unique or primary key refused the row (H2 23505, MySQL 1062 / 23000). */
    public static boolean isDuplicateKey(Throwable failure) {
        for (SQLException e = sqlException(failure); e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if ("23505".equals(state) || e.getErrorCode() == 1062 || e.getErrorCode() == 1586) {
                return true;
            }
            if (state != null && state.startsWith("23") && e.getErrorCode() == 0
                    && String.valueOf(e.getMessage()).toLowerCase().contains("duplicate")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database gave up waiting or broke a deadlock: trying again may succeed (H2 40001 / HYT00,
     * MySQL 1213 deadlock, 1205 lock wait timeout).
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.endsWith("LockAcquisitionException") || name.endsWith("PessimisticLockException")
                    || name.endsWith("LockTimeoutException") || name.endsWith("OptimisticLockException")
                    || name.endsWith("StaleObjectStateException") || name.endsWith("CannotAcquireLockException")) {
                return true;
            }
            if (t instanceof SQLException e) {
                String state = e.getSQLState();
                if ("40001".equals(state) || "HYT00".equals(state) || "40P01".equals(state)
                        || e.getErrorCode() == 1213 || e.getErrorCode() == 1205 || e.getErrorCode() == 50200) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static SQLException sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                return e;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
