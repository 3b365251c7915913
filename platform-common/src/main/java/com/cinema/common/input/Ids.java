package com.cinema.common.input;

import com.cinema.common.error.ValidationException;

/** Ids are numbers in the databases and strings on the wire (GraphQL {@code ID}). */
public final class Ids {

    private Ids() {
    }

    /** The numeric id, or a VALIDATION error naming the field. */
    public static long parse(String field, String id) {
        try {
            return Long.parseLong(id.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new ValidationException(field, "is not a valid id");
        }
    }

    /** Like {@link #parse}, for optional filters: null stays null. */
    public static Long parseOptional(String field, String id) {
        return id == null ? null : parse(field, id);
    }
}
