package com.cinema.booking.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Small helpers of the plain-SQL stores: parameter lists, id columns and UTC timestamps (H2 and MySQL). */
final class NativeSql {

    private NativeSql() {
    }

    /** "(?, ?, ?)" for {@code size} parameters. */
    static String in(int size) {
        StringBuilder marks = new StringBuilder("(");
        for (int i = 0; i < size; i++) {
            marks.append(i == 0 ? "?" : ", ?");
        }
        return marks.append(")").toString();
    }

    /** "(?, ?), (?, ?)": {@code rows} rows of {@code columns} parameters each, for a multi-row INSERT. */
    static String rows(int rows, int columns) {
        String row = in(columns);
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            values.append(i == 0 ? "" : ", ").append(row);
        }
        return values.toString();
    }

    static List<Long> longs(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return null;
    }
}
