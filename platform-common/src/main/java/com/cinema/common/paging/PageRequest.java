package com.cinema.common.paging;

import com.cinema.common.error.ValidationException;

/**
 * The paging rules of every growing list (docs/api.md, "Paging"): {@code page} is zero-based and defaults to 0,
 * {@code size} defaults to 20 and is capped at 100.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Applies the defaults and the cap; a negative page or a size below one is the caller's error. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw new ValidationException("page", "must be zero or more");
        }
        if (s < 1) {
            throw new ValidationException("size", "must be at least 1");
        }
        return new PageRequest(p, Math.min(s, MAX_SIZE));
    }

    /** Index of the first row of this page; long so that huge page numbers cannot overflow. */
    public long offset() {
        return (long) page * size;
    }

    /**
     * {@link #offset()} as JPA's {@code setFirstResult} takes it: a page beyond {@code Integer.MAX_VALUE} rows is
     * simply empty, never a negative (overflowed) start.
     */
    public int firstResult() {
        return (int) Math.min(offset(), Integer.MAX_VALUE);
    }
}
