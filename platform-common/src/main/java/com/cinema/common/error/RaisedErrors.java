package com.cinema.common.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Carries the extra {@code extensions} of typed errors (see {@link ApiException#withExtension}) from the
 * operation that raised them to {@link GraphQlErrorFilter}, which writes them into the public error.
 * Liberty's MP GraphQL (SmallRye 1.0) passes on only the exception's class name and message, and runs an
 * operation on the thread of its HTTP request, so a thread-bound list opened by the filter is enough.
 */
public final class RaisedErrors {

    private static final ThreadLocal<List<ApiException>> CURRENT = new ThreadLocal<>();

    private final List<ApiException> raised;

    private RaisedErrors(List<ApiException> raised) {
        this.raised = raised;
    }

    /** Starts collecting on this thread (the filter, before the request runs). */
    static void open() {
        CURRENT.set(new ArrayList<>());
    }

    /** Whether collecting has started on this thread, i.e. the filter is already running for this request. */
    static boolean isOpen() {
        return CURRENT.get() != null;
    }

    /** Stops collecting and returns what was collected. */
    static RaisedErrors close() {
        List<ApiException> collected = CURRENT.get();
        CURRENT.remove();
        return new RaisedErrors(collected == null ? List.of() : collected);
    }

    /** For tests: errors collected elsewhere. */
    static RaisedErrors of(List<ApiException> raised) {
        return new RaisedErrors(List.copyOf(raised));
    }

    static void note(ApiException error) {
        List<ApiException> collected = CURRENT.get();
        if (collected != null && !collected.contains(error)) {
            collected.add(error);
        }
    }

    /** The extensions of the raised error with this class name and message, if one was noted. */
    Optional<Map<String, Object>> extensionsOf(String exceptionClass, String message) {
        return raised.stream()
                .filter(e -> e.getClass().getName().equals(exceptionClass) && Objects.equals(e.getMessage(), message))
                .findFirst()
                .map(ApiException::extensions);
    }
}
