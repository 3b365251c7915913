package com.cinema.common.input;

import com.cinema.common.error.ValidationException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one way every service reads a batch of ids ({@code moviesByIds}, {@code cinemasByIds}, ...; issue #20):
 * the list is required, holds at most {@link #MAX_IDS} ids, every id is numeric (a bad one is a VALIDATION error
 * naming the field, never dropped silently), and repeats count once, in the order first asked.
 */
public final class IdBatch {

    /**
     * Most ids one batch may name, on every service alike: the gateway's reference loaders ask for one page of
     * results at a time, far below it.
     */
    public static final int MAX_IDS = 500;

    private IdBatch() {
    }

    /** The distinct numeric ids in the order asked, or a VALIDATION error of {@code field}. */
    public static List<Long> parse(String field, List<String> ids) {
        if (ids == null) {
            throw new ValidationException(field, "is required");
        }
        if (ids.size() > MAX_IDS) {
            throw new ValidationException(field, "must name at most " + MAX_IDS + " ids, not " + ids.size());
        }
        Set<Long> parsed = new LinkedHashSet<>();
        for (String id : ids) {
            try {
                parsed.add(Long.parseLong(id.trim()));
            } catch (NumberFormatException | NullPointerException e) {
                throw new ValidationException(field, "contains " + quoted(id) + ", which is not a valid id");
            }
        }
        return List.copyOf(parsed);
    }

    /** The bad value as the caller sent it, shortened so a huge string is not echoed back whole. */
    private static String quoted(String id) {
        if (id == null) {
            return "null";
        }
        return "\"" + (id.length() > 20 ? id.substring(0, 20) + "..." : id) + "\"";
    }
}
